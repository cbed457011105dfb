#include "editor/ClassificationHelperDialog.h"

#include "domain/Asset.h"
#include "domain/Catalog.h"
#include "domain/Vocabulary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace daicho {

ClassificationHelperDialog::ClassificationHelperDialog(const ClassificationScheme& scheme,
                                                       const ClassificationAnswers& answers, QWidget* parent)
    : QDialog(parent), m_scheme(scheme)
{
    setObjectName(QStringLiteral("classificationHelperDialog"));
    setWindowTitle(tr("Classification Guide"));
    auto* layout = new QVBoxLayout(this);

    auto* intro = new QLabel(tr("Answer what you know about the asset. The proposal below follows the "
                                "classification scheme %1; you can still change the levels in the editor.")
                                 .arg(scheme.name),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    // Who may see it decides confidentiality; what a wrong or missing copy does decides the other two.
    auto* columns = new QHBoxLayout;
    layout->addLayout(columns);
    auto* seeBox = new QGroupBox(tr("Who may see it"), this);
    auto* see = new QFormLayout(seeBox);
    columns->addWidget(seeBox, 3);
    auto* harmBox = new QGroupBox(tr("What if it is wrong or missing"), this);
    auto* harm = new QFormLayout(harmBox);
    columns->addWidget(harmBox, 2);

    m_secret = addQuestion(see, "question_secret",
                           tr("&Secret: disclosure would seriously hinder the administration"),
                           tr("Like a confidential document (秘密文書): negotiations, investigations, "
                              "security arrangements."));
    m_personal = addQuestion(see, "question_personal", tr("Contains &personal data"),
                             tr("Information about a living person: names, addresses, dates of birth, "
                                "photographs, case records."));
    m_subjectBand = new QComboBox(seeBox);
    m_subjectBand->setObjectName(QStringLiteral("question_subjectBand"));
    m_subjectBand->addItem(tr("Not known"), QString());
    for (const Term& t : Vocabulary::subjectBands().terms())
        m_subjectBand->addItem(Vocabulary::subjectBands().label(t.code), t.code);
    auto* bandLabel = new QLabel(tr("&How many people's data:"), seeBox);
    bandLabel->setBuddy(m_subjectBand);
    auto* bandRow = new QHBoxLayout;
    bandRow->setContentsMargins(24, 0, 0, 6);
    bandRow->addWidget(bandLabel);
    bandRow->addWidget(m_subjectBand);
    bandRow->addStretch(1);
    see->addRow(bandRow);
    m_sensitive =
        addQuestion(see, "question_sensitive", tr("Contains se&nsitive personal data (要配慮個人情報)"),
                    tr("Medical history, disability, criminal record, creed, social status, "
                       "having been a victim of crime."));
    m_specific = addQuestion(see, "question_specific", tr("Contains &My Number (specific personal data)"),
                             tr("Individual numbers, or personal data linked to them."));
    m_myNumberSegment = addQuestion(
        see, "question_myNumberSegment",
        tr("Hand&led on the %1").arg(Vocabulary::segmentRoles().label(QStringLiteral("mynumber"))),
        tr("The network separated for the My Number work."));
    m_published = addQuestion(see, "question_published", tr("Pu&blished, or made to be published"),
                              tr("Posted on the city website, public notices, published statistics."));
    m_alterationHarms =
        addQuestion(harm, "question_alterationHarms",
                    tr("An &alteration or error would harm residents' rights or accurate work"),
                    tr("Wrong tax amounts, wrong benefits, a wrong register entry."));
    m_lossForADayHarms =
        addQuestion(harm, "question_lossForADayHarms",
                    tr("A &day without it would harm residents' rights or stop the work"),
                    tr("Counter work, payments or emergency response that cannot wait a day."));
    m_paperOnly = addQuestion(harm, "question_paperOnly", tr("Exists on pape&r only"),
                              tr("Paper-only information may be rated not applicable (－) for integrity and "
                                 "availability where the scheme allows it."));
    m_paperOnly->setEnabled(scheme.i.allowsNotApplicable || scheme.a.allowsNotApplicable);

    auto* proposalBox = new QGroupBox(tr("Proposed levels"), this);
    proposalBox->setObjectName(QStringLiteral("proposalGroupBox"));
    auto* grid = new QGridLayout(proposalBox);
    grid->setColumnStretch(2, 1);
    int row = 0;
    for (Axis axis : kAllAxes) {
        const int i = int(axis);
        const AxisScale& scale = scheme.axis(axis);
        auto* name = new QLabel(scale.name, proposalBox);
        m_level[i] = new QLabel(proposalBox);
        m_level[i]->setObjectName(QStringLiteral("proposal_") + axisCode(axis));
        QFont bold = m_level[i]->font();
        bold.setBold(true);
        m_level[i]->setFont(bold);
        m_reason[i] = new QLabel(proposalBox);
        m_reason[i]->setObjectName(QStringLiteral("proposalReason_") + axisCode(axis));
        m_reason[i]->setWordWrap(true);
        grid->addWidget(name, row, 0, Qt::AlignTop);
        grid->addWidget(m_level[i], row, 1, Qt::AlignTop);
        grid->addWidget(m_reason[i], row, 2, Qt::AlignTop);
        const bool used = scale.used;
        name->setVisible(used);
        m_level[i]->setVisible(used);
        m_reason[i]->setVisible(used);
        ++row;
    }
    layout->addWidget(proposalBox);
    layout->addStretch(1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Use These Levels"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("useProposalButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    for (QCheckBox* box : {m_secret, m_personal, m_sensitive, m_specific, m_myNumberSegment, m_published,
                           m_alterationHarms, m_lossForADayHarms, m_paperOnly})
        connect(box, &QCheckBox::toggled, this, &ClassificationHelperDialog::updateProposal);
    connect(m_subjectBand, &QComboBox::currentIndexChanged, this,
            &ClassificationHelperDialog::updateProposal);

    setAnswers(answers);
    resize(qMax(1000, sizeHint().width()), sizeHint().height());
}

QCheckBox* ClassificationHelperDialog::addQuestion(QFormLayout* form, const char* objectName,
                                                   const QString& text, const QString& hint)
{
    auto* box = new QCheckBox(text, form->parentWidget());
    box->setObjectName(QString::fromLatin1(objectName));
    box->setToolTip(hint);
    auto* hintLabel = new QLabel(hint, form->parentWidget());
    hintLabel->setWordWrap(true);
    hintLabel->setForegroundRole(QPalette::PlaceholderText);
    hintLabel->setContentsMargins(24, 0, 0, 4);
    form->addRow(box);
    form->addRow(hintLabel);
    return box;
}

ClassificationAnswers ClassificationHelperDialog::answersFor(const Asset& asset, const Catalog& catalog)
{
    ClassificationAnswers a;
    a.personal = asset.personal || asset.sensitive || asset.specific;
    a.sensitive = asset.sensitive;
    a.specific = asset.specific;
    a.subjectBand = asset.subjectBand;
    a.myNumberSegment = catalog.segmentRole(asset) == QLatin1String("mynumber");
    a.published = asset.stage == QLatin1String("publish");
    a.paperOnly = asset.assetType == QLatin1String("info-paper");
    return a;
}

void ClassificationHelperDialog::setAnswers(const ClassificationAnswers& a)
{
    const QSignalBlocker block(this);
    m_secret->setChecked(a.secret);
    m_personal->setChecked(a.personal);
    const int band = m_subjectBand->findData(a.subjectBand);
    m_subjectBand->setCurrentIndex(band < 0 ? 0 : band);
    m_sensitive->setChecked(a.sensitive);
    m_specific->setChecked(a.specific);
    m_myNumberSegment->setChecked(a.myNumberSegment);
    m_published->setChecked(a.published);
    m_alterationHarms->setChecked(a.alterationHarms);
    m_lossForADayHarms->setChecked(a.lossForADayHarms);
    m_paperOnly->setChecked(a.paperOnly && m_paperOnly->isEnabled());
    updateProposal();
}

ClassificationAnswers ClassificationHelperDialog::answers() const
{
    ClassificationAnswers a;
    a.secret = m_secret->isChecked();
    a.personal = m_personal->isChecked();
    a.subjectBand = m_subjectBand->currentData().toString();
    a.sensitive = m_sensitive->isChecked();
    a.specific = m_specific->isChecked();
    a.myNumberSegment = m_myNumberSegment->isChecked();
    a.published = m_published->isChecked();
    a.alterationHarms = m_alterationHarms->isChecked();
    a.lossForADayHarms = m_lossForADayHarms->isChecked();
    a.paperOnly = m_paperOnly->isChecked();
    return a;
}

ClassificationProposal ClassificationHelperDialog::proposal() const
{
    return ClassificationAdvisor::propose(m_scheme, answers());
}

void ClassificationHelperDialog::updateProposal()
{
    // The band matters only for personal data; sensitive and My Number data are personal data too.
    const bool personal = m_personal->isChecked() || m_sensitive->isChecked() || m_specific->isChecked();
    m_subjectBand->setEnabled(personal);

    const ClassificationProposal p = proposal();
    for (Axis axis : kAllAxes) {
        const int i = int(axis);
        const AxisScale& scale = m_scheme.axis(axis);
        const ProposedLevel& level = p.axis(axis);
        QString text;
        if (level.code == notApplicableCode())
            text = QStringLiteral("－");
        else if (const Level* l = scale.level(level.code))
            text = l->label;
        else
            text = level.code;
        m_level[i]->setText(text);
        m_level[i]->setToolTip(scale.level(level.code) ? scale.level(level.code)->definition : QString());
        m_reason[i]->setText(level.reason);
    }
}

} // namespace daicho
