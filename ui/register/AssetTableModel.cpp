#include "register/AssetTableModel.h"

#include "domain/AssetDisplay.h"
#include "domain/ReviewPolicy.h"
#include "query/AssetFilter.h"
#include "storage/Register.h"

#include <QBrush>
#include <QColor>
#include <QTimer>

#include <algorithm>

namespace daicho {

namespace {

QVector<AssetTableModel::Column> buildColumns()
{
    using Kind = AssetTableModel::Kind;
    QVector<AssetTableModel::Column> columns;
    for (const AssetField& f : AssetFields::all())
        columns.append({f.key, Kind::Field, &f});
    // The derived columns sit where a register prints them: after the levels.
    const int after = int(std::find_if(columns.begin(), columns.end(),
                                       [](const auto& c) { return c.key == QLatin1String("a"); })
                          - columns.begin())
                      + 1;
    columns.insert(after, {QStringLiteral("label"), Kind::Label, nullptr});
    columns.insert(after + 1, {QStringLiteral("importance"), Kind::Importance, nullptr});
    columns.insert(after + 2, {QStringLiteral("risk"), Kind::Risk, nullptr});
    columns.append({QStringLiteral("findings"), Kind::Findings, nullptr});
    return columns;
}

std::optional<Axis> levelAxis(const AssetTableModel::Column& c)
{
    Axis axis;
    if (c.field && c.field->type == FieldType::Level && axisFromCode(c.key, &axis))
        return axis;
    return std::nullopt;
}

} // namespace

AssetTableModel::AssetTableModel(QObject* parent) : QAbstractTableModel(parent) {}

const QVector<AssetTableModel::Column>& AssetTableModel::columns()
{
    static const QVector<Column> all = buildColumns();
    return all;
}

int AssetTableModel::columnOf(const QString& key)
{
    const auto& all = columns();
    for (int i = 0; i < all.size(); ++i)
        if (all[i].key == key)
            return i;
    return -1;
}

QStringList AssetTableModel::defaultColumns()
{
    return {QStringLiteral("asset_no"), QStringLiteral("org_name"), QStringLiteral("business"), QStringLiteral("name"),
            QStringLiteral("c"),        QStringLiteral("i"),        QStringLiteral("a"),        QStringLiteral("importance"),
            QStringLiteral("stage"),    QStringLiteral("status"),   QStringLiteral("next_review"),
            QStringLiteral("findings")};
}

QString AssetTableModel::header(const Column& column)
{
    switch (column.kind) {
    case Kind::Field: return column.field->translatedLabel();
    case Kind::Label:
    case Kind::Importance:
    case Kind::Risk: return AssetDisplay::derivedLabel(column.key);
    case Kind::Findings: return tr("Findings");
    }
    return {};
}

void AssetTableModel::setRegister(const Register* reg)
{
    m_register = reg;
    reload();
}

AssetTableModel::Row AssetTableModel::makeRow(Asset from) const
{
    Row row;
    row.asset = std::move(from);
    const Asset& asset = row.asset;
    row.searchable = AssetFilter::searchableText(asset);
    const QDate today = m_register->clock().today();
    row.findings = RuleEngine(m_register->catalog(), today).check(asset);
    for (const Finding& f : row.findings)
        if (f.severity == Severity::Error)
            ++row.errorCount;
    row.overdue = ReviewPolicy::isOverdue(asset.nextReview, asset.isDisposed(), today);
    return row;
}

int AssetTableModel::readPage(int limit, QVector<Row>* into)
{
    QVector<Asset> page = m_register->assetsPage(m_lastId, limit);
    const int read = int(page.size());
    if (!page.isEmpty())
        m_lastId = page.last().id;
    into->reserve(into->size() + read);
    // Each asset moves into its row: a page is never held twice.
    for (Asset& a : page)
        if (!m_rowById.contains(a.id))   // an asset saved while the page was on its way is already here
            into->append(makeRow(std::move(a)));
    return read;
}

void AssetTableModel::reload()
{
    beginResetModel();
    ++m_generation;
    m_rows.clear();
    m_rowById.clear();
    m_sortKeys.clear();
    m_textCompared.clear();
    m_lastId = 0;
    m_loading = false;
    bool more = false;
    if (m_register)
        more = readPage(kFirstPage, &m_rows) == kFirstPage;
    reindex();
    endResetModel();
    emit contentsChanged();
    if (more) {
        m_loading = true;
        const quint64 generation = m_generation;
        QTimer::singleShot(0, this, [this, generation] { loadMore(generation); });
    } else {
        emit loadingFinished();
    }
}

void AssetTableModel::loadMore(quint64 generation)
{
    if (generation != m_generation || !m_register || !m_loading)
        return;
    // Room for every row at once: growing by doubling would, at 100,000 rows, hold the old and the new
    // copy of some 65,000 rows together for a moment (the run's peak memory).
    if (m_rows.capacity() < kFirstPage + kPage)
        m_rows.reserve(std::max<qsizetype>(m_rows.size(), m_register->assetCount()) + kPage);
    QVector<Row> rows;
    const bool more = readPage(kPage, &rows) == kPage;
    if (!rows.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(rows.size()) - 1);
        for (Row& r : rows) {
            m_rowById.insert(r.asset.id, int(m_rows.size()));
            m_rows.append(std::move(r));
        }
        appendSortKeys();
        endInsertRows();
        emit contentsChanged();
    }
    if (more) {
        QTimer::singleShot(0, this, [this, generation] { loadMore(generation); });
    } else {
        m_loading = false;
        emit loadingFinished();
    }
}

