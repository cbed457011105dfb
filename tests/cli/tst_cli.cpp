// daicho-cli as a user runs it: a separate process, its exit code, its standard output and error, and the
// register file it leaves behind. Every test works in its own temporary folder.
#include "TestRegister.h"

#include "domain/CityProfile.h"
#include "storage/Register.h"
#include "util/Clock.h"

#include <QtTest>

#include "CliRun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>

using namespace daicho;

namespace {

using daicho::test::Run;

// RFC 4180 as TextTable writes it: quoted cells may hold commas, quotes and line breaks; lines end in CRLF.
QVector<QStringList> parseCsv(const QString& text)
{
    QVector<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    bool pending = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    cell += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell += c;
            }
            continue;
        }
        pending = true;
        if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << cell;
            cell.clear();
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
            pending = false;
        } else {
            cell += c;
        }
    }
    if (pending) {
        row << cell;
        rows << row;
    }
    return rows;
}

// The CSV as records keyed by the header row.
QVector<QHash<QString, QString>> csvRecords(const QString& text)
{
    const QVector<QStringList> rows = parseCsv(text);
    QVector<QHash<QString, QString>> out;
    if (rows.isEmpty())
        return out;
    const QStringList header = rows.first();
    for (int r = 1; r < rows.size(); ++r) {
        QHash<QString, QString> record;
        for (int c = 0; c < header.size(); ++c)
            record.insert(header.at(c), rows.at(r).value(c));
        out << record;
    }
    return out;
}

QStringList column(const QVector<QHash<QString, QString>>& records, const QString& key)
{
    QStringList out;
    for (const auto& r : records)
        out << r.value(key);
    return out;
}

QStringList assetNos(const QJsonArray& rows)
{
    QStringList out;
    for (const QJsonValue& v : rows)
        out << v.toObject().value(QStringLiteral("asset_no")).toString();
    return out;
}

int sumOfCounts(const QJsonArray& rows)
{
    int sum = 0;
    for (const QJsonValue& v : rows)
        sum += v.toObject().value(QStringLiteral("count")).toInt();
    return sum;
}

bool hasJapanese(const QString& text)
{
    static const QRegularExpression kanaOrKanji(QStringLiteral("[\\x{3040}-\\x{30FF}\\x{4E00}-\\x{9FFF}]"));
    return kanaOrKanji.match(text).hasMatch();
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList folderListing(const QString& folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}

// Runs SQL straight against a file, as another program (or a damaged copy) would leave it.
bool execSql(const QString& path, const QStringList& statements)
{
    static int counter = 0;
    const QString name = QStringLiteral("tst_cli_sql_%1").arg(++counter);
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            qWarning() << db.lastError().text();
            ok = false;
        }
        for (const QString& s : statements) {
            if (!ok)
                break;
            QSqlQuery q(db);
            if (!q.exec(s)) {
                qWarning() << s << q.lastError().text();
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void version();
    void globalHelp();
    void subcommandHelp_data();
    void subcommandHelp();
    void usageErrors_data();
    void usageErrors();
    void unknownThingsAreFindings_data();
    void unknownThingsAreFindings();

    void initEveryProfile_data();
    void initEveryProfile();
    void initOptions();
    void initRefusesExistingFile();

    void orgAddAndList();
    void orgTextIsCleanedAndBounded();

    void addWithOptions();
    void addFromJsonOnStdin();
    void addRefusedByRulesAddsNothing_data();
    void addRefusedByRulesAddsNothing();
    void jsonCannotSkipStageOrStatus();
    void update();
    void asOfDoesNotBackdateTheHistory();
    void statusWorkflow();
    void stageAndDisposal();
    void commentsAreCleanedAndBounded();

    void listFilters();
    void csvQuotesAwkwardText();
    void checkCleanAndBrokenRegisters();
    void checkReportsWhatOnlyTheFullCheckSees_data();
    void checkReportsWhatOnlyTheFullCheckSees();
    void stats();

    void demoIsDeterministic();
    void demoAddsToAnExistingRegister();

    void refusesFilesThatAreNotRegisters_data();
    void refusesFilesThatAreNotRegisters();

    void japaneseOutput();

private:
    Run cli(const QStringList& args, const QByteArray& input = {}, const QString& language = QStringLiteral("en"));
    QString path(const QString& name) const { return m_dir->filePath(name); }
    // A generic-profile register with 01 総務部 (0101 総務課, 0102 人事課) and 02 市民部 (0201 市民課).
    bool makeCity(const QString& file, const QString& profile = QStringLiteral("generic"));
    QJsonObject showJson(const QString& file, const QString& assetNo);
    QJsonArray historyJson(const QString& file, const QString& assetNo);
    QStringList listed(const QString& file, const QStringList& filter);

    std::unique_ptr<QTemporaryDir> m_dir;
};

Run TestCli::cli(const QStringList& args, const QByteArray& input, const QString& language)
{
    return daicho::test::runCli(QStringLiteral(DAICHO_CLI), args, m_dir->path(), input, language);
}

bool TestCli::makeCity(const QString& file, const QString& profile)
{
    const QList<QStringList> steps = {
        {QStringLiteral("init"), file, QStringLiteral("--profile"), profile},
        {QStringLiteral("org"), QStringLiteral("add"), file, QStringLiteral("--code"), QStringLiteral("01"),
         QStringLiteral("--name"), QStringLiteral("総務部"), QStringLiteral("--kind"), QStringLiteral("department")},
        {QStringLiteral("org"), QStringLiteral("add"), file, QStringLiteral("--code"), QStringLiteral("0101"),
         QStringLiteral("--name"), QStringLiteral("総務課"), QStringLiteral("--kind"), QStringLiteral("section"),
         QStringLiteral("--parent"), QStringLiteral("01")},
        {QStringLiteral("org"), QStringLiteral("add"), file, QStringLiteral("--code"), QStringLiteral("0102"),
         QStringLiteral("--name"), QStringLiteral("人事課"), QStringLiteral("--kind"), QStringLiteral("section"),
         QStringLiteral("--parent"), QStringLiteral("01")},
        {QStringLiteral("org"), QStringLiteral("add"), file, QStringLiteral("--code"), QStringLiteral("02"),
         QStringLiteral("--name"), QStringLiteral("市民部"), QStringLiteral("--kind"), QStringLiteral("department")},
        {QStringLiteral("org"), QStringLiteral("add"), file, QStringLiteral("--code"), QStringLiteral("0201"),
         QStringLiteral("--name"), QStringLiteral("市民課"), QStringLiteral("--kind"), QStringLiteral("section"),
         QStringLiteral("--parent"), QStringLiteral("02")},
    };
    for (const QStringList& step : steps) {
        const Run r = cli(step);
        if (r.code != 0) {
            qWarning().noquote() << r.describe();
            return false;
        }
    }
    return true;
}

QJsonObject TestCli::showJson(const QString& file, const QString& assetNo)
{
    const Run r = cli({QStringLiteral("show"), file, assetNo, QStringLiteral("--format"), QStringLiteral("json")});
    if (r.code != 0)
        qWarning().noquote() << r.describe();
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

QJsonArray TestCli::historyJson(const QString& file, const QString& assetNo)
{
    const Run r = cli({QStringLiteral("history"), file, assetNo, QStringLiteral("--format"), QStringLiteral("json")});
    if (r.code != 0)
        qWarning().noquote() << r.describe();
    return QJsonDocument::fromJson(r.out.toUtf8()).array();
}

// The asset numbers `list FILE <filter> --format csv` prints, or "exit N" when it fails.
QStringList TestCli::listed(const QString& file, const QStringList& filter)
{
    const Run r = cli(QStringList{QStringLiteral("list"), file} + filter + QStringList{QStringLiteral("--format"), QStringLiteral("csv")});
    if (r.code != 0)
        return {QStringLiteral("exit %1: %2").arg(r.code).arg(r.err.trimmed())};
    return column(csvRecords(r.out), QStringLiteral("asset_no"));
}

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY2(QFileInfo::exists(QStringLiteral(DAICHO_CLI)), DAICHO_CLI);
}

void TestCli::cleanup()
{
    m_dir.reset();
}

// ---- options, help, usage -----------------------------------------------------------------

void TestCli::version()
{
    for (const QString& option : {QStringLiteral("--version"), QStringLiteral("-v")}) {
        const Run r = cli({option});
        CLI_OK(r);
        QCOMPARE(r.out.trimmed(), QStringLiteral("daicho-cli " DAICHO_VERSION));
        QVERIFY(r.err.isEmpty());
    }
    // Global options may come first.
    const Run r = cli({QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("--version")});
    CLI_OK(r);
    QCOMPARE(r.out.trimmed(), QStringLiteral("daicho-cli " DAICHO_VERSION));
}

void TestCli::globalHelp()
{
    const QStringList commands = {QStringLiteral("init"), QStringLiteral("org"), QStringLiteral("add"),
                                  QStringLiteral("update"), QStringLiteral("stage"), QStringLiteral("status"),
                                  QStringLiteral("list"), QStringLiteral("show"), QStringLiteral("history"),
                                  QStringLiteral("check"), QStringLiteral("stats"), QStringLiteral("demo")};
    const Run help = cli({QStringLiteral("--help")});
    CLI_OK(help);
    QVERIFY(help.err.isEmpty());
    for (const QString& c : commands)
        QVERIFY2(help.out.contains(QStringLiteral("\n  ") + c + QLatin1Char(' ')), qPrintable(c));
    for (const QString& option : {QStringLiteral("--lang"), QStringLiteral("--user"), QStringLiteral("--as-of"),
                                  QStringLiteral("--version")})
        QVERIFY2(help.out.contains(option), qPrintable(option));
    // The exit codes are documented where the user looks.
    for (const QString& code : {QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")})
        QVERIFY2(help.out.contains(code + QLatin1Char(' ')), qPrintable(code));

    // -h, `help` and no command at all print the same.
    for (const QStringList& args : {QStringList{QStringLiteral("-h")}, QStringList{QStringLiteral("help")}, QStringList{}}) {
        const Run r = cli(args);
        CLI_OK(r);
        QCOMPARE(r.out, help.out);
    }
}

void TestCli::subcommandHelp_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("mentions");
    auto row = [](const char* name, QStringList args, QStringList mentions) {
        QTest::newRow(name) << args << mentions;
    };
    row("init", {QStringLiteral("init")},
        {QStringLiteral("--profile"), QStringLiteral("--name"), QStringLiteral("--scheme"), QStringLiteral("saku"),
         QStringLiteral("inabe"), QStringLiteral("mitaka"), QStringLiteral("makinohara"), QStringLiteral("akiruno"),
         QStringLiteral("generic"), QStringLiteral("FILE")});
    row("org", {QStringLiteral("org")}, {QStringLiteral("add"), QStringLiteral("list")});
    row("org add", {QStringLiteral("org"), QStringLiteral("add")},
        {QStringLiteral("--code"), QStringLiteral("--name"), QStringLiteral("--kind"), QStringLiteral("--parent"),
         QStringLiteral("--sort"), QStringLiteral("--valid-from"), QStringLiteral("--valid-to"),
         QStringLiteral("department")});
    row("org list", {QStringLiteral("org"), QStringLiteral("list")},
        {QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("json")});
    row("add", {QStringLiteral("add")},
        {QStringLiteral("--org"), QStringLiteral("--json"), QStringLiteral("--asset-no"), QStringLiteral("--name"),
         QStringLiteral("--asset-type"), QStringLiteral("--network-segment"), QStringLiteral("--personal"),
         QStringLiteral("--next-review"), QStringLiteral("-c"), QStringLiteral("-i"), QStringLiteral("-a")});
    row("update", {QStringLiteral("update")},
        {QStringLiteral("--mark-reviewed"), QStringLiteral("--comment"), QStringLiteral("--json"),
         QStringLiteral("--remarks"), QStringLiteral("ASSET_NO")});
    row("stage", {QStringLiteral("stage")},
        {QStringLiteral("--date"), QStringLiteral("--person"), QStringLiteral("--method"), QStringLiteral("--approver"),
         QStringLiteral("--certificate"), QStringLiteral("dispose"), QStringLiteral("STAGE")});
    row("status", {QStringLiteral("status")}, {QStringLiteral("--comment"), QStringLiteral("STATUS")});
    row("list", {QStringLiteral("list")},
        {QStringLiteral("--org"), QStringLiteral("--level"), QStringLiteral("--stage"), QStringLiteral("--overdue"),
         QStringLiteral("--format"), QStringLiteral("C=3B")});
    row("show", {QStringLiteral("show")}, {QStringLiteral("--format"), QStringLiteral("json")});
    row("history", {QStringLiteral("history")}, {QStringLiteral("--format"), QStringLiteral("ASSET_NO")});
    row("check", {QStringLiteral("check")}, {QStringLiteral("--format"), QStringLiteral("--strict")});
    row("stats", {QStringLiteral("stats")},
        {QStringLiteral("--by"), QStringLiteral("--format"), QStringLiteral("--include-disposed"),
         QStringLiteral("org"), QStringLiteral("segment"), QStringLiteral("personal")});
    row("demo", {QStringLiteral("demo")}, {QStringLiteral("--assets"), QStringLiteral("--seed"), QStringLiteral("--profile")});
}

void TestCli::subcommandHelp()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, mentions);
    const Run r = cli(args + QStringList{QStringLiteral("--help")});
    CLI_OK(r);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.describe()));
    QVERIFY2(r.out.contains(QStringLiteral("daicho-cli ") + args.join(QLatin1Char(' '))), qPrintable(r.out));
    for (const QString& m : mentions)
        QVERIFY2(r.out.contains(m), qPrintable(m + QStringLiteral(" not in:\n") + r.out));

    // -h is the same, and help wins over everything else: nothing is created or opened.
    const Run shortForm = cli(args + QStringList{QStringLiteral("-h")});
    CLI_OK(shortForm);
    QCOMPARE(shortForm.out, r.out);
    const QString file = path(QStringLiteral("never.daicho"));
    const Run withFile = cli(args + QStringList{file, QStringLiteral("--help")});
    QVERIFY2(withFile.code == 0 || (args == QStringList{QStringLiteral("org")} && withFile.code == 2),
             qPrintable(withFile.describe()));
    QVERIFY(!QFileInfo::exists(file));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    auto row = [](const char* name, QStringList args) { QTest::newRow(name) << args; };
    const QString R = QStringLiteral("REG");
    const QString N = QStringLiteral("NEW");
    const QString A = QStringLiteral("0101-0001");
    row("unknown command", {QStringLiteral("frobnicate")});
    row("unknown command with a file", {QStringLiteral("frobnicate"), R});
    row("show without arguments", {QStringLiteral("show")});
    row("show without asset number", {QStringLiteral("show"), R});
    row("history without asset number", {QStringLiteral("history"), R});
    row("update without asset number", {QStringLiteral("update"), R, QStringLiteral("--remarks"), QStringLiteral("x")});
    row("stage without stage", {QStringLiteral("stage"), R, A});
    row("status without status", {QStringLiteral("status"), R, A});
    row("list with an extra argument", {QStringLiteral("list"), R, QStringLiteral("extra")});
    row("list without file", {QStringLiteral("list")});
    row("init without file", {QStringLiteral("init"), QStringLiteral("--profile"), QStringLiteral("saku")});
    row("init without profile", {QStringLiteral("init"), N});
    row("init unknown profile", {QStringLiteral("init"), N, QStringLiteral("--profile"), QStringLiteral("atlantis")});
    row("init unknown scheme", {QStringLiteral("init"), N, QStringLiteral("--profile"), QStringLiteral("saku"),
                                QStringLiteral("--scheme"), QStringLiteral("iso27001")});
    row("unknown option", {QStringLiteral("list"), R, QStringLiteral("--colour")});
    row("option without its value", {QStringLiteral("list"), R, QStringLiteral("--format")});
    row("list bad format", {QStringLiteral("list"), R, QStringLiteral("--format"), QStringLiteral("xml")});
    row("org list bad format", {QStringLiteral("org"), QStringLiteral("list"), R, QStringLiteral("--format"), QStringLiteral("yaml")});
    row("show bad format", {QStringLiteral("show"), R, A, QStringLiteral("--format"), QStringLiteral("csv")});
    row("history bad format", {QStringLiteral("history"), R, A, QStringLiteral("--format"), QStringLiteral("csv")});
    row("check bad format", {QStringLiteral("check"), R, QStringLiteral("--format"), QStringLiteral("csv")});
    row("stats bad format", {QStringLiteral("stats"), R, QStringLiteral("--format"), QStringLiteral("csv")});
    row("stats bad dimension", {QStringLiteral("stats"), R, QStringLiteral("--by"), QStringLiteral("org,colour")});
    row("list bad level", {QStringLiteral("list"), R, QStringLiteral("--level"), QStringLiteral("X=3")});
    row("list level without value", {QStringLiteral("list"), R, QStringLiteral("--level"), QStringLiteral("C=")});
    row("list level without axis", {QStringLiteral("list"), R, QStringLiteral("--level"), QStringLiteral("3B")});
    row("list bad stage", {QStringLiteral("list"), R, QStringLiteral("--stage"), QStringLiteral("flying")});
    row("list bad status", {QStringLiteral("list"), R, QStringLiteral("--status"), QStringLiteral("sleeping")});
    row("stage bad stage", {QStringLiteral("stage"), R, A, QStringLiteral("flying")});
    row("stage bad date", {QStringLiteral("stage"), R, A, QStringLiteral("use"), QStringLiteral("--date"), QStringLiteral("yesterday")});
    row("status bad status", {QStringLiteral("status"), R, A, QStringLiteral("sleeping")});
    row("org without subcommand", {QStringLiteral("org")});
    row("org unknown subcommand", {QStringLiteral("org"), QStringLiteral("move"), R});
    row("org add without kind", {QStringLiteral("org"), QStringLiteral("add"), R, QStringLiteral("--code"),
                                 QStringLiteral("03"), QStringLiteral("--name"), QStringLiteral("建設部")});
    row("org add bad kind", {QStringLiteral("org"), QStringLiteral("add"), R, QStringLiteral("--code"), QStringLiteral("03"),
                             QStringLiteral("--name"), QStringLiteral("建設部"), QStringLiteral("--kind"), QStringLiteral("ministry")});
    row("org add bad sort", {QStringLiteral("org"), QStringLiteral("add"), R, QStringLiteral("--code"), QStringLiteral("03"),
                             QStringLiteral("--name"), QStringLiteral("建設部"), QStringLiteral("--kind"),
                             QStringLiteral("department"), QStringLiteral("--sort"), QStringLiteral("first")});
    row("org add bad date", {QStringLiteral("org"), QStringLiteral("add"), R, QStringLiteral("--code"), QStringLiteral("03"),
                             QStringLiteral("--name"), QStringLiteral("建設部"), QStringLiteral("--kind"),
                             QStringLiteral("department"), QStringLiteral("--valid-from"), QStringLiteral("someday")});
    row("demo without count", {QStringLiteral("demo"), N});
    row("demo bad count", {QStringLiteral("demo"), N, QStringLiteral("--assets"), QStringLiteral("many")});
    row("demo negative count", {QStringLiteral("demo"), N, QStringLiteral("--assets"), QStringLiteral("-5")});
    row("demo bad seed", {QStringLiteral("demo"), N, QStringLiteral("--assets"), QStringLiteral("5"),
                          QStringLiteral("--seed"), QStringLiteral("abc")});
    row("bad --as-of", {QStringLiteral("--as-of"), QStringLiteral("notadate"), QStringLiteral("list"), R});
    row("--as-of without value", {QStringLiteral("list"), R, QStringLiteral("--as-of")});
    row("--lang without value", {QStringLiteral("--lang")});
    row("--lang unsupported", {QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("list"), R});
    row("--user without value", {QStringLiteral("list"), R, QStringLiteral("--user")});
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    const QString reg = path(QStringLiteral("city.daicho"));
    const QString fresh = path(QStringLiteral("new.daicho"));
    QVERIFY(makeCity(reg));
    CLI_OK(cli({QStringLiteral("add"), reg, QStringLiteral("--org"), QStringLiteral("0101"), QStringLiteral("--name"),
                QStringLiteral("課内連絡網"), QStringLiteral("--c"), QStringLiteral("2"), QStringLiteral("--i"),
                QStringLiteral("1"), QStringLiteral("--a"), QStringLiteral("1")}));
    for (QString& a : args) {
        if (a == QLatin1String("REG"))
            a = reg;
        else if (a == QLatin1String("NEW"))
            a = fresh;
    }
    const QByteArray before = test::fileHash(reg);
    const QStringList listing = folderListing(m_dir->path());

    const Run r = cli(args);
    CLI_EXIT(r, 2);
    QVERIFY2(r.out.isEmpty(), qPrintable(r.describe()));
    QVERIFY2(!r.err.trimmed().isEmpty(), qPrintable(r.describe()));
    QCOMPARE(test::fileHash(reg), before);
    QCOMPARE(folderListing(m_dir->path()), listing);
}

