// Excel から取り込む as a section head goes through it: the golden register sheets of tests/data/import read
// into the real wizard, its pages driven by the widgets' object names, and what the register holds
// afterwards (or that it was left untouched).
#include "TestRegister.h"

#include "editing/AssetEditing.h"
#include "exchange/ImportWizard.h"
#include "exchange/ImportWizardPreviewModel.h"
#include "mainwindow/MainWindow.h"
#include "orgtree/OrgTreeModel.h"
#include "register/AssetTableModel.h"
#include "storage/Register.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QTreeView>
#include <QtTest>

#include <xlsxwriter.h>

#include <functional>

using namespace daicho;
using daicho::test::TestRegister;

namespace {

QString fixture(const QString& name)
{
    return QStringLiteral(DAICHO_TEST_DATA "/import/") + name;
}

// What the register holds: every asset's fields and its history rows.
QByteArray contents(const Register& reg)
{
    QByteArray out;
    for (const Asset& a : reg.assets())
        out += QJsonDocument(AssetFields::toJson(a)).toJson(QJsonDocument::Compact) + '\n' +
               QByteArray::number(reg.history(QStringLiteral("asset"), a.id).size()) + '\n';
    return out;
}

QString labelText(const QWizard& w, const QString& name)
{
    auto* label = w.findChild<QLabel*>(name);
    return label ? label->text() : QStringLiteral("<no label %1>").arg(name);
}

// The field combo of a column of the file, by the column's header text.
QComboBox* fieldCombo(const ImportWizard& w, const QString& header)
{
    for (const MappedColumn& c : w.mapping().columns())
        if (c.header == header)
            return w.findChild<QComboBox*>(QStringLiteral("fieldComboBox%1").arg(c.column));
    return nullptr;
}

// Chooses a field in a column's combo as a person does (the combo's activated signal).
bool chooseField(ImportWizard& w, const QString& header, const QString& key)
{
    QComboBox* combo = fieldCombo(w, header);
    if (!combo)
        return false;
    const int i = combo->findData(key);
    if (i < 0)
        return false;
    combo->setCurrentIndex(i);
    emit combo->activated(i);
    return true;
}

QAbstractButton* nextButton(const QWizard& w)
{
    return w.button(w.currentPage()->isCommitPage() ? QWizard::CommitButton : QWizard::NextButton);
}

// Runs `answer` on the next modal dialog that opens, then lets the caller's exec() return.
void whenDialogOpens(const std::function<void(QDialog*)>& answer)
{
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, answer] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        timer->stop();
        timer->deleteLater();
        answer(dialog);
    });
    timer->start();
}

} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT

    // Shows the wizard and waits until it is on screen, so that buttons follow isComplete() as a person sees
    // them.
    static void show(ImportWizard& w)
    {
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
    }
    // Presses Next (or Import on the preview) and checks the page that follows.
    static void next(ImportWizard& w, int expectedPage)
    {
        QAbstractButton* button = nextButton(w);
        QVERIFY(button);
        QVERIFY2(button->isEnabled() && button->isVisible(),
                 qPrintable(QStringLiteral("the button to go on is disabled on page %1").arg(w.currentId())));
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(w.currentId(), expectedPage);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("DaichoTest"));
        QApplication::setApplicationName(QStringLiteral("tst_importwizard"));
        QSettings().clear();
    }

    void cp932TemplateDetectedImportedThenUnchanged()
    {
        TestRegister t;
        {
            ImportWizard w(*t.reg, t.actor, t.section.code);
            show(w);
            QCOMPARE(w.currentId(), int(ImportWizard::FilePageId));
            QVERIFY(!nextButton(w)->isEnabled()); // no file yet
            QVERIFY(w.openFile(fixture(QStringLiteral("ipa_style_register_cp932.csv"))));
            const QString detected = labelText(w, QStringLiteral("detectedLabel"));
            QVERIFY2(detected.contains(QStringLiteral("CP932 (detected)")), qPrintable(detected));
            QVERIFY2(detected.contains(QStringLiteral("Column names: row 3")), qPrintable(detected));
            QVERIFY2(detected.contains(QStringLiteral("4 row(s) of data")), qPrintable(detected));
            QVERIFY(w.findChild<QComboBox*>(QStringLiteral("encodingComboBox"))->isEnabled());
            QVERIFY(!w.findChild<QComboBox*>(QStringLiteral("sheetComboBox"))->isEnabled());
            QCOMPARE(w.findChild<QComboBox*>(QStringLiteral("orgComboBox"))->currentData().toString(),
                     t.section.code);
            QCOMPARE(w.findChild<QLineEdit*>(QStringLiteral("pathLineEdit"))->text(),
                     QDir::toNativeSeparators(fixture(QStringLiteral("ipa_style_register_cp932.csv"))));

            next(w, ImportWizard::MappingPageId);
            QCOMPARE(fieldCombo(w, QStringLiteral("情報資産名称"))->currentData().toString(),
                     QStringLiteral("name"));
            QCOMPARE(fieldCombo(w, QStringLiteral("保存期限"))->currentData().toString(),
                     QStringLiteral("retention_period"));
            auto* table = w.findChild<QTableWidget*>(QStringLiteral("mappingTableWidget"));
            QVERIFY(table->rowCount() >= 16);
            // The sample values of the name column, for the person to recognise it.
            bool sampleShown = false;
            for (int r = 0; r < table->rowCount(); ++r)
                sampleShown =
                    sampleShown || table->item(r, 1)->text().contains(QStringLiteral("国保被保険者台帳"));
            QVERIFY(sampleShown);
            QVERIFY(labelText(w, QStringLiteral("missingLabel"))
                        .contains(QStringLiteral("Every required field")));

            next(w, ImportWizard::PreviewPageId);
            QVERIFY2(labelText(w, QStringLiteral("countsLabel")).contains(QStringLiteral("To add: 4")),
                     qPrintable(labelText(w, QStringLiteral("countsLabel"))));
            QVERIFY(!w.findChild<QCheckBox*>(QStringLiteral("cleanRowsCheckBox"))->isVisible());
            auto* view = w.findChild<QTableView*>(QStringLiteral("previewTableView"));
            QAbstractItemModelTester tester(view->model(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            QCOMPARE(view->model()->rowCount(), 4);
            QCOMPARE(view->model()->index(1, ImportWizardPreviewModel::NameColumn).data().toString(),
                     QStringLiteral("高額療養費申請書"));
            QCOMPARE(view->model()->index(1, ImportWizardPreviewModel::ActionColumn).data().toString(),
                     QStringLiteral("Add"));
            QCOMPARE(view->model()->index(1, ImportWizardPreviewModel::OrgColumn).data().toString(),
                     QStringLiteral("保険年金課"));
            QCOMPARE(t.reg->assetCount(), 0); // nothing written before Import

            next(w, ImportWizard::ResultPageId);
            QVERIFY(w.imported());
            QCOMPARE(w.result()->added, 4);
            QVERIFY2(labelText(w, QStringLiteral("resultLabel")).contains(QStringLiteral("4 added")),
                     qPrintable(labelText(w, QStringLiteral("resultLabel"))));
            QVERIFY(w.button(QWizard::FinishButton)->isVisible());
        }
        QCOMPARE(t.reg->assetCount(), 4);
        const Asset a = t.reg->assetByNo(QStringLiteral("2301-002")).value();
        QCOMPARE(a.name, QStringLiteral("高額療養費申請書"));
        QCOMPARE(a.orgId, t.section.id);
        QCOMPARE(a.cLevel, QStringLiteral("3"));
        QCOMPARE(a.aLevel, QStringLiteral("1"));
        QVERIFY(a.sensitive && !a.specific);
        QCOMPARE(a.registeredOn, QDate(2024, 4, 1));
        const QByteArray held = contents(*t.reg);

        // The same rows again, as Excel's "CSV UTF-8" writes them: every row unchanged, nothing to import.
        ImportWizard again(*t.reg, t.actor, QString());
        show(again);
        QVERIFY(again.openFile(fixture(QStringLiteral("ipa_style_register_utf8bom.csv"))));
        QVERIFY(labelText(again, QStringLiteral("detectedLabel")).contains(QStringLiteral("UTF-8")));
        next(again, ImportWizard::MappingPageId);
        next(again, ImportWizard::PreviewPageId);
        QVERIFY2(labelText(again, QStringLiteral("countsLabel")).contains(QStringLiteral("Unchanged: 4")),
                 qPrintable(labelText(again, QStringLiteral("countsLabel"))));
        QVERIFY(labelText(again, QStringLiteral("countsLabel")).contains(QStringLiteral("To add: 0")));
        QVERIFY(!nextButton(again)->isEnabled());
        QVERIFY(labelText(again, QStringLiteral("blockedLabel"))
                    .contains(QStringLiteral("Nothing would change")));
        QCOMPARE(contents(*t.reg), held);
    }

    void encodingOverrideReadsTheFileAgain()
    {
        TestRegister t;
        ImportWizard w(*t.reg, t.actor, QString());
        show(w);
        QVERIFY(w.openFile(fixture(QStringLiteral("ipa_style_register_cp932.csv"))));
        auto* encoding = w.findChild<QComboBox*>(QStringLiteral("encodingComboBox"));
        // Read as UTF-8 it is not: the reader says why, and the wizard cannot go on.
        encoding->setCurrentIndex(encoding->findData(int(TableReadOptions::Encoding::Utf8)));
        emit encoding->activated(encoding->currentIndex());
        QVERIFY(!w.hasTable());
        QVERIFY2(labelText(w, QStringLiteral("detectedLabel")).contains(QStringLiteral("UTF-8")),
                 qPrintable(labelText(w, QStringLiteral("detectedLabel"))));
        QVERIFY(!nextButton(w)->isEnabled());
        encoding->setCurrentIndex(encoding->findData(int(TableReadOptions::Encoding::Cp932)));
        emit encoding->activated(encoding->currentIndex());
        QVERIFY(w.hasTable());
        const QString detected = labelText(w, QStringLiteral("detectedLabel"));
        QVERIFY2(detected.contains(QStringLiteral("Encoding: CP932")) &&
                     !detected.contains(QStringLiteral("detected")),
                 qPrintable(detected));
        QVERIFY(nextButton(w)->isEnabled());
    }

    void xlsxOffersItsSheets()
    {
        TestRegister t;
        ImportWizard w(*t.reg, t.actor, QString());
        show(w);
        QVERIFY(w.openFile(fixture(QStringLiteral("variant_headers_libreoffice.xlsx"))));
        auto* sheet = w.findChild<QComboBox*>(QStringLiteral("sheetComboBox"));
        QVERIFY(sheet->isEnabled());
        QVERIFY(sheet->findText(QStringLiteral("variant_headers")) >= 0);
        QCOMPARE(sheet->currentText(), w.table().sheetName);
        QVERIFY(!w.findChild<QComboBox*>(QStringLiteral("encodingComboBox"))->isEnabled());
        QVERIFY(labelText(w, QStringLiteral("detectedLabel")).contains(QStringLiteral("Sheet: ")));
        next(w, ImportWizard::MappingPageId);
        QCOMPARE(fieldCombo(w, QStringLiteral("資産名"))->currentData().toString(), QStringLiteral("name"));
        next(w, ImportWizard::PreviewPageId);
        QVERIFY2(labelText(w, QStringLiteral("countsLabel")).contains(QStringLiteral("To add: 2")),
                 qPrintable(labelText(w, QStringLiteral("countsLabel"))));
        next(w, ImportWizard::ResultPageId);
        QCOMPARE(t.reg->assetByNo(QStringLiteral("0302-0002"))->orgId, t.section.id);
    }

    // A workbook whose register is not on its first sheet: the person picks the sheet and it is read again.
    void chosenSheetIsRead()
    {
        TestRegister t;
        const QByteArray path = t.dir.filePath(QStringLiteral("book.xlsx")).toUtf8();
        lxw_workbook* book = workbook_new(path.constData());
        QVERIFY(book);
        lxw_worksheet* cover = workbook_add_worksheet(book, "表紙");
        worksheet_write_string(cover, 0, 0, "情報資産管理台帳（令和6年度）", nullptr);
        lxw_worksheet* sheet = workbook_add_worksheet(book, "台帳");
        const char* rows[3][4] = {{"管理番号", "情報資産名称", "管理部署", "機密性"},
                                  {"0302-0501", "窓口日誌", "保険年金課", "2"},
                                  {"0302-0502", "相談記録", "保険年金課", "3B"}};
        for (int r = 0; r < 3; ++r)
            for (int c = 0; c < 4; ++c)
                worksheet_write_string(sheet, r, c, rows[r][c], nullptr);
        QCOMPARE(int(workbook_close(book)), int(LXW_NO_ERROR));

        ImportWizard w(*t.reg, t.actor, QString());
        show(w);
        QVERIFY(w.openFile(QString::fromUtf8(path)));
        auto* sheets = w.findChild<QComboBox*>(QStringLiteral("sheetComboBox"));
        QCOMPARE(sheets->count(), 2);
        QCOMPARE(sheets->currentText(), QStringLiteral("表紙"));
        QCOMPARE(w.table().sheetName, QStringLiteral("表紙"));
        sheets->setCurrentIndex(sheets->findText(QStringLiteral("台帳")));
        emit sheets->activated(sheets->currentIndex());
        QCOMPARE(w.table().sheetName, QStringLiteral("台帳"));
        QCOMPARE(sheets->currentText(), QStringLiteral("台帳"));
        const QString detected = labelText(w, QStringLiteral("detectedLabel"));
        QVERIFY2(detected.contains(QStringLiteral("Sheet: 台帳")) &&
                     detected.contains(QStringLiteral("2 row(s)")),
                 qPrintable(detected));
        next(w, ImportWizard::MappingPageId);
        next(w, ImportWizard::PreviewPageId);
        QVERIFY2(labelText(w, QStringLiteral("countsLabel")).contains(QStringLiteral("To add: 2")),
                 qPrintable(labelText(w, QStringLiteral("countsLabel"))));
        next(w, ImportWizard::ResultPageId);
        QCOMPARE(t.reg->assetByNo(QStringLiteral("0302-0502"))->cLevel, QStringLiteral("3B"));
    }

    void mappingCorrectionChangesThePlan()
    {
        TestRegister t;
        ImportWizard w(*t.reg, t.actor, QString());
        show(w);
        QVERIFY(w.openFile(fixture(QStringLiteral("custom_columns.csv"))));
        next(w, ImportWizard::MappingPageId);
        // The file calls its columns its own way: nothing says which is the name, so the wizard stops here.
        QCOMPARE(fieldCombo(w, QStringLiteral("資料の名前"))->currentData().toString(), QString());
        const QString missing = labelText(w, QStringLiteral("missingLabel"));
        QVERIFY2(missing.contains(QStringLiteral("the asset name")), qPrintable(missing));
        QVERIFY(!nextButton(w)->isEnabled());

        QVERIFY(chooseField(w, QStringLiteral("資料の名前"), QStringLiteral("name")));
        QVERIFY(chooseField(w, QStringLiteral("台帳ID"), QStringLiteral("asset_no")));
        QVERIFY(chooseField(w, QStringLiteral("格付"), QStringLiteral("c")));
        QVERIFY(
            labelText(w, QStringLiteral("missingLabel")).contains(QStringLiteral("Every required field")));
        QVERIFY(!w.mapping().columns().at(w.mapping().columnOf(QStringLiteral("name"))).guessed);
        next(w, ImportWizard::PreviewPageId);
        QCOMPARE(w.plan()->rows().size(), 1);
        QCOMPARE(w.plan()->rows().first().asset.name, QStringLiteral("窓口日誌"));
        QCOMPARE(w.plan()->rows().first().asset.assetNo, QStringLiteral("0302-0401"));
        QCOMPARE(w.plan()->rows().first().asset.cLevel, QStringLiteral("2"));

        // Back to the columns: the name moved to another column leaves the first one out, and the plan
        // follows.
        w.back();
        QCOMPARE(w.currentId(), int(ImportWizard::MappingPageId));
        QCOMPARE(fieldCombo(w, QStringLiteral("台帳ID"))->currentData().toString(),
                 QStringLiteral("asset_no"));
        QVERIFY(chooseField(w, QStringLiteral("台帳ID"), QStringLiteral("name")));
        QCOMPARE(fieldCombo(w, QStringLiteral("資料の名前"))->currentData().toString(), QString());
        QVERIFY(chooseField(w, QStringLiteral("格付"), QString()));
        next(w, ImportWizard::PreviewPageId);
        QCOMPARE(w.plan()->rows().first().asset.name, QStringLiteral("0302-0401"));
        // No column gives the number now: Daicho numbers the asset itself.
        QVERIFY(w.plan()->rows().first().asset.assetNo != QStringLiteral("0302-0401"));
        QVERIFY(w.plan()->rows().first().asset.cLevel != QStringLiteral("2"));
    }

    void organisationForRowsWithoutOne()
    {
        TestRegister t;
        ImportWizard w(*t.reg, t.actor, QString());
        show(w);
        QVERIFY(w.openFile(fixture(QStringLiteral("no_org_column.csv"))));
        next(w, ImportWizard::MappingPageId);
        QVERIFY(labelText(w, QStringLiteral("missingLabel")).contains(QStringLiteral("the organisation")));
        QVERIFY(!nextButton(w)->isEnabled());
        w.back();
        auto* org = w.findChild<QComboBox*>(QStringLiteral("orgComboBox"));
        org->setCurrentIndex(org->findData(t.otherSection.code));
        next(w, ImportWizard::MappingPageId);
        QVERIFY(
            labelText(w, QStringLiteral("missingLabel")).contains(QStringLiteral("Every required field")));
        next(w, ImportWizard::PreviewPageId);
        next(w, ImportWizard::ResultPageId);
        QCOMPARE(t.reg->assetCount(), 2);
        for (const Asset& a : t.reg->assets())
            QCOMPARE(a.orgId, t.otherSection.id);
    }

    void rejectedRowsBlockImportUntilCleanRowsOnly()
    {
        TestRegister t;
        QVERIFY(t.reg->addAsset(t.cleanAsset(), t.actor));
        const QByteArray before = contents(*t.reg);
        ImportWizard w(*t.reg, t.actor, QString());
        show(w);
        QVERIFY(w.openFile(fixture(QStringLiteral("malformed_rows.csv"))));
        next(w, ImportWizard::MappingPageId);
        next(w, ImportWizard::PreviewPageId);
        const QString counts = labelText(w, QStringLiteral("countsLabel"));
        QVERIFY2(counts.contains(QStringLiteral("To add: 1")) &&
                     counts.contains(QStringLiteral("Rejected: 4")),
                 qPrintable(counts));
        // Import is refused, and the page says why.
        QVERIFY(!nextButton(w)->isEnabled());
        const QString blocked = labelText(w, QStringLiteral("blockedLabel"));
        QVERIFY2(blocked.contains(QStringLiteral("4 row(s) have errors")), qPrintable(blocked));
        QVERIFY2(blocked.contains(QStringLiteral("only the clean rows")), qPrintable(blocked));

        auto* view = w.findChild<QTableView*>(QStringLiteral("previewTableView"));
        QAbstractItemModelTester tester(view->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(view->model()->rowCount(), 5);
        const QModelIndex unknownOrg = view->model()->index(1, ImportWizardPreviewModel::ProblemsColumn);
        QCOMPARE(view->model()->index(1, ImportWizardPreviewModel::RowColumn).data().toInt(), 3);
        QVERIFY2(unknownOrg.data().toString().contains(QStringLiteral("管理部署 \"未来課\"")),
                 qPrintable(unknownOrg.data().toString()));
        QVERIFY(unknownOrg.data(Qt::BackgroundRole).isValid());                  // rejected: highlighted
        QVERIFY(!view->model()->index(0, 0).data(Qt::BackgroundRole).isValid()); // the clean row is not
        // The row chosen shows its problems in full, below the table.
        view->setCurrentIndex(view->model()->index(2, 0));
        const QString details = labelText(w, QStringLiteral("rowDetailsLabel"));
        QVERIFY2(details.startsWith(QStringLiteral("Row 4: ")) &&
                     details.contains(QStringLiteral("個人情報 \"たぶん\"")),
                 qPrintable(details));
        auto* problemsOnly = w.findChild<QCheckBox*>(QStringLiteral("problemsOnlyCheckBox"));
        problemsOnly->setChecked(true);
        QCOMPARE(view->model()->rowCount(), 4);
        problemsOnly->setChecked(false);

        // The problems, saved for the person who keeps the file.
        const QString saved = t.dir.filePath(QStringLiteral("problems.csv"));
        QVERIFY(w.findChild<QAbstractButton*>(QStringLiteral("saveProblemsPushButton"))->isEnabled());
        QVERIFY(w.saveProblems(saved));
        QFile f(saved);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString csv = QString::fromUtf8(f.readAll());
        QVERIFY(csv.contains(QStringLiteral("\r\n3,管理部署,未来課,")));
        QVERIFY(csv.contains(QStringLiteral("\r\n4,個人情報,たぶん,")));
        QCOMPARE(contents(*t.reg), before);

        auto* clean = w.findChild<QCheckBox*>(QStringLiteral("cleanRowsCheckBox"));
        QVERIFY(clean->isVisible());
        QVERIFY(clean->text().contains(QStringLiteral("4 rejected row(s)")));
        clean->setChecked(true);
        QVERIFY(nextButton(w)->isEnabled());
        clean->setChecked(false);
        QVERIFY(!nextButton(w)->isEnabled());
        clean->setChecked(true);
        next(w, ImportWizard::ResultPageId);
        QCOMPARE(w.result()->added, 1);
        QCOMPARE(w.result()->rejected, 4);
        QVERIFY(labelText(w, QStringLiteral("resultLabel"))
                    .contains(QStringLiteral("4 rejected row(s) were left out")));
        QCOMPARE(t.reg->assetCount(), 2);
        QVERIFY(t.reg->assetByNo(QStringLiteral("0302-0201")));
        QVERIFY(!t.reg->assetByNo(QStringLiteral("0302-0202")));
    }

    void missingNameColumnStopsAtTheColumns()
    {
        TestRegister t;
        ImportWizard w(*t.reg, t.actor, t.section.code);
        show(w);
        QVERIFY(w.openFile(fixture(QStringLiteral("missing_name_column.csv"))));
        next(w, ImportWizard::MappingPageId);
        QVERIFY(!nextButton(w)->isEnabled());
        QVERIFY(labelText(w, QStringLiteral("missingLabel")).contains(QStringLiteral("the asset name")));
    }

    void unreadableFilesSayWhy()
    {
        TestRegister t;
        ImportWizard w(*t.reg, t.actor, QString());
        show(w);
        QVERIFY(!w.openFile(t.dir.filePath(QStringLiteral("no_such_file.csv"))));
        QVERIFY(!labelText(w, QStringLiteral("detectedLabel")).isEmpty());
        QVERIFY(!nextButton(w)->isEnabled());
        // The register itself is a zip-less binary: refused with the reader's message.
        QVERIFY(!w.openFile(t.path()));
        QVERIFY2(labelText(w, QStringLiteral("detectedLabel")).contains(QStringLiteral("b00020")),
                 qPrintable(labelText(w, QStringLiteral("detectedLabel"))));
        QVERIFY(!nextButton(w)->isEnabled());
        QFile empty(t.dir.filePath(QStringLiteral("empty.csv")));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        QVERIFY(!w.openFile(empty.fileName()));
        QVERIFY(!nextButton(w)->isEnabled());
    }

    // A city department's register of 10,000 rows is checked in about a second, once per visit to the
    // preview.
    void tenThousandRowsPreviewQuickly()
    {
        TestRegister t;
        const QString path = t.dir.filePath(QStringLiteral("big.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray csv =
            "\xEF\xBB\xBF管理番号,情報資産名称,管理部署,個人情報,機密性,完全性,可用性,登録日\r\n";
        for (int i = 0; i < 10000; ++i)
            csv += QStringLiteral("9%1,資料%1,保険年金課,無,2,1,1,令和6年4月1日\r\n")
                       .arg(i, 5, 10, QLatin1Char('0'))
                       .toUtf8();
        f.write(csv);
        f.close();
        ImportWizard w(*t.reg, t.actor, QString());
        show(w);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(w.openFile(path));
        next(w, ImportWizard::MappingPageId);
        next(w, ImportWizard::PreviewPageId);
        const qint64 ms = timer.elapsed();
        qInfo("10,000 rows read, mapped and previewed in %lld ms", ms);
        QVERIFY2(labelText(w, QStringLiteral("countsLabel")).contains(QStringLiteral("To add: 10000")),
                 qPrintable(labelText(w, QStringLiteral("countsLabel"))));
        QVERIFY2(ms < 5000, qPrintable(QStringLiteral("%1 ms").arg(ms)));
        timer.restart();
        next(w, ImportWizard::ResultPageId);
        qInfo("10,000 rows imported in %lld ms", timer.elapsed());
        QCOMPARE(t.reg->assetCount(), 10000);
    }

    // File → Import from Excel, with the unit chosen in the tree; the table shows the new rows afterwards.
    void mainWindowImportsAndReloads()
    {
        TestRegister t;
        MainWindow window(t.clock);
        window.editing()->setActor(t.actor);
        auto opened = Register::open(t.path(), t.clock);
        QVERIFY(opened);
        window.setRegister(std::move(opened).value());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction* import = window.action(QStringLiteral("importExcel"));
        QVERIFY(import);
        QCOMPARE(import->shortcut(), QKeySequence(QStringLiteral("Ctrl+I")));
        auto* tree = window.findChild<QTreeView*>(QStringLiteral("orgTreeView"));
        auto* orgModel = qobject_cast<OrgTreeModel*>(tree->model());
        QVERIFY(orgModel);
        tree->setCurrentIndex(orgModel->indexOfCode(t.section.code));
        QCOMPARE(window.assetModel()->rowCount(), 0);

        bool answered = false;
        whenDialogOpens([&](QDialog* dialog) {
            auto* w = qobject_cast<ImportWizard*>(dialog);
            QVERIFY(w);
            answered = true;
            QCOMPARE(w->findChild<QComboBox*>(QStringLiteral("orgComboBox"))->currentData().toString(),
                     t.section.code);
            QVERIFY(w->openFile(fixture(QStringLiteral("ipa_style_register_cp932.csv"))));
            next(*w, ImportWizard::MappingPageId);
            next(*w, ImportWizard::PreviewPageId);
            next(*w, ImportWizard::ResultPageId);
            QTest::mouseClick(w->button(QWizard::FinishButton), Qt::LeftButton);
        });
        import->trigger();
        QVERIFY(answered);
        QCOMPARE(window.assetModel()->rowCount(), 4);
    }
};

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
