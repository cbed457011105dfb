// `daicho-cli import`: a register sheet (CSV or XLSX) into the register, previewed, then all or nothing.
#include "CliContext.h"
#include "Commands.h"

#include "exchange/HeaderMapping.h"
#include "exchange/ImportPlan.h"
#include "exchange/Importer.h"
#include "exchange/TableReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace daicho::cli {

namespace {

QString encodingText(const SheetTable& table)
{
    if (table.encoding.isEmpty())
        return {};
    return table.encodingGuessed ? Commands::tr("%1 (detected)").arg(table.encoding) : table.encoding;
}

QString problemLine(const ImportProblem& p)
{
    const QString kind = p.severity == Severity::Error ? Commands::tr("error") : Commands::tr("warning");
    QString where;
    if (p.row > 0 && !p.column.isEmpty())
        where = Commands::tr("Row %1, %2 \"%3\"").arg(p.row).arg(p.column, p.value);
    else if (p.row > 0)
        where = Commands::tr("Row %1").arg(p.row);
    else
        where = Commands::tr("File");
    return Commands::tr("%1 (%2): %3").arg(where, kind, p.message);
}

} // namespace

int Commands::import(Context& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr(
        "Import a register sheet (CSV or XLSX, such as the IPA template or a Daicho export). Every row is "
        "checked "
        "and the problems are listed before anything is written; a file with errors imports nothing unless "
        "--clean-rows-only is given. Rows match existing assets by 資産番号 (or by organisation and name), "
        "so "
        "importing the same file again changes nothing."));
    const QCommandLineOption org(
        QStringLiteral("org"),
        tr("Organisation code for rows that name none; the import is limited to that unit "
           "and the units below it."),
        QStringLiteral("CODE"));
    const QCommandLineOption encoding(QStringLiteral("encoding"),
                                      tr("Encoding of a CSV file: auto (default), utf-8 or cp932."),
                                      QStringLiteral("ENCODING"), QStringLiteral("auto"));
    const QCommandLineOption sheet(QStringLiteral("sheet"),
                                   tr("The sheet of an XLSX file to read (default the first)."),
                                   QStringLiteral("NAME"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    tr("Show what would be imported and write nothing."));
    const QCommandLineOption cleanOnly(QStringLiteral("clean-rows-only"),
                                       tr("Import the rows without errors and leave out the others."));
    const QCommandLineOption rejects(
        QStringLiteral("rejects"),
        tr("Write the rejected rows' problems to this CSV file (row, column, value, reason)."),
        QStringLiteral("OUT.csv"));
    const QCommandLineOption map(
        QStringLiteral("map"),
        tr("Read a column as a field: \"列名=field_key\" (repeatable; an empty key leaves the "
           "column out)."),
        QStringLiteral("COLUMN=KEY"));
    p.addOptions({org, encoding, sheet, dryRun, cleanOnly, rejects, map});
    p.addPositionalArgument(QStringLiteral("FILE"), tr("The register."));
    p.addPositionalArgument(QStringLiteral("INPUT"), tr("The CSV or XLSX file to import."));
    int exit = Success;
    if (!ctx.parse(
            p, args, 2,
            QStringLiteral(
                "daicho-cli import FILE INPUT [--org CODE] [--encoding auto|utf-8|cp932] [--sheet NAME] "
                "[--dry-run] [--clean-rows-only] [--rejects OUT.csv] [--map \"列名=field_key\"]"),
            &exit))
        return exit;

    TableReadOptions readOptions;
    const QString enc = p.value(encoding).trimmed().toLower();
    if (enc == QLatin1String("auto"))
        readOptions.encoding = TableReadOptions::Encoding::Auto;
    else if (enc == QLatin1String("utf-8") || enc == QLatin1String("utf8"))
        readOptions.encoding = TableReadOptions::Encoding::Utf8;
    else if (enc == QLatin1String("cp932") || enc == QLatin1String("shift_jis") ||
             enc == QLatin1String("sjis"))
        readOptions.encoding = TableReadOptions::Encoding::Cp932;
    else
        return ctx.usage(tr("--encoding must be auto, utf-8 or cp932, not \"%1\".").arg(p.value(encoding)));
    readOptions.sheet = p.value(sheet);

    auto reg = p.isSet(dryRun) ? ctx.openRegister(p.positionalArguments().at(0), &exit)
                               : ctx.openForChange(p.positionalArguments().at(0), &exit);
    if (!reg)
        return exit;
    const QString input = p.positionalArguments().at(1);
    Result<SheetTable> table = TableReader::read(input, readOptions);
    if (!table) {
        // The input is a file that was refused or could not be read, even when it is missing (exit code 3).
        Error e = table.error();
        if (e.code == ErrorCode::NotFound)
            e.code = ErrorCode::FileRefused;
        return ctx.fail(e);
    }

    QTextStream& out = ctx.out();
    out << tr("Read %1: %n row(s).", nullptr, int(table->rows.size())).arg(QDir::toNativeSeparators(input))
        << Qt::endl;
    if (!table->encoding.isEmpty())
        out << tr("Encoding: %1").arg(encodingText(table.value())) << Qt::endl;
    if (!table->sheetName.isEmpty())
        out << tr("Sheet: %1").arg(table->sheetName) << Qt::endl;

    HeaderMapping mapping = HeaderMapping::detect(table.value());
    for (const QString& m : p.values(map)) {
        const int eq = m.lastIndexOf(QLatin1Char('='));
        if (eq <= 0)
            return ctx.usage(tr("--map needs \"列名=field_key\", not \"%1\".").arg(m));
        if (mapping.headerRow() < 0 || !mapping.setKey(m.left(eq).trimmed(), m.mid(eq + 1).trimmed()))
            return ctx.usage(tr("--map \"%1\": no column \"%2\", or \"%3\" is not a field (known: %4).")
                                 .arg(m, m.left(eq).trimmed(), m.mid(eq + 1).trimmed(),
                                      HeaderMapping::keys().join(QStringLiteral(", "))));
    }
    if (mapping.headerRow() >= 0) {
        out << (mapping.headerRowCount() == 2
                    ? tr("Header: rows %1-%2").arg(mapping.headerRow()).arg(mapping.headerRow() + 1)
                    : tr("Header: row %1").arg(mapping.headerRow() + 1))
            << Qt::endl
            << tr("Columns:") << Qt::endl;
        for (const MappedColumn& c : mapping.columns()) {
            if (c.header.isEmpty() && c.key.isEmpty())
                continue;
            const QString target =
                c.key.isEmpty() ? tr("(not imported)")
                                : QStringLiteral("%1 (%2)").arg(c.key, HeaderMapping::headerForKey(c.key));
            out << QStringLiteral("  %1 -> %2").arg(c.header, target)
                << (c.guessed ? QString() : QLatin1Char(' ') + tr("[--map]")) << Qt::endl;
        }
    }

    ImportOptions options;
    options.defaultOrgCode = p.value(org);
    Result<ImportPlan> planned = ImportPlan::build(*reg, table.value(), mapping, options);
    if (!planned)
        return ctx.fail(planned.error());
    ImportPlan& plan = planned.value();
    // A line end without a flush: a city's workbook can have a problem on every row, and a flush per
    // line was a write per line (100,000 of them); the count line below flushes them all.
    for (const ImportProblem& problem : plan.problems())
        out << problemLine(problem) << '\n';
    out << tr("Rows: %1 to add, %2 to update, %3 unchanged, %4 rejected.")
               .arg(plan.count(ImportAction::Add))
               .arg(plan.count(ImportAction::Update))
               .arg(plan.count(ImportAction::Unchanged))
               .arg(plan.count(ImportAction::Rejected))
        << Qt::endl;

    if (p.isSet(rejects) && plan.hasErrors()) {
        QFile f(p.value(rejects));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(plan.rejectsCsv()) < 0)
            return ctx.fail(makeError(ErrorCode::Io,
                                      tr("The rejected rows could not be written to %1: %2")
                                          .arg(QDir::toNativeSeparators(p.value(rejects)), f.errorString())));
        out << tr("The rejected rows' problems were written to %1.")
                   .arg(QDir::toNativeSeparators(p.value(rejects)))
            << Qt::endl;
    }
    if (plan.fileRefused()) {
        ctx.err() << tr("The file cannot be imported; nothing was written.") << Qt::endl;
        return Findings;
    }
    const bool clean = p.isSet(cleanOnly);
    if (plan.hasErrors() && !clean) {
        ctx.err() << tr("%n row(s) have errors, so nothing was imported. Correct them, or give "
                        "--clean-rows-only to "
                        "import only the rows without errors.",
                        nullptr, plan.count(ImportAction::Rejected))
                  << Qt::endl;
        return Findings;
    }
    if (p.isSet(dryRun)) {
        out << tr("Dry run: nothing was written.") << Qt::endl;
        return Success;
    }
    const Result<ImportResult> done =
        Importer::apply(*reg, std::move(plan), clean ? Importer::Mode::CleanRowsOnly : Importer::Mode::AllOrNothing,
                        ctx.actor(), tr("Imported from %1").arg(QFileInfo(input).fileName()));
    if (!done)
        return ctx.fail(done.error());
    out << tr("Imported: %1 added, %2 updated, %3 unchanged, %4 rejected.")
               .arg(done->added)
               .arg(done->updated)
               .arg(done->unchanged)
               .arg(done->rejected)
        << Qt::endl;
    return Success;
}

} // namespace daicho::cli