void TestCli::unknownThingsAreFindings_data()
{
    QTest::addColumn<QStringList>("args");
    auto row = [](const char* name, QStringList args) { QTest::newRow(name) << args; };
    const QString R = QStringLiteral("REG");
    const QString X = QStringLiteral("9999-0001");
    row("show", {QStringLiteral("show"), R, X});
    row("history", {QStringLiteral("history"), R, X});
    row("update", {QStringLiteral("update"), R, X, QStringLiteral("--remarks"), QStringLiteral("x")});
    row("stage", {QStringLiteral("stage"), R, X, QStringLiteral("use")});
    row("status", {QStringLiteral("status"), R, X, QStringLiteral("pending")});
    row("list --org", {QStringLiteral("list"), R, QStringLiteral("--org"), QStringLiteral("99")});
    row("stats --org", {QStringLiteral("stats"), R, QStringLiteral("--org"), QStringLiteral("99")});
    row("add to unknown org", {QStringLiteral("add"), R, QStringLiteral("--org"), QStringLiteral("99"),
                               QStringLiteral("--name"), QStringLiteral("x")});
    row("org add unknown parent", {QStringLiteral("org"), QStringLiteral("add"), R, QStringLiteral("--code"),
                                   QStringLiteral("0103"), QStringLiteral("--name"), QStringLiteral("情報政策課"),
                                   QStringLiteral("--kind"), QStringLiteral("section"), QStringLiteral("--parent"),
                                   QStringLiteral("99")});
    row("org add duplicate code", {QStringLiteral("org"), QStringLiteral("add"), R, QStringLiteral("--code"),
                                   QStringLiteral("0101"), QStringLiteral("--name"), QStringLiteral("別の課"),
                                   QStringLiteral("--kind"), QStringLiteral("section")});
    row("org add ends before it starts",
        {QStringLiteral("org"), QStringLiteral("add"), R, QStringLiteral("--code"), QStringLiteral("03"),
         QStringLiteral("--name"), QStringLiteral("建設部"), QStringLiteral("--kind"), QStringLiteral("department"),
         QStringLiteral("--valid-from"), QStringLiteral("2025-04-01"), QStringLiteral("--valid-to"),
         QStringLiteral("2024-03-31")});
}

void TestCli::unknownThingsAreFindings()
{
    QFETCH(QStringList, args);
    const QString reg = path(QStringLiteral("city.daicho"));
    QVERIFY(makeCity(reg));
    args.replaceInStrings(QRegularExpression(QStringLiteral("^REG$")), reg);
    const QByteArray before = test::fileHash(reg);
    const Run r = cli(args);
    CLI_EXIT(r, 1);
    QVERIFY2(r.out.isEmpty(), qPrintable(r.describe()));
    QVERIFY2(!r.err.trimmed().isEmpty(), qPrintable(r.describe()));
    QCOMPARE(test::fileHash(reg), before);
}

// ---- init -----------------------------------------------------------------------------------

void TestCli::initEveryProfile_data()
{
    QTest::addColumn<QString>("profile");
    for (const QString& id : {QStringLiteral("saku"), QStringLiteral("inabe"), QStringLiteral("mitaka"),
                              QStringLiteral("makinohara"), QStringLiteral("akiruno"), QStringLiteral("generic")})
        QTest::newRow(qPrintable(id)) << id;
}

