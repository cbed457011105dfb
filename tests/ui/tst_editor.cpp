// The asset editor and the classification guide, driven through their real widgets by objectName.
#include "TestRegister.h"
#include "WidgetFind.h"
#include "domain/ClassificationAdvisor.h"
#include "editor/AssetEditorDialog.h"
#include "editor/ClassificationHelperDialog.h"
#include "editor/DateField.h"

#include <QtTest>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>

#include <functional>

using namespace daicho;
using daicho::test::TestRegister;
using daicho::test::child;
using daicho::test::okButton;

namespace {

void selectData(QComboBox* combo, const QVariant& data)
{
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    combo->setCurrentIndex(index);
}

// The rows of the findings list as "severity:ruleId".
QStringList findingRows(QWidget* dialog)
{
    QStringList out;
    auto* list = child<QListWidget>(dialog, "findingsList");
    for (int i = 0; list && i < list->count(); ++i)
        out << list->item(i)->data(Qt::UserRole + 2).toString() + ":" +
                   list->item(i)->data(Qt::UserRole + 1).toString();
    return out;
}

// Clicks a check box on its indicator, where a person clicks (a click past its text misses it).
void clickCheck(QCheckBox* box)
{
    QVERIFY(box);
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(box->height() / 2, box->height() / 2));
}

// Brings the editor's section holding `w` to the front, as a person would before using it.
template <typename T> T* reveal(QWidget* dialog, T* w)
{
    auto* tabs = child<QTabWidget>(dialog, "sectionTabWidget");
    for (int i = 0; tabs && w && i < tabs->count(); ++i)
        if (tabs->widget(i)->isAncestorOf(w))
            tabs->setCurrentIndex(i);
    return w;
}

// Runs `handle` on the next modal dialog that opens (a message box or the guide), from the event loop
// that dialog's exec() runs.
void onNextModal(std::function<void(QWidget*)> handle)
{
    auto* timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, handle] {
        if (QWidget* modal = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            handle(modal);
        }
    });
    timer->start();
}

} // namespace

class TstEditor : public QObject
{
    Q_OBJECT
private slots:
    void everyFieldHasAWidget();
    void newAssetIsSavedThroughTheSaver();
    void emptyNameIsAnErrorAndDisablesOk();
    void retentionBeforeRegistrationIsAnError();
    void warningDoesNotDisableOk();
    void levelChangeUpdatesLabelAndImportance();
    void definitionFollowsTheChosenLevel();
    void restrictionOverrideNeedsAReason();
    void guideProposesLevels_data();
    void guideProposesLevels();
    void guideIsPrefilledFromTheAsset();
    void editorTakesTheGuidesProposal();
    void unusedAxesAreHidden();
    void duplicateClearsNumberAndId();
    void editKeepsIdentityAndLifecycle();
    void saverErrorKeepsTheDialogOpen();
    void enterSavesAndEscapeCancels();
    void dependentFieldsFollowTheirSwitch();
    void tabGoesDownTheSection();
    void disposedAssetIsReadOnly();
};

void TstEditor::everyFieldHasAWidget()
{
    TestRegister t;
    AssetEditorDialog dlg(*t.reg, t.cleanAsset(), AssetEditorDialog::Mode::Edit);
    const QHash<QString, QString> special = {{"asset_no", "assetNoEdit"},  {"name", "nameEdit"},
                                             {"org_name", "orgCombo"},     {"c", "levelCombo_c"},
                                             {"i", "levelCombo_i"},        {"a", "levelCombo_a"},
                                             {"personal", "personalCheck"}};
    for (const AssetField& f : AssetFields::all()) {
        QWidget* w = dlg.fieldWidget(f.key);
        QVERIFY2(w, qPrintable(f.key));
        QCOMPARE(w->objectName(), special.value(f.key, "field_" + f.key));
        QCOMPARE(dlg.findChild<QWidget*>(w->objectName()), w);
    }
    for (const char* name :
         {"findingsList", "derivedLabel", "importanceLabel", "restrictionsList", "helperButton"})
        QVERIFY2(dlg.findChild<QWidget*>(QString::fromLatin1(name)), name);
}

