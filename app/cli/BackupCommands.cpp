// backup, backups, restore and verify: the register's copies and its tamper-evident history.
#include "CliContext.h"
#include "Commands.h"
#include "TextTable.h"

#include "storage/Backup.h"
#include "storage/HistoryChain.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace daicho::cli {

namespace {

QString sizeText(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

bool parseTableOrJson(Context& ctx, const QString& value, TextTable::Format* format)
{
    if (TextTable::parseFormat(value, format) && *format != TextTable::Format::Csv)
        return true;
    ctx.usage(Commands::tr("--format takes table or json."));
    return false;
}

QCommandLineOption tableOrJsonOption()
{
    return QCommandLineOption(QStringLiteral("format"),
                              Commands::tr("Output format: %1.").arg(QStringLiteral("table, json")),
                              QStringLiteral("FORMAT"), QStringLiteral("table"));
}

} // namespace

int Commands::backup(Context& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Make a backup copy of the register now, in the folder beside it, and print its "
           "path."));
    p.addPositionalArgument(QStringLiteral("FILE"), tr("The register."));
    int exit = Success;
    if (!ctx.parse(p, args, 1, QStringLiteral("daicho-cli backup FILE"), &exit))
        return exit;
    const QString file = p.positionalArguments().first();
    {
        // Only a register is backed up; opening it also brings an old one to the current format.
        auto reg = ctx.openForChange(file, &exit);
        if (!reg)
            return exit;
    }
    const Result<BackupInfo> made = Backup::make(file, QStringLiteral("manual"), ctx.recordingClock());
    if (!made)
        return ctx.fail(made.error());
    ctx.out() << QDir::toNativeSeparators(made.value().path) << Qt::endl;
    return Success;
}

int Commands::backups(Context& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("List the register's backups, newest first: when, why, size and assets."));
    const QCommandLineOption format = tableOrJsonOption();
    p.addOption(format);
    p.addPositionalArgument(QStringLiteral("FILE"), tr("The register."));
    int exit = Success;
    if (!ctx.parse(p, args, 1, QStringLiteral("daicho-cli backups FILE [--format table|json]"), &exit))
        return exit;
    TextTable::Format f;
    if (!parseTableOrJson(ctx, p.value(format), &f))
        return UsageError;
    // The register itself is not opened: its backups are what a damaged register needs.
    const QString file = p.positionalArguments().first();
    const QVector<BackupInfo> all = Backup::list(file);
    if (f == TextTable::Format::Json) {
        QJsonArray rows;
        for (const BackupInfo& b : all)
            rows.append(QJsonObject{{QStringLiteral("path"), QDir::toNativeSeparators(b.path)},
                                    {QStringLiteral("when"), b.when.toString(Qt::ISODate)},
                                    {QStringLiteral("reason"), b.reason},
                                    {QStringLiteral("size"), b.size},
                                    {QStringLiteral("assets"), b.assets},
                                    {QStringLiteral("city"), b.cityName}});
        ctx.out() << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
        return Success;
    }
    if (all.isEmpty()) {
        ctx.out() << tr("%1 has no backups yet (they are kept in %2).")
                         .arg(QDir::toNativeSeparators(file),
                              QDir::toNativeSeparators(Backup::folderFor(file)))
                  << Qt::endl;
        return Success;
    }
    TextTable table({tr("When"), tr("Reason"), tr("Size"), tr("Assets"), tr("File")});
    for (const BackupInfo& b : all)
        table.addRow({b.when.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), Backup::reasonText(b.reason),
                      sizeText(b.size), b.assets < 0 ? tr("unreadable") : QString::number(b.assets),
                      QFileInfo(b.path).fileName()});
    table.write(ctx.out(), TextTable::Format::Table);
    ctx.out() << tr("Folder: %1").arg(QDir::toNativeSeparators(Backup::folderFor(file))) << Qt::endl;
    return Success;
}

