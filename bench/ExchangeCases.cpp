#include "ExchangeCases.h"

#include "BenchData.h"

#include "exchange/ConsolidationStatus.h"
#include "exchange/Submission.h"
#include "storage/Register.h"

#include <QDir>
#include <QFileInfo>
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
                       QStringLiteral("< 2 s (80 submissions, 100,000)"),
                       [&] { cli(QStringList{QStringLiteral("consolidate"), work} + files); },
                       [&] { freshCopy(empty, work); });

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