void TstEditor::newAssetIsSavedThroughTheSaver()
{
    TestRegister t;
    AssetEditorDialog dlg(*t.reg, t.reg->newAsset(), AssetEditorDialog::Mode::New);
    int calls = 0;
    dlg.setSaver([&](const Asset& a) {
        ++calls;
        return t.reg->addAsset(a, t.actor);
    });
    dlg.show();
    QTest::keyClicks(child<QLineEdit>(&dlg, "nameEdit"), "Resident contact list");
    selectData(child<QComboBox>(&dlg, "orgCombo"), t.section.id);
    selectData(child<QComboBox>(&dlg, "field_asset_type"), "info-electronic");
    selectData(child<QComboBox>(&dlg, "levelCombo_c"), "2");
    selectData(child<QComboBox>(&dlg, "levelCombo_i"), "1");
    selectData(child<QComboBox>(&dlg, "levelCombo_a"), "1");
    selectData(child<QComboBox>(&dlg, "field_network_segment"), "lgwan");
    QTest::keyClicks(child<QLineEdit>(&dlg, "field_manager_title"), "Section head");

    QVERIFY(okButton(&dlg)->isEnabled());
    QTest::mouseClick(okButton(&dlg), Qt::LeftButton);
    QCOMPARE(calls, 1);
    QCOMPARE(dlg.result(), int(QDialog::Accepted));

    const QVector<Asset> stored = t.reg->assets();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored[0].name, QString("Resident contact list"));
    QCOMPARE(stored[0].orgId, t.section.id);
    QCOMPARE(stored[0].orgName, t.section.name);
    QCOMPARE(stored[0].cLevel, QString("2"));
    QCOMPARE(stored[0].networkSegment, QString("lgwan"));
    QCOMPARE(stored[0].managerTitle, QString("Section head"));
    QVERIFY(!stored[0].assetNo.isEmpty());
    // The dialog hands back what was saved, with its new id.
    QCOMPARE(dlg.asset().id, stored[0].id);
}

void TstEditor::emptyNameIsAnErrorAndDisablesOk()
{
    TestRegister t;
    AssetEditorDialog dlg(*t.reg, t.cleanAsset("Contact list"), AssetEditorDialog::Mode::Edit);
    dlg.show();
    QVERIFY(okButton(&dlg)->isEnabled());
    QVERIFY(!findingRows(&dlg).contains("error:name-required"));

    auto* name = child<QLineEdit>(&dlg, "nameEdit");
    name->selectAll();
    QTest::keyClick(name, Qt::Key_Backspace);
    QVERIFY(name->text().isEmpty());
    QVERIFY(!okButton(&dlg)->isEnabled());
    QVERIFY(findingRows(&dlg).contains("error:name-required"));
    auto* list = child<QListWidget>(&dlg, "findingsList");
    QCOMPARE(list->item(0)->foreground().color(), QColor(0xb0, 0x1c, 0x1c));
    QVERIFY(!list->item(0)->icon().isNull());
    auto* marker = child<QLabel>(&dlg, "marker_name");
    QVERIFY(!marker->pixmap().isNull());
    QVERIFY(!marker->toolTip().isEmpty());

    QTest::keyClicks(name, "X");
    QVERIFY(okButton(&dlg)->isEnabled());
    QVERIFY(!findingRows(&dlg).contains("error:name-required"));
    QVERIFY(child<QLabel>(&dlg, "marker_name")->pixmap().isNull());
}

void TstEditor::retentionBeforeRegistrationIsAnError()
{
    TestRegister t;
    AssetEditorDialog dlg(*t.reg, t.cleanAsset(), AssetEditorDialog::Mode::Edit);
    dlg.show();
    auto* field = reveal(&dlg, child<DateField>(&dlg, "field_retention_until"));
    QVERIFY(field->date().isNull());
    clickCheck(field->setCheckBox());
    field->dateEdit()->setDate(QDate(2020, 1, 1));
    QCOMPARE(dlg.asset().retentionUntil, QDate(2020, 1, 1));
    QVERIFY(findingRows(&dlg).contains("error:retention-before-registration"));
    QVERIFY(!okButton(&dlg)->isEnabled());
    QVERIFY(!child<QLabel>(&dlg, "marker_retention_until")->pixmap().isNull());
    // The 和暦 reading of the date is shown beside it.
    QCOMPARE(field->eraLabel()->text(), QString("令和2年1月1日"));

    clickCheck(field->setCheckBox()); // not set again
    QVERIFY(!dlg.asset().retentionUntil.isValid());
    QVERIFY(okButton(&dlg)->isEnabled());
}

