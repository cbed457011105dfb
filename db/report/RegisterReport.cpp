#include "report/RegisterReport.h"

#include "domain/AssetDisplay.h"
#include "report/ReportScope.h"
#include "storage/Register.h"

namespace daicho {

namespace {

struct PrintedColumn
{
    const char* key;
    double width;
};

// IPA: 業務分類 · 情報資産名称 · 備考 · 利用者範囲 · 管理部署 · 媒体・保存先 · 個人情報 / 要配慮 / 特定 ·
// 機密性 · 完全性 · 可用性 · 重要度 · 保存期限 · 登録日; the register's own number first.
// Widths are millimetres of A4 landscape's 273 mm: a 資産番号 and a long 和暦 date stay on one line.
const PrintedColumn kColumns[] = {
    {"asset_no", 21},  {"business", 20},  {"name", 36},     {"remarks", 30},   {"user_scope", 18},
    {"org_name", 20},  {"medium", 22},    {"personal", 8},  {"sensitive", 8},  {"specific", 8},
    {"c", 8},          {"i", 8},          {"a", 8},         {"importance", 8}, {"retention_until", 24},
    {"registered_on", 24},
};
QString header(const QString& key)
{
    if (const AssetField* f = AssetFields::find(key))
        return f->translatedLabel();
    return AssetDisplay::derivedLabel(key);
}

} // namespace

QStringList RegisterReport::columnKeys()
{
    QStringList keys;
    for (const PrintedColumn& c : kColumns)
        keys << QString::fromLatin1(c.key);
    return keys;
}

ReportDocument RegisterReport::build(const Register& reg, const ReportScope& scope, const ApprovalBlock& approval)
{
    ReportDocument doc;
    doc.orientation = ReportDocument::Orientation::Landscape;
    doc.heading = scope.heading(reg, tr("Information Asset Register"));

    ReportTable table;
    QVector<const AssetField*> fields;
    for (const PrintedColumn& c : kColumns) {
        const QString key = QString::fromLatin1(c.key);
        // Marks and levels sit in narrow centred columns; text wraps in the others.
        table.columns.append({header(key), c.width,
                              c.width < 10 ? ReportColumn::Align::Center : ReportColumn::Align::Left});
        fields.append(AssetFields::find(key));
    }
    const Catalog& cat = reg.catalog();
    table.rows.reserve(scope.assets().size());
    for (const Asset& a : scope.assets()) {
        QStringList row;
        row.reserve(int(std::size(kColumns)));
        for (int i = 0; i < int(std::size(kColumns)); ++i)
            row << (fields[i] ? AssetDisplay::text(cat, a, *fields[i])
                              : AssetDisplay::text(cat, a, QString::fromLatin1(kColumns[i].key)));
        table.rows.append(row);
    }
    doc.addText(tr("%n asset(s), disposed assets not included. ○ marks personal data of that kind.", nullptr,
                   int(scope.assets().size())));
    doc.addTable(QString(), table);
    doc.addApproval(approval);
    return doc;
}

} // namespace daicho