int Commands::restore(Context& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Replace the register with one of its backups. The backup must be a whole Daicho "
           "register of the same city; the current file is backed up first, and the file is "
           "replaced in one step. Nobody may have the register open meanwhile."));
    p.addPositionalArgument(QStringLiteral("FILE"), tr("The register."));
    p.addPositionalArgument(QStringLiteral("BACKUP"),
                            tr("The backup: a path, or a file name from \"daicho-cli backups\"."));
    int exit = Success;
    if (!ctx.parse(p, args, 2, QStringLiteral("daicho-cli restore FILE BACKUP"), &exit))
        return exit;
    const QString file = p.positionalArguments().at(0);
    QString backup = p.positionalArguments().at(1);
    if (!QFileInfo::exists(backup) && QFileInfo::exists(QDir(Backup::folderFor(file)).filePath(backup)))
        backup = QDir(Backup::folderFor(file)).filePath(backup);
    if (!QFileInfo::exists(backup))
        return ctx.fail(makeError(ErrorCode::NotFound,
                                  tr("The backup %1 does not exist.").arg(QDir::toNativeSeparators(backup))));
    const Result<BackupInfo> before = Backup::restore(file, backup, ctx.recordingClock(), ctx.actor());
    if (!before)
        return ctx.fail(before.error());
    ctx.out() << tr("%1 was restored from %2. The file as it was is kept as %3.")
                     .arg(QDir::toNativeSeparators(file), QDir::toNativeSeparators(backup),
                          QDir::toNativeSeparators(before.value().path))
              << Qt::endl;
    return Success;
}

int Commands::verify(Context& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Check the history's hash chain: report every history row changed, removed or "
           "inserted outside Daicho, and where. Exit code 1 when the chain is broken."));
    const QCommandLineOption format = tableOrJsonOption();
    p.addOption(format);
    p.addPositionalArgument(QStringLiteral("FILE"), tr("The register."));
    int exit = Success;
    if (!ctx.parse(p, args, 1, QStringLiteral("daicho-cli verify FILE [--format table|json]"), &exit))
        return exit;
    TextTable::Format f;
    if (!parseTableOrJson(ctx, p.value(format), &f))
        return UsageError;
    const QString file = p.positionalArguments().first();
    // Refuses what is not a register, and chains an old register's history on the way.
    auto reg = ctx.openRegister(file, &exit);
    if (!reg)
        return exit;
    const Result<ChainReport> report = reg->verifyHistory();
    if (!report)
        return ctx.fail(report.error());
    const ChainReport& r = report.value();
    if (f == TextTable::Format::Json) {
        QJsonArray problems;
        for (const ChainProblem& c : r.problems)
            problems.append(
                QJsonObject{{QStringLiteral("row"), c.rowId},
                            {QStringLiteral("kind"),
                             QString::fromLatin1(c.kind == ChainProblem::Kind::Changed   ? "changed"
                                                 : c.kind == ChainProblem::Kind::Removed ? "removed"
                                                                                         : "inserted")},
                            {QStringLiteral("entity"), c.entity},
                            {QStringLiteral("entity_id"), c.entityId},
                            {QStringLiteral("location"), c.location},
                            {QStringLiteral("at"), c.at},
                            {QStringLiteral("problem"), c.what}});
        const QJsonObject o{{QStringLiteral("rows"), r.rows},
                            {QStringLiteral("whole"), r.whole()},
                            {QStringLiteral("problems"), problems}};
        ctx.out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else if (r.whole()) {
        ctx.out() << tr("History chain whole: %n row(s) checked.", nullptr, r.rows) << Qt::endl;
    } else {
        TextTable table(
            {tr("Row"), tr("Found"), tr("About"), tr("Recorded at"), tr("What no longer matches")});
        for (const ChainProblem& c : r.problems)
            table.addRow({QString::number(c.rowId), HistoryChain::kindText(c.kind),
                          HistoryChain::locationText(c), c.at, c.what});
        table.write(ctx.out(), TextTable::Format::Table);
        ctx.out()
            << tr("History chain broken: %1 of %n row(s) do not fit. The history was changed outside Daicho; "
                  "compare with a backup (daicho-cli backups).",
                  nullptr, r.rows)
                   .arg(r.problems.size())
            << Qt::endl;
    }
    return r.whole() ? Success : Findings;
}

} // namespace daicho::cli