void TstEditor::warningDoesNotDisableOk()
{
    TestRegister t;
    AssetEditorDialog dlg(*t.reg, t.cleanAsset(), AssetEditorDialog::Mode::Edit);
    dlg.show();
    QVERIFY(findingRows(&dlg).isEmpty());
    selectData(child<QComboBox>(&dlg, "levelCombo_a"), "2"); // availability 2 without backup or target
    QVERIFY(findingRows(&dlg).contains("warning:a2-without-backup"));
    QVERIFY(!RuleEngine::hasErrors(dlg.findings()));
    QVERIFY(okButton(&dlg)->isEnabled());
    auto* list = child<QListWidget>(&dlg, "findingsList");
    QCOMPARE(list->item(0)->foreground().color(), QColor(0x8a, 0x5a, 0x00));
    QVERIFY(!child<QLabel>(&dlg, "marker_backup")->pixmap().isNull());

    selectData(child<QComboBox>(&dlg, "field_backup"), "daily");
    QTest::keyClicks(child<QLineEdit>(&dlg, "field_recovery_target"), "24h");
    QVERIFY(!findingRows(&dlg).contains("warning:a2-without-backup"));
}

void TstEditor::levelChangeUpdatesLabelAndImportance()
{
    TestRegister t;
    Asset clean = t.cleanAsset();
    AssetEditorDialog dlg(*t.reg, clean, AssetEditorDialog::Mode::Edit);
    auto* derived = child<QLabel>(&dlg, "derivedLabel");
    auto* importance = child<QLabel>(&dlg, "importanceLabel");
    auto* restrictions = child<QListWidget>(&dlg, "restrictionsList");
    QCOMPARE(derived->text(), t.reg->catalog().labelText(clean));
    QCOMPARE(importance->text(), QString("2"));
    const int restrictionsBefore = restrictions->count();

    selectData(child<QComboBox>(&dlg, "levelCombo_c"), "3A");
    QCOMPARE(dlg.asset().cLevel, QString("3A"));
    QVERIFY2(derived->text().contains("3A"), qPrintable(derived->text()));
    QCOMPARE(derived->text(), t.reg->catalog().labelText(dlg.asset()));
    QCOMPARE(child<QLabel>(&dlg, "compactLabel")->text(), QString("C3A-I1-A1"));
    QCOMPARE(importance->text(), QString("3"));
    // Confidentiality 3 adds the no-private-devices restriction.
    QCOMPARE(restrictions->count(), restrictionsBefore + 1);

    selectData(child<QComboBox>(&dlg, "levelCombo_c"), "1");
    QCOMPARE(importance->text(), QString("1"));
    QCOMPARE(child<QLabel>(&dlg, "compactLabel")->text(), QString("C1-I1-A1"));
}

void TstEditor::definitionFollowsTheChosenLevel()
{
    TestRegister t;
    AssetEditorDialog dlg(*t.reg, t.cleanAsset(), AssetEditorDialog::Mode::Edit);
    const ClassificationScheme* scheme = t.reg->catalog().scheme("mic-r6");
    QVERIFY(scheme);
    auto* combo = child<QComboBox>(&dlg, "levelCombo_c");
    auto* definition = child<QLabel>(&dlg, "levelDefinition_c");
    QCOMPARE(definition->text(), scheme->c.level("2")->definition);
    selectData(combo, "3B");
    QCOMPARE(definition->text(), scheme->c.level("3B")->definition);
    QCOMPARE(combo->toolTip(), scheme->c.level("3B")->definition);
    QVERIFY(combo->currentText().contains("3B"));
    QVERIFY(combo->currentText().contains(scheme->c.level("3B")->label));
    selectData(child<QComboBox>(&dlg, "levelCombo_i"), "2");
    QCOMPARE(child<QLabel>(&dlg, "levelDefinition_i")->text(), scheme->i.level("2")->definition);
}

