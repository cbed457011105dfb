#include "exchange/HeaderMapping.h"

#include "calendar/JapaneseDate.h"
#include "domain/Asset.h"
#include "domain/Vocabulary.h"
#include "util/Text.h"

#include <QHash>
#include <QRegularExpression>

namespace daicho {

namespace {

// How far down a sheet the header row is looked for: title, date and blank rows come first in real files.
constexpr int kHeaderSearchRows = 30;

QString headerKeyOf(const QString& header)
{
    static const QRegularExpression note(QStringLiteral("[(\\[【].*?[)\\]】]"));
    static const QRegularExpression punctuation(QStringLiteral("[・/_\\-:※*.,、。･]"));
    QString key = searchKey(header);
    key.remove(note);
    key.remove(punctuation);
    return key;
}

// The names each field goes by in municipal registers, besides its own Japanese header, English label and
// key.
const QHash<QString, QString>& synonyms()
{
    static const QHash<QString, QString> table = [] {
        const QVector<QPair<const char*, QStringList>> names = {
            // A bare "No." or 番号 is left out: in the IPA template it counts the rows (1, 2, 3 …), and read
            // as
            // 資産番号 it would match another section's asset of the same number.
            {"asset_no",
             {QStringLiteral("管理番号"), QStringLiteral("整理番号"), QStringLiteral("資産No"),
              QStringLiteral("資産ID"), QStringLiteral("台帳番号"), QStringLiteral("資産コード")}},
            {"fiscal_year", {QStringLiteral("登録年度"), QStringLiteral("対象年度")}},
            {"org_code",
             {QStringLiteral("組織コード"), QStringLiteral("部署コード"), QStringLiteral("所属コード"),
              QStringLiteral("課コード"), QStringLiteral("組織CD"), QStringLiteral("org"),
              QStringLiteral("Organisation code")}},
            {"org_name",
             {QStringLiteral("部署"), QStringLiteral("部署名"), QStringLiteral("所属"),
              QStringLiteral("所属名"), QStringLiteral("所管課"), QStringLiteral("所管部署"),
              QStringLiteral("担当課"), QStringLiteral("課名"), QStringLiteral("管理課"),
              QStringLiteral("管理部署名"), QStringLiteral("主管課"), QStringLiteral("担当部署")}},
            {"business",
             {QStringLiteral("業務"), QStringLiteral("業務名"), QStringLiteral("事務"),
              QStringLiteral("事務名"), QStringLiteral("業務区分")}},
            {"name",
             {QStringLiteral("情報資産名"), QStringLiteral("情報資産"), QStringLiteral("資産名"),
              QStringLiteral("資産名称"), QStringLiteral("名称"), QStringLiteral("資産の名称")}},
            {"user_scope",
             {QStringLiteral("利用者"), QStringLiteral("利用範囲"), QStringLiteral("利用者の範囲"),
              QStringLiteral("アクセス範囲")}},
            {"asset_type",
             {QStringLiteral("種別"), QStringLiteral("資産の種類"), QStringLiteral("資産区分"),
              QStringLiteral("形態")}},
            {"medium",
             {QStringLiteral("媒体"), QStringLiteral("保存先"), QStringLiteral("保存媒体"),
              QStringLiteral("記録媒体"), QStringLiteral("保存形態")}},
            {"network_segment",
             {QStringLiteral("ネットワーク"), QStringLiteral("系統"), QStringLiteral("接続系")}},
            {"manager_title", {QStringLiteral("責任者"), QStringLiteral("管理者")}},
            {"personal", {QStringLiteral("個人情報の有無"), QStringLiteral("個人情報有無")}},
            {"sensitive", {QStringLiteral("要配慮"), QStringLiteral("要配慮個人情報の有無")}},
            {"specific",
             {QStringLiteral("特定"), QStringLiteral("特定個人情報の有無"), QStringLiteral("マイナンバー")}},
            {"subject_band", {QStringLiteral("本人数")}},
            {"file_register_no", {QStringLiteral("ファイル簿番号")}},
            {"storage_location", {QStringLiteral("保存場所"), QStringLiteral("設置場所")}},
            {"c", {QStringLiteral("機密性区分"), QStringLiteral("機密"), QStringLiteral("C")}},
            {"i", {QStringLiteral("完全性区分"), QStringLiteral("I")}},
            {"a", {QStringLiteral("可用性区分"), QStringLiteral("A")}},
            {"importance",
             {QStringLiteral("重要度"), QStringLiteral("重要性"), QStringLiteral("importance")}},
            {"registered_on", {QStringLiteral("登録年月日"), QStringLiteral("作成日")}},
            {"last_review", {QStringLiteral("見直し日")}},
            {"next_review", {QStringLiteral("次回見直し日")}},
            {"remarks", {QStringLiteral("メモ"), QStringLiteral("摘要")}},
        };
        QHash<QString, QString> t;
        for (const AssetField& f : AssetFields::all()) {
            t.insert(headerKeyOf(f.japanese), f.key);
            t.insert(headerKeyOf(QString::fromLatin1(f.label)), f.key);
            t.insert(headerKeyOf(f.key), f.key);
        }
        for (const auto& entry : names)
            for (const QString& n : entry.second)
                t.insert(headerKeyOf(n), QString::fromLatin1(entry.first));
        return t;
    }();
    return table;
}

QString cellAt(const QStringList& row, int column)
{
    return column < row.size() ? row.at(column).trimmed() : QString();
}

// The keys a row's cells name, each once.
int score(const QStringList& cells)
{
    QStringList found;
    for (const QString& c : cells) {
        const QString key = HeaderMapping::keyForHeader(c);
        if (!key.isEmpty() && !found.contains(key))
            found << key;
    }
    return found.size();
}

// A group row with its lower row: each column named by the lower cell, or by the upper one where the lower is
// empty (a merged cell spanning both rows).
QStringList combined(const QStringList& upper, const QStringList& lower)
{
    QStringList out;
    const int n = std::max(upper.size(), lower.size());
    for (int c = 0; c < n; ++c)
        out << (cellAt(lower, c).isEmpty() ? cellAt(upper, c) : cellAt(lower, c));
    return out;
}

} // namespace

QString HeaderMapping::keyForHeader(const QString& header)
{
    const QString k = headerKeyOf(header);
    return k.isEmpty() ? QString() : synonyms().value(k);
}

QStringList HeaderMapping::keys()
{
    QStringList out{QStringLiteral("org_code")};
    for (const AssetField& f : AssetFields::all())
        out << f.key;
    out << QStringLiteral("importance");
    return out;
}

QString HeaderMapping::headerForKey(const QString& key)
{
    if (key == QLatin1String("org_code"))
        return QStringLiteral("組織コード");
    if (key == QLatin1String("importance"))
        return QStringLiteral("重要度");
    const AssetField* f = AssetFields::find(key);
    return f ? f->japanese : QString();
}

bool HeaderMapping::isManagedKey(const QString& key)
{
    static const QStringList managed = {QStringLiteral("status"),
                                        QStringLiteral("reclass_pending"),
                                        QStringLiteral("disposal_date"),
                                        QStringLiteral("disposal_person"),
                                        QStringLiteral("disposal_method"),
                                        QStringLiteral("disposal_approver"),
                                        QStringLiteral("disposal_certificate")};
    return managed.contains(key);
}

HeaderMapping HeaderMapping::detect(const SheetTable& table)
{
    HeaderMapping m;
    const int limit = std::min<int>(table.rows.size(), kHeaderSearchRows);
    int best = 1; // a header names at least two fields
    for (int r = 0; r < limit; ++r) {
        const int single = score(table.rows.at(r));
        if (single > best) {
            best = single;
            m.m_headerRow = r;
            m.m_headerRowCount = 1;
        }
        if (r + 1 < table.rows.size()) {
            const int two = score(combined(table.rows.at(r), table.rows.at(r + 1)));
            if (two > best && two > score(table.rows.at(r + 1))) {
                best = two;
                m.m_headerRow = r + 1;
                m.m_headerRowCount = 2;
            }
        }
    }
    // No row names two known fields: the first row with anything in it is taken as the header, so that the
    // person can still say which column is which.
    for (int r = 0; m.m_headerRow < 0 && r < limit; ++r)
        for (const QString& cell : table.rows.at(r))
            if (!cell.trimmed().isEmpty()) {
                m.m_headerRow = r;
                m.m_headerRowCount = 1;
                break;
            }
    if (m.m_headerRow < 0)
        return m;
    const QStringList lower = table.rows.at(m.m_headerRow);
    const QStringList upper = m.m_headerRowCount == 2 ? table.rows.at(m.m_headerRow - 1) : QStringList();
    m.mapColumns(lower, upper);

    // 保存期限 is a date in Daicho, but the IPA template's column of that name often holds the period (10年,
    // 永年).
    const int until = m.columnOf(QStringLiteral("retention_until"));
    if (until >= 0 && m.columnOf(QStringLiteral("retention_period")) < 0) {
        int periods = 0, others = 0;
        for (int r = m.firstDataRow(); r < table.rows.size() && periods + others < 50; ++r) {
            const QString v = cellAt(table.rows.at(r), until);
            if (v.isEmpty())
                continue;
            if (!Vocabulary::retentions().codeFor(v).isEmpty() && !JapaneseDate::parse(v).ok())
                ++periods;
            else
                ++others;
        }
        if (periods > others)
            m.m_columns[until].key = QStringLiteral("retention_period");
    }
    return m;
}

void HeaderMapping::mapColumns(const QStringList& lower, const QStringList& upper)
{
    m_columns.clear();
    const int n = std::max(lower.size(), upper.size());
    QString group;
    QStringList used;
    for (int c = 0; c < n; ++c) {
        const QString low = cellAt(lower, c);
        const QString up = cellAt(upper, c);
        if (!up.isEmpty())
            group = up;
        MappedColumn col;
        col.column = c;
        QString key;
        if (!low.isEmpty()) {
            col.header = group.isEmpty() || upper.isEmpty() ? low : group + QStringLiteral("／") + low;
            key = keyForHeader(low);
            if (key.isEmpty() && !group.isEmpty())
                key = keyForHeader(group + low);
        } else {
            col.header = up;
            key = keyForHeader(up);
        }
        if (!key.isEmpty() && !used.contains(key)) {
            col.key = key;
            used << key;
        }
        m_columns << col;
    }
}

int HeaderMapping::columnOf(const QString& key) const
{
    for (const MappedColumn& c : m_columns)
        if (c.key == key)
            return c.column;
    return -1;
}

QString HeaderMapping::keyOf(int column) const
{
    return column >= 0 && column < m_columns.size() ? m_columns.at(column).key : QString();
}

bool HeaderMapping::setKey(int column, const QString& key)
{
    if (column < 0 || column >= m_columns.size())
        return false;
    const QString k = QString(key).trimmed().replace(QLatin1Char('-'), QLatin1Char('_'));
    if (!k.isEmpty() && !keys().contains(k))
        return false;
    if (!k.isEmpty())
        for (MappedColumn& c : m_columns)
            if (c.key == k)
                c.key.clear();
    m_columns[column].key = k;
    m_columns[column].guessed = false;
    return true;
}

bool HeaderMapping::setKey(const QString& header, const QString& key)
{
    const QString wanted = searchKey(header);
    for (const MappedColumn& c : m_columns) {
        const QString own = c.header.section(QStringLiteral("／"), -1);
        if (searchKey(c.header) == wanted || searchKey(own) == wanted)
            return setKey(c.column, key);
    }
    return false;
}

QStringList HeaderMapping::unmappedHeaders() const
{
    QStringList out;
    for (const MappedColumn& c : m_columns)
        if (c.key.isEmpty() && !c.header.isEmpty() &&
            keyForHeader(c.header.section(QStringLiteral("／"), -1)).isEmpty())
            out << c.header;
    return out;
}

} // namespace daicho
