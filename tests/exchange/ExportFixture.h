#pragma once

// The small fixed register the export tests share: what a golden file is made from, and what a
// spreadsheet program must give back. Every value is chosen to trip a rule of the CSV or XLSX format.
#include "TestRegister.h"

#include "domain/Asset.h"
#include "exchange/ExportColumns.h"
#include "exchange/RegisterExport.h"
#include "storage/Register.h"

#include <QTest>

namespace daicho::test {

inline Asset saved(TestRegister& t, Asset a)
{
    const Result<Asset> r = t.reg->addAsset(a, t.actor);
    if (!r)
        qFatal("export fixture: %s", qPrintable(r.error().message));
    return r.value();
}

// Four assets: two current ones in 保険年金課, one disposed in 税務課, one withdrawn (never exported).
inline void fillExportRegister(TestRegister& t)
{
    Asset a = t.cleanAsset(QStringLiteral("住民票, 写し"));          // a comma: quoted
    a.assetNo = QStringLiteral("000123");                           // leading zeros kept
    a.medium = QStringLiteral("紙\n書庫");                           // a line break inside a cell
    a.remarks = QStringLiteral("窓口で\"至急\"と記入");               // quotes, doubled
    a.contractor = QStringLiteral("株式会社〜データ");                 // U+301C: CP932 writes ～
    a.personal = true;
    a.subjectBand = QStringLiteral("lt1000");
    a.backup = QStringLiteral("daily");
    a.retentionPeriod = QStringLiteral("5y");
    a.retentionUntil = QDate(2030, 3, 31);
    a.lastReview = QDate(2025, 5, 20);
    a.nextReview = QDate(2026, 5, 20);
    a.threat = 2;
    a.vulnerability = 3;
    saved(t, a);

    Asset f = t.cleanAsset(QStringLiteral("=SUM(A1:A2)"));          // formula-like cells, neutralised in CSV
    f.assetNo = QStringLiteral("000124");
    f.business = QStringLiteral("+81 窓口");
    f.userScope = QStringLiteral("-");
    f.managerTitle = QStringLiteral("@課長");
    f.remarks = QStringLiteral("'引用符で始まる備考 − 差引");          // an apostrophe of its own; U+2212
    f.storageLocation = QStringLiteral("\t=1+1");
    f.contractor = QStringLiteral("\r=2");
    f.cLevel = QStringLiteral("3B");
    f.iLevel = QStringLiteral("2");
    f.aLevel = QStringLiteral("2");
    f.backup = QStringLiteral("weekly");
    f.recoveryTarget = QStringLiteral("-24時間");
    f.locked = true;
    saved(t, f);

    Asset d = t.cleanAsset(QStringLiteral("旧課税台帳"));
    d.assetNo = QStringLiteral("000125");
    d.orgId = t.otherSection.id;
    d.managerTitle = QStringLiteral("税務課長");
    d.remarks = QStringLiteral("控えは data_x0041_.csv");                 // what OOXML would read as an escape
    saved(t, d);
    StageChange change;
    change.date = QDate(2025, 5, 30);
    change.person = QStringLiteral("試験 太郎");
    change.disposalMethod = QStringLiteral("shred");
    change.disposalApprover = QStringLiteral("税務課長");
    change.disposalCertificate = QStringLiteral("C-7");
    const Result<Asset> disposed = t.reg->changeStage(QStringLiteral("000125"), QStringLiteral("dispose"), change, t.actor);
    if (!disposed)
        qFatal("export fixture: %s", qPrintable(disposed.error().message));

    Asset w = t.cleanAsset(QStringLiteral("誤って登録した資産"));
    w.assetNo = QStringLiteral("000126");
    saved(t, w);
    if (!t.reg->withdrawAsset(QStringLiteral("000126"), QStringLiteral("誤登録"), t.actor))
        qFatal("export fixture: could not withdraw");
}

// One CSV cell as read back, and whether it was in quotes (LibreOffice quotes text, not numbers).
struct CsvCell
{
    QString text;
    bool quoted = false;
};

// RFC 4180: quoted cells may hold commas, doubled quotes and line breaks; a row ends in CRLF or LF.
inline QVector<QVector<CsvCell>> parseCsv(const QString& text)
{
    QVector<QVector<CsvCell>> rows;
    QVector<CsvCell> row;
    CsvCell cell;
    bool inQuotes = false;
    bool pending = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    cell.text += QLatin1Char('"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                cell.text += c;
            }
            continue;
        }
        pending = true;
        if (c == QLatin1Char('"')) {
            inQuotes = true;
            cell.quoted = true;
        } else if (c == QLatin1Char(',')) {
            row.append(cell);
            cell = {};
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            row.append(cell);
            rows.append(row);
            row.clear();
            cell = {};
            pending = false;
        } else {
            cell.text += c;
        }
    }
    if (pending) {
        row.append(cell);
        rows.append(row);
    }
    return rows;
}

// The cells the register should give: header, then each exported asset as ExportColumns words it.
inline QVector<QStringList> expectedCells(const Register& reg, const QString& orgCode = {})
{
    QVector<QStringList> rows{ExportColumns::headers()};
    const Result<QVector<Asset>> assets = RegisterExport::select(reg, orgCode);
    if (!assets)
        qFatal("export fixture: %s", qPrintable(assets.error().message));
    for (const Asset& a : assets.value()) {
        QStringList row;
        for (const ExportColumn& c : ExportColumns::all())
            row << ExportColumns::text(c, a);
        rows.append(row);
    }
    return rows;
}

} // namespace daicho::test