void TstEditor::restrictionOverrideNeedsAReason()
{
    TestRegister t;
    AssetEditorDialog dlg(*t.reg, t.cleanAsset(), AssetEditorDialog::Mode::Edit);
    dlg.show();
    auto* list = reveal(&dlg, child<QListWidget>(&dlg, "restrictionsList"));
    auto* combo = child<QComboBox>(&dlg, "restrictionCombo");
    auto* reason = child<QLineEdit>(&dlg, "restrictionReasonEdit");
    auto* add = child<QPushButton>(&dlg, "addRestrictionButton");
    auto* remove = child<QPushButton>(&dlg, "removeRestrictionButton");
    const int before = list->count();
    QVERIFY(before > 0);
    selectData(combo, "c3-issued-devices");

    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(list->count(), before);
    QVERIFY(dlg.asset().restrictionOverrides.isEmpty());
    QVERIFY(!child<QLabel>(&dlg, "restrictionHintLabel")->text().isEmpty());

    QTest::keyClicks(reason, "Carried to meetings");
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(list->count(), before + 1);
    QCOMPARE(dlg.asset().restrictionOverrides.size(), 1);
    QCOMPARE(dlg.asset().restrictionOverrides[0].code, QString("c3-issued-devices"));
    QVERIFY(dlg.asset().restrictionOverrides[0].add);
    QCOMPARE(dlg.asset().restrictionOverrides[0].reason, QString("Carried to meetings"));
    QVERIFY(reason->text().isEmpty());

    // Removing a restriction the levels imply needs a reason too.
    int implied = -1;
    for (int i = 0; i < list->count() && implied < 0; ++i)
        if (list->item(i)->data(Qt::UserRole).toString() != "c3-issued-devices")
            implied = i;
    QVERIFY(implied >= 0);
    list->setCurrentRow(implied);
    const QString code = list->item(implied)->data(Qt::UserRole).toString();
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(dlg.asset().restrictionOverrides.size(), 1);
    QTest::keyClicks(reason, "Kept in the vault");
    list->setCurrentRow(implied);
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(dlg.asset().restrictionOverrides.size(), 2);
    QCOMPARE(dlg.asset().restrictionOverrides[1].code, code);
    QVERIFY(!dlg.asset().restrictionOverrides[1].add);
    QVERIFY(t.reg->catalog().effectiveRestrictions(dlg.asset()).size() == before); // +1 −1
    // Undoing the asset's own addition needs no reason.
    list->setCurrentRow(0);
    QCOMPARE(list->item(0)->data(Qt::UserRole).toString(), QString("c3-issued-devices"));
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(dlg.asset().restrictionOverrides.size(), 1);
    QCOMPARE(dlg.asset().restrictionOverrides[0].code, code);
}

void TstEditor::guideProposesLevels_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<bool>("secret");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("isTop");
    // Personal data with My Number: the scheme's top level where the scheme has one level for it;
    // mic-r6 keeps 3A for secret documents and puts My Number data at 3B.
    QTest::newRow("mic-h27 my number") << "mic-h27" << false << "3" << true;
    QTest::newRow("mext my number") << "mext" << false << "I" << true;
    QTest::newRow("mic-r6 my number") << "mic-r6" << false << "3B" << false;
    QTest::newRow("mic-r6 my number, secret") << "mic-r6" << true << "3A" << true;
}

void TstEditor::guideProposesLevels()
{
    QFETCH(QString, scheme);
    QFETCH(bool, secret);
    QFETCH(QString, expected);
    QFETCH(bool, isTop);
    const ClassificationScheme* s = ClassificationScheme::preset(scheme);
    QVERIFY(s);
    ClassificationHelperDialog helper(*s, ClassificationAnswers());
    helper.show();
    QVERIFY(helper.proposal().c.code != expected);
    clickCheck(child<QCheckBox>(&helper, "question_personal"));
    clickCheck(child<QCheckBox>(&helper, "question_specific"));
    if (secret)
        clickCheck(child<QCheckBox>(&helper, "question_secret"));
    QVERIFY(helper.answers().personal);
    QVERIFY(helper.answers().specific);
    QCOMPARE(helper.proposal().c.code, expected);
    QCOMPARE(helper.proposal().c.code == s->c.levels.last().code, isTop);
    QCOMPARE(child<QLabel>(&helper, "proposal_c")->text(), s->c.level(expected)->label);
    QVERIFY(!child<QLabel>(&helper, "proposalReason_c")->text().isEmpty());
    QCOMPARE(child<QLabel>(&helper, "proposal_i")->isVisibleTo(&helper), s->i.used);
}

