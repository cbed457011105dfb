#include "ExchangeCases.h"

#include "BenchData.h"

#include "exchange/ConsolidationStatus.h"
#include "exchange/Submission.h"
#include "storage/Register.h"

#include <QDir>
#include <QFileInfo>
#include <QPair>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace daicho::bench {

namespace {

// Rows LibreOffice is asked to print: the register PDF case's limit, the size the issue compares.
constexpr int kPrintLimit = 10000;

void cli(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(DAICHO_CLI), QStringList{QStringLiteral("--as-of"), QStringLiteral("2025-06-01")} + args);
    p.waitForFinished(-1);
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        qFatal("bench: daicho-cli %s failed: %s", qPrintable(args.join(QLatin1Char(' '))),
               p.readAllStandardError().constData());
}

void freshCopy(const QString& from, const QString& to)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(to + suffix);
    if (!QFile::copy(from, to))
        qFatal("bench: cannot copy %s", qPrintable(from));
}

// One submission per unit that keeps a register (課 and the bodies outside the mayor's tree), made once.
QStringList submissionsOf(const QString& registerPath, const Clock& clock)
{
    const QDir folder(registerPath + QStringLiteral(".submissions"));
    if (folder.exists()) {
        QStringList files;
        for (const QString& name : folder.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
            files << folder.filePath(name);
        if (!files.isEmpty())
            return files;
    }
    QDir().mkpath(folder.path());
    auto reg = Register::open(registerPath, clock);
    if (!reg)
        qFatal("bench: %s", qPrintable(reg.error().message));
    const Actor actor{QStringLiteral("bench"), QStringLiteral("bench")};
    QStringList files;
    for (const OrgUnit& u : ConsolidationStatus::submittingUnits(*reg.value(), clock.today())) {
        Result<Submission> s = Submission::fromRegister(*reg.value(), u.code, 2025, actor);
        if (!s || s->assets.isEmpty())
            continue;
        const QString file = folder.filePath(QStringLiteral("%1.json").arg(u.code));
        if (!s->write(file))
            qFatal("bench: cannot write %s", qPrintable(file));
        files << file;
    }
    return files;
}

// The consolidation: 80 submitting units sharing the city's assets. The demo city has 32; a copy of
// its empty register gets 48 more sections (under a department of their own, codes 9001–9048), and the
// assets of the 32 units' files are dealt out in runs to the 80 units, each run its unit's submission.
// Made once; returns the empty register with 80 units and the 80 files.
QPair<QString, QStringList> eightyUnits(BenchData& data, int assets, const QStringList& ofThirtyTwo)
{
    constexpr int kUnits = 80;
    const QString empty = QFileInfo(data.registerWith(0)).dir().filePath(QStringLiteral("bench-0-80units.daicho"));
    const QDir folder(data.registerWith(assets) + QStringLiteral(".submissions80"));
    QStringList files;
    for (const QString& name : folder.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        files << folder.filePath(name);
    if (files.size() == kUnits && QFile::exists(empty))
        return {empty, files};

    const Actor actor{QStringLiteral("bench"), QStringLiteral("bench")};
    if (!QFile::exists(empty)) {
        freshCopy(data.registerWith(0), empty + QStringLiteral(".partial"));
        {
            auto reg = Register::open(empty + QStringLiteral(".partial"), data.clock());
            if (!reg)
                qFatal("bench: %s", qPrintable(reg.error().message));
            const int have = int(ConsolidationStatus::submittingUnits(*reg.value(), data.clock().today()).size());
            auto department = reg.value()->addOrgUnit(
                {0, QStringLiteral("90"), QStringLiteral("支所"), QStringLiteral("department"), 0, 900, {}, {}}, actor);
            if (!department)
                qFatal("bench: %s", qPrintable(department.error().message));
            for (int i = 1; i <= kUnits - have; ++i) {
                const QString code = QStringLiteral("90%1").arg(i, 2, 10, QLatin1Char('0'));
                auto unit = reg.value()->addOrgUnit({0, code, QStringLiteral("第%1支所市民課").arg(i),
                                                     QStringLiteral("section"), department->id, 900 + i, {}, {}},
                                                    actor);
                if (!unit)
                    qFatal("bench: %s", qPrintable(unit.error().message));
            }
        }
        QFile::rename(empty + QStringLiteral(".partial"), empty);
    }
    auto reg = Register::open(empty, data.clock());
    if (!reg)
        qFatal("bench: %s", qPrintable(reg.error().message));
    const QVector<OrgUnit> units = ConsolidationStatus::submittingUnits(*reg.value(), data.clock().today());
    if (units.size() != kUnits)
        qFatal("bench: %d submitting units, not %d", int(units.size()), kUnits);

    QVector<Asset> all;
    Submission model;
    for (const QString& file : ofThirtyTwo) {
        Result<Submission> s = Submission::read(file);
        if (!s)
            qFatal("bench: %s", qPrintable(s.error().message));
        all += s->assets;
        model = s.value();
    }
    QDir().mkpath(folder.path());
    files.clear();
    for (int k = 0; k < kUnits; ++k) {
        Submission s = model;
        s.orgCode = units.at(k).code;
        s.orgName = units.at(k).name;
        s.assets = all.mid(qsizetype(k) * all.size() / kUnits,
                           (qsizetype(k) + 1) * all.size() / kUnits - qsizetype(k) * all.size() / kUnits);
        for (Asset& a : s.assets) {
            a.orgCode = s.orgCode;
            a.orgName = s.orgName;
        }
        const QString file = folder.filePath(QStringLiteral("%1.json").arg(s.orgCode));
        if (!s.write(file))
            qFatal("bench: cannot write %s", qPrintable(file));
        files << file;
    }
    return {empty, files};
}

} // namespace

QVector<CaseResult> runExchangeCases(BenchData& data, int assets, int runs)
{
    const QString path = data.registerWith(assets);
    const QString empty = data.registerWith(0);
    const QDir dir = QFileInfo(path).dir();
    const QString xlsx = dir.filePath(QStringLiteral("bench-export-%1.xlsx").arg(assets));
    const QString work = dir.filePath(QStringLiteral("bench-work.daicho"));
    QVector<CaseResult> results;

    results << measure(QStringLiteral("export XLSX (whole city)"), assets, runs, QStringLiteral("-"),
                       [&] { cli({QStringLiteral("export"), path, xlsx}); });

    // Into an empty register of the same city; disposed rows are history and stay out (the importer
    // refuses them as new assets), hence --clean-rows-only.
    results << measure(QStringLiteral("import that XLSX into an empty register"), assets, runs,
                       QStringLiteral("< 1 s, < 1/4 of LibreOffice opening it"),
                       [&] { cli({QStringLiteral("import"), work, xlsx, QStringLiteral("--clean-rows-only")}); },
                       [&] { freshCopy(empty, work); });

    const QStringList files = submissionsOf(path, data.clock());
    results << measure(QStringLiteral("consolidate %1 submissions (whole city)").arg(files.size()), assets, runs,
                       QStringLiteral("(the demo city's units)"),
                       [&] { cli(QStringList{QStringLiteral("consolidate"), work} + files); },
                       [&] { freshCopy(empty, work); });
    const auto [emptyOfEighty, eighty] = eightyUnits(data, assets, files);
    results << measure(QStringLiteral("consolidate %1 submissions (the same assets)").arg(eighty.size()), assets, runs,
                       QStringLiteral("< 2 s (80 submissions, 100,000)"),
                       [&] { cli(QStringList{QStringLiteral("consolidate"), work} + eighty); },
                       [&, empty80 = emptyOfEighty] { freshCopy(empty80, work); });

    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (!soffice.isEmpty()) {
        QTemporaryDir profile;
        QTemporaryDir out;
        const QString env = QStringLiteral("-env:UserInstallation=file://") + profile.path();
        const auto office = [&](const QString& to, const QString& file) {
            QProcess p;
            p.start(soffice, {env, QStringLiteral("--headless"), QStringLiteral("--convert-to"), to,
                              QStringLiteral("--outdir"), out.path(), file});
            p.waitForFinished(-1);
            if (p.exitCode() != 0)
                qFatal("bench: soffice --convert-to %s failed", qPrintable(to));
        };
        results << measure(QStringLiteral("LibreOffice: open the XLSX, write CSV"), assets, runs,
                           QStringLiteral("(reference)"), [&] { office(QStringLiteral("csv"), xlsx); });
        if (assets <= kPrintLimit)
            results << measure(QStringLiteral("LibreOffice: print the same rows to PDF"), assets, runs,
                               QStringLiteral("(reference)"), [&] { office(QStringLiteral("pdf"), xlsx); });
    }
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(work + suffix);
    return results;
}

} // namespace daicho::bench
