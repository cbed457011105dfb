#include "exchange/ExportColumns.h"

namespace daicho {

namespace {

// Wide enough for what the column usually holds, and never narrower than its header (a Japanese
// character takes about two widths of the default font) plus the autofilter button.
int widthFor(const QString& header, const AssetField* field)
{
    int width = 14;
    if (!field) {
        width = 10;
    } else if (field->key == QLatin1String("name") || field->key == QLatin1String("remarks")) {
        width = 36;
    } else if (field->key == QLatin1String("org_name") || field->key == QLatin1String("business")
               || field->key == QLatin1String("medium") || field->key == QLatin1String("storage_location")) {
        width = 20;
    } else {
        switch (field->type) {
        case FieldType::Date: width = 12; break;
        case FieldType::Boolean: width = 6; break;
        case FieldType::Level: width = 6; break;
        case FieldType::Integer: width = 6; break;
        default: break;
        }
    }
    return qMax(width, int(header.size()) * 2 + 4);
}

QVector<ExportColumn> buildColumns()
{
    QVector<ExportColumn> columns;
    const QString orgCode = QStringLiteral("組織コード");
    columns.append({orgCode, nullptr, widthFor(orgCode, nullptr)});
    const AssetField* orgName = AssetFields::find(QStringLiteral("org_name"));
    Q_ASSERT(orgName);
    // 管理部署 is an asset field (the name as printed); it goes next to the code it belongs to.
    columns.append({orgName->japanese, orgName, widthFor(orgName->japanese, orgName)});
    for (const AssetField& f : AssetFields::all()) {
        if (&f == orgName)
            continue;
        columns.append({f.japanese, &f, widthFor(f.japanese, &f)});
    }
    return columns;
}

} // namespace

const QVector<ExportColumn>& ExportColumns::all()
{
    static const QVector<ExportColumn> columns = buildColumns();
    return columns;
}

QStringList ExportColumns::headers()
{
    QStringList out;
    for (const ExportColumn& c : all())
        out << c.header;
    return out;
}

int ExportColumns::indexOf(const QString& header)
{
    const QVector<ExportColumn>& columns = all();
    for (int i = 0; i < columns.size(); ++i)
        if (columns[i].header == header)
            return i;
    return -1;
}

QString ExportColumns::text(const ExportColumn& column, const Asset& asset)
{
    if (column.isOrgCode())
        return asset.orgCode;
    const AssetField& f = *column.field;
    switch (f.type) {
    case FieldType::Boolean:
        return f.get(asset).toBool() ? QStringLiteral("有") : QStringLiteral("無");
    case FieldType::Date: {
        const QDate d = f.get(asset).toDate();
        return d.isValid() ? d.toString(QStringLiteral("yyyy/MM/dd")) : QString();
    }
    case FieldType::Level:
        return f.get(asset).toString();
    case FieldType::Code: {
        // The Japanese term (利用, 週次, 情報(電子)) rather than the internal code: what the register's
        // users read and type. AssetFields::fromText takes either back.
        const QString code = f.get(asset).toString();
        return f.vocabulary && !code.isEmpty() ? f.vocabulary->japanese(code) : code;
    }
    default:
        return AssetFields::toText(f, asset);
    }
}

bool ExportColumns::needsNeutralising(const QString& text)
{
    if (text.isEmpty())
        return false;
    switch (text.at(0).unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
    case '\'':
        return true;
    default:
        return false;
    }
}

QString ExportColumns::neutralised(const QString& text)
{
    return needsNeutralising(text) ? QLatin1Char('\'') + text : text;
}

QString ExportColumns::restoreNeutralised(const QString& text)
{
    if (text.size() >= 2 && text.at(0) == QLatin1Char('\'') && needsNeutralising(text.mid(1, 1)))
        return text.mid(1);
    return text;
}

} // namespace daicho