void TestCli::initEveryProfile()
{
    QFETCH(QString, profile);
    const CityProfile* expected = CityProfile::find(profile);
    QVERIFY(expected);
    const QString file = path(profile + QStringLiteral(".daicho"));

    const Run created = cli({QStringLiteral("init"), file, QStringLiteral("--profile"), profile});
    CLI_OK(created);
    QVERIFY(created.out.contains(QFileInfo(file).absoluteFilePath()));
    QVERIFY(created.out.contains(expected->cityName));
    QVERIFY(QFileInfo::exists(file));
    // Built under a temporary name and renamed: nothing else is left in the folder.
    QCOMPARE(folderListing(m_dir->path()), QStringList{QFileInfo(file).fileName()});

    {
        // What the core reads back: the profile, the city and its own network segments.
        FixedClock clock(QDate(2025, 6, 1));
        Result<std::unique_ptr<Register>> reg = Register::open(file, clock);
        QVERIFY2(reg.ok(), qPrintable(reg.error().message));
        QCOMPARE(reg.value()->profileId(), profile);
        QCOMPARE(reg.value()->cityName(), expected->cityName);
        QStringList segments, expectedSegments;
        for (const NetworkSegment& s : reg.value()->catalog().segments)
            segments << s.code;
        for (const NetworkSegment& s : expected->segments)
            expectedSegments << s.code;
        QCOMPARE(segments, expectedSegments);
    }

    // An empty register answers every reading command.
    const Run orgs = cli({QStringLiteral("org"), QStringLiteral("list"), file, QStringLiteral("--format"), QStringLiteral("json")});
    CLI_OK(orgs);
    QVERIFY(QJsonDocument::fromJson(orgs.out.toUtf8()).isArray());
    QCOMPARE(QJsonDocument::fromJson(orgs.out.toUtf8()).array().size(), 0);
    const Run emptyList = cli({QStringLiteral("list"), file, QStringLiteral("--format"), QStringLiteral("csv")});
    CLI_OK(emptyList);
    QCOMPARE(parseCsv(emptyList.out).size(), 1);   // the header only
    CLI_OK(cli({QStringLiteral("list"), file}));
    CLI_OK(cli({QStringLiteral("check"), file}));
    const Run emptyStats = cli({QStringLiteral("stats"), file, QStringLiteral("--format"), QStringLiteral("json")});
    CLI_OK(emptyStats);
    QCOMPARE(QJsonDocument::fromJson(emptyStats.out.toUtf8()).object().value(QStringLiteral("assets")).toInt(-1), 0);

    // Filled with a synthetic city, list, check and stats agree with each other.
    const QString asOf = QStringLiteral("2025-06-01");
    CLI_OK(cli({QStringLiteral("--as-of"), asOf, QStringLiteral("demo"), file, QStringLiteral("--assets"),
                QStringLiteral("60"), QStringLiteral("--seed"), QStringLiteral("3")}));
    const Run list = cli({QStringLiteral("list"), file, QStringLiteral("--format"), QStringLiteral("json")});
    CLI_OK(list);
    const QJsonArray rows = QJsonDocument::fromJson(list.out.toUtf8()).array();
    QCOMPARE(rows.size(), 60);
    const Run table = cli({QStringLiteral("list"), file});
    CLI_OK(table);
    QVERIFY(table.out.contains(QStringLiteral("60 asset(s)")));

    const Run check = cli({QStringLiteral("--as-of"), asOf, QStringLiteral("check"), file, QStringLiteral("--format"),
                           QStringLiteral("json")});
    CLI_OK(check);
    const QJsonObject checked = QJsonDocument::fromJson(check.out.toUtf8()).object();
    QCOMPARE(checked.value(QStringLiteral("assets")).toInt(), 60);
    QCOMPARE(checked.value(QStringLiteral("errors")).toInt(-1), 0);
    QCOMPARE(checked.value(QStringLiteral("integrity")).toArray().size(), 0);

    const Run all = cli({QStringLiteral("stats"), file, QStringLiteral("--include-disposed"), QStringLiteral("--format"),
                         QStringLiteral("json")});
    CLI_OK(all);
    QCOMPARE(QJsonDocument::fromJson(all.out.toUtf8()).object().value(QStringLiteral("assets")).toInt(), rows.size());
    const Run current = cli({QStringLiteral("stats"), file, QStringLiteral("--format"), QStringLiteral("json")});
    CLI_OK(current);
    const QJsonObject stats = QJsonDocument::fromJson(current.out.toUtf8()).object();
    QCOMPARE(stats.value(QStringLiteral("assets")).toInt(), listed(file, {QStringLiteral("--current")}).size());
    QCOMPARE(sumOfCounts(stats.value(QStringLiteral("org")).toArray()), stats.value(QStringLiteral("assets")).toInt());
    // Assets sit on the profile's own segments.
    QSet<QString> segmentCodes;
    for (const NetworkSegment& s : expected->segments)
        segmentCodes.insert(s.code);
    for (const QJsonValue& v : stats.value(QStringLiteral("segment")).toArray())
        QVERIFY2(segmentCodes.contains(v.toObject().value(QStringLiteral("key")).toString()),
                 qPrintable(v.toObject().value(QStringLiteral("key")).toString()));
    QCOMPARE(sumOfCounts(stats.value(QStringLiteral("segment")).toArray()), stats.value(QStringLiteral("assets")).toInt());
}

void TestCli::initOptions()
{
    const QString file = path(QStringLiteral("midori.daicho"));
    const Run r = cli({QStringLiteral("init"), file, QStringLiteral("--profile"), QStringLiteral("generic"),
                       QStringLiteral("--name"), QStringLiteral("みどり市"), QStringLiteral("--scheme"),
                       QStringLiteral("mic-h27")});
    CLI_OK(r);
    {
        FixedClock clock(QDate(2025, 6, 1));
        Result<std::unique_ptr<Register>> reg = Register::open(file, clock);
        QVERIFY2(reg.ok(), qPrintable(reg.error().message));
        QCOMPARE(reg.value()->cityName(), QStringLiteral("みどり市"));
        QCOMPARE(reg.value()->catalog().defaultSchemeId, QStringLiteral("mic-h27"));
    }
    const Run stats = cli({QStringLiteral("stats"), file});
    CLI_OK(stats);
    QVERIFY(stats.out.contains(QStringLiteral("みどり市")));

    // New assets take the register's scheme: mic-h27 has a plain 3 for confidentiality, mic-r6 does not.
    CLI_OK(cli({QStringLiteral("org"), QStringLiteral("add"), file, QStringLiteral("--code"), QStringLiteral("01"),
                QStringLiteral("--name"), QStringLiteral("総務課"), QStringLiteral("--kind"), QStringLiteral("section")}));
    CLI_OK(cli({QStringLiteral("add"), file, QStringLiteral("--org"), QStringLiteral("01"), QStringLiteral("--asset-no"),
                QStringLiteral("01-0001"), QStringLiteral("--name"), QStringLiteral("例規集"), QStringLiteral("--c"),
                QStringLiteral("3"), QStringLiteral("--i"), QStringLiteral("2"), QStringLiteral("--a"), QStringLiteral("1")}));
    const QJsonObject a = showJson(file, QStringLiteral("01-0001"));
    QCOMPARE(a.value(QStringLiteral("scheme")).toString(), QStringLiteral("mic-h27"));
    QCOMPARE(a.value(QStringLiteral("c")).toString(), QStringLiteral("3"));
}

void TestCli::initRefusesExistingFile()
{
    const QString file = path(QStringLiteral("saku.daicho"));
    CLI_OK(cli({QStringLiteral("init"), file, QStringLiteral("--profile"), QStringLiteral("saku")}));
    const QByteArray before = test::fileHash(file);
    const Run again = cli({QStringLiteral("init"), file, QStringLiteral("--profile"), QStringLiteral("mitaka")});
    CLI_EXIT(again, 3);
    QVERIFY(again.out.isEmpty());
    QVERIFY(!again.err.trimmed().isEmpty());
    QCOMPARE(test::fileHash(file), before);
    {
        FixedClock clock(QDate(2025, 6, 1));
        Result<std::unique_ptr<Register>> reg = Register::open(file, clock);
        QVERIFY(reg.ok());
        QCOMPARE(reg.value()->profileId(), QStringLiteral("saku"));
    }

    // Any existing file, register or not, is never written over.
    const QString notes = path(QStringLiteral("notes.txt"));
    {
        QFile f(notes);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("大切なメモ\n");
    }
    const QByteArray text = readAll(notes);
    CLI_EXIT(cli({QStringLiteral("init"), notes, QStringLiteral("--profile"), QStringLiteral("generic")}), 3);
    QCOMPARE(readAll(notes), text);
    QCOMPARE(folderListing(m_dir->path()), (QStringList{QStringLiteral("notes.txt"), QStringLiteral("saku.daicho")}));
}

// ---- organisation ---------------------------------------------------------------------------

void TestCli::orgAddAndList()
{
    const QString file = path(QStringLiteral("org.daicho"));
    CLI_OK(cli({QStringLiteral("init"), file, QStringLiteral("--profile"), QStringLiteral("mitaka")}));
    CLI_OK(cli({QStringLiteral("org"), QStringLiteral("add"), file, QStringLiteral("--code"), QStringLiteral("01"),
                QStringLiteral("--name"), QStringLiteral("総務部"), QStringLiteral("--kind"), QStringLiteral("department")}));
    // Kinds may be given in Japanese; dates in the era calendar.
    CLI_OK(cli({QStringLiteral("org"), QStringLiteral("add"), file, QStringLiteral("--code"), QStringLiteral("0101"),
                QStringLiteral("--name"), QStringLiteral("総務課"), QStringLiteral("--kind"), QStringLiteral("課"),
                QStringLiteral("--parent"), QStringLiteral("01"), QStringLiteral("--valid-from"),
                QStringLiteral("令和7年4月1日")}));
    CLI_OK(cli({QStringLiteral("org"), QStringLiteral("add"), file, QStringLiteral("--code"), QStringLiteral("010101"),
                QStringLiteral("--name"), QStringLiteral("文書法制係"), QStringLiteral("--kind"), QStringLiteral("unit"),
                QStringLiteral("--parent"), QStringLiteral("0101"), QStringLiteral("--valid-to"), QStringLiteral("2027-03-31")}));
    CLI_OK(cli({QStringLiteral("org"), QStringLiteral("add"), file, QStringLiteral("--code"), QStringLiteral("40"),
                QStringLiteral("--name"), QStringLiteral("選挙管理委員会事務局"), QStringLiteral("--kind"),
                QStringLiteral("committee")}));

    const QStringList codes = {QStringLiteral("01"), QStringLiteral("0101"), QStringLiteral("010101"), QStringLiteral("40")};
    const QStringList names = {QStringLiteral("総務部"), QStringLiteral("総務課"), QStringLiteral("文書法制係"),
                               QStringLiteral("選挙管理委員会事務局")};
    const QStringList kinds = {QStringLiteral("department"), QStringLiteral("section"), QStringLiteral("unit"),
                               QStringLiteral("committee")};
    const QStringList parents = {QString(), QStringLiteral("01"), QStringLiteral("0101"), QString()};

    const Run table = cli({QStringLiteral("org"), QStringLiteral("list"), file});
    CLI_OK(table);
    for (int i = 0; i < codes.size(); ++i) {
        QVERIFY2(table.out.contains(codes[i]), qPrintable(table.out));
        QVERIFY2(table.out.contains(names[i]), qPrintable(table.out));
    }
    QCOMPARE(cli({QStringLiteral("org"), QStringLiteral("list"), file, QStringLiteral("--format"), QStringLiteral("table")}).out,
             table.out);

    const Run csv = cli({QStringLiteral("org"), QStringLiteral("list"), file, QStringLiteral("--format"), QStringLiteral("csv")});
    CLI_OK(csv);
    QVERIFY(csv.out.endsWith(QStringLiteral("\r\n")));
    const QVector<QStringList> rows = parseCsv(csv.out);
    QCOMPARE(rows.size(), 5);
    QCOMPARE(rows.first(), (QStringList{QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("kind"),
                                        QStringLiteral("parent"), QStringLiteral("valid_from"), QStringLiteral("valid_to")}));
    const auto records = csvRecords(csv.out);
    QCOMPARE(column(records, QStringLiteral("code")), codes);
    QCOMPARE(column(records, QStringLiteral("name")), names);
    QCOMPARE(column(records, QStringLiteral("kind")), kinds);
    QCOMPARE(column(records, QStringLiteral("parent")), parents);
    QCOMPARE(records[1].value(QStringLiteral("valid_from")), QStringLiteral("2025-04-01"));
    QCOMPARE(records[2].value(QStringLiteral("valid_to")), QStringLiteral("2027-03-31"));

    const Run json = cli({QStringLiteral("org"), QStringLiteral("list"), file, QStringLiteral("--format"), QStringLiteral("json")});
    CLI_OK(json);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.out.toUtf8(), &error);
    QVERIFY2(doc.isArray(), qPrintable(error.errorString()));
    const QJsonArray units = doc.array();
    QCOMPARE(units.size(), 4);
    for (int i = 0; i < units.size(); ++i) {
        const QJsonObject u = units[i].toObject();
        QCOMPARE(u.value(QStringLiteral("code")).toString(), codes[i]);
        QCOMPARE(u.value(QStringLiteral("name")).toString(), names[i]);
        QCOMPARE(u.value(QStringLiteral("kind")).toString(), kinds[i]);
        QCOMPARE(u.value(QStringLiteral("parent")).toString(), parents[i]);
    }
    QCOMPARE(units[1].toObject().value(QStringLiteral("valid_from")).toString(), QStringLiteral("2025-04-01"));
}

void TestCli::orgTextIsCleanedAndBounded()
{
    const QString file = path(QStringLiteral("org.daicho"));
    CLI_OK(cli({QStringLiteral("init"), file, QStringLiteral("--profile"), QStringLiteral("generic")}));
    auto add = [&](const QString& code, const QString& name) {
        return cli({QStringLiteral("org"), QStringLiteral("add"), file, QStringLiteral("--code"), code,
                    QStringLiteral("--name"), name, QStringLiteral("--kind"), QStringLiteral("section")});
    };
    // Control characters go (a bell, an escape sequence pasted from a terminal); a line break in a name
    // becomes a space, as a name is one line.
    CLI_OK(add(QStringLiteral("01\x07"), QStringLiteral("総務\x1b[31m課\n文書係")));
    const Run json = cli({QStringLiteral("org"), QStringLiteral("list"), file, QStringLiteral("--format"), QStringLiteral("json")});
    CLI_OK(json);
    const QJsonObject unit = QJsonDocument::fromJson(json.out.toUtf8()).array().first().toObject();
    QCOMPARE(unit.value(QStringLiteral("code")).toString(), QStringLiteral("01"));
    QCOMPARE(unit.value(QStringLiteral("name")).toString(), QStringLiteral("総務[31m課 文書係"));

    // At most 40 characters of code and 200 of name (a character outside the BMP counts once).
    const QByteArray before = daicho::test::fileHash(file);
    Run r = add(QString(41, QLatin1Char('9')), QStringLiteral("長いコード課"));
    CLI_EXIT(r, 1);
    QVERIFY2(r.err.contains(QStringLiteral("The organisation code is too long: 41 characters, at most 40.")), qPrintable(r.describe()));
    r = add(QStringLiteral("02"), QString(201, QChar(0x8AB2)));
    CLI_EXIT(r, 1);
    QVERIFY2(r.err.contains(QStringLiteral("The organisation name is too long: 201 characters, at most 200.")), qPrintable(r.describe()));
    QCOMPARE(daicho::test::fileHash(file), before);
    QString longest;
    for (int i = 0; i < 200; ++i)
        longest += QStringLiteral("𠮷");
    CLI_OK(add(QString(40, QLatin1Char('8')), longest));

    // The municipality's name follows the same rule when a register is created.
    const QString other = path(QStringLiteral("long-name.daicho"));
    r = cli({QStringLiteral("init"), other, QStringLiteral("--profile"), QStringLiteral("generic"), QStringLiteral("--name"),
             QString(201, QChar(0x5E02))});
    CLI_EXIT(r, 1);
    QVERIFY2(r.err.contains(QStringLiteral("The name of the municipality is too long")), qPrintable(r.describe()));
    QVERIFY(!QFile::exists(other));
}