namespace {

// Sorting compares keys millions of times, and comparing the texts themselves follows two pointers
// into scattered memory each time: sorting 100,000 rows by name took over half a second. A column
// with few distinct texts (names, units, places, people) sorts by each text's rank among them
// instead, integers side by side. Returns false, with every key comparing its text, for a column of
// nearly unique texts (asset numbers, remarks): ranking those would sort as many texts again at
// every page the loading adds, so they keep comparing texts.
bool rankTexts(QVector<AssetTableModel::SortKey>& keys)
{
    const qsizetype most = keys.size() / 4;
    QHash<QString, qint64> rank;
    rank.reserve(most + 1);
    for (const AssetTableModel::SortKey& k : keys) {
        rank.insert(k.text, 0);
        if (rank.size() > most) {
            for (AssetTableModel::SortKey& text : keys) {
                text.number = 0;
                text.byRank = false;
            }
            return false;
        }
    }
    QStringList texts = rank.keys();
    std::sort(texts.begin(), texts.end());
    for (qsizetype i = 0; i < texts.size(); ++i)
        rank[texts[i]] = i;
    for (AssetTableModel::SortKey& k : keys) {
        k.number = rank.value(k.text);
        k.byRank = true;
    }
    return true;
}

// Below this many rows comparing texts is quick, and a first page says too little about a column.
constexpr int kRankFrom = 5000;

} // namespace

void AssetTableModel::appendSortKeys() const
{
    // Each kept column gets the keys of the rows it does not cover yet (the rows a page added).
    for (auto it = m_sortKeys.begin(); it != m_sortKeys.end(); ++it) {
        const Column& c = columns()[it.key()];
        const int first = int(it->size());
        bool texts = false;
        for (int r = first; r < m_rows.size(); ++r) {
            const QVariant v = sortValue(m_rows[r], c);
            SortKey k;
            if (v.typeId() == QMetaType::QString) {
                k.text = v.toString();
                texts = true;
            } else {
                k.number = v.toLongLong();
            }
            it->append(std::move(k));
        }
        if (texts && it->size() >= kRankFrom && !m_textCompared.contains(it.key()) && !rankTexts(*it))
            m_textCompared.insert(it.key());
    }
}

const QVector<AssetTableModel::SortKey>& AssetTableModel::sortKeys(int column) const
{
    auto it = m_sortKeys.find(column);
    if (it == m_sortKeys.end()) {
        it = m_sortKeys.insert(column, {});
        it->reserve(m_rows.size());
        appendSortKeys();
    }
    return *it;
}

void AssetTableModel::reindex()
{
    m_rowById.clear();
    m_rowById.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowById.insert(m_rows[i].asset.id, i);
}

void AssetTableModel::putAsset(const Asset& asset)
{
    if (!m_register)
        return;
    const int row = rowOf(asset.id);
    if (row >= 0) {
        m_rows[row] = makeRow(asset);
        m_sortKeys.clear();
        m_textCompared.clear();
        emit dataChanged(index(row, 0), index(row, columnCount() - 1));
    } else {
        beginInsertRows({}, m_rows.size(), m_rows.size());
        m_rows.append(makeRow(asset));
        m_rowById.insert(asset.id, m_rows.size() - 1);
        appendSortKeys();
        endInsertRows();
    }
    emit contentsChanged();
}

void AssetTableModel::removeAsset(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_sortKeys.clear();
    m_textCompared.clear();
    m_rows.remove(row);
    reindex();
    endRemoveRows();
    emit contentsChanged();
}

