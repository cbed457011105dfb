#pragma once

#include "exchange/SheetTable.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

namespace daicho {

// Which column of a sheet holds which field: found from the headers municipalities write (the IPA
// template's, Daicho's own export, common variants), and editable by the person importing, so a
// wizard or `--map` can correct what was guessed. Keys are AssetField keys plus the import's own:
// "org_code" (組織コード) and "importance" (重要度, derived by Daicho and only compared).
struct MappedColumn
{
    int column = 0;      // 0-based cell index in the row
    QString header;      // as the sheet writes it ("個人情報の種類／要配慮" for a two-row header)
    QString key;         // the field the column feeds; empty: the column is not imported
    bool guessed = true; // false once a person chose the key
};

class HeaderMapping
{
    Q_DECLARE_TR_FUNCTIONS(daicho::HeaderMapping)
public:
    // Finds the header row among the first rows of the sheet (title rows and blank rows above it are
    // skipped; a group row above the headers, as merged cells leave it, is read with them) and maps
    // each column. When no row names two known fields, the first row that is not blank is taken as the
    // header, for the person to map by hand. A blank sheet gives a mapping with headerRow() == -1.
    static HeaderMapping detect(const SheetTable& table);

    // The field key a header names, or empty. Ignores 全角/半角, spaces, punctuation and a parenthesised
    // note.
    static QString keyForHeader(const QString& header);
    // Every key a column can be mapped to, with its Japanese header: for a wizard's drop-down and --map.
    static QStringList keys();
    static QString headerForKey(const QString& key);
    // Columns whose value is read by Daicho's own actions, not by an import (recognised, then left out).
    static bool isManagedKey(const QString& key);

    int headerRow() const { return m_headerRow; }           // 0-based row index of the (lower) header row
    int headerRowCount() const { return m_headerRowCount; } // 1, or 2 with a group row above
    int firstDataRow() const { return m_headerRow + 1; }
    const QVector<MappedColumn>& columns() const { return m_columns; }

    int columnOf(const QString& key) const; // -1 when no column feeds the key
    QString keyOf(int column) const;
    // A person's correction. An empty key leaves the column out; a key another column had moves here.
    // Returns false for an unknown key or a column that does not exist.
    bool setKey(int column, const QString& key);
    // The same by the column's header text, as --map "列名=field_key" gives it.
    bool setKey(const QString& header, const QString& key);

    // Headers that map to nothing (shown so the person sees what is left out).
    QStringList unmappedHeaders() const;

private:
    void mapColumns(const QStringList& lower, const QStringList& upper);

    int m_headerRow = -1;
    int m_headerRowCount = 0;
    QVector<MappedColumn> m_columns;
};

} // namespace daicho