// ---- changing assets ------------------------------------------------------------------------

void TestCli::addWithOptions()
{
    const QString file = path(QStringLiteral("city.daicho"));
    QVERIFY(makeCity(file));
    const Run r = cli({QStringLiteral("add"), file, QStringLiteral("--org"), QStringLiteral("0101"),
                       QStringLiteral("--name"), QStringLiteral("課内連絡網"), QStringLiteral("--business"),
                       QStringLiteral("庶務"), QStringLiteral("--asset-type"), QStringLiteral("info-electronic"),
                       QStringLiteral("--medium"), QStringLiteral("ファイルサーバ"), QStringLiteral("--network-segment"),
                       QStringLiteral("lgwan"), QStringLiteral("--manager-title"), QStringLiteral("総務課長"),
                       QStringLiteral("--personal"), QStringLiteral("yes"), QStringLiteral("--subject-band"),
                       QStringLiteral("lt1000"), QStringLiteral("--c"), QStringLiteral("2"), QStringLiteral("--i"),
                       QStringLiteral("1"), QStringLiteral("--a"), QStringLiteral("1"), QStringLiteral("--remarks"),
                       QStringLiteral("年1回更新")});
    CLI_OK(r);
    // Without --asset-no the section's next number is used.
    QVERIFY2(r.out.contains(QStringLiteral("0101-0001")), qPrintable(r.out));

    const QJsonObject a = showJson(file, QStringLiteral("0101-0001"));
    QCOMPARE(a.value(QStringLiteral("asset_no")).toString(), QStringLiteral("0101-0001"));
    QCOMPARE(a.value(QStringLiteral("org")).toString(), QStringLiteral("0101"));
    QCOMPARE(a.value(QStringLiteral("org_name")).toString(), QStringLiteral("総務課"));
    QCOMPARE(a.value(QStringLiteral("name")).toString(), QStringLiteral("課内連絡網"));
    QCOMPARE(a.value(QStringLiteral("business")).toString(), QStringLiteral("庶務"));
    QCOMPARE(a.value(QStringLiteral("asset_type")).toString(), QStringLiteral("info-electronic"));
    QCOMPARE(a.value(QStringLiteral("medium")).toString(), QStringLiteral("ファイルサーバ"));
    QCOMPARE(a.value(QStringLiteral("network_segment")).toString(), QStringLiteral("lgwan"));
    QCOMPARE(a.value(QStringLiteral("manager_title")).toString(), QStringLiteral("総務課長"));
    QCOMPARE(a.value(QStringLiteral("personal")).toBool(false), true);
    QCOMPARE(a.value(QStringLiteral("sensitive")).toBool(true), false);
    QCOMPARE(a.value(QStringLiteral("subject_band")).toString(), QStringLiteral("lt1000"));
    QCOMPARE(a.value(QStringLiteral("c")).toString(), QStringLiteral("2"));
    QCOMPARE(a.value(QStringLiteral("i")).toString(), QStringLiteral("1"));
    QCOMPARE(a.value(QStringLiteral("a")).toString(), QStringLiteral("1"));
    QCOMPARE(a.value(QStringLiteral("remarks")).toString(), QStringLiteral("年1回更新"));
    QCOMPARE(a.value(QStringLiteral("scheme")).toString(), QStringLiteral("mic-r6"));
    QCOMPARE(a.value(QStringLiteral("compact_label")).toString(), QStringLiteral("C2-I1-A1"));
    QCOMPARE(a.value(QStringLiteral("stage")).toString(), QStringLiteral("create"));
    QCOMPARE(a.value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
    QCOMPARE(a.value(QStringLiteral("registered_on")).toString().isEmpty(), false);
    QCOMPARE(a.value(QStringLiteral("findings")).toArray().size(), 0);

    // The plain text form shows the same asset.
    const Run text = cli({QStringLiteral("show"), file, QStringLiteral("0101-0001")});
    CLI_OK(text);
    QVERIFY(text.out.contains(QStringLiteral("課内連絡網")));
    QVERIFY(text.out.contains(QStringLiteral("C2-I1-A1")));
    QCOMPARE(cli({QStringLiteral("show"), file, QStringLiteral("0101-0001"), QStringLiteral("--format"), QStringLiteral("text")}).out,
             text.out);

    // The next one gets the next number; single-dash and full-width spellings of levels work too.
    CLI_OK(cli({QStringLiteral("add"), file, QStringLiteral("--org"), QStringLiteral("0101"), QStringLiteral("--name"),
                QStringLiteral("情報公開請求書"), QStringLiteral("-c"), QStringLiteral("３Ｃ"), QStringLiteral("-i"),
                QStringLiteral("1"), QStringLiteral("-a"), QStringLiteral("1"), QStringLiteral("--asset-type"),
                QStringLiteral("情報(紙)"), QStringLiteral("--locked"), QStringLiteral("yes")}));
    const QJsonObject b = showJson(file, QStringLiteral("0101-0002"));
    QCOMPARE(b.value(QStringLiteral("c")).toString(), QStringLiteral("3C"));
    QCOMPARE(b.value(QStringLiteral("asset_type")).toString(), QStringLiteral("info-paper"));
    QCOMPARE(listed(file, {}), (QStringList{QStringLiteral("0101-0001"), QStringLiteral("0101-0002")}));
}

void TestCli::addFromJsonOnStdin()
{
    const QString file = path(QStringLiteral("city.daicho"));
    QVERIFY(makeCity(file));
    const QJsonObject input{
        {QStringLiteral("org"), QStringLiteral("0102")},
        {QStringLiteral("asset_no"), QStringLiteral("0102-0100")},
        {QStringLiteral("name"), QStringLiteral("職員健康診断結果")},
        {QStringLiteral("business"), QStringLiteral("人事")},
        {QStringLiteral("asset_type"), QStringLiteral("info-paper")},
        {QStringLiteral("medium"), QStringLiteral("紙・施錠キャビネット")},
        {QStringLiteral("network_segment"), QStringLiteral("none")},
        {QStringLiteral("c"), QStringLiteral("3B")},
        {QStringLiteral("i"), QStringLiteral("2")},
        {QStringLiteral("a"), QStringLiteral("1")},
        {QStringLiteral("personal"), true},
        {QStringLiteral("sensitive"), true},
        {QStringLiteral("subject_band"), QStringLiteral("ge1000")},
        {QStringLiteral("file_register_no"), QStringLiteral("F-012")},
        {QStringLiteral("locked"), true},
        {QStringLiteral("fireproof"), true},
        {QStringLiteral("storage_location"), QStringLiteral("人事課 書庫A")},
        {QStringLiteral("retention_period"), QStringLiteral("30y")},
        {QStringLiteral("retention_until"), QStringLiteral("2055-03-31")},
        {QStringLiteral("threat"), 2},
        {QStringLiteral("vulnerability"), 3},
        {QStringLiteral("remarks"), QStringLiteral("JSONから")},
        {QStringLiteral("restriction_overrides"),
         QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("c3-issued-devices")},
                                {QStringLiteral("action"), QStringLiteral("remove")},
                                {QStringLiteral("reason"), QStringLiteral("紙のみで端末は使わない")}}}},
    };
    const Run r = cli({QStringLiteral("add"), file, QStringLiteral("--json")}, QJsonDocument(input).toJson());
    CLI_OK(r);
    QVERIFY(r.out.contains(QStringLiteral("0102-0100")));

    const QJsonObject shown = showJson(file, QStringLiteral("0102-0100"));
    for (auto it = input.begin(); it != input.end(); ++it)
        QVERIFY2(shown.value(it.key()) == it.value(),
                 qPrintable(it.key() + QStringLiteral(": ")
                            + QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("shown"), shown.value(it.key())}})
                                                    .toJson(QJsonDocument::Compact))));
    QCOMPARE(shown.value(QStringLiteral("org_name")).toString(), QStringLiteral("人事課"));
    QCOMPARE(shown.value(QStringLiteral("importance")).toInt(), 3);
    for (const QJsonValue& f : shown.value(QStringLiteral("findings")).toArray())
        QVERIFY2(f.toObject().value(QStringLiteral("severity")).toString() != QLatin1String("error"),
                 qPrintable(f.toObject().value(QStringLiteral("message")).toString()));
    // The override removed the restriction it names.
    for (const QJsonValue& v : shown.value(QStringLiteral("restrictions")).toArray())
        QVERIFY(v.toObject().value(QStringLiteral("code")).toString() != QLatin1String("c3-issued-devices"));

    // Options win over the JSON.
    const QJsonObject second{{QStringLiteral("org"), QStringLiteral("0102")},
                             {QStringLiteral("name"), QStringLiteral("人事異動案")},
                             {QStringLiteral("c"), QStringLiteral("3A")},
                             {QStringLiteral("i"), QStringLiteral("2")},
                             {QStringLiteral("a"), QStringLiteral("1")},
                             {QStringLiteral("remarks"), QStringLiteral("JSONの備考")}};
    CLI_OK(cli({QStringLiteral("add"), file, QStringLiteral("--json"), QStringLiteral("--remarks"), QStringLiteral("オプションの備考")},
               QJsonDocument(second).toJson(QJsonDocument::Compact)));
    // Without asset_no the section's next number follows its highest.
    const QJsonObject overridden = showJson(file, QStringLiteral("0102-0101"));
    QCOMPARE(overridden.value(QStringLiteral("name")).toString(), QStringLiteral("人事異動案"));
    QCOMPARE(overridden.value(QStringLiteral("remarks")).toString(), QStringLiteral("オプションの備考"));

    // Bad input adds nothing.
    const QByteArray before = test::fileHash(file);
    for (const QByteArray& bad : {QByteArray("not json"), QByteArray("[1, 2]"), QByteArray(""),
                                  QByteArray(R"({"org": "0102", "name": "x", "colour": "red"})"),
                                  QByteArray(R"({"org": "0102", "name": "x", "personal": "perhaps"})"),
                                  QByteArray(R"({"org": "0102", "name": "x", "restriction_overrides": [{"code": "c3-issued-devices", "action": "remove"}]})")}) {
        const Run refused = cli({QStringLiteral("add"), file, QStringLiteral("--json")}, bad);
        CLI_EXIT(refused, 1);
        QVERIFY(!refused.err.trimmed().isEmpty());
    }
    QCOMPARE(test::fileHash(file), before);
    QCOMPARE(listed(file, {}), (QStringList{QStringLiteral("0102-0100"), QStringLiteral("0102-0101")}));
}

void TestCli::addRefusedByRulesAddsNothing_data()
{
    QTest::addColumn<QStringList>("options");
    auto row = [](const char* name, QStringList options) { QTest::newRow(name) << options; };
    const QString org = QStringLiteral("--org");
    const QString name = QStringLiteral("--name");
    row("unknown level", {org, QStringLiteral("0101"), name, QStringLiteral("x"), QStringLiteral("--c"), QStringLiteral("9")});
    row("no organisation", {name, QStringLiteral("x"), QStringLiteral("--c"), QStringLiteral("2")});
    row("no name", {org, QStringLiteral("0101"), QStringLiteral("--c"), QStringLiteral("2")});
    row("threat out of range", {org, QStringLiteral("0101"), name, QStringLiteral("x"), QStringLiteral("--threat"), QStringLiteral("7")});
    row("segment of another city", {org, QStringLiteral("0101"), name, QStringLiteral("x"), QStringLiteral("--network-segment"),
                                    QStringLiteral("kikan")});
    row("retention before registration",
        {org, QStringLiteral("0101"), name, QStringLiteral("x"), QStringLiteral("--registered-on"),
         QStringLiteral("2025-04-01"), QStringLiteral("--retention-until"), QStringLiteral("2024-03-31")});
    row("not yes or no", {org, QStringLiteral("0101"), name, QStringLiteral("x"), QStringLiteral("--personal"), QStringLiteral("maybe")});
    row("not a date", {org, QStringLiteral("0101"), name, QStringLiteral("x"), QStringLiteral("--next-review"), QStringLiteral("soon")});
    row("not a vocabulary term", {org, QStringLiteral("0101"), name, QStringLiteral("x"), QStringLiteral("--asset-type"),
                                  QStringLiteral("spaceship")});
    row("asset number taken", {org, QStringLiteral("0101"), name, QStringLiteral("x"), QStringLiteral("--asset-no"),
                               QStringLiteral("0101-0001")});
}

