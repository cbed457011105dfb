#pragma once

#include "domain/Asset.h"
#include "domain/RuleEngine.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QStringList>
#include <QVector>

namespace daicho {

class Register;

// The register's assets as a table: one column per field of domain.md §5 plus the derived ones
// (label, 重要度, rule findings). Reads through the core; never runs SQL itself. What a filter or
// a sort needs per row (the search text, the findings, the overdue mark) is worked out once when
// the row is loaded, so typing in the search box never re-runs the rules.
class AssetTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        SortRole = Qt::UserRole + 1,   // a value that sorts as people expect (level rank, date, number)
        LevelRole,                     // for level columns: the level's tier (0 unset), for the badge
        AssetIdRole,
    };
    enum class Kind { Field, Label, Importance, Risk, Findings };

    struct Column
    {
        QString key;                      // the AssetField key, or "label", "importance", "risk", "findings"
        Kind kind = Kind::Field;
        const AssetField* field = nullptr;
    };

    // What each row keeps beside the asset.
    struct Row
    {
        Asset asset;
        QString searchable;
        QVector<Finding> findings;
        int errorCount = 0;
        bool overdue = false;
    };

    explicit AssetTableModel(QObject* parent = nullptr);

    void setRegister(const Register* reg);
    const Register* currentRegister() const { return m_register; }
    // Reads the register again. The first page of rows is there when this returns, so the first screen
    // shows at once; a large register's remaining rows follow in pages from the event loop.
    void reload();
    bool isLoading() const { return m_loading; }
    static constexpr int kFirstPage = 500;
    static constexpr int kPage = 2500;
    // Puts a saved asset in its row (or a new row) without reloading the rest.
    void putAsset(const Asset& asset);
    // Drops a row that left the register (a withdrawn registration).
    void removeAsset(qint64 id);

    const Asset* assetAt(const QModelIndex& index) const;
    const Row* rowAt(int row) const;
    int rowOf(qint64 assetId) const;

    static const QVector<Column>& columns();
    static int columnOf(const QString& key);
    // The columns a new user sees, in the order of a municipal register.
    static QStringList defaultColumns();
    // The header as printed in a register ("機密性"), in the user's language.
    static QString header(const Column& column);
    // What a column sorts by, worked out once per column and kept until a row changes: sorting
    // 100,000 rows compares millions of times.
    struct SortKey
    {
        qint64 number = 0;
        QString text;
        bool byRank = false;   // number is the text's rank among the column's texts: no need to compare them
        bool operator<(const SortKey& o) const
        {
            return number != o.number ? number < o.number : !byRank && text < o.text;
        }
    };
    const QVector<SortKey>& sortKeys(int column) const;

    // The cell as text, as the table shows it and the clipboard copies it.
    QString text(int row, int column) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // Rows were loaded, added or changed: per-organisation counts may have moved.
    void contentsChanged();
    // The last page of a reload is in.
    void loadingFinished();

private:
    Row makeRow(Asset asset) const;
    // Reads the next page into m_rows (without model signals); returns how many rows it read.
    int readPage(int limit, QVector<Row>* into);
    void loadMore(quint64 generation);
    void appendSortKeys() const;
    QVariant sortValue(const Row& row, const Column& column) const;
    void reindex();

    const Register* m_register = nullptr;
    QVector<Row> m_rows;
    QHash<qint64, int> m_rowById;
    mutable QHash<int, QVector<SortKey>> m_sortKeys;
    mutable QSet<int> m_textCompared;   // columns of nearly unique texts, sorted by the texts themselves
    qint64 m_lastId = 0;
    quint64 m_generation = 0;
    bool m_loading = false;
};

} // namespace daicho
