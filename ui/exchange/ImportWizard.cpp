#include "exchange/ImportWizard.h"

#include "exchange/ImportWizardPages.h"
#include "exchange/XlsxPackage.h"
#include "storage/Register.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace daicho {

namespace {

bool looksLikeZip(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.read(4) == QByteArray("PK\x03\x04", 4);
}

// The sheet names of a workbook, for the sheet chooser. The reader itself opens one sheet by name; a file it
// cannot list is left to the reader, whose message says what is wrong with it.
QStringList workbookSheets(const QString& path)
{
    xlsx::XlsxPackage package;
    if (!package.open(path))
        return {};
    QHash<QString, xlsx::Relationship> rels;
    QString workbookPart = QStringLiteral("xl/workbook.xml");
    if (package.relationships(QString(), rels))
        for (const xlsx::Relationship& r : std::as_const(rels))
            if (r.type == u"officeDocument")
                workbookPart = r.part;
    QStringList names;
    package.parse(workbookPart, [&names](QXmlStreamReader& xml, QXmlStreamReader::TokenType token) {
        if (token == QXmlStreamReader::StartElement && xml.name() == u"sheet")
            names << xml.attributes().value(QLatin1String("name")).toString();
        return true;
    });
    return names;
}

// A wait cursor for the reads and plans that take a moment on a city's file.
struct BusyCursor
{
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
};

} // namespace

ImportWizard::ImportWizard(Register& reg, Actor actor, const QString& orgCode, QWidget* parent)
    : QWizard(parent), m_register(reg), m_actor(std::move(actor)), m_defaultOrgCode(orgCode)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import from Excel"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    setPage(FilePageId, new ImportFilePage(this));
    setPage(MappingPageId, new ImportMappingPage(this));
    setPage(PreviewPageId, new ImportPreviewPage(this));
    setPage(ResultPageId, new ImportResultPage(this));
    resize(960, 640);
}

ImportWizard::~ImportWizard() = default;

bool ImportWizard::openFile(const QString& path)
{
    m_path = path;
    m_readOptions = {};
    m_sheetNames = looksLikeZip(path) ? workbookSheets(path) : QStringList();
    return read();
}

bool ImportWizard::setReadOptions(const TableReadOptions& options)
{
    m_readOptions = options;
    return read();
}

bool ImportWizard::read()
{
    BusyCursor busy;
    m_plan.reset();
    m_table.reset();
    m_readError.clear();
    m_mapping = HeaderMapping();
    if (m_path.isEmpty()) {
        emit tableChanged();
        return false;
    }
    Result<SheetTable> table = TableReader::read(m_path, m_readOptions);
    if (!table) {
        m_readError = table.error().message;
    } else {
        m_table = std::move(table).value();
        m_mapping = HeaderMapping::detect(*m_table);
        if (m_mapping.headerRow() < 0)
            m_readError = tr("%1 is empty: a register sheet has a row of column names such as 情報資産名称, "
                             "管理部署 and 機密性, and rows below it.")
                              .arg(QFileInfo(m_path).fileName());
    }
    emit tableChanged();
    return m_readError.isEmpty();
}

void ImportWizard::setDefaultOrgCode(const QString& code)
{
    if (code == m_defaultOrgCode)
        return;
    m_defaultOrgCode = code;
    m_plan.reset();
}

QStringList ImportWizard::missingRequired() const
{
    QStringList missing;
    if (m_mapping.headerRow() < 0)
        return missing;
    if (m_mapping.columnOf(QStringLiteral("name")) < 0)
        missing << tr("the asset name (情報資産名称)");
    if (m_mapping.columnOf(QStringLiteral("org_code")) < 0 &&
        m_mapping.columnOf(QStringLiteral("org_name")) < 0 && m_defaultOrgCode.isEmpty())
        missing << tr("the organisation (管理部署 or 組織コード), or a section chosen on the first page for "
                      "every row");
    return missing;
}

bool ImportWizard::buildPlan()
{
    m_plan.reset();
    m_planError.clear();
    m_cleanRowsOnly = false;
    if (!m_table)
        return false;
    BusyCursor busy;
    ImportOptions options;
    options.defaultOrgCode = m_defaultOrgCode;
    Result<ImportPlan> plan = ImportPlan::build(m_register, *m_table, m_mapping, options);
    if (!plan) {
        m_planError = plan.error().message;
        return false;
    }
    m_plan = std::move(plan).value();
    return true;
}

QString ImportWizard::blockedReason() const
{
    if (!m_plan)
        return m_planError.isEmpty() ? tr("Nothing has been checked yet.") : m_planError;
    if (m_plan->fileRefused())
        return tr("The file cannot be imported as it is mapped: see the problems above. Go back to correct "
                  "the columns, or cancel.");
    const int rejected = m_plan->count(ImportAction::Rejected);
    if (rejected > 0 && !m_cleanRowsOnly)
        return tr(
            "%n row(s) have errors, so nothing would be imported. Correct the file and read it again, or "
            "choose to import only the clean rows.",
            nullptr, rejected);
    if (m_plan->count(ImportAction::Add) + m_plan->count(ImportAction::Update) == 0)
        return tr("Nothing would change: every row is already in the register as the file has it.");
    return {};
}

bool ImportWizard::saveProblems(const QString& path, QString* error) const
{
    if (!m_plan)
        return false;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(m_plan->rejectsCsv()) < 0) {
        if (error)
            *error = tr("The problems could not be written to %1: %2")
                         .arg(QDir::toNativeSeparators(path), f.errorString());
        return false;
    }
    return true;
}

Result<ImportResult> ImportWizard::apply()
{
    if (!m_plan)
        return makeError(ErrorCode::Validation, blockedReason());
    BusyCursor busy;
    Result<ImportResult> done = Importer::apply(
        m_register, *m_plan, m_cleanRowsOnly ? Importer::Mode::CleanRowsOnly : Importer::Mode::AllOrNothing,
        m_actor, tr("Imported from %1").arg(QFileInfo(m_path).fileName()));
    if (done)
        m_result = done.value();
    return done;
}

QString ImportWizard::encodingText() const
{
    if (!m_table || m_table->encoding.isEmpty())
        return {};
    return m_table->encodingGuessed ? tr("%1 (detected)").arg(m_table->encoding) : m_table->encoding;
}

} // namespace daicho