void TstEditor::guideIsPrefilledFromTheAsset()
{
    TestRegister t;
    Asset a = t.cleanAsset();
    a.personal = true;
    a.specific = true;
    a.subjectBand = "ge10000";
    a.networkSegment = "mynumber";
    const ClassificationAnswers answers = ClassificationHelperDialog::answersFor(a, t.reg->catalog());
    ClassificationHelperDialog helper(*t.reg->catalog().scheme("mic-r6"), answers);
    QVERIFY(child<QCheckBox>(&helper, "question_personal")->isChecked());
    QVERIFY(child<QCheckBox>(&helper, "question_specific")->isChecked());
    QVERIFY(!child<QCheckBox>(&helper, "question_sensitive")->isChecked());
    QVERIFY(child<QCheckBox>(&helper, "question_myNumberSegment")->isChecked());
    QCOMPARE(child<QComboBox>(&helper, "question_subjectBand")->currentData().toString(), QString("ge10000"));
    QVERIFY(!child<QCheckBox>(&helper, "question_secret")->isChecked());
}

void TstEditor::editorTakesTheGuidesProposal()
{
    TestRegister t(QStringLiteral("generic"), QStringLiteral("mic-h27"));
    Asset a = t.cleanAsset();
    QCOMPARE(a.schemeId, QString("mic-h27"));
    AssetEditorDialog dlg(*t.reg, a, AssetEditorDialog::Mode::Edit);
    dlg.show();
    QCOMPARE(dlg.asset().cLevel, QString("2"));
    bool handled = false;
    onNextModal([&handled](QWidget* modal) {
        auto* helper = qobject_cast<ClassificationHelperDialog*>(modal);
        if (!helper) {
            modal->close();
            return;
        }
        clickCheck(child<QCheckBox>(helper, "question_personal"));
        clickCheck(child<QCheckBox>(helper, "question_specific"));
        clickCheck(child<QCheckBox>(helper, "question_alterationHarms"));
        handled = true;
        QTest::mouseClick(child<QPushButton>(helper, "useProposalButton"), Qt::LeftButton);
    });
    QTest::mouseClick(reveal(&dlg, child<QPushButton>(&dlg, "helperButton")), Qt::LeftButton);
    QVERIFY(handled);
    QCOMPARE(child<QComboBox>(&dlg, "levelCombo_c")->currentData().toString(), QString("3")); // the top level
    QCOMPARE(child<QComboBox>(&dlg, "levelCombo_i")->currentData().toString(), QString("2"));
    QCOMPARE(child<QComboBox>(&dlg, "levelCombo_a")->currentData().toString(), QString("1"));
    QCOMPARE(dlg.asset().cLevel, QString("3"));
    QVERIFY(child<QLabel>(&dlg, "derivedLabel")->text().contains(QString("機密性3")));

    // The person still decides.
    selectData(child<QComboBox>(&dlg, "levelCombo_c"), "2");
    QCOMPARE(dlg.asset().cLevel, QString("2"));
}

void TstEditor::unusedAxesAreHidden()
{
    TestRegister t(QStringLiteral("generic"), QStringLiteral("mext"));
    Asset a = t.cleanAsset();
    a.cLevel = "III";
    a.iLevel = "2"; // a stray level on an axis mext does not rate
    a.aLevel.clear();
    AssetEditorDialog dlg(*t.reg, a, AssetEditorDialog::Mode::Edit);
    dlg.show();
    reveal(&dlg, child<QComboBox>(&dlg, "levelCombo_c"));
    QVERIFY(child<QComboBox>(&dlg, "levelCombo_c")->isVisible());
    QVERIFY(!child<QComboBox>(&dlg, "levelCombo_i")->isVisible());
    QVERIFY(!child<QComboBox>(&dlg, "levelCombo_a")->isEnabled());
    QVERIFY(!RuleEngine::hasErrors(dlg.findings()));
    selectData(child<QComboBox>(&dlg, "levelCombo_c"), "I");
    QCOMPARE(dlg.asset().cLevel, QString("I"));
    QVERIFY(dlg.asset().iLevel.isEmpty());
}