const Asset* AssetTableModel::assetAt(const QModelIndex& index) const
{
    const Row* r = index.isValid() ? rowAt(index.row()) : nullptr;
    return r ? &r->asset : nullptr;
}

const AssetTableModel::Row* AssetTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int AssetTableModel::rowOf(qint64 assetId) const
{
    return m_rowById.value(assetId, -1);
}

int AssetTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AssetTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(columns().size());
}

QString AssetTableModel::text(int rowIndex, int column) const
{
    const Row* row = rowAt(rowIndex);
    if (!row || !m_register || column < 0 || column >= columns().size())
        return {};
    const Column& c = columns()[column];
    if (c.kind == Kind::Findings) {
        const int warnings = int(row->findings.size()) - row->errorCount;
        QStringList parts;
        if (row->errorCount > 0)
            parts << tr("%n error(s)", nullptr, row->errorCount);
        if (warnings > 0)
            parts << tr("%n warning(s)", nullptr, warnings);
        return parts.join(QStringLiteral(", "));
    }
    return c.field ? AssetDisplay::text(m_register->catalog(), row->asset, *c.field)
                   : AssetDisplay::text(m_register->catalog(), row->asset, c.key);
}

QVariant AssetTableModel::sortValue(const Row& row, const Column& c) const
{
    const Asset& a = row.asset;
    const Catalog& cat = m_register->catalog();
    switch (c.kind) {
    case Kind::Label: return cat.compactLabel(a);
    case Kind::Importance: return cat.importance(a);
    case Kind::Risk: return cat.riskValue(a);
    // Errors weigh more than any number of warnings.
    case Kind::Findings: return row.errorCount * 1000 + int(row.findings.size());
    case Kind::Field: break;
    }
    if (const auto axis = levelAxis(c)) {
        const Level* l = cat.level(a, *axis);
        return l ? l->rank : 0;
    }
    const QVariant v = c.field->get(a);
    switch (c.field->type) {
    case FieldType::Boolean: return int(v.toBool());
    case FieldType::Integer: return v.toInt();
    // Unset dates sort last when ascending: they are the ones nobody has filled in.
    case FieldType::Date: return v.toDate().isValid() ? v.toDate().toJulianDay() : std::numeric_limits<qint64>::max();
    // Codes sort in the vocabulary's own order (作成 before 廃棄), not alphabetically.
    case FieldType::Code: return c.field->vocabulary->indexOf(v.toString());
    default: break;
    }
    // `c` is one of columns(): its place there is its column, without looking the key up per row.
    return text(int(&row - m_rows.constData()), int(&c - columns().constData()));
}

QVariant AssetTableModel::data(const QModelIndex& index, int role) const
{
    const Row* row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row || !m_register || index.column() >= columns().size())
        return {};
    const Asset& a = row->asset;
    const Column& c = columns()[index.column()];
    switch (role) {
    case Qt::DisplayRole: return text(index.row(), index.column());
    case SortRole: return sortValue(*row, c);
    case AssetIdRole: return a.id;
    case LevelRole:
        if (const auto axis = levelAxis(c))
            return m_register->catalog().tier(a, *axis);
        return {};
    case Qt::ToolTipRole:
        if (c.kind == Kind::Label || levelAxis(c))
            return m_register->catalog().labelText(a);
        if (c.kind == Kind::Findings || (c.key == QLatin1String("name") && !row->findings.isEmpty())) {
            QStringList lines;
            for (const Finding& f : row->findings)
                lines << (f.severity == Severity::Error ? tr("Error: %1") : tr("Warning: %1")).arg(f.message);
            return lines.join(QLatin1Char('\n'));
        }
        if (c.key == QLatin1String("next_review") && row->overdue)
            return tr("The review is overdue.");
        return {};
    case Qt::ForegroundRole:
        if (a.isDisposed())
            return QBrush(QColor(0x70, 0x70, 0x70));
        if (c.key == QLatin1String("next_review") && row->overdue)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        if (c.kind == Kind::Findings && !row->findings.isEmpty())
            return QBrush(row->errorCount > 0 ? QColor(0xb0, 0x00, 0x20) : QColor(0x8a, 0x5a, 0x00));
        return {};
    case Qt::TextAlignmentRole:
        if (levelAxis(c) || c.kind == Kind::Importance || c.kind == Kind::Label
            || (c.field && c.field->type == FieldType::Boolean))
            return int(Qt::AlignCenter);
        return {};
    default: return {};
    }
}

QVariant AssetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columns().size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return header(columns()[section]);
    return {};
}

} // namespace daicho