void TestCli::addRefusedByRulesAddsNothing()
{
    QFETCH(QStringList, options);
    const QString file = path(QStringLiteral("city.daicho"));
    QVERIFY(makeCity(file));
    CLI_OK(cli({QStringLiteral("add"), file, QStringLiteral("--org"), QStringLiteral("0101"), QStringLiteral("--name"),
                QStringLiteral("課内連絡網"), QStringLiteral("--c"), QStringLiteral("2"), QStringLiteral("--i"),
                QStringLiteral("1"), QStringLiteral("--a"), QStringLiteral("1")}));
    const QByteArray before = test::fileHash(file);
    const QStringList listing = folderListing(m_dir->path());

    const Run r = cli(QStringList{QStringLiteral("add"), file} + options);
    CLI_EXIT(r, 1);
    QVERIFY2(r.out.isEmpty(), qPrintable(r.describe()));
    QVERIFY2(!r.err.trimmed().isEmpty(), qPrintable(r.describe()));
    QCOMPARE(test::fileHash(file), before);
    QCOMPARE(folderListing(m_dir->path()), listing);
    QCOMPARE(listed(file, {}), QStringList{QStringLiteral("0101-0001")});
    QCOMPARE(historyJson(file, QStringLiteral("0101-0001")).size(), 1);
}

void TestCli::jsonCannotSkipStageOrStatus()
{
    const QString file = path(QStringLiteral("city.daicho"));
    QVERIFY(makeCity(file));
    const QByteArray before = test::fileHash(file);
    // Stage, status and the disposal record have their own commands; the JSON cannot set them either.
    for (const QByteArray& json :
         {QByteArray(R"({"org": "0101", "name": "承認済のつもり", "c": "2", "i": "1", "a": "1", "status": "approved"})"),
          QByteArray(R"({"org": "0101", "name": "公表", "c": "1", "i": "1", "a": "1", "stage": "publish"})"),
          QByteArray(R"({"org": "0101", "name": "廃棄", "c": "1", "stage": "dispose", "disposal_date": "2025-01-01",
                         "disposal_person": "誰か", "disposal_method": "shred", "disposal_approver": "課長"})"),
          QByteArray(R"({"org": "0101", "name": "廃棄者だけ", "c": "1", "disposal_person": "誰か"})")}) {
        const Run r = cli({QStringLiteral("add"), file, QStringLiteral("--json")}, json);
        CLI_EXIT(r, 2);
        QVERIFY(!r.err.trimmed().isEmpty());
    }
    QCOMPARE(test::fileHash(file), before);
    QVERIFY(listed(file, {}).isEmpty());

    // The values a new asset has anyway are accepted, so an exported object can be fed back.
    CLI_OK(cli({QStringLiteral("add"), file, QStringLiteral("--json")},
               R"({"org": "0101", "asset_no": "0101-0001", "name": "課内連絡網", "c": "2", "i": "1", "a": "1",
                   "stage": "create", "status": "draft", "disposal_date": ""})"));
    CLI_EXIT(cli({QStringLiteral("update"), file, QStringLiteral("0101-0001"), QStringLiteral("--json")},
                 R"({"status": "approved"})"),
             2);
    QCOMPARE(showJson(file, QStringLiteral("0101-0001")).value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
    CLI_OK(cli({QStringLiteral("update"), file, QStringLiteral("0101-0001"), QStringLiteral("--json")},
               R"({"status": "draft", "remarks": "JSONで変更"})"));
    QCOMPARE(showJson(file, QStringLiteral("0101-0001")).value(QStringLiteral("remarks")).toString(), QStringLiteral("JSONで変更"));
}

void TestCli::update()
{
    const QString file = path(QStringLiteral("city.daicho"));
    QVERIFY(makeCity(file));
    CLI_OK(cli({QStringLiteral("add"), file, QStringLiteral("--org"), QStringLiteral("0101"), QStringLiteral("--name"),
                QStringLiteral("公有財産台帳"), QStringLiteral("--medium"), QStringLiteral("財務会計システム"),
                QStringLiteral("--c"), QStringLiteral("2"), QStringLiteral("--i"), QStringLiteral("2"), QStringLiteral("--a"),
                QStringLiteral("1"), QStringLiteral("--network-segment"), QStringLiteral("lgwan")}));
    const QString no = QStringLiteral("0101-0001");
    const QJsonObject before = showJson(file, no);

    const Run r = cli({QStringLiteral("--user"), QStringLiteral("試験 花子"), QStringLiteral("update"), file, no,
                       QStringLiteral("--medium"), QStringLiteral("新財務会計システム"), QStringLiteral("--remarks"),
                       QStringLiteral("機器更新"), QStringLiteral("--comment"), QStringLiteral("令和7年度の更新")});
    CLI_OK(r);
    QJsonObject after = showJson(file, no);
    QCOMPARE(after.value(QStringLiteral("medium")).toString(), QStringLiteral("新財務会計システム"));
    QCOMPARE(after.value(QStringLiteral("remarks")).toString(), QStringLiteral("機器更新"));
    // Only the fields given change.
    for (const QString& key : before.keys()) {
        if (key == QLatin1String("medium") || key == QLatin1String("remarks"))
            continue;
        QVERIFY2(after.value(key) == before.value(key), qPrintable(key));
    }
    QJsonArray history = historyJson(file, no);
    QCOMPARE(history.size(), 2);
    const QJsonObject entry = history.last().toObject();
    QCOMPARE(entry.value(QStringLiteral("action")).toString(), QStringLiteral("update"));
    QCOMPARE(entry.value(QStringLiteral("comment")).toString(), QStringLiteral("令和7年度の更新"));
    QCOMPARE(entry.value(QStringLiteral("display_name")).toString(), QStringLiteral("試験 花子"));
    QSet<QString> changed;
    for (const QJsonValue& c : entry.value(QStringLiteral("changes")).toArray())
        changed.insert(c.toObject().value(QStringLiteral("field")).toString());
    QCOMPARE(changed, (QSet<QString>{QStringLiteral("medium"), QStringLiteral("remarks")}));

    // JSON on stdin, and moving the asset to another section (its number stays).
    CLI_OK(cli({QStringLiteral("update"), file, no, QStringLiteral("--json")},
               R"({"manager_title": "人事課長", "org": "0102"})"));
    after = showJson(file, no);
    QCOMPARE(after.value(QStringLiteral("manager_title")).toString(), QStringLiteral("人事課長"));
    QCOMPARE(after.value(QStringLiteral("org")).toString(), QStringLiteral("0102"));
    QCOMPARE(after.value(QStringLiteral("org_name")).toString(), QStringLiteral("人事課"));
    QCOMPARE(after.value(QStringLiteral("asset_no")).toString(), no);
    QCOMPARE(listed(file, {QStringLiteral("--org"), QStringLiteral("0102")}), QStringList{no});

    // A change the rules refuse leaves the asset as it was; so does a change that changes nothing.
    const QByteArray hash = test::fileHash(file);
    CLI_EXIT(cli({QStringLiteral("update"), file, no, QStringLiteral("--c"), QStringLiteral("9")}), 1);
    CLI_EXIT(cli({QStringLiteral("update"), file, no, QStringLiteral("--org"), QStringLiteral("99")}), 1);
    QCOMPARE(test::fileHash(file), hash);
    CLI_OK(cli({QStringLiteral("update"), file, no, QStringLiteral("--remarks"), QStringLiteral("機器更新")}));
    QCOMPARE(historyJson(file, no).size(), 3);

    // A review on a given day sets the next one a year later.
    CLI_OK(cli({QStringLiteral("--as-of"), QStringLiteral("2025-04-01"), QStringLiteral("update"), file, no,
                QStringLiteral("--mark-reviewed")}));
    after = showJson(file, no);
    QCOMPARE(after.value(QStringLiteral("last_review")).toString(), QStringLiteral("2025-04-01"));
    QCOMPARE(after.value(QStringLiteral("next_review")).toString(), QStringLiteral("2026-04-01"));
    history = historyJson(file, no);
    QCOMPARE(history.last().toObject().value(QStringLiteral("action")).toString(), QStringLiteral("review"));
}

void TestCli::asOfDoesNotBackdateTheHistory()
{
    const QString file = path(QStringLiteral("city.daicho"));
    QVERIFY(makeCity(file));
    const QDate first = QDate::currentDate();
    const QStringList asOf = {QStringLiteral("--as-of"), QStringLiteral("2020-01-01")};
    CLI_OK(cli(asOf + QStringList{QStringLiteral("add"), file, QStringLiteral("--org"), QStringLiteral("0101"),
                                  QStringLiteral("--name"), QStringLiteral("課内連絡網"), QStringLiteral("--c"),
                                  QStringLiteral("2"), QStringLiteral("--i"), QStringLiteral("1"), QStringLiteral("--a"),
                                  QStringLiteral("1")}));
    const QString no = QStringLiteral("0101-0001");
    CLI_OK(cli(asOf + QStringList{QStringLiteral("update"), file, no, QStringLiteral("--remarks"), QStringLiteral("x")}));
    CLI_OK(cli(asOf + QStringList{QStringLiteral("update"), file, no, QStringLiteral("--mark-reviewed")}));
    CLI_OK(cli(asOf + QStringList{QStringLiteral("stage"), file, no, QStringLiteral("use")}));
    CLI_OK(cli(asOf + QStringList{QStringLiteral("status"), file, no, QStringLiteral("pending")}));
    const QDate last = QDate::currentDate();

    // The history records when the change was made, whatever day the reviews are checked against.
    const QJsonArray history = historyJson(file, no);
    QCOMPARE(history.size(), 5);
    for (const QJsonValue& v : history) {
        const QDate at = QDateTime::fromString(v.toObject().value(QStringLiteral("at")).toString(), Qt::ISODateWithMs).date();
        QVERIFY2(at >= first && at <= last, qPrintable(at.toString(Qt::ISODate)));
    }
    const QJsonObject a = showJson(file, no);
    const QDate registered = QDate::fromString(a.value(QStringLiteral("registered_on")).toString(), Qt::ISODate);
    QVERIFY2(registered >= first && registered <= last, qPrintable(registered.toString(Qt::ISODate)));
    // The review itself is recorded on the --as-of day, as `update --help` says.
    QCOMPARE(a.value(QStringLiteral("last_review")).toString(), QStringLiteral("2020-01-01"));
}

void TestCli::statusWorkflow()
{
    const QString file = path(QStringLiteral("city.daicho"));
    QVERIFY(makeCity(file));
    CLI_OK(cli({QStringLiteral("add"), file, QStringLiteral("--org"), QStringLiteral("0101"), QStringLiteral("--name"),
                QStringLiteral("課内連絡網"), QStringLiteral("--c"), QStringLiteral("2"), QStringLiteral("--i"),
                QStringLiteral("1"), QStringLiteral("--a"), QStringLiteral("1")}));
    const QString no = QStringLiteral("0101-0001");
    auto status = [&] { return showJson(file, no).value(QStringLiteral("status")).toString(); };

    CLI_EXIT(cli({QStringLiteral("status"), file, no, QStringLiteral("approved")}), 1);   // not submitted yet
    CLI_OK(cli({QStringLiteral("status"), file, no, QStringLiteral("pending")}));
    QCOMPARE(status(), QStringLiteral("pending"));
    CLI_EXIT(cli({QStringLiteral("status"), file, no, QStringLiteral("returned")}), 1);   // needs a comment
    CLI_OK(cli({QStringLiteral("status"), file, no, QStringLiteral("差戻し"), QStringLiteral("--comment"),
                QStringLiteral("可用性を再検討")}));
    QCOMPARE(status(), QStringLiteral("returned"));
    CLI_OK(cli({QStringLiteral("status"), file, no, QStringLiteral("pending")}));
    CLI_OK(cli({QStringLiteral("status"), file, no, QStringLiteral("approved")}));
    QCOMPARE(status(), QStringLiteral("approved"));
    CLI_EXIT(cli({QStringLiteral("status"), file, no, QStringLiteral("disposed")}), 2);   // a stage, not a status
    QCOMPARE(listed(file, {QStringLiteral("--status"), QStringLiteral("approved")}), QStringList{no});

    // An edit of an approved asset needs approval again.
    CLI_OK(cli({QStringLiteral("update"), file, no, QStringLiteral("--remarks"), QStringLiteral("追記")}));
    QCOMPARE(status(), QStringLiteral("draft"));
}