void TstEditor::duplicateClearsNumberAndId()
{
    TestRegister t;
    Asset original = t.reg->addAsset(t.cleanAsset("Contact list"), t.actor).value();
    QVERIFY(original.id != 0);
    QVERIFY(!original.assetNo.isEmpty());
    AssetEditorDialog dlg(*t.reg, original, AssetEditorDialog::Mode::Duplicate);
    dlg.setSaver([&](const Asset& a) { return t.reg->addAsset(a, t.actor); });
    dlg.show();
    QVERIFY(child<QLineEdit>(&dlg, "assetNoEdit")->text().isEmpty());
    QCOMPARE(dlg.asset().id, qint64(0));
    QCOMPARE(dlg.asset().rowVersion, 0);
    QCOMPARE(dlg.asset().name, original.name);
    QCOMPARE(dlg.asset().cLevel, original.cLevel);
    QTest::mouseClick(okButton(&dlg), Qt::LeftButton);
    QCOMPARE(dlg.result(), int(QDialog::Accepted));
    QCOMPARE(t.reg->assetCount(), 2);
    QVERIFY(dlg.asset().id != original.id);
    QVERIFY(dlg.asset().assetNo != original.assetNo);
}

void TstEditor::editKeepsIdentityAndLifecycle()
{
    TestRegister t;
    Asset saved = t.reg->addAsset(t.cleanAsset("Contact list"), t.actor).value();
    saved = t.reg
                ->changeStage(saved.assetNo, "store",
                              StageChange{QDate(2025, 6, 1), "tester", {}, {}, {}, {}}, t.actor)
                .value();
    AssetEditorDialog dlg(*t.reg, saved, AssetEditorDialog::Mode::Edit);
    dlg.setSaver([&](const Asset& a) { return t.reg->updateAsset(a, t.actor); });
    dlg.show();
    QCOMPARE(child<QLineEdit>(&dlg, "field_stage")->text(), Vocabulary::stages().label("store"));
    QVERIFY(child<QLineEdit>(&dlg, "field_stage")->isReadOnly());
    QTest::keyClick(child<QLineEdit>(&dlg, "nameEdit"), Qt::Key_End);
    QTest::keyClicks(child<QLineEdit>(&dlg, "nameEdit"), " 2");
    QTest::mouseClick(okButton(&dlg), Qt::LeftButton);
    QCOMPARE(dlg.result(), int(QDialog::Accepted));
    const Asset stored = *t.reg->asset(saved.id);
    QCOMPARE(stored.name, QString("Contact list 2"));
    QCOMPARE(stored.assetNo, saved.assetNo);
    QCOMPARE(stored.stage, QString("store"));
    QCOMPARE(stored.status, saved.status);
    QCOMPARE(stored.rowVersion, saved.rowVersion + 1);
}

void TstEditor::saverErrorKeepsTheDialogOpen()
{
    TestRegister t;
    AssetEditorDialog dlg(*t.reg, t.cleanAsset(), AssetEditorDialog::Mode::Edit);
    dlg.setSaver([](const Asset&) -> Result<Asset> {
        return makeError(ErrorCode::Conflict, "Someone else changed this asset meanwhile.");
    });
    dlg.show();
    QString shown;
    onNextModal([&shown](QWidget* modal) {
        if (auto* box = qobject_cast<QMessageBox*>(modal))
            shown = box->text();
        modal->close();
    });
    QTest::mouseClick(okButton(&dlg), Qt::LeftButton);
    QCOMPARE(shown, QString("Someone else changed this asset meanwhile."));
    QVERIFY(dlg.isVisible());
    QVERIFY(dlg.result() != QDialog::Accepted);
}

