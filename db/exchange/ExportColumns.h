#pragma once

#include "domain/Asset.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

namespace daicho {

// One column of an exported register sheet.
struct ExportColumn
{
    QString header;                   // the Japanese header, what the importer matches
    const AssetField* field = nullptr;// nullptr for 組織コード, which is not an asset field
    int width = 12;                   // XLSX column width, in characters of the default font

    bool isOrgCode() const { return field == nullptr; }
    bool isDate() const { return field && field->type == FieldType::Date; }
};

// The columns of an exported register, in their fixed order: 組織コード, 管理部署, then every other
// AssetFields::all() field by its Japanese header in the order the domain lists them. The exporters and the
// importer share this list, so an exported sheet reads back as the same register.
class ExportColumns
{
    Q_DECLARE_TR_FUNCTIONS(daicho::ExportColumns)
public:
    static const QVector<ExportColumn>& all();
    static QStringList headers();
    static int indexOf(const QString& header);

    // A cell as text, as a person would type it into Excel: booleans 有/無, levels as stored ("3B"),
    // dates YYYY/MM/DD (Excel reads that as a date in a Japanese locale), vocabulary fields by their
    // Japanese term (利用, 週次), every other field as AssetFields::toText gives it. AssetFields::fromText
    // reads each of these back to the same value. Not yet neutralised (see below).
    static QString text(const ExportColumn& column, const Asset& asset);

    // Excel runs a cell that starts with =, +, -, @ (and, through DDE, a tab or CR in front of them) as a
    // formula. In CSV there is no cell type, so such a text is written with an apostrophe in front: Excel
    // and LibreOffice then show it as text and run nothing. A text that itself starts with an apostrophe
    // gets one more, so restoreNeutralised() can always take exactly one away: the round trip is exact.
    static bool needsNeutralising(const QString& text);
    static QString neutralised(const QString& text);
    static QString restoreNeutralised(const QString& text);
};

} // namespace daicho