void TestCli::commentsAreCleanedAndBounded()
{
    const QString file = path(QStringLiteral("city.daicho"));
    QVERIFY(makeCity(file));
    CLI_OK(cli({QStringLiteral("add"), file, QStringLiteral("--org"), QStringLiteral("0101"), QStringLiteral("--name"),
                QStringLiteral("課内連絡網"), QStringLiteral("--c"), QStringLiteral("2"), QStringLiteral("--i"),
                QStringLiteral("1"), QStringLiteral("--a"), QStringLiteral("1")}));
    const QString no = QStringLiteral("0101-0001");
    const QByteArray before = daicho::test::fileHash(file);

    // A comment longer than 2,000 characters is refused, naming it, and nothing is written.
    const QString tooLong(2001, QChar(0x3042));
    Run r = cli({QStringLiteral("update"), file, no, QStringLiteral("--remarks"), QStringLiteral("追記"),
                 QStringLiteral("--comment"), tooLong});
    CLI_EXIT(r, 1);
    QVERIFY2(r.err.contains(QStringLiteral("The comment is too long: 2001 characters, at most 2000.")), qPrintable(r.describe()));
    r = cli({QStringLiteral("status"), file, no, QStringLiteral("pending"), QStringLiteral("--comment"), tooLong});
    CLI_EXIT(r, 1);
    r = cli({QStringLiteral("stage"), file, no, QStringLiteral("store"), QStringLiteral("--comment"), tooLong});
    CLI_EXIT(r, 1);
    QVERIFY2(r.err.contains(QStringLiteral("The comment is too long")), qPrintable(r.describe()));
    QCOMPARE(daicho::test::fileHash(file), before);
    QCOMPARE(historyJson(file, no).size(), 1);

    // Control characters are removed; line breaks and tabs stay, as a comment may span lines.
    CLI_OK(cli({QStringLiteral("update"), file, no, QStringLiteral("--remarks"), QStringLiteral("追記"),
                QStringLiteral("--comment"), QStringLiteral("理由\x1b[2J：\x07一行目\n\t二行目")}));
    const QJsonArray history = historyJson(file, no);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.last().toObject().value(QStringLiteral("comment")).toString(), QStringLiteral("理由[2J：一行目\n\t二行目"));
    // The longest comment allowed is kept whole.
    CLI_OK(cli({QStringLiteral("status"), file, no, QStringLiteral("pending"), QStringLiteral("--comment"),
                QString(2000, QChar(0x3042))}));
    QCOMPARE(historyJson(file, no).last().toObject().value(QStringLiteral("comment")).toString().size(), 2000);
    CLI_OK(cli({QStringLiteral("verify"), file}));
}

void TestCli::stageAndDisposal()
{
    const QString file = path(QStringLiteral("city.daicho"));
    QVERIFY(makeCity(file));
    CLI_OK(cli({QStringLiteral("add"), file, QStringLiteral("--org"), QStringLiteral("0101"), QStringLiteral("--name"),
                QStringLiteral("情報公開請求書"), QStringLiteral("--asset-type"), QStringLiteral("info-paper"),
                QStringLiteral("--locked"), QStringLiteral("yes"), QStringLiteral("--c"), QStringLiteral("3C"),
                QStringLiteral("--i"), QStringLiteral("1"), QStringLiteral("--a"), QStringLiteral("1")}));
    const QString no = QStringLiteral("0101-0001");
    auto field = [&](const char* key) { return showJson(file, no).value(QLatin1String(key)).toString(); };

    CLI_OK(cli({QStringLiteral("stage"), file, no, QStringLiteral("use"), QStringLiteral("--person"), QStringLiteral("山田 太郎")}));
    QCOMPARE(field("stage"), QStringLiteral("use"));
    // Stages may be named as the register's Japanese vocabulary names them.
    CLI_OK(cli({QStringLiteral("stage"), file, no, QStringLiteral("保管"), QStringLiteral("--date"), QStringLiteral("2025-05-01")}));
    QCOMPARE(field("stage"), QStringLiteral("store"));
    CLI_EXIT(cli({QStringLiteral("stage"), file, no, QStringLiteral("flying")}), 2);

    // Disposal needs the date, the person, the method and the approver; anything less changes nothing.
    const QByteArray before = test::fileHash(file);
    const QStringList date = {QStringLiteral("--date"), QStringLiteral("令和7年6月30日")};
    const QStringList person = {QStringLiteral("--person"), QStringLiteral("鈴木 花子")};
    const QStringList method = {QStringLiteral("--method"), QStringLiteral("溶解")};
    const QStringList approver = {QStringLiteral("--approver"), QStringLiteral("総務課長")};
    const QStringList dispose = {QStringLiteral("stage"), file, no, QStringLiteral("dispose")};
    for (const QStringList& incomplete :
         {QStringList{}, person + method + approver, date + method + approver, date + person + approver,
          date + person + method,
          date + person + approver + QStringList{QStringLiteral("--method"), QStringLiteral("teleport")},
          date + person + approver + QStringList{QStringLiteral("--method"), QStringLiteral("contractor")}}) {
        const Run r = cli(dispose + incomplete);
        CLI_EXIT(r, 1);
        QVERIFY(!r.err.trimmed().isEmpty());
        QVERIFY(r.out.isEmpty());
    }
    QCOMPARE(test::fileHash(file), before);
    QCOMPARE(field("stage"), QStringLiteral("store"));

    CLI_OK(cli(dispose + date + person + method + approver + QStringList{QStringLiteral("--comment"), QStringLiteral("保存期間満了")}));
    const QJsonObject disposed = showJson(file, no);
    QCOMPARE(disposed.value(QStringLiteral("stage")).toString(), QStringLiteral("dispose"));
    QCOMPARE(disposed.value(QStringLiteral("status")).toString(), QStringLiteral("disposed"));
    QCOMPARE(disposed.value(QStringLiteral("disposal_date")).toString(), QStringLiteral("2025-06-30"));
    QCOMPARE(disposed.value(QStringLiteral("disposal_person")).toString(), QStringLiteral("鈴木 花子"));
    QCOMPARE(disposed.value(QStringLiteral("disposal_method")).toString(), QStringLiteral("dissolve"));
    QCOMPARE(disposed.value(QStringLiteral("disposal_approver")).toString(), QStringLiteral("総務課長"));
    QCOMPARE(disposed.value(QStringLiteral("findings")).toArray().size(), 0);

    // A disposed asset is a read-only record.
    const QByteArray final = test::fileHash(file);
    CLI_EXIT(cli({QStringLiteral("stage"), file, no, QStringLiteral("use")}), 1);
    CLI_EXIT(cli(dispose + date + person + method + approver), 1);
    CLI_EXIT(cli({QStringLiteral("update"), file, no, QStringLiteral("--remarks"), QStringLiteral("x")}), 1);
    CLI_EXIT(cli({QStringLiteral("update"), file, no, QStringLiteral("--mark-reviewed")}), 1);
    QCOMPARE(test::fileHash(file), final);
    CLI_OK(cli({QStringLiteral("check"), file}));

    // The history tells the story.
    const QJsonArray history = historyJson(file, no);
    QStringList actions;
    for (const QJsonValue& v : history)
        actions << v.toObject().value(QStringLiteral("action")).toString();
    QCOMPARE(actions, (QStringList{QStringLiteral("create"), QStringLiteral("stage"), QStringLiteral("stage"),
                                   QStringLiteral("dispose")}));
    QVERIFY(history[1].toObject().value(QStringLiteral("comment")).toString().contains(QStringLiteral("山田 太郎")));
    const QJsonObject last = history.last().toObject();
    QCOMPARE(last.value(QStringLiteral("comment")).toString(), QStringLiteral("保存期間満了"));
    QHash<QString, QString> changes;
    for (const QJsonValue& c : last.value(QStringLiteral("changes")).toArray())
        changes.insert(c.toObject().value(QStringLiteral("field")).toString(), c.toObject().value(QStringLiteral("new")).toString());
    QCOMPARE(changes.value(QStringLiteral("stage")), QStringLiteral("dispose"));
    QCOMPARE(changes.value(QStringLiteral("disposal_method")), QStringLiteral("dissolve"));
    QCOMPARE(changes.value(QStringLiteral("disposal_approver")), QStringLiteral("総務課長"));

    const Run table = cli({QStringLiteral("history"), file, no});
    CLI_OK(table);
    // The table reads in words: the action and the method by name, not by code.
    QVERIFY(table.out.contains(QStringLiteral("Disposed")));
    QVERIFY(table.out.contains(QStringLiteral("Pulping")));
    QVERIFY(!table.out.contains(QStringLiteral("dissolve")));
    QVERIFY(table.out.contains(QStringLiteral("総務課長")));
    QCOMPARE(table.out.count(QLatin1Char('\n')), 2 + 4);   // heading, rule, one line per entry
}

// ---- reading --------------------------------------------------------------------------------

void TestCli::listFilters()
{
    const QString file = path(QStringLiteral("city.daicho"));
    QVERIFY(makeCity(file));
    auto add = [&](const QString& org, const QString& no, const QString& c, const QString& i, const QString& nextReview) {
        return cli({QStringLiteral("add"), file, QStringLiteral("--org"), org, QStringLiteral("--asset-no"), no,
                    QStringLiteral("--name"), QStringLiteral("資産 ") + no, QStringLiteral("--c"), c, QStringLiteral("--i"),
                    i, QStringLiteral("--a"), QStringLiteral("1"), QStringLiteral("--network-segment"),
                    QStringLiteral("lgwan"), QStringLiteral("--next-review"), nextReview});
    };
    const QString A = QStringLiteral("0101-0001"), B = QStringLiteral("0102-0001"), C = QStringLiteral("0201-0001"),
                  D = QStringLiteral("0101-0002");
    CLI_OK(add(QStringLiteral("0101"), A, QStringLiteral("3B"), QStringLiteral("2"), QStringLiteral("2026-03-31")));
    CLI_OK(add(QStringLiteral("0102"), B, QStringLiteral("2"), QStringLiteral("1"), QStringLiteral("2027-03-31")));
    CLI_OK(add(QStringLiteral("0201"), C, QStringLiteral("3B"), QStringLiteral("1"), QStringLiteral("2027-03-31")));
    CLI_OK(add(QStringLiteral("0101"), D, QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("2026-01-31")));
    CLI_OK(cli({QStringLiteral("stage"), file, C, QStringLiteral("use")}));
    CLI_OK(cli({QStringLiteral("stage"), file, D, QStringLiteral("dispose"), QStringLiteral("--date"),
                QStringLiteral("2025-05-01"), QStringLiteral("--person"), QStringLiteral("佐藤"), QStringLiteral("--method"),
                QStringLiteral("erase"), QStringLiteral("--approver"), QStringLiteral("総務課長")}));

    QCOMPARE(listed(file, {}), (QStringList{A, D, B, C}));
    // An organisation includes the units below it.
    QCOMPARE(listed(file, {QStringLiteral("--org"), QStringLiteral("01")}), (QStringList{A, D, B}));
    QCOMPARE(listed(file, {QStringLiteral("--org"), QStringLiteral("0101")}), (QStringList{A, D}));
    QCOMPARE(listed(file, {QStringLiteral("--org"), QStringLiteral("02")}), QStringList{C});
    QCOMPARE(listed(file, {QStringLiteral("--org"), QStringLiteral("0102")}), QStringList{B});

    QCOMPARE(listed(file, {QStringLiteral("--level"), QStringLiteral("C=3B")}), (QStringList{A, C}));
    QCOMPARE(listed(file, {QStringLiteral("--level"), QStringLiteral("c=3b")}), (QStringList{A, C}));
    QCOMPARE(listed(file, {QStringLiteral("--level"), QStringLiteral("C=2")}), QStringList{B});
    QCOMPARE(listed(file, {QStringLiteral("--level"), QStringLiteral("C=3A")}), QStringList{});
    QCOMPARE(listed(file, {QStringLiteral("--level"), QStringLiteral("C=3B"), QStringLiteral("--level"), QStringLiteral("I=2")}),
             QStringList{A});
    QCOMPARE(listed(file, {QStringLiteral("--level"), QStringLiteral("C=3B"), QStringLiteral("--org"), QStringLiteral("02")}),
             QStringList{C});

    QCOMPARE(listed(file, {QStringLiteral("--stage"), QStringLiteral("use")}), QStringList{C});
    QCOMPARE(listed(file, {QStringLiteral("--stage"), QStringLiteral("利用")}), QStringList{C});
    QCOMPARE(listed(file, {QStringLiteral("--stage"), QStringLiteral("create")}), (QStringList{A, B}));
    QCOMPARE(listed(file, {QStringLiteral("--stage"), QStringLiteral("dispose")}), QStringList{D});
    QCOMPARE(listed(file, {QStringLiteral("--current")}), (QStringList{A, B, C}));

    // Overdue is judged on --as-of; a disposed asset is never overdue.
    auto overdue = [&](const char* day) {
        return listed(file, {QStringLiteral("--overdue"), QStringLiteral("--as-of"), QLatin1String(day)});
    };
    QCOMPARE(overdue("2025-06-01"), QStringList{});
    QCOMPARE(overdue("2026-03-31"), QStringList{});   // due that day, not yet overdue
    QCOMPARE(overdue("2026-04-01"), QStringList{A});
    QCOMPARE(overdue("2027-06-01"), (QStringList{A, B, C}));
    QCOMPARE(listed(file, {QStringLiteral("--as-of"), QStringLiteral("令和9年6月1日"), QStringLiteral("--overdue"),
                           QStringLiteral("--org"), QStringLiteral("01")}),
             (QStringList{A, B}));

    // The same selection in every format.
    const Run json = cli({QStringLiteral("--as-of"), QStringLiteral("2027-06-01"), QStringLiteral("list"), file,
                          QStringLiteral("--overdue"), QStringLiteral("--format"), QStringLiteral("json")});
    CLI_OK(json);
    const QJsonArray rows = QJsonDocument::fromJson(json.out.toUtf8()).array();
    QCOMPARE(assetNos(rows), (QStringList{A, B, C}));
    bool flagged = false;
    for (const QJsonValue& f : rows[0].toObject().value(QStringLiteral("findings")).toArray())
        flagged = flagged || f.toObject().value(QStringLiteral("rule")).toString() == QLatin1String("review-overdue");
    QVERIFY(flagged);
    const Run table = cli({QStringLiteral("--as-of"), QStringLiteral("2027-06-01"), QStringLiteral("list"), file,
                           QStringLiteral("--overdue")});
    CLI_OK(table);
    for (const QString& no : {A, B, C})
        QVERIFY(table.out.contains(no));
    QVERIFY(!table.out.contains(D));
    QVERIFY(table.out.contains(QStringLiteral("3 asset(s)")));

    // Overdue reviews are warnings: check passes unless --strict.
    const QStringList late = {QStringLiteral("--as-of"), QStringLiteral("2027-06-01")};
    CLI_OK(cli(late + QStringList{QStringLiteral("check"), file}));
    CLI_EXIT(cli(late + QStringList{QStringLiteral("check"), file, QStringLiteral("--strict")}), 1);
    CLI_OK(cli({QStringLiteral("--as-of"), QStringLiteral("2025-06-01"), QStringLiteral("check"), file, QStringLiteral("--strict")}));
}