void TstEditor::enterSavesAndEscapeCancels()
{
    TestRegister t;
    {
        AssetEditorDialog dlg(*t.reg, t.cleanAsset(), AssetEditorDialog::Mode::Edit);
        dlg.show();
        auto* name = child<QLineEdit>(&dlg, "nameEdit");
        name->clear();
        QTest::keyClick(name, Qt::Key_Return); // not valid: nothing happens
        QVERIFY(dlg.isVisible());
        QTest::keyClicks(name, "Roster");
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(dlg.result(), int(QDialog::Accepted));
        QVERIFY(!dlg.isVisible());
    }
    {
        AssetEditorDialog dlg(*t.reg, t.cleanAsset(), AssetEditorDialog::Mode::Edit);
        dlg.show();
        QTest::keyClick(child<QLineEdit>(&dlg, "nameEdit"), Qt::Key_Escape);
        QCOMPARE(dlg.result(), int(QDialog::Rejected));
        QVERIFY(!dlg.isVisible());
    }
}

void TstEditor::dependentFieldsFollowTheirSwitch()
{
    TestRegister t;
    AssetEditorDialog dlg(*t.reg, t.cleanAsset(), AssetEditorDialog::Mode::Edit);
    dlg.show();
    auto* outsourced = child<QCheckBox>(&dlg, "field_outsourced");
    auto* contractor = child<QLineEdit>(&dlg, "field_contractor");
    QVERIFY(!contractor->isEnabled());
    outsourced->setChecked(true);
    QVERIFY(contractor->isEnabled());
    auto* personal = child<QCheckBox>(&dlg, "personalCheck");
    auto* band = child<QComboBox>(&dlg, "field_subject_band");
    QVERIFY(!band->isEnabled());
    personal->setChecked(true);
    QVERIFY(band->isEnabled());
    QVERIFY(dlg.asset().personal);
    QVERIFY(!child<QLineEdit>(&dlg, "field_cloud_service")->isEnabled());
}

void TstEditor::tabGoesDownTheSection()
{
    TestRegister t;
    AssetEditorDialog dlg(*t.reg, t.cleanAsset(), AssetEditorDialog::Mode::Edit);
    dlg.show();
    QVERIFY(QTest::qWaitForWindowActive(&dlg));
    const QStringList expected = {"nameEdit", "field_user_scope", "field_asset_type", "field_medium",
                                  "field_manager_title"};
    child<QLineEdit>(&dlg, "nameEdit")->setFocus();
    for (int i = 1; i < expected.size(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), expected[i]);
    }
    // The registration date, then the buttons (the read-only side panel is skipped).
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY(child<QWidget>(&dlg, "field_registered_on")->isAncestorOf(QApplication::focusWidget()));
    // Tab walks the date's year, month and day first (Qt's date edit), then leaves it.
    for (int i = 0;
         i < 3 && child<QWidget>(&dlg, "field_registered_on")->isAncestorOf(QApplication::focusWidget()); ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), okButton(&dlg));
}

void TstEditor::disposedAssetIsReadOnly()
{
    TestRegister t;
    Asset saved = t.reg->addAsset(t.cleanAsset("Old roster"), t.actor).value();
    StageChange change{QDate(2025, 6, 1), "tester", {}, "shred", "Section head", {}};
    Result<Asset> disposed = t.reg->changeStage(saved.assetNo, "dispose", change, t.actor);
    QVERIFY2(disposed.ok(), qPrintable(disposed.error().message));
    AssetEditorDialog dlg(*t.reg, disposed.value(), AssetEditorDialog::Mode::Edit);
    dlg.show();
    QVERIFY(!okButton(&dlg));
    QVERIFY(!child<QLineEdit>(&dlg, "nameEdit")->isEnabled());
    QVERIFY(!child<QComboBox>(&dlg, "levelCombo_c")->isEnabled());
    QVERIFY(!child<QPushButton>(&dlg, "helperButton")->isEnabled());
    QCOMPARE(child<QLineEdit>(&dlg, "field_disposal_method")->text(),
             Vocabulary::disposalMethods().label("shred"));
    QCOMPARE(child<QLineEdit>(&dlg, "field_disposal_date")->text(), QString("令和7年6月1日"));
}

QTEST_MAIN(TstEditor)
#include "tst_editor.moc"