void TestCli::csvQuotesAwkwardText()
{
    const QString file = path(QStringLiteral("city.daicho"));
    QVERIFY(makeCity(file));
    const QString awkward = QStringLiteral("名簿, \"旧様式\"（支所）");
    CLI_OK(cli({QStringLiteral("add"), file, QStringLiteral("--org"), QStringLiteral("0101"), QStringLiteral("--name"),
                awkward, QStringLiteral("--c"), QStringLiteral("2"), QStringLiteral("--i"), QStringLiteral("1"),
                QStringLiteral("--a"), QStringLiteral("1")}));
    const Run csv = cli({QStringLiteral("list"), file, QStringLiteral("--format"), QStringLiteral("csv")});
    CLI_OK(csv);
    const auto records = csvRecords(csv.out);
    QCOMPARE(records.size(), 1);
    QCOMPARE(records[0].value(QStringLiteral("name")), awkward);
    QCOMPARE(records[0].value(QStringLiteral("org")), QStringLiteral("0101"));
    QCOMPARE(records[0].value(QStringLiteral("compact_label")), QStringLiteral("C2-I1-A1"));
    const Run json = cli({QStringLiteral("list"), file, QStringLiteral("--format"), QStringLiteral("json")});
    CLI_OK(json);
    QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).array().first().toObject().value(QStringLiteral("name")).toString(),
             awkward);
}

void TestCli::checkCleanAndBrokenRegisters()
{
    const QString file = path(QStringLiteral("city.daicho"));
    QVERIFY(makeCity(file));
    CLI_OK(cli({QStringLiteral("add"), file, QStringLiteral("--org"), QStringLiteral("0101"), QStringLiteral("--asset-no"),
                QStringLiteral("0101-0001"), QStringLiteral("--name"), QStringLiteral("課内連絡網"), QStringLiteral("--c"),
                QStringLiteral("2"), QStringLiteral("--i"), QStringLiteral("1"), QStringLiteral("--a"), QStringLiteral("1")}));

    const Run clean = cli({QStringLiteral("check"), file});
    CLI_OK(clean);
    QVERIFY(clean.out.contains(QStringLiteral("File integrity: OK")));
    QVERIFY(clean.err.isEmpty());
    Run json = cli({QStringLiteral("check"), file, QStringLiteral("--format"), QStringLiteral("json")});
    CLI_OK(json);
    QJsonParseError parseError;
    QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8(), &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
    QCOMPARE(o.value(QStringLiteral("assets")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("errors")).toInt(-1), 0);
    QCOMPARE(o.value(QStringLiteral("warnings")).toInt(-1), 0);
    QVERIFY(o.value(QStringLiteral("integrity")).isArray());
    QCOMPARE(o.value(QStringLiteral("integrity")).toArray().size(), 0);
    QCOMPARE(o.value(QStringLiteral("findings")).toArray().size(), 0);
    CLI_OK(cli({QStringLiteral("check"), file, QStringLiteral("--strict")}));

    // A warning is reported but only fails --strict.
    CLI_OK(cli({QStringLiteral("add"), file, QStringLiteral("--org"), QStringLiteral("0102"), QStringLiteral("--asset-no"),
                QStringLiteral("0102-0001"), QStringLiteral("--name"), QStringLiteral("人事記録（紙）"),
                QStringLiteral("--asset-type"), QStringLiteral("info-paper"), QStringLiteral("--c"), QStringLiteral("3B"),
                QStringLiteral("--i"), QStringLiteral("2"), QStringLiteral("--a"), QStringLiteral("1")}));
    json = cli({QStringLiteral("check"), file, QStringLiteral("--format"), QStringLiteral("json")});
    CLI_OK(json);
    o = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("errors")).toInt(-1), 0);
    QVERIFY(o.value(QStringLiteral("warnings")).toInt() >= 1);
    QSet<QString> rules;
    for (const QJsonValue& f : o.value(QStringLiteral("findings")).toArray()) {
        const QJsonObject finding = f.toObject();
        QCOMPARE(finding.value(QStringLiteral("asset_no")).toString(), QStringLiteral("0102-0001"));
        QCOMPARE(finding.value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
        QVERIFY(!finding.value(QStringLiteral("message")).toString().isEmpty());
        rules.insert(finding.value(QStringLiteral("rule")).toString());
    }
    QVERIFY2(rules.contains(QStringLiteral("media-not-locked")), qPrintable(QStringList(rules.values()).join(QLatin1Char(' '))));
    CLI_EXIT(cli({QStringLiteral("check"), file, QStringLiteral("--strict")}), 1);

    // Rows broken behind the register's back are rule errors: exit code 1.
    QVERIFY(execSql(file, {QStringLiteral("UPDATE asset SET name = '' WHERE asset_no = '0101-0001'"),
                           QStringLiteral("UPDATE asset SET c_level = '9' WHERE asset_no = '0102-0001'")}));
    const Run broken = cli({QStringLiteral("check"), file});
    CLI_EXIT(broken, 1);
    QVERIFY(broken.out.contains(QStringLiteral("name-required")));
    json = cli({QStringLiteral("check"), file, QStringLiteral("--format"), QStringLiteral("json")});
    CLI_EXIT(json, 1);
    o = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("errors")).toInt(), 2);
    QHash<QString, QString> errorRules;
    for (const QJsonValue& f : o.value(QStringLiteral("findings")).toArray())
        if (f.toObject().value(QStringLiteral("severity")).toString() == QLatin1String("error"))
            errorRules.insert(f.toObject().value(QStringLiteral("asset_no")).toString(),
                              f.toObject().value(QStringLiteral("rule")).toString());
    QCOMPARE(errorRules.value(QStringLiteral("0101-0001")), QStringLiteral("name-required"));
    QCOMPARE(errorRules.value(QStringLiteral("0102-0001")), QStringLiteral("level-unknown"));
}

void TestCli::stats()
{
    const QString file = path(QStringLiteral("demo.daicho"));
    CLI_OK(cli({QStringLiteral("--as-of"), QStringLiteral("2025-06-01"), QStringLiteral("demo"), file,
                QStringLiteral("--assets"), QStringLiteral("120"), QStringLiteral("--seed"), QStringLiteral("11")}));
    const QStringList dimensions = {QStringLiteral("org"), QStringLiteral("c"), QStringLiteral("i"), QStringLiteral("a"),
                                    QStringLiteral("stage"), QStringLiteral("segment"), QStringLiteral("personal")};
    const Run r = cli({QStringLiteral("stats"), file, QStringLiteral("--by"), dimensions.join(QLatin1Char(',')),
                       QStringLiteral("--format"), QStringLiteral("json")});
    CLI_OK(r);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QStringList keys = o.keys();
    keys.sort();
    QStringList expectedKeys = dimensions + QStringList{QStringLiteral("assets")};
    expectedKeys.sort();
    QCOMPARE(keys, expectedKeys);
    const int current = listed(file, {QStringLiteral("--current")}).size();
    QCOMPARE(o.value(QStringLiteral("assets")).toInt(), current);
    // Each asset counts once per organisation, level, stage and segment.
    for (const QString& d : {QStringLiteral("org"), QStringLiteral("c"), QStringLiteral("i"), QStringLiteral("a"),
                             QStringLiteral("stage"), QStringLiteral("segment")})
        QVERIFY2(sumOfCounts(o.value(d).toArray()) == current, qPrintable(d));
    // The level counts agree with list --level.
    for (const QJsonValue& v : o.value(QStringLiteral("c")).toArray()) {
        const QJsonObject row = v.toObject();
        QCOMPARE(listed(file, {QStringLiteral("--current"), QStringLiteral("--level"),
                               QStringLiteral("C=") + row.value(QStringLiteral("key")).toString()})
                     .size(),
                 row.value(QStringLiteral("count")).toInt());
    }
    // Only one dimension when asked for one; --org narrows the count.
    const Run one = cli({QStringLiteral("stats"), file, QStringLiteral("--by"), QStringLiteral("stage"),
                         QStringLiteral("--org"), QStringLiteral("03"), QStringLiteral("--format"), QStringLiteral("json")});
    CLI_OK(one);
    const QJsonObject narrowed = QJsonDocument::fromJson(one.out.toUtf8()).object();
    QCOMPARE(narrowed.keys(), (QStringList{QStringLiteral("assets"), QStringLiteral("stage")}));
    QCOMPARE(narrowed.value(QStringLiteral("assets")).toInt(),
             listed(file, {QStringLiteral("--current"), QStringLiteral("--org"), QStringLiteral("03")}).size());
    const Run table = cli({QStringLiteral("stats"), file});
    CLI_OK(table);
    QVERIFY(!table.out.isEmpty());
}

// ---- demo -----------------------------------------------------------------------------------

void TestCli::demoIsDeterministic()
{
    const QString one = path(QStringLiteral("one.daicho"));
    const QString two = path(QStringLiteral("two.daicho"));
    const QStringList demo = {QStringLiteral("--assets"), QStringLiteral("200"), QStringLiteral("--seed"), QStringLiteral("7")};
    CLI_OK(cli(QStringList{QStringLiteral("demo"), one} + demo));
    CLI_OK(cli(QStringList{QStringLiteral("demo"), two} + demo));

    const Run a = cli({QStringLiteral("list"), one, QStringLiteral("--format"), QStringLiteral("csv")});
    const Run b = cli({QStringLiteral("list"), two, QStringLiteral("--format"), QStringLiteral("csv")});
    CLI_OK(a);
    CLI_OK(b);
    QCOMPARE(a.out, b.out);
    QCOMPARE(csvRecords(a.out).size(), 200);
    QCOMPARE(cli({QStringLiteral("org"), QStringLiteral("list"), one, QStringLiteral("--format"), QStringLiteral("csv")}).out,
             cli({QStringLiteral("org"), QStringLiteral("list"), two, QStringLiteral("--format"), QStringLiteral("csv")}).out);

    const Run all = cli({QStringLiteral("stats"), one, QStringLiteral("--include-disposed"), QStringLiteral("--format"),
                         QStringLiteral("json")});
    CLI_OK(all);
    QCOMPARE(QJsonDocument::fromJson(all.out.toUtf8()).object().value(QStringLiteral("assets")).toInt(), 200);
    // Plain stats count the assets in use: disposed ones are left out.
    const Run current = cli({QStringLiteral("stats"), one, QStringLiteral("--format"), QStringLiteral("json")});
    CLI_OK(current);
    const int disposed = listed(one, {QStringLiteral("--stage"), QStringLiteral("dispose")}).size();
    QCOMPARE(QJsonDocument::fromJson(current.out.toUtf8()).object().value(QStringLiteral("assets")).toInt(), 200 - disposed);
    const Run checked = cli({QStringLiteral("check"), one, QStringLiteral("--format"), QStringLiteral("json")});
    CLI_OK(checked);
    QCOMPARE(QJsonDocument::fromJson(checked.out.toUtf8()).object().value(QStringLiteral("errors")).toInt(-1), 0);

    // With --as-of the register is the same on any day, down to every field.
    const QString three = path(QStringLiteral("three.daicho"));
    const QString four = path(QStringLiteral("four.daicho"));
    const QStringList asOf = {QStringLiteral("--as-of"), QStringLiteral("2025-06-01")};
    CLI_OK(cli(asOf + QStringList{QStringLiteral("demo"), three} + demo));
    CLI_OK(cli(asOf + QStringList{QStringLiteral("demo"), four} + demo));
    const Run c = cli(asOf + QStringList{QStringLiteral("list"), three, QStringLiteral("--format"), QStringLiteral("json")});
    const Run d = cli(asOf + QStringList{QStringLiteral("list"), four, QStringLiteral("--format"), QStringLiteral("json")});
    CLI_OK(c);
    QCOMPARE(c.out, d.out);
    QCOMPARE(QJsonDocument::fromJson(c.out.toUtf8()).array().size(), 200);
    for (const QJsonValue& v : QJsonDocument::fromJson(c.out.toUtf8()).array())
        QVERIFY(v.toObject().value(QStringLiteral("next_review")).toString() <= QLatin1String("2026-06-01"));

    // Another seed gives another city.
    const QString other = path(QStringLiteral("other.daicho"));
    CLI_OK(cli({QStringLiteral("demo"), other, QStringLiteral("--assets"), QStringLiteral("200"), QStringLiteral("--seed"),
                QStringLiteral("8")}));
    QVERIFY(cli({QStringLiteral("list"), other, QStringLiteral("--format"), QStringLiteral("csv")}).out != a.out);
}

void TestCli::demoAddsToAnExistingRegister()
{
    const QString file = path(QStringLiteral("saku.daicho"));
    CLI_OK(cli({QStringLiteral("init"), file, QStringLiteral("--profile"), QStringLiteral("saku")}));
    CLI_OK(cli({QStringLiteral("demo"), file, QStringLiteral("--assets"), QStringLiteral("30")}));
    QCOMPARE(listed(file, {}).size(), 30);
    // A second run adds to the first instead of colliding with its asset numbers.
    CLI_OK(cli({QStringLiteral("demo"), file, QStringLiteral("--assets"), QStringLiteral("30")}));
    const QStringList numbers = listed(file, {});
    QCOMPARE(numbers.size(), 60);
    QCOMPARE(QSet<QString>(numbers.begin(), numbers.end()).size(), 60);
    CLI_OK(cli({QStringLiteral("check"), file}));
    {
        FixedClock clock(QDate(2025, 6, 1));
        Result<std::unique_ptr<Register>> reg = Register::open(file, clock);
        QVERIFY(reg.ok());
        QCOMPARE(reg.value()->profileId(), QStringLiteral("saku"));   // the existing register's profile is kept
    }
}

// `check` leaves the page check to its full integrity check: a file whose pages are whole but whose
// contents disagree (an index out of step with its table, a row pointing at a missing unit) opens as
// before and its problems are reported, not refused as damage.
void TestCli::checkReportsWhatOnlyTheFullCheckSees_data()
{
    QTest::addColumn<QStringList>("sql");
    QTest::addColumn<QString>("problem");
    QTest::newRow("index out of step")
        << QStringList{QStringLiteral("CREATE INDEX tampered ON meta(length(value) + 1)"),
                       QStringLiteral("PRAGMA writable_schema = ON"),
                       QStringLiteral("UPDATE sqlite_master SET sql = 'CREATE INDEX tampered ON "
                                      "meta(length(value) + 2)' WHERE name = 'tampered'")}
        << QStringLiteral("tampered");
    QTest::newRow("missing organisation unit")
        << QStringList{QStringLiteral("UPDATE asset SET org_id = 999 WHERE asset_no = '0101-0001'")}
        << QStringLiteral("Table asset row");
}

void TestCli::checkReportsWhatOnlyTheFullCheckSees()
{
    QFETCH(QStringList, sql);
    QFETCH(QString, problem);
    const QString file = path(QStringLiteral("city.daicho"));
    QVERIFY(makeCity(file));
    CLI_OK(cli({QStringLiteral("add"), file, QStringLiteral("--org"), QStringLiteral("0101"),
                QStringLiteral("--asset-no"), QStringLiteral("0101-0001"), QStringLiteral("--name"),
                QStringLiteral("課内連絡網"), QStringLiteral("--c"), QStringLiteral("2"),
                QStringLiteral("--i"), QStringLiteral("1"), QStringLiteral("--a"), QStringLiteral("1")}));
    QVERIFY(execSql(file, sql));
    const QByteArray before = test::fileHash(file);
    const Run r = cli({QStringLiteral("check"), file});
    CLI_EXIT(r, 3);
    QVERIFY2(r.out.contains(QStringLiteral("File integrity problem: ")) && r.out.contains(problem),
             qPrintable(r.describe()));
    QVERIFY2(r.out.contains(QStringLiteral("1 assets checked")), qPrintable(r.describe()));
    QVERIFY2(r.err.isEmpty(), qPrintable(r.describe()));
    const Run json = cli({QStringLiteral("check"), file, QStringLiteral("--format"), QStringLiteral("json")});
    CLI_EXIT(json, 3);
    const QJsonArray integrity =
        QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("integrity")).toArray();
    QVERIFY2(!integrity.isEmpty() && integrity.first().toString().contains(problem),
             qPrintable(json.describe()));
    QCOMPARE(test::fileHash(file), before);
}

// ---- files that are not registers -----------------------------------------------------------

void TestCli::refusesFilesThatAreNotRegisters_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("text file") << QStringLiteral("text");
    QTest::newRow("empty file") << QStringLiteral("empty");
    QTest::newRow("foreign SQLite database") << QStringLiteral("sqlite");
    QTest::newRow("register of a newer Daicho") << QStringLiteral("newer");
    QTest::newRow("damaged register") << QStringLiteral("damaged");
    QTest::newRow("missing file") << QStringLiteral("missing");
}

void TestCli::refusesFilesThatAreNotRegisters()
{
    QFETCH(QString, kind);
    const QString file = path(QStringLiteral("target.daicho"));
    if (kind == QLatin1String("text") || kind == QLatin1String("empty")) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        if (kind == QLatin1String("text"))
            f.write("資産番号,名称\n0101-0001,課内連絡網\n");
    } else if (kind == QLatin1String("sqlite")) {
        QVERIFY(execSql(file, {QStringLiteral("CREATE TABLE asset (asset_no TEXT, name TEXT)"),
                               QStringLiteral("INSERT INTO asset VALUES ('0101-0001', 'x')")}));
    } else if (kind == QLatin1String("newer")) {
        QVERIFY(makeCity(file));
        QVERIFY(execSql(file, {QStringLiteral("PRAGMA user_version = 999")}));
    } else if (kind == QLatin1String("damaged")) {
        CLI_OK(cli({QStringLiteral("--as-of"), QStringLiteral("2025-06-01"), QStringLiteral("demo"), file,
                    QStringLiteral("--assets"), QStringLiteral("200")}));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.size() > 20 * 4096);
        QVERIFY(f.seek(2 * 4096));   // the header page stays, so the file still looks like a register
        f.write(QByteArray(16 * 4096, '\xA5'));
    }
    const bool missing = kind == QLatin1String("missing");
    QVERIFY(QFileInfo::exists(file) != missing);
    const QByteArray before = missing ? QByteArray() : test::fileHash(file);
    const QStringList listing = folderListing(m_dir->path());

    const QString no = QStringLiteral("0101-0001");
    QList<QStringList> commands = {
        {QStringLiteral("list"), file},
        {QStringLiteral("list"), file, QStringLiteral("--format"), QStringLiteral("json")},
        {QStringLiteral("show"), file, no},
        {QStringLiteral("history"), file, no},
        {QStringLiteral("check"), file},
        {QStringLiteral("check"), file, QStringLiteral("--format"), QStringLiteral("json")},
        {QStringLiteral("stats"), file},
        {QStringLiteral("org"), QStringLiteral("list"), file},
        {QStringLiteral("org"), QStringLiteral("add"), file, QStringLiteral("--code"), QStringLiteral("09"),
         QStringLiteral("--name"), QStringLiteral("会計課"), QStringLiteral("--kind"), QStringLiteral("section")},
        {QStringLiteral("add"), file, QStringLiteral("--org"), QStringLiteral("0101"), QStringLiteral("--name"), QStringLiteral("x")},
        {QStringLiteral("update"), file, no, QStringLiteral("--remarks"), QStringLiteral("x")},
        {QStringLiteral("update"), file, no, QStringLiteral("--mark-reviewed")},
        {QStringLiteral("stage"), file, no, QStringLiteral("use")},
        {QStringLiteral("status"), file, no, QStringLiteral("pending")},
    };
    if (!missing) {   // on a missing file these two make a new register, as they should
        commands << QStringList{QStringLiteral("demo"), file, QStringLiteral("--assets"), QStringLiteral("5")};
        commands << QStringList{QStringLiteral("init"), file, QStringLiteral("--profile"), QStringLiteral("generic")};
    }
    // A newer register has its own exit code: the person needs a newer Daicho, not a backup. `init`
    // refuses any existing file without reading it.
    const bool newer = kind == QLatin1String("newer");
    for (const QStringList& args : commands) {
        const Run r = cli(args);
        CLI_EXIT(r, newer && args.first() != QLatin1String("init") ? 4 : 3);
        QVERIFY2(r.out.isEmpty(), qPrintable(r.describe()));
        QVERIFY2(!r.err.trimmed().isEmpty(), qPrintable(r.describe()));
        if (missing)
            QVERIFY2(!QFileInfo::exists(file), qPrintable(r.describe()));
        else
            QVERIFY2(test::fileHash(file) == before, qPrintable(r.describe()));
        QVERIFY2(folderListing(m_dir->path()) == listing, qPrintable(r.describe()));
    }
    // Also when the fields come on standard input.
    const Run json = cli({QStringLiteral("add"), file, QStringLiteral("--json")}, R"({"org": "0101", "name": "x"})");
    CLI_EXIT(json, newer ? 4 : 3);
    QCOMPARE(folderListing(m_dir->path()), listing);
}

// ---- language -------------------------------------------------------------------------------

void TestCli::japaneseOutput()
{
    const QString file = path(QStringLiteral("demo.daicho"));
    const QStringList asOf = {QStringLiteral("--as-of"), QStringLiteral("2025-06-01")};
    CLI_OK(cli(asOf + QStringList{QStringLiteral("demo"), file, QStringLiteral("--assets"), QStringLiteral("70"),
                                  QStringLiteral("--seed"), QStringLiteral("5")}));
    // The demo's first template: 住民基本台帳ファイル of 住民記録係 on the My Number segment.
    const QString no = QStringLiteral("030101-00001");

    // --lang ja, and DAICHO_LANG=ja without --lang: the register's own Japanese text comes through intact.
    const QList<QPair<QStringList, QString>> ways = {
        {{QStringLiteral("--lang"), QStringLiteral("ja")}, QStringLiteral("en")},
        {{}, QStringLiteral("ja")},
        {{QStringLiteral("--lang=ja")}, QString()},
    };
    for (const auto& way : ways) {
        const Run list = cli(way.first + asOf + QStringList{QStringLiteral("list"), file}, {}, way.second);
        CLI_OK(list);
        QVERIFY(hasJapanese(list.out));
        QVERIFY2(list.out.contains(QStringLiteral("住民基本台帳ファイル")), qPrintable(list.out.left(500)));
        QVERIFY(list.out.contains(QStringLiteral("住民記録係")));
        QVERIFY(!list.out.contains(QChar(QChar::ReplacementCharacter)));

        const Run show = cli(way.first + asOf + QStringList{QStringLiteral("show"), file, no}, {}, way.second);
        CLI_OK(show);
        QVERIFY(show.out.contains(QStringLiteral("住民基本台帳ファイル")));
        QVERIFY(show.out.contains(QStringLiteral("マイナンバー利用事務系")));   // the profile's segment name
        QVERIFY(show.out.contains(QStringLiteral("機密性3B")));                 // the scheme's own label

        const Run orgs = cli(way.first + QStringList{QStringLiteral("org"), QStringLiteral("list"), file}, {}, way.second);
        CLI_OK(orgs);
        QVERIFY(orgs.out.contains(QStringLiteral("総務部")));

        // Stages may be named in Japanese whatever the language of the messages.
        QCOMPARE(cli(way.first + QStringList{QStringLiteral("list"), file, QStringLiteral("--stage"), QStringLiteral("廃棄"),
                                             QStringLiteral("--format"), QStringLiteral("csv")},
                     {}, way.second)
                     .out,
                 cli({QStringLiteral("list"), file, QStringLiteral("--stage"), QStringLiteral("dispose"),
                      QStringLiteral("--format"), QStringLiteral("csv")})
                     .out);
    }

    // Machine-readable output is the same in both languages.
    for (const QStringList& args :
         {QStringList{QStringLiteral("list"), file, QStringLiteral("--format"), QStringLiteral("csv")},
          QStringList{QStringLiteral("org"), QStringLiteral("list"), file, QStringLiteral("--format"), QStringLiteral("json")}}) {
        const Run ja = cli(QStringList{QStringLiteral("--lang"), QStringLiteral("ja")} + args);
        const Run en = cli(QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + args);
        CLI_OK(ja);
        CLI_OK(en);
        QCOMPARE(ja.out, en.out);
    }

    // --lang wins over DAICHO_LANG, so English can be asked for in a Japanese environment.
    const Run english = cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help")}, {}, QStringLiteral("ja"));
    CLI_OK(english);
    QVERIFY(english.out.startsWith(QStringLiteral("Usage: daicho-cli")));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
