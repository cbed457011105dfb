// The register file itself: what create writes, which files open refuses and leaves alone, how an
// older file is migrated, and the guarantees every write keeps (history, disposal, concurrency,
// workflow, rules).
#include "TestRegister.h"

#include "domain/TextRule.h"
#include "storage/Backup.h"
#include "storage/Migrations.h"
#include "storage/Register.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace daicho;
using daicho::test::TestRegister;
using daicho::test::fileHash;

namespace {

// A plain SQLite connection to a file, outside Register: to look at what Register wrote and to try
// what Register itself never does.
class RawDb
{
public:
    explicit RawDb(const QString& path) : m_name(QStringLiteral("raw-%1").arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", m_name);
        db.setDatabaseName(path);
        db.setConnectOptions("QSQLITE_BUSY_TIMEOUT=5000");
        m_open = db.open();
    }
    ~RawDb()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawDb(const RawDb&) = delete;
    RawDb& operator=(const RawDb&) = delete;

    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    // Runs a statement; returns the error text, empty on success.
    QString exec(const QString& sql, const QVariantList& values = {}) const
    {
        QSqlQuery q(db());
        if (!q.prepare(sql))
            return q.lastError().text().isEmpty() ? QStringLiteral("prepare failed") : q.lastError().text();
        for (const QVariant& v : values)
            q.addBindValue(v);
        if (!q.exec())
            return q.lastError().text().isEmpty() ? QStringLiteral("exec failed") : q.lastError().text();
        return {};
    }
    // First column of the first row, invalid when the query fails or returns nothing.
    QVariant value(const QString& sql, const QVariantList& values = {}) const
    {
        QSqlQuery q(db());
        if (!q.prepare(sql))
            return {};
        for (const QVariant& v : values)
            q.addBindValue(v);
        if (!q.exec() || !q.next())
            return {};
        return q.value(0);
    }

private:
    static inline int s_counter = 0;
    QString m_name;
    bool m_open = false;
};

QStringList entries(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// What a database holds, as text: the two header numbers, the schema, and every row of every table in
// rowid order. Independent of how SQLite laid the pages out. Give it a copy: opening may add -wal/-shm files.
QStringList dumpDatabase(const QString& path)
{
    QStringList out;
    RawDb raw(path);
    if (!raw.isOpen())
        return {QStringLiteral("cannot open ") + path};
    out << "application_id " + raw.value("PRAGMA application_id").toString();
    out << "user_version " + raw.value("PRAGMA user_version").toString();
    QStringList tables;
    {
        QSqlQuery q(raw.db());
        q.exec("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name");
        while (q.next()) {
            out << QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                               q.value(3).toString()}
                       .join(" | ");
            if (q.value(0).toString() == "table" && !q.value(1).toString().startsWith("sqlite_"))
                tables << q.value(1).toString();
        }
    }
    for (const QString& table : tables) {
        QSqlQuery q(raw.db());
        if (!q.exec("SELECT * FROM \"" + table + "\" ORDER BY rowid")) {
            out << "cannot read " + table;
            continue;
        }
        while (q.next()) {
            QStringList row{table};
            for (int i = 0; i < q.record().count(); ++i)
                row << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
            out << row.join(" | ");
        }
    }
    return out;
}

// A register as Daicho wrote it at format 1 (before risk evaluation and the importance table), built by
// the format-1 migration step itself. This produced tests/data/register-v1.sqlite; run the test with
// DAICHO_WRITE_FIXTURES=1 to write it again (the file is deterministic apart from SQLite's own version).
QString writeFormat1Register(const QString& path)
{
    QFile::remove(path);
    RawDb raw(path);
    if (!raw.isOpen())
        return QStringLiteral("cannot open ") + path;
    QString e = raw.exec("PRAGMA journal_mode = WAL");   // as Register::create leaves every register
    if (!e.isEmpty())
        return e;
    QSqlDatabase db = raw.db();
    if (!db.transaction())
        return db.lastError().text();
    Result<void> r = Migrations::migrate(db, 0, 1);
    if (!r)
        return r.error().message;
    const char* const statements[] = {
        "INSERT INTO meta (key, value) VALUES ('city_name', '三鷹市'), ('profile', 'mitaka'),"
        " ('default_scheme', 'mic-r6'), ('created_at', '2024-04-01T09:00:00.000'), ('created_by', '旧版 花子'),"
        " ('daicho_version', '0.1.0'), ('review_interval_months', '12')",
        "INSERT INTO network_segment (code, name, role, sort_order) VALUES"
        " ('mynumber', 'マイナンバー利用事務系', 'mynumber', 10), ('lgwan', 'LGWAN接続系', 'lgwan', 20),"
        " ('internet', 'インターネット接続系', 'internet', 30), ('standalone', 'スタンドアロン', 'standalone', 80),"
        " ('none', '該当なし', 'none', 90)",
        "INSERT INTO org_unit (id, code, name, kind, parent_id, sort_order) VALUES"
        " (1, '03', '市民部', 'department', NULL, 10), (2, '0302', '保険年金課', 'section', 1, 20)",
        "INSERT INTO asset (id, asset_no, fiscal_year, org_id, org_name, business, name, asset_type,"
        " network_segment, manager_title, personal, specific, subject_band, file_register_no, scheme_id,"
        " c_level, i_level, a_level, backup, recovery_target, stage, status, registered_on, last_review, next_review,"
        " remarks, row_version, created_at, updated_at) VALUES"
        " (1, '0302-0001', 2024, 2, '保険年金課', '国民健康保険', '国民健康保険被保険者台帳', 'info-electronic',"
        " 'mynumber', '保険年金課長', 1, 1, 'ge1000', '第12号', 'mic-r6', '3A', '2', '2', 'daily', '24時間',"
        " 'use', 'approved', '2024-04-01', '2024-04-01', '2025-04-01', '旧版で登録', 3,"
        " '2024-04-01T09:00:00.000', '2024-05-10T10:00:00.000')",
        "INSERT INTO asset_restriction (asset_id, restriction_code, action, reason)"
        " SELECT 1, code, 'add', '課長判断' FROM restriction ORDER BY sort_order, code LIMIT 1",
        "INSERT INTO history (entity, entity_id, at, os_user, display_name, action, changes, comment) VALUES"
        " ('org', 1, '2024-04-01T09:00:00.000', 'hanako', '旧版 花子', 'create', '[]', ''),"
        " ('org', 2, '2024-04-01T09:00:00.000', 'hanako', '旧版 花子', 'create', '[]', ''),"
        " ('asset', 1, '2024-04-01T09:00:00.000', 'hanako', '旧版 花子', 'create',"
        "  '[{\"field\":\"name\",\"old\":\"\",\"new\":\"国民健康保険被保険者台帳\"}]', ''),"
        " ('asset', 1, '2024-05-10T10:00:00.000', 'kacho', '年金 課長', 'status',"
        "  '[{\"field\":\"status\",\"old\":\"pending\",\"new\":\"approved\"}]', '')",
    };
    for (const char* statement : statements) {
        e = raw.exec(QString::fromUtf8(statement));
        if (!e.isEmpty()) {
            db.rollback();
            return e;
        }
    }
    if (!db.commit())
        return db.lastError().text();
    return {};
}

QString fixture(const QString& name)
{
    return QStringLiteral(DAICHO_TEST_DATA) + QLatin1Char('/') + name;
}

} // namespace

class TestRegisterStorage : public QObject
{
    Q_OBJECT

    // Asserts that opening `path` is refused and that the file (and its folder) is left exactly as it was.
    void expectOpenRefused(const QString& path, ErrorCode code = ErrorCode::FileRefused)
    {
        const QString dir = QFileInfo(path).absolutePath();
        const QByteArray before = fileHash(path);
        const QStringList filesBefore = entries(dir);
        FixedClock clock(QDate(2025, 6, 1));
        {
            auto opened = Register::open(path, clock);
            QVERIFY(!opened);
            QCOMPARE(opened.error().code, code);
            QVERIFY(!opened.error().message.trimmed().isEmpty());
        }
        QCOMPARE(fileHash(path), before);
        // No journal, WAL or backup file left next to it either.
        QCOMPARE(entries(dir), filesBefore);
    }

    // A real register, closed, with a few assets in it.
    QString closedRegister(QTemporaryDir& dir, const QString& name = QStringLiteral("real.daicho"))
    {
        FixedClock clock(QDate(2025, 6, 1));
        const Actor actor{"tester", "試験 太郎"};
        const QString path = dir.filePath(name);
        auto created = Register::create(path, {}, actor, clock);
        if (!created)
            return {};
        Register& reg = *created.value();
        auto dept = reg.addOrgUnit({0, "03", "市民部", "department", 0, 10, {}, {}}, actor);
        if (!dept)
            return {};
        for (int i = 0; i < 20; ++i) {
            Asset a = reg.newAsset();
            a.orgId = dept->id;
            a.name = QStringLiteral("資産 %1").arg(i);
            a.cLevel = "2";
            a.iLevel = "1";
            a.aLevel = "1";
            a.remarks = QString(200, QChar(u'記'));   // enough rows to fill several pages
            if (!reg.addAsset(a, actor))
                return {};
        }
        return path;
    }

    int historyRows(const QString& path)
    {
        RawDb raw(path);
        return raw.value("SELECT COUNT(*) FROM history").toInt();
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIntValue("DAICHO_WRITE_FIXTURES") == 1) {
            const QString e = writeFormat1Register(fixture("register-v1.sqlite"));
            QVERIFY2(e.isEmpty(), qPrintable(e));
            qInfo("wrote %s", qPrintable(fixture("register-v1.sqlite")));
        }
    }

    // ---- create -------------------------------------------------------------------------------

    void createWritesHeaderAndVersion()
    {
        QTemporaryDir dir;
        FixedClock clock(QDate(2025, 6, 1));
        const QString path = dir.filePath("sub/new.daicho");   // the folder is made as well
        auto created = Register::create(path, {}, {"tester", "試験 太郎"}, clock);
        QVERIFY2(created, qPrintable(created.error().message));
        QVERIFY(QFileInfo(path).isFile());
        QCOMPARE(created.value()->schemaVersion(), Migrations::latestVersion());
        // Built under a temporary name: nothing of that is left once it is in place.
        QVERIFY(!QFileInfo::exists(path + ".creating"));

        RawDb raw(path);
        QVERIFY(raw.isOpen());
        QCOMPARE(raw.value("PRAGMA application_id").toLongLong(), qint64(Migrations::kApplicationId));
        QCOMPARE(raw.value("PRAGMA user_version").toInt(), Migrations::latestVersion());
        QCOMPARE(raw.value("PRAGMA journal_mode").toString(), QString("wal"));
        // The application id sits in the header itself, where probe (and `file`) read it: "DAIC" at byte 68.
        QCOMPARE(readFile(path).mid(68, 4), QByteArray("DAIC"));
    }

    void createStoresSettings()
    {
        QTemporaryDir dir;
        FixedClock clock(QDate(2025, 6, 1));
        RegisterSettings settings;
        settings.profileId = "mitaka";
        settings.cityName = "  三鷹市（試験）  ";
        settings.schemeId = "mic-h27";
        auto created = Register::create(dir.filePath("a.daicho"), settings, {"tester", "試験 太郎"}, clock);
        QVERIFY2(created, qPrintable(created.error().message));
        const Register& reg = *created.value();
        QCOMPARE(reg.cityName(), QString("三鷹市（試験）"));   // trimmed
        QCOMPARE(reg.profileId(), QString("mitaka"));
        QCOMPARE(reg.setting("default_scheme"), QString("mic-h27"));
        QCOMPARE(reg.catalog().defaultSchemeId, QString("mic-h27"));
        QCOMPARE(reg.newAsset().schemeId, QString("mic-h27"));
        QCOMPARE(reg.setting("created_by"), QString("試験 太郎"));
        QCOMPARE(reg.setting("created_at"), clock.now().toString(Qt::ISODateWithMs));
        QCOMPARE(reg.setting("review_interval_months"), QString("12"));
        // The profile's network segments become the register's.
        QVERIFY(reg.catalog().segment("lgwan"));
        QVERIFY(!reg.catalog().segment("school"));   // generic has it; 三鷹市 does not
    }

    void createTakesDefaultsFromProfile()
    {
        QTemporaryDir dir;
        FixedClock clock(QDate(2025, 6, 1));
        RegisterSettings settings;
        settings.profileId = "saku";
        auto created = Register::create(dir.filePath("a.daicho"), settings, {"tester", "試験 太郎"}, clock);
        QVERIFY2(created, qPrintable(created.error().message));
        QCOMPARE(created.value()->cityName(), QString("佐久市"));
        QCOMPARE(created.value()->setting("default_scheme"), QString("mic-r6"));
        QVERIFY(created.value()->catalog().segment("kikan"));
    }

    void createRefusesExistingFile()
    {
        QTemporaryDir dir;
        FixedClock clock(QDate(2025, 6, 1));
        const QString path = dir.filePath("notes.daicho");
        QVERIFY(writeFile(path, "someone's notes\n"));
        const QByteArray before = fileHash(path);
        auto created = Register::create(path, {}, {"tester", "試験 太郎"}, clock);
        QVERIFY(!created);
        QCOMPARE(created.error().code, ErrorCode::FileRefused);
        QVERIFY(!created.error().message.isEmpty());
        QCOMPARE(fileHash(path), before);
        QCOMPARE(entries(dir.path()), QStringList{"notes.daicho"});
    }

    void createRefusesExistingRegister()
    {
        TestRegister t;
        QVERIFY(t.reg->addAsset(t.cleanAsset(), t.actor));
        auto again = Register::create(t.path(), {}, t.actor, t.clock);
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::FileRefused);
        QCOMPARE(t.reg->assetCount(), 1);   // the existing register still has its asset
    }

    void createRefusesUnknownProfileAndScheme()
    {
        QTemporaryDir dir;
        FixedClock clock(QDate(2025, 6, 1));
        RegisterSettings settings;
        settings.profileId = "atlantis";
        auto created = Register::create(dir.filePath("a.daicho"), settings, {"tester", "試験 太郎"}, clock);
        QVERIFY(!created);
        QCOMPARE(created.error().code, ErrorCode::Usage);
        settings.profileId = "generic";
        settings.schemeId = "no-such-scheme";
        created = Register::create(dir.filePath("a.daicho"), settings, {"tester", "試験 太郎"}, clock);
        QVERIFY(!created);
        QCOMPARE(created.error().code, ErrorCode::Usage);
        QVERIFY(entries(dir.path()).isEmpty());
    }

    // ---- open refuses, and leaves the file alone ----------------------------------------------

    void openAndProbeAcceptRegister()
    {
        QTemporaryDir dir;
        const QString path = closedRegister(dir);
        QVERIFY(!path.isEmpty());
        const Result<int> probed = Register::probe(path);
        QVERIFY(probed);
        QCOMPARE(probed.value(), Migrations::latestVersion());
        FixedClock clock(QDate(2025, 6, 1));
        auto opened = Register::open(path, clock);
        QVERIFY2(opened, qPrintable(opened.error().message));
        QCOMPARE(opened.value()->assetCount(), 20);
        QVERIFY(opened.value()->migrationBackup().isEmpty());   // current format: no backup needed
    }

    void openRefusesTextFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("memo.daicho");
        QVERIFY(writeFile(path, QByteArray("資産番号,情報資産名称\r\n0302-0001,台帳\r\n").repeated(10)));
        const Result<int> probed = Register::probe(path);
        QVERIFY(!probed);
        QCOMPARE(probed.error().code, ErrorCode::FileRefused);
        expectOpenRefused(path);
    }

    void openRefusesEmptyFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("empty.daicho");
        QVERIFY(writeFile(path, {}));
        QVERIFY(QFileInfo::exists(path));
        const Result<int> probed = Register::probe(path);
        QVERIFY(!probed);
        QCOMPARE(probed.error().code, ErrorCode::FileRefused);
        // SQLite would happily turn an empty file into a database; the register must not.
        expectOpenRefused(path);
        QCOMPARE(QFileInfo(path).size(), 0);
    }

    void openRefusesForeignDatabase_data()
    {
        QTest::addColumn<qint64>("applicationId");
        QTest::newRow("no application id") << qint64(0);
        QTest::newRow("another application") << qint64(0x46534c31);
    }

    void openRefusesForeignDatabase()
    {
        QFETCH(qint64, applicationId);
        QTemporaryDir dir;
        const QString path = dir.filePath("other.db");
        {
            RawDb raw(path);
            QVERIFY(raw.isOpen());
            QCOMPARE(raw.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId)), QString());
            QCOMPARE(raw.exec("PRAGMA user_version = 1"), QString());   // a version Daicho would read
            QCOMPARE(raw.exec("CREATE TABLE asset (id INTEGER PRIMARY KEY, name TEXT)"), QString());
            QCOMPARE(raw.exec("INSERT INTO asset (name) VALUES ('theirs')"), QString());
        }
        const Result<int> probed = Register::probe(path);
        QVERIFY(!probed);
        QCOMPARE(probed.error().code, ErrorCode::FileRefused);
        expectOpenRefused(path);
    }

    void openRefusesIncompleteRegister()
    {
        // Daicho's id but format 0: a file whose creation never finished.
        QTemporaryDir dir;
        const QString path = dir.filePath("half.daicho");
        {
            RawDb raw(path);
            QCOMPARE(raw.exec(QStringLiteral("PRAGMA application_id = %1").arg(Migrations::kApplicationId)), QString());
            QCOMPARE(raw.exec("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"), QString());
        }
        QVERIFY(!Register::probe(path));
        expectOpenRefused(path);
    }

    void openRefusesTruncatedRegister()
    {
        QTemporaryDir dir;
        const QString real = closedRegister(dir);
        QVERIFY(!real.isEmpty());
        const QByteArray bytes = readFile(real);
        QVERIFY(bytes.size() > 8 * 4096);
        // The first part of a real register, as a broken copy off a USB stick would leave it.
        const QString path = dir.filePath("cut.daicho");
        QVERIFY(writeFile(path, bytes.left(bytes.size() / 2)));
        // The header is intact, so probe alone cannot tell; open's check of the pages must.
        const Result<int> probed = Register::probe(path);
        QVERIFY(probed);
        QCOMPARE(probed.value(), Migrations::latestVersion());
        expectOpenRefused(path);
    }

    void openRefusesNewerRegister()
    {
        QTemporaryDir dir;
        const QString path = closedRegister(dir);
        QVERIFY(!path.isEmpty());
        const int newer = Migrations::latestVersion() + 1;
        {
            RawDb raw(path);
            QCOMPARE(raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(newer)), QString());
        }
        const Result<int> probed = Register::probe(path);
        QVERIFY(!probed);
        QCOMPARE(probed.error().code, ErrorCode::TooNew);
        // The message names the file's format, so the person knows to update Daicho.
        QVERIFY2(probed.error().message.contains(QString::number(newer)), qPrintable(probed.error().message));
        expectOpenRefused(path, ErrorCode::TooNew);
    }

    void openRefusesNewerRegisterStillInWal()
    {
        // A newer Daicho has just updated the register and still has it open: the header does not say so
        // yet, the write-ahead log does. Open must go by what SQLite reads, not only by the header.
        QTemporaryDir dir;
        const QString path = closedRegister(dir);
        QVERIFY(!path.isEmpty());
        RawDb newer(path);
        QCOMPARE(newer.value("PRAGMA journal_mode").toString(), QString("wal"));
        QCOMPARE(newer.exec(QStringLiteral("PRAGMA user_version = %1").arg(Migrations::latestVersion() + 1)), QString());
        QCOMPARE(Register::probe(path).value(), Migrations::latestVersion());   // the header lags
        expectOpenRefused(path, ErrorCode::TooNew);
    }

    void openRefusesMissingPath()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("nowhere/missing.daicho");
        const Result<int> probed = Register::probe(path);
        QVERIFY(!probed);
        QCOMPARE(probed.error().code, ErrorCode::NotFound);
        FixedClock clock(QDate(2025, 6, 1));
        auto opened = Register::open(path, clock);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, ErrorCode::NotFound);
        QVERIFY(!opened.error().message.isEmpty());
        // Opening is never creating.
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!QFileInfo::exists(dir.filePath("nowhere")));
        const QString flat = dir.filePath("missing.daicho");
        QVERIFY(!Register::open(flat, clock));
        QVERIFY(!QFileInfo::exists(flat));
        QVERIFY(entries(dir.path()).isEmpty());
    }

    // ---- migration --------------------------------------------------------------------------------

    void fixtureIsFormat1()
    {
        // The checked-in file really is the old format: the test below would prove nothing otherwise.
        const QString path = fixture("register-v1.sqlite");
        const Result<int> probed = Register::probe(path);
        QVERIFY2(probed, qPrintable(probed.error().message));
        QCOMPARE(probed.value(), 1);
        QTemporaryDir dir;
        const QString copy = dir.filePath("v1.daicho");
        QVERIFY(QFile::copy(path, copy));
        RawDb raw(copy);
        QVERIFY(raw.value("SELECT COUNT(*) FROM asset").isValid());
        QVERIFY(!raw.value("SELECT COUNT(threat) FROM asset").isValid());   // a format-2 column
        QVERIFY(!raw.value("SELECT COUNT(*) FROM importance_rule").isValid());
    }

    void openMigratesFormat1Register()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("v1.daicho");
        QVERIFY(QFile::copy(fixture("register-v1.sqlite"), path));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        const QByteArray original = readFile(path);
        QVERIFY(!original.isEmpty());

        FixedClock clock(QDateTime(QDate(2025, 6, 1), QTime(9, 30, 15)));
        QString backup;
        {
            auto opened = Register::open(path, clock);
            QVERIFY2(opened, qPrintable(opened.error().message));
            Register& reg = *opened.value();
            backup = reg.migrationBackup();

            // Migrated to the latest format.
            QCOMPARE(reg.schemaVersion(), Migrations::latestVersion());
            QVERIFY(!reg.catalog().importanceRules.isEmpty());   // seeded by step 2
            QVERIFY(reg.integrityProblems().isEmpty());

            // Everything the old file held is still there.
            QCOMPARE(reg.cityName(), QString("三鷹市"));
            QCOMPARE(reg.profileId(), QString("mitaka"));
            QCOMPARE(reg.orgUnits().size(), 2);
            QVERIFY(reg.orgUnitByCode("0302"));
            QCOMPARE(reg.assetCount(), 1);
            const std::optional<Asset> a = reg.assetByNo("0302-0001");
            QVERIFY(a);
            QCOMPARE(a->name, QString("国民健康保険被保険者台帳"));
            QCOMPARE(a->orgCode, QString("0302"));
            QCOMPARE(a->cLevel, QString("3A"));
            QCOMPARE(a->status, QString("approved"));
            QCOMPARE(a->stage, QString("use"));
            QVERIFY(a->specific);
            QCOMPARE(a->fileRegisterNo, QString("第12号"));
            QCOMPARE(a->nextReview, QDate(2025, 4, 1));
            QCOMPARE(a->rowVersion, 3);
            QCOMPARE(a->restrictionOverrides.size(), 1);
            QCOMPARE(a->restrictionOverrides.first().reason, QString("課長判断"));
            QCOMPARE(a->threat, 0);   // the new columns start unevaluated
            QCOMPARE(a->vulnerability, 0);
            const QVector<HistoryEntry> h = reg.history("asset", a->id);
            QCOMPARE(h.size(), 2);
            QCOMPARE(h.at(1).displayName, QString("年金 課長"));
            QCOMPARE(h.at(1).changes.size(), 1);
            QCOMPARE(h.at(1).changes.first().newValue, QString("approved"));

            // The migrated register takes writes, including the new columns.
            Asset edit = *a;
            edit.threat = 2;
            edit.vulnerability = 3;
            auto saved = reg.updateAsset(edit, {"tester", "試験 太郎"});
            QVERIFY2(saved, qPrintable(saved.error().message));
            QCOMPARE(reg.assetByNo("0302-0001")->threat, 2);
        }
        // Closed, the file itself says it is at the latest format.
        QCOMPARE(Register::probe(path).value(), Migrations::latestVersion());

        // The copy taken before migrating is the file as it was.
        QVERIFY(!backup.isEmpty());
        QVERIFY(QFileInfo(backup).isFile());
        QCOMPARE(QFileInfo(backup).absolutePath(), Backup::folderFor(path));
        QVERIFY2(backup.contains("migration") && backup.contains("20250601-093015"), qPrintable(backup));
        QCOMPARE(Register::probe(backup).value(), 1);
        // It is SQLite's consistent copy (the online backup), which holds every row even while part of a register
        // is still in the write-ahead log; the pages are written afresh, so it is the same database, not
        // the same bytes. Compared on copies: reading a database may leave -wal/-shm files next to it.
        QTemporaryDir look;
        QVERIFY(writeFile(look.filePath("original"), original));
        QVERIFY(QFile::copy(backup, look.filePath("backup")));
        QVERIFY(QFile::copy(path, look.filePath("migrated")));
        const QStringList before = dumpDatabase(look.filePath("original"));
        QVERIFY(before.contains("user_version 1"));
        QVERIFY(before.filter("国民健康保険被保険者台帳").size() >= 2);   // the asset row and its history
        QCOMPARE(dumpDatabase(look.filePath("backup")), before);
        QVERIFY(dumpDatabase(look.filePath("migrated")) != before);   // the comparison does see a change
    }

    void secondOpenerSeesMigratedRegister()
    {
        // Two people open the same old register: the first Daicho migrates it and stays open; the
        // second must find it migrated (not migrate it again), and any Daicho reading the file's header
        // meanwhile must see the new format.
        QTemporaryDir dir;
        const QString path = dir.filePath("v1.daicho");
        QVERIFY(QFile::copy(fixture("register-v1.sqlite"), path));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        FixedClock clock(QDateTime(QDate(2025, 6, 1), QTime(9, 0)));
        auto first = Register::open(path, clock);
        QVERIFY2(first, qPrintable(first.error().message));
        QVERIFY(!first.value()->migrationBackup().isEmpty());

        QCOMPARE(Register::probe(path).value(), Migrations::latestVersion());
        FixedClock later(QDateTime(QDate(2025, 6, 1), QTime(9, 5)));
        auto second = Register::open(path, later);
        QVERIFY2(second, qPrintable(second.error().message));
        QCOMPARE(second.value()->schemaVersion(), Migrations::latestVersion());
        QVERIFY(second.value()->migrationBackup().isEmpty());
        QCOMPARE(second.value()->assetCount(), 1);
        QCOMPARE(QDir(Backup::folderFor(path)).entryList({"*-migration.sqlite"}, QDir::Files).size(), 1);
    }

    void currentRegisterIsNotBackedUp()
    {
        TestRegister t;
        const QString path = t.path();
        t.reg.reset();
        const QStringList before = entries(QFileInfo(path).absolutePath());
        {
            auto opened = Register::open(path, t.clock);
            QVERIFY(opened);
            QVERIFY(opened.value()->migrationBackup().isEmpty());
        }
        QCOMPARE(entries(QFileInfo(path).absolutePath()), before);
    }

    // ---- history ------------------------------------------------------------------------------

    void addWritesHistory()
    {
        TestRegister t;
        auto saved = t.reg->addAsset(t.cleanAsset("窓口受付簿"), t.actor);
        QVERIFY2(saved, qPrintable(saved.error().message));
        const QVector<HistoryEntry> h = t.reg->history("asset", saved->id);
        QCOMPARE(h.size(), 1);
        QCOMPARE(h.first().action, QString("create"));
        QCOMPARE(h.first().entity, QString("asset"));
        QCOMPARE(h.first().osUser, QString("tester"));
        QCOMPARE(h.first().displayName, QString("試験 太郎"));
        QCOMPARE(h.first().at, t.clock.now());
        bool sawName = false;
        for (const AssetFields::Change& c : h.first().changes)
            if (c.key == "name") {
                sawName = true;
                QCOMPARE(c.oldValue, QString());
                QCOMPARE(c.newValue, QString("窓口受付簿"));
            }
        QVERIFY(sawName);
        // Organisation units have their history too.
        QCOMPARE(t.reg->history("org", t.section.id).size(), 1);
        QCOMPARE(t.reg->history("org", t.section.id).first().action, QString("create"));
    }

    void updateWritesFieldChanges()
    {
        TestRegister t;
        auto saved = t.reg->addAsset(t.cleanAsset(), t.actor);
        QVERIFY(saved);
        const QDateTime later(QDate(2025, 6, 2), QTime(14, 5));
        t.clock.set(later);
        Asset edit = saved.value();
        edit.remarks = "年度初めに更新";
        edit.cLevel = "3C";
        const Actor other{"kacho", "年金 課長"};
        auto updated = t.reg->updateAsset(edit, other, "見直し");
        QVERIFY2(updated, qPrintable(updated.error().message));
        QCOMPARE(updated->rowVersion, saved->rowVersion + 1);
        QCOMPARE(t.reg->assetByNo(saved->assetNo)->remarks, QString("年度初めに更新"));

        const QVector<HistoryEntry> h = t.reg->history("asset", saved->id);
        QCOMPARE(h.size(), 2);
        const HistoryEntry& last = h.last();
        QCOMPARE(last.action, QString("update"));
        QCOMPARE(last.osUser, QString("kacho"));
        QCOMPARE(last.displayName, QString("年金 課長"));
        QCOMPARE(last.at, later);
        QCOMPARE(last.comment, QString("見直し"));
        QHash<QString, QPair<QString, QString>> changes;
        for (const AssetFields::Change& c : last.changes)
            changes.insert(c.key, {c.oldValue, c.newValue});
        // Exactly the fields that changed, with old and new values.
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes.value("remarks"), qMakePair(QString(), QString("年度初めに更新")));
        QCOMPARE(changes.value("c"), qMakePair(QString("2"), QString("3C")));
    }

    void unchangedSaveWritesNothing()
    {
        TestRegister t;
        auto saved = t.reg->addAsset(t.cleanAsset(), t.actor);
        QVERIFY(saved);
        auto again = t.reg->updateAsset(saved.value(), t.actor);
        QVERIFY(again);
        QCOMPARE(again->rowVersion, saved->rowVersion);
        QCOMPARE(t.reg->history("asset", saved->id).size(), 1);
    }

    void stageChangeWritesHistory()
    {
        TestRegister t;
        auto saved = t.reg->addAsset(t.cleanAsset(), t.actor);
        QVERIFY(saved);
        t.clock.set(QDateTime(QDate(2025, 7, 1), QTime(10, 0)));
        StageChange change;
        change.date = QDate(2025, 6, 30);
        change.person = "窓口 次郎";
        change.comment = "窓口で利用開始";
        auto moved = t.reg->changeStage(saved->assetNo, "use", change, t.actor);
        QVERIFY2(moved, qPrintable(moved.error().message));
        QCOMPARE(moved->stage, QString("use"));
        QCOMPARE(t.reg->assetByNo(saved->assetNo)->stage, QString("use"));
        const HistoryEntry h = t.reg->history("asset", saved->id).last();
        QCOMPARE(h.action, QString("stage"));
        QCOMPARE(h.at, QDateTime(QDate(2025, 7, 1), QTime(10, 0)));
        QCOMPARE(h.osUser, QString("tester"));
        QCOMPARE(h.changes.size(), 1);
        QCOMPARE(h.changes.first().key, QString("stage"));
        QCOMPARE(h.changes.first().oldValue, QString("create"));
        QCOMPARE(h.changes.first().newValue, QString("use"));
        // The event records who and the comment (domain: every stage change is an event with date and person).
        QVERIFY2(h.comment.contains("窓口 次郎") && h.comment.contains("窓口で利用開始"), qPrintable(h.comment));
    }

    void stageChangeRefusesUnknownStage()
    {
        TestRegister t;
        auto saved = t.reg->addAsset(t.cleanAsset(), t.actor);
        QVERIFY(saved);
        auto moved = t.reg->changeStage(saved->assetNo, "misplace", {}, t.actor);
        QVERIFY(!moved);
        QCOMPARE(moved.error().code, ErrorCode::Usage);
        QVERIFY(!t.reg->changeStage("9999-0001", "use", {}, t.actor));
        QCOMPARE(t.reg->history("asset", saved->id).size(), 1);
    }

    void stageChangeKeepsRules()
    {
        // Rules hold for stage changes too: a C2 asset cannot be published.
        TestRegister t;
        auto saved = t.reg->addAsset(t.cleanAsset(), t.actor);
        QVERIFY(saved);
        auto published = t.reg->changeStage(saved->assetNo, "publish", {}, t.actor);
        QVERIFY(!published);
        QCOMPARE(published.error().code, ErrorCode::Validation);
        QCOMPARE(t.reg->assetByNo(saved->assetNo)->stage, QString("create"));
    }

    void statusChangeWritesHistory()
    {
        TestRegister t;
        auto saved = t.reg->addAsset(t.cleanAsset(), t.actor);
        QVERIFY(saved);
        t.clock.set(QDateTime(QDate(2025, 6, 3), QTime(8, 45)));
        auto submitted = t.reg->changeStatus(saved->assetNo, "pending", "  確認お願いします ", t.actor);
        QVERIFY2(submitted, qPrintable(submitted.error().message));
        const HistoryEntry h = t.reg->history("asset", saved->id).last();
        QCOMPARE(h.action, QString("status"));
        QCOMPARE(h.at, QDateTime(QDate(2025, 6, 3), QTime(8, 45)));
        QCOMPARE(h.displayName, QString("試験 太郎"));
        QCOMPARE(h.comment, QString("確認お願いします"));
        QCOMPARE(h.changes.size(), 1);
        QCOMPARE(h.changes.first().key, QString("status"));
        QCOMPARE(h.changes.first().oldValue, QString("draft"));
        QCOMPARE(h.changes.first().newValue, QString("pending"));
    }

    void historyIsAppendOnly()
    {
        TestRegister t;
        auto saved = t.reg->addAsset(t.cleanAsset(), t.actor);
        QVERIFY(saved);
        RawDb raw(t.path());
        QVERIFY(raw.isOpen());
        // The connection works: the rows are there to be read.
        const int rows = raw.value("SELECT COUNT(*) FROM history").toInt();
        QCOMPARE(rows, 4);   // three organisation units and the asset
        QCOMPARE(raw.exec("INSERT INTO history (entity, entity_id, at, os_user, display_name, action, changes)"
                          " VALUES ('asset', 1, '2025-06-01', 'x', 'x', 'note', '[]')"),
                 QString());   // appending is allowed

        QString e = raw.exec("UPDATE history SET display_name = 'someone else' WHERE entity = 'asset'");
        QVERIFY2(e.contains("append-only"), qPrintable(e));
        e = raw.exec("DELETE FROM history WHERE entity = 'asset'");
        QVERIFY2(e.contains("append-only"), qPrintable(e));
        e = raw.exec("DELETE FROM history");
        QVERIFY2(e.contains("append-only"), qPrintable(e));
        QCOMPARE(raw.value("SELECT COUNT(*) FROM history").toInt(), rows + 1);
        QCOMPARE(t.reg->history("asset", saved->id).first().displayName, QString("試験 太郎"));
    }

    void assetsCannotBeDeleted()
    {
        TestRegister t;
        auto saved = t.reg->addAsset(t.cleanAsset(), t.actor);
        QVERIFY(saved);
        RawDb raw(t.path());
        QCOMPARE(raw.value("SELECT COUNT(*) FROM asset").toInt(), 1);
        const QString e = raw.exec("DELETE FROM asset WHERE id = ?", {saved->id});
        QVERIFY2(e.contains("never deleted"), qPrintable(e));
        QCOMPARE(raw.value("SELECT COUNT(*) FROM asset").toInt(), 1);
        QCOMPARE(t.reg->assetCount(), 1);
    }

    // ---- disposal -----------------------------------------------------------------------------

    void disposalNeedsFullRecord_data()
    {
        QTest::addColumn<QString>("missing");
        QTest::newRow("date") << "date";
        QTest::newRow("person") << "person";
        QTest::newRow("method") << "method";
        QTest::newRow("approver") << "approver";
        QTest::newRow("blank person") << "blank person";
        QTest::newRow("unknown method") << "unknown method";
        QTest::newRow("contractor without certificate") << "certificate";
    }

    void disposalNeedsFullRecord()
    {
        QFETCH(QString, missing);
        TestRegister t;
        auto saved = t.reg->addAsset(t.cleanAsset(), t.actor);
        QVERIFY(saved);
        StageChange change;
        change.date = QDate(2025, 5, 30);
        change.person = "試験 太郎";
        change.disposalMethod = "shred";
        change.disposalApprover = "保険年金課長";
        if (missing == "date")
            change.date = {};
        else if (missing == "person")
            change.person.clear();
        else if (missing == "blank person")
            change.person = " \u3000";
        else if (missing == "method")
            change.disposalMethod.clear();
        else if (missing == "unknown method")
            change.disposalMethod = "bury";
        else if (missing == "approver")
            change.disposalApprover.clear();
        else if (missing == "certificate")
            change.disposalMethod = "contractor";

        auto disposed = t.reg->changeStage(saved->assetNo, "dispose", change, t.actor);
        QVERIFY(!disposed);
        QCOMPARE(disposed.error().code, ErrorCode::Validation);
        QVERIFY(!disposed.error().message.isEmpty());
        const Asset now = *t.reg->assetByNo(saved->assetNo);
        QCOMPARE(now.stage, QString("create"));
        QCOMPARE(now.status, QString("draft"));
        QCOMPARE(now.rowVersion, saved->rowVersion);
        QVERIFY(!now.disposalDate.isValid());
        QVERIFY(now.disposalApprover.isEmpty());
        QCOMPARE(t.reg->history("asset", saved->id).size(), 1);
    }

    void disposalWithFullRecord()
    {
        TestRegister t;
        auto saved = t.reg->addAsset(t.cleanAsset(), t.actor);
        QVERIFY(saved);
        StageChange change;
        change.date = QDate(2025, 5, 30);
        change.person = " 試験 太郎 ";
        change.disposalMethod = "委託(証明書)";   // the Japanese label is accepted
        change.disposalApprover = "保険年金課長";
        change.disposalCertificate = "証第123号";
        change.comment = "保存期間満了";
        auto disposed = t.reg->changeStage(saved->assetNo, "dispose", change, t.actor);
        QVERIFY2(disposed, qPrintable(disposed.error().message));
        const Asset a = *t.reg->assetByNo(saved->assetNo);
        QCOMPARE(a.stage, QString("dispose"));
        QCOMPARE(a.status, QString("disposed"));
        QCOMPARE(a.disposalDate, QDate(2025, 5, 30));
        QCOMPARE(a.disposalPerson, QString("試験 太郎"));
        QCOMPARE(a.disposalMethod, QString("contractor"));
        QCOMPARE(a.disposalApprover, QString("保険年金課長"));
        QCOMPARE(a.disposalCertificate, QString("証第123号"));
        const HistoryEntry h = t.reg->history("asset", saved->id).last();
        QCOMPARE(h.action, QString("dispose"));
        QCOMPARE(h.comment, QString("保存期間満了"));
        // Disposed rows stay in the register.
        QCOMPARE(t.reg->assetCount(), 1);
        QCOMPARE(t.reg->assets().size(), 1);
    }

    void disposedAssetIsReadOnly()
    {
        TestRegister t;
        auto saved = t.reg->addAsset(t.cleanAsset(), t.actor);
        QVERIFY(saved);
        StageChange change;
        change.date = QDate(2025, 5, 30);
        change.person = "試験 太郎";
        change.disposalMethod = "shred";
        change.disposalApprover = "保険年金課長";
        QVERIFY(t.reg->changeStage(saved->assetNo, "dispose", change, t.actor));
        const Asset disposed = *t.reg->assetByNo(saved->assetNo);
        const int historyBefore = t.reg->history("asset", saved->id).size();

        Asset edit = disposed;   // a fresh read: no conflict, only the disposal stands in the way
        edit.remarks = "後から追記";
        auto updated = t.reg->updateAsset(edit, t.actor);
        QVERIFY(!updated);
        QCOMPARE(updated.error().code, ErrorCode::Validation);

        auto moved = t.reg->changeStage(saved->assetNo, "use", {}, t.actor);
        QVERIFY(!moved);
        QCOMPARE(moved.error().code, ErrorCode::Validation);
        QVERIFY(!t.reg->changeStage(saved->assetNo, "dispose", change, t.actor));
        QVERIFY(!t.reg->changeStatus(saved->assetNo, "draft", {}, t.actor));
        QVERIFY(!t.reg->changeStatus(saved->assetNo, "pending", {}, t.actor));
        QVERIFY(!t.reg->markReviewed(saved->assetNo, QDate(2025, 6, 1), t.actor));

        const Asset after = *t.reg->assetByNo(saved->assetNo);
        QCOMPARE(after.rowVersion, disposed.rowVersion);
        QCOMPARE(after.remarks, disposed.remarks);
        QCOMPARE(after.stage, QString("dispose"));
        QCOMPARE(after.status, QString("disposed"));
        QVERIFY(!after.lastReview.isValid());
        QCOMPARE(t.reg->history("asset", saved->id).size(), historyBefore);
    }

    // ---- optimistic concurrency ---------------------------------------------------------------

    void staleEditConflicts()
    {
        TestRegister t;
        auto saved = t.reg->addAsset(t.cleanAsset(), t.actor);
        QVERIFY(saved);
        Asset first = *t.reg->asset(saved->id);
        Asset second = *t.reg->asset(saved->id);
        first.remarks = "一人目の修正";
        QVERIFY(t.reg->updateAsset(first, {"one", "一人目"}));
        second.remarks = "二人目の修正";
        second.storageLocation = "第３書庫";
        auto late = t.reg->updateAsset(second, {"two", "二人目"});
        QVERIFY(!late);
        QCOMPARE(late.error().code, ErrorCode::Conflict);
        QVERIFY(!late.error().message.isEmpty());
        const Asset now = *t.reg->asset(saved->id);
        QCOMPARE(now.remarks, QString("一人目の修正"));
        QVERIFY(now.storageLocation.isEmpty());
        QCOMPARE(now.rowVersion, saved->rowVersion + 1);
        QCOMPARE(t.reg->history("asset", saved->id).size(), 2);
        QCOMPARE(t.reg->history("asset", saved->id).last().osUser, QString("one"));

        // After reloading, the second person's edit goes through.
        Asset reloaded = now;
        reloaded.storageLocation = "第３書庫";
        QVERIFY(t.reg->updateAsset(reloaded, {"two", "二人目"}));
    }

    void staleEditAfterStatusChangeConflicts()
    {
        // Someone submitted the asset while it was open in an editor: the edit is stale, and says so.
        TestRegister t;
        auto saved = t.reg->addAsset(t.cleanAsset(), t.actor);
        QVERIFY(saved);
        Asset stale = *t.reg->asset(saved->id);
        QVERIFY(t.reg->changeStatus(saved->assetNo, "pending", {}, {"other", "他の人"}));
        stale.remarks = "古い画面から";
        auto late = t.reg->updateAsset(stale, t.actor);
        QVERIFY(!late);
        QCOMPARE(late.error().code, ErrorCode::Conflict);
        QCOMPARE(t.reg->asset(saved->id)->status, QString("pending"));
        QVERIFY(t.reg->asset(saved->id)->remarks.isEmpty());
    }

    void twoRegistersOnOneFile()
    {
        TestRegister t;
        auto other = Register::open(t.path(), t.clock);
        QVERIFY2(other, qPrintable(other.error().message));
        Register& second = *other.value();
        const Actor otherActor{"kacho", "年金 課長"};

        // Written through one, read through the other.
        auto saved = t.reg->addAsset(t.cleanAsset("共有ファイル"), t.actor);
        QVERIFY(saved);
        QCOMPARE(second.assetCount(), 1);
        const std::optional<Asset> seen = second.assetByNo(saved->assetNo);
        QVERIFY(seen);
        QCOMPARE(seen->name, QString("共有ファイル"));
        QCOMPARE(seen->orgCode, QString("0302"));

        // And back: an edit through the second is seen by the first, with its history.
        Asset edit = *seen;
        edit.remarks = "別の窓から";
        QVERIFY(second.updateAsset(edit, otherActor));
        QCOMPARE(t.reg->assetByNo(saved->assetNo)->remarks, QString("別の窓から"));
        QCOMPARE(t.reg->history("asset", saved->id).last().osUser, QString("kacho"));

        // The first still holds the old row: its save is a conflict, not a silent overwrite.
        Asset stale = saved.value();
        stale.remarks = "上書き";
        auto late = t.reg->updateAsset(stale, t.actor);
        QVERIFY(!late);
        QCOMPARE(late.error().code, ErrorCode::Conflict);
        QCOMPARE(second.assetByNo(saved->assetNo)->remarks, QString("別の窓から"));

        // Numbers come from the file, not from what each window has seen.
        QCOMPARE(second.nextAssetNo("0302"), QString("0302-0002"));
    }

    // ---- status workflow ----------------------------------------------------------------------

    void statusDraftPendingApproved()
    {
        TestRegister t;
        auto saved = t.reg->addAsset(t.cleanAsset(), t.actor);
        QVERIFY(saved);
        QCOMPARE(saved->status, QString("draft"));
        auto pending = t.reg->changeStatus(saved->assetNo, "pending", {}, t.actor);
        QVERIFY(pending);
        QCOMPARE(pending->status, QString("pending"));
        auto approved = t.reg->changeStatus(saved->assetNo, "approved", {}, {"kacho", "年金 課長"});
        QVERIFY2(approved, qPrintable(approved.error().message));
        QCOMPARE(t.reg->assetByNo(saved->assetNo)->status, QString("approved"));
        // An approved asset can be resubmitted.
        QVERIFY(t.reg->changeStatus(saved->assetNo, "pending", "再確認", t.actor));
    }

    void statusSkippingApprovalIsRefused()
    {
        TestRegister t;
        auto saved = t.reg->addAsset(t.cleanAsset(), t.actor);
        QVERIFY(saved);
        // A draft cannot approve itself, nor be returned before anyone looked at it.
        auto approved = t.reg->changeStatus(saved->assetNo, "approved", {}, t.actor);
        QVERIFY(!approved);
        QCOMPARE(approved.error().code, ErrorCode::Validation);
        QVERIFY(!t.reg->changeStatus(saved->assetNo, "returned", "理由", t.actor));
        // Disposal is a stage, never a status to set.
        auto disposed = t.reg->changeStatus(saved->assetNo, "disposed", {}, t.actor);
        QVERIFY(!disposed);
        QCOMPARE(disposed.error().code, ErrorCode::Usage);
        QVERIFY(!t.reg->changeStatus(saved->assetNo, "submitted", {}, t.actor));   // not a status at all
        QCOMPARE(t.reg->assetByNo(saved->assetNo)->status, QString("draft"));
        QCOMPARE(t.reg->history("asset", saved->id).size(), 1);
    }

    void returnNeedsComment()
    {
        TestRegister t;
        auto saved = t.reg->addAsset(t.cleanAsset(), t.actor);
        QVERIFY(saved);
        QVERIFY(t.reg->changeStatus(saved->assetNo, "pending", {}, t.actor));
        for (const QString& empty : {QString(), QString(" \u3000 ")}) {
            auto returned = t.reg->changeStatus(saved->assetNo, "returned", empty, t.actor);
            QVERIFY(!returned);
            QCOMPARE(returned.error().code, ErrorCode::Validation);
        }
        QCOMPARE(t.reg->assetByNo(saved->assetNo)->status, QString("pending"));
        auto returned = t.reg->changeStatus(saved->assetNo, "returned", "機密性の根拠を記入してください", t.actor);
        QVERIFY2(returned, qPrintable(returned.error().message));
        QCOMPARE(t.reg->assetByNo(saved->assetNo)->status, QString("returned"));
        QCOMPARE(t.reg->history("asset", saved->id).last().comment, QString("機密性の根拠を記入してください"));
        // A returned asset goes back for approval once fixed.
        QVERIFY(t.reg->changeStatus(saved->assetNo, "pending", {}, t.actor));
    }

    void editingApprovedAssetReturnsToDraft()
    {
        TestRegister t;
        auto saved = t.reg->addAsset(t.cleanAsset(), t.actor);
        QVERIFY(saved);
        QVERIFY(t.reg->changeStatus(saved->assetNo, "pending", {}, t.actor));
        QVERIFY(t.reg->changeStatus(saved->assetNo, "approved", {}, t.actor));
        Asset edit = *t.reg->assetByNo(saved->assetNo);
        QCOMPARE(edit.status, QString("approved"));
        edit.cLevel = "3B";
        auto updated = t.reg->updateAsset(edit, t.actor);
        QVERIFY2(updated, qPrintable(updated.error().message));
        // The 課長 approved the old content, not this one.
        QCOMPARE(updated->status, QString("draft"));
        QCOMPARE(t.reg->assetByNo(saved->assetNo)->status, QString("draft"));
        bool statusRecorded = false;
        const HistoryEntry last = t.reg->history("asset", saved->id).last();
        for (const AssetFields::Change& c : last.changes)
            if (c.key == "status")
                statusRecorded = c.oldValue == "approved" && c.newValue == "draft";
        QVERIFY(statusRecorded);
    }

    void editingPendingAssetKeepsStatus()
    {
        TestRegister t;
        auto saved = t.reg->addAsset(t.cleanAsset(), t.actor);
        QVERIFY(saved);
        QVERIFY(t.reg->changeStatus(saved->assetNo, "pending", {}, t.actor));
        Asset edit = *t.reg->assetByNo(saved->assetNo);
        edit.remarks = "補足";
        auto updated = t.reg->updateAsset(edit, t.actor);
        QVERIFY(updated);
        QCOMPARE(t.reg->assetByNo(saved->assetNo)->status, QString("pending"));
    }

    void editCannotChangeStageOrStatus()
    {
        TestRegister t;
        auto saved = t.reg->addAsset(t.cleanAsset(), t.actor);
        QVERIFY(saved);
        Asset edit = saved.value();
        edit.status = "approved";
        auto updated = t.reg->updateAsset(edit, t.actor);
        QVERIFY(!updated);
        QCOMPARE(updated.error().code, ErrorCode::Usage);
        edit = saved.value();
        edit.stage = "use";
        QVERIFY(!t.reg->updateAsset(edit, t.actor));
        const Asset now = *t.reg->assetByNo(saved->assetNo);
        QCOMPARE(now.status, QString("draft"));
        QCOMPARE(now.stage, QString("create"));
    }

    // ---- rules --------------------------------------------------------------------------------

    void ruleErrorsBlockAdd()
    {
        TestRegister t;
        QVERIFY(t.reg->addAsset(t.cleanAsset("既存"), t.actor));
        const int historyBefore = historyRows(t.path());
        Asset bad = t.cleanAsset("公開予定の名簿");
        bad.stage = "publish";   // published-above-c1: an error
        const QVector<Finding> findings = t.reg->rules().check(bad);
        QVERIFY(RuleEngine::hasErrors(findings));
        auto saved = t.reg->addAsset(bad, t.actor);
        QVERIFY(!saved);
        QCOMPARE(saved.error().code, ErrorCode::Validation);
        QVERIFY(!saved.error().details.isEmpty());
        QCOMPARE(t.reg->assetCount(), 1);
        QCOMPARE(historyRows(t.path()), historyBefore);
        QCOMPARE(t.reg->nextAssetNo("0302"), QString("0302-0002"));   // no number used up

        Asset unknown = t.cleanAsset("不明な区分");
        unknown.cLevel = "5";   // level-unknown
        QVERIFY(!t.reg->addAsset(unknown, t.actor));
        Asset nameless = t.cleanAsset(" ");
        QVERIFY(!t.reg->addAsset(nameless, t.actor));
        QCOMPARE(t.reg->assetCount(), 1);
    }

    void ruleErrorsBlockUpdate()
    {
        TestRegister t;
        auto saved = t.reg->addAsset(t.cleanAsset(), t.actor);
        QVERIFY(saved);
        Asset edit = saved.value();
        edit.retentionUntil = QDate(2020, 3, 31);   // before 登録日: an error
        auto updated = t.reg->updateAsset(edit, t.actor);
        QVERIFY(!updated);
        QCOMPARE(updated.error().code, ErrorCode::Validation);
        QVERIFY(!t.reg->assetByNo(saved->assetNo)->retentionUntil.isValid());
        QCOMPARE(t.reg->asset(saved->id)->rowVersion, saved->rowVersion);
    }

    void warningsDoNotBlock()
    {
        TestRegister t;
        Asset a = t.cleanAsset("予約システム");
        a.aLevel = "2";   // availability 2 with neither backup nor recovery target: a warning
        a.networkSegment = "internet";
        a.cLevel = "2";   // C2 on the Internet segment: a warning
        const QVector<Finding> findings = t.reg->rules().check(a);
        QVERIFY(!findings.isEmpty());
        QVERIFY(!RuleEngine::hasErrors(findings));
        auto saved = t.reg->addAsset(a, t.actor);
        QVERIFY2(saved, qPrintable(saved.error().message));
        QCOMPARE(t.reg->assetCount(), 1);
        QCOMPARE(t.reg->rules().check(*t.reg->assetByNo(saved->assetNo)).size(), findings.size());
    }

    void addAssetsIsAllOrNone()
    {
        TestRegister t;
        Asset bad = t.cleanAsset("公開");
        bad.stage = "publish";
        auto added = t.reg->addAssets({t.cleanAsset("一"), t.cleanAsset("二"), bad}, t.actor);
        QVERIFY(!added);
        QCOMPARE(t.reg->assetCount(), 0);
        added = t.reg->addAssets({t.cleanAsset("一"), t.cleanAsset("二")}, t.actor);
        QVERIFY(added);
        QCOMPARE(added.value(), 2);
        QCOMPARE(t.reg->assetCount(), 2);
        QVERIFY(t.reg->assetByNo("0302-0002"));
    }

    // ---- numbers and organisation -------------------------------------------------------------

    void nextAssetNoPerOrg()
    {
        TestRegister t;
        QCOMPARE(t.reg->nextAssetNo("0302"), QString("0302-0001"));
        auto a = t.reg->addAsset(t.cleanAsset("一"), t.actor);
        QVERIFY(a);
        QCOMPARE(a->assetNo, QString("0302-0001"));   // an empty number is filled in
        QVERIFY(t.reg->addAsset(t.cleanAsset("二"), t.actor));
        QCOMPARE(t.reg->nextAssetNo("0302"), QString("0302-0003"));
        // Each section counts on its own.
        QCOMPARE(t.reg->nextAssetNo("0303"), QString("0303-0001"));
        Asset other = t.cleanAsset("税");
        other.orgId = t.otherSection.id;
        QCOMPARE(t.reg->addAsset(other, t.actor)->assetNo, QString("0303-0001"));
        // Numbering continues after the highest, not the count; a department's prefix is not a section's.
        Asset high = t.cleanAsset("手で番号");
        high.assetNo = "0302-0041";
        QVERIFY(t.reg->addAsset(high, t.actor));
        QCOMPARE(t.reg->nextAssetNo("0302"), QString("0302-0042"));
        QCOMPARE(t.reg->nextAssetNo("03"), QString("03-0001"));
        QCOMPARE(t.reg->nextAssetNo("０３０２"), QString("0302-0042"));   // full-width typing
        // A unit numbered with five digits (as the demo city and many Excel registers are) keeps five, so
        // the numbers still sort as they count.
        Asset wide = t.cleanAsset("五桁");
        wide.orgId = t.otherSection.id;
        wide.assetNo = "0303-00007";
        QVERIFY(t.reg->addAsset(wide, t.actor));
        QCOMPARE(t.reg->nextAssetNo("0303"), QString("0303-00008"));
        QCOMPARE(t.reg->nextAssetNo("0302"), QString("0302-0042"));
    }

    void duplicateAssetNoRefused()
    {
        TestRegister t;
        Asset a = t.cleanAsset("一");
        a.assetNo = "0302-0007";
        QVERIFY(t.reg->addAsset(a, t.actor));
        Asset b = t.cleanAsset("二");
        b.assetNo = "0302-0007";
        auto dup = t.reg->addAsset(b, t.actor);
        QVERIFY(!dup);
        QCOMPARE(dup.error().code, ErrorCode::Conflict);
        // The same number typed in full-width is the same number.
        b.assetNo = "０３０２－０００７";
        dup = t.reg->addAsset(b, t.actor);
        QVERIFY(!dup);
        QCOMPARE(dup.error().code, ErrorCode::Conflict);
        QCOMPARE(t.reg->assetCount(), 1);
        QCOMPARE(t.reg->assetByNo("0302-0007")->name, QString("一"));
        // Leading zeros matter: 0302-007 is another number.
        b.assetNo = "0302-007";
        QVERIFY(t.reg->addAsset(b, t.actor));
    }

    void duplicateOrgCodeRefused()
    {
        TestRegister t;
        const int before = t.reg->orgUnits().size();
        auto dup = t.reg->addOrgUnit({0, "0302", "別の課", "section", t.department.id, 40, {}, {}}, t.actor);
        QVERIFY(!dup);
        QCOMPARE(dup.error().code, ErrorCode::Conflict);
        dup = t.reg->addOrgUnit({0, " ０３０２ ", "別の課", "section", t.department.id, 40, {}, {}}, t.actor);
        QVERIFY(!dup);
        QCOMPARE(dup.error().code, ErrorCode::Conflict);
        QCOMPARE(t.reg->orgUnits().size(), before);
        QCOMPARE(t.reg->orgUnitByCode("0302")->name, QString("保険年金課"));
        // A code as people type it finds the same unit as the code as the register writes it.
        QCOMPARE(t.reg->orgUnitByCode(" ０３０２ ")->name, QString("保険年金課"));
        QVERIFY(!t.reg->orgUnitByCode("０３０９"));
    }

    void orgUnitNeedsValidFields()
    {
        TestRegister t;
        const int before = t.reg->orgUnits().size();
        QCOMPARE(t.reg->addOrgUnit({0, "", "名無し", "section", 0, 0, {}, {}}, t.actor).error().code,
                 ErrorCode::Validation);
        QCOMPARE(t.reg->addOrgUnit({0, "09", " ", "section", 0, 0, {}, {}}, t.actor).error().code,
                 ErrorCode::Validation);
        QCOMPARE(t.reg->addOrgUnit({0, "09", "課", "bureau", 0, 0, {}, {}}, t.actor).error().code,
                 ErrorCode::Validation);
        QCOMPARE(t.reg->addOrgUnit({0, "09", "課", "section", 9999, 0, {}, {}}, t.actor).error().code,
                 ErrorCode::NotFound);
        QCOMPARE(t.reg->addOrgUnit({0, "09", "課", "section", 0, 0, QDate(2025, 4, 1), QDate(2025, 3, 31)}, t.actor)
                     .error()
                     .code,
                 ErrorCode::Validation);
        QCOMPARE(t.reg->orgUnits().size(), before);
    }

    void orgSubtree()
    {
        TestRegister t;
        auto unit = t.reg->addOrgUnit({0, "030201", "保険係", "unit", t.section.id, 21, {}, {}}, t.actor);
        QVERIFY(unit);
        auto otherDept = t.reg->addOrgUnit({0, "04", "福祉部", "department", 0, 40, {}, {}}, t.actor);
        QVERIFY(otherDept);

        QVector<qint64> all = t.reg->orgSubtree(t.department.id);
        QCOMPARE(all.first(), t.department.id);   // the unit itself comes first
        std::sort(all.begin(), all.end());
        QVector<qint64> expected{t.department.id, t.section.id, t.otherSection.id, unit->id};
        std::sort(expected.begin(), expected.end());
        QCOMPARE(all, expected);   // the grandchild too, and nothing of the other department

        QCOMPARE(t.reg->orgSubtree(t.section.id), (QVector<qint64>{t.section.id, unit->id}));
        QCOMPARE(t.reg->orgSubtree(unit->id), QVector<qint64>{unit->id});
        QCOMPARE(t.reg->orgSubtree(otherDept->id), QVector<qint64>{otherDept->id});
    }

    void orgUnitsOrder()
    {
        TestRegister t;
        // Added out of order: the sort order decides, the code breaks ties.
        QVERIFY(t.reg->addOrgUnit({0, "0301", "市民課", "section", t.department.id, 20, {}, {}}, t.actor));
        QVERIFY(t.reg->addOrgUnit({0, "01", "総務部", "department", 0, 5, {}, {}}, t.actor));
        QStringList codes;
        for (const OrgUnit& u : t.reg->orgUnits())
            codes << u.code;
        QCOMPARE(codes, (QStringList{"01", "03", "0301", "0302", "0303"}));
        // The same order after reopening, from the file.
        auto reopened = Register::open(t.path(), t.clock);
        QVERIFY(reopened);
        codes.clear();
        for (const OrgUnit& u : reopened.value()->orgUnits())
            codes << u.code;
        QCOMPARE(codes, (QStringList{"01", "03", "0301", "0302", "0303"}));
        QCOMPARE(reopened.value()->orgUnitByCode("0301")->parentId, t.department.id);
    }

    // ---- review -------------------------------------------------------------------------------

    void markReviewedSetsDates()
    {
        TestRegister t;
        auto saved = t.reg->addAsset(t.cleanAsset(), t.actor);
        QVERIFY(saved);
        QCOMPARE(saved->nextReview, QDate(2026, 6, 1));   // a new asset is due a year after registration
        auto reviewed = t.reg->markReviewed(saved->assetNo, QDate(2025, 5, 20), t.actor);
        QVERIFY2(reviewed, qPrintable(reviewed.error().message));
        Asset a = *t.reg->assetByNo(saved->assetNo);
        QCOMPARE(a.lastReview, QDate(2025, 5, 20));
        // The register's interval: 12 months unless set otherwise.
        QCOMPARE(a.nextReview, QDate(2026, 5, 20));
        const HistoryEntry h = t.reg->history("asset", saved->id).last();
        QCOMPARE(h.action, QString("review"));

        // Without a date, today (the clock's).
        t.clock.set(QDateTime(QDate(2025, 9, 10), QTime(11, 0)));
        QVERIFY(t.reg->markReviewed(saved->assetNo, {}, t.actor));
        a = *t.reg->assetByNo(saved->assetNo);
        QCOMPARE(a.lastReview, QDate(2025, 9, 10));
        QCOMPARE(a.nextReview, QDate(2026, 9, 10));
    }

    void markReviewedFollowsInterval()
    {
        TestRegister t;
        QVERIFY(t.reg->setSetting("review_interval_months", "6"));
        auto saved = t.reg->addAsset(t.cleanAsset(), t.actor);
        QVERIFY(saved);
        QVERIFY(t.reg->markReviewed(saved->assetNo, QDate(2025, 8, 31), t.actor));
        const Asset a = *t.reg->assetByNo(saved->assetNo);
        QCOMPARE(a.lastReview, QDate(2025, 8, 31));
        QCOMPARE(a.nextReview, QDate(2026, 2, 28));   // month arithmetic clamps to the month's end
        QVERIFY(!t.reg->markReviewed("0302-9999", QDate(2025, 8, 31), t.actor));
    }

    // ---- integrity ----------------------------------------------------------------------------

    // ---- text rules beyond the asset fields (organisation units, comments) ------------------------

    void textRuleCleansAndMeasures()
    {
        const QString text = QStringLiteral("a\u0000b\u0007c\u001bd\u007fe\u0085f\r\n\tg");
        QCOMPARE(TextRule::clean(text, TextRule::Lines::Multi), QStringLiteral("abcdef\r\n\tg"));
        QCOMPARE(TextRule::clean(text, TextRule::Lines::Single), QStringLiteral("abcdef g"));
        QCOMPARE(TextRule::clean(QStringLiteral("=SUM(A1) \"x\"; DROP"), TextRule::Lines::Single),
                 QStringLiteral("=SUM(A1) \"x\"; DROP"));   // data, kept verbatim
        QVERIFY(TextRule::problems("Name", QString(3, QChar(0x3042)), 3).isEmpty());
        QCOMPARE(TextRule::problems("Name", QString(4, QChar(0x3042)), 3),
                 QStringList{"Name is too long: 4 characters, at most 3."});
        QVERIFY(TextRule::problems("Name", QStringLiteral("𠮷𠮷𠮷"), 3).isEmpty());   // pairs count once
        QString broken = QStringLiteral("ab");
        broken.insert(1, QChar(0xD842));
        QCOMPARE(TextRule::problems("Name", broken, 10).size(), 1);
        QVERIFY(TextRule::problems("Name", broken, 10).first().contains("position 2"));
        // fits() is the same verdict without the message, on either side of every limit.
        QString lowAlone = QStringLiteral("ab");
        lowAlone.append(QChar(0xDC00));
        for (const QString& t : {QString(), QString(3, QChar(0x3042)), QString(4, QChar(0x3042)), QStringLiteral("𠮷𠮷𠮷"),
                                 QStringLiteral("𠮷𠮷𠮷𠮷"), QStringLiteral("𠮷a"), broken, lowAlone})
            for (int max : {0, 1, 2, 3, 4, 10})
                QVERIFY2(TextRule::fits(t, max) == TextRule::problems("Name", t, max).isEmpty(),
                         qPrintable(QStringLiteral("%1 (%2)").arg(t).arg(max)));
    }

    void orgUnitTextIsCleanedAndBounded()
    {
        TestRegister t;
        const int units = t.reg->orgUnits().size();
        const int rows = historyRows(t.path());
        OrgUnit u{0, QStringLiteral("04\u0007"), QStringLiteral(" 福祉部\u001b\n高齢福祉課 "), QStringLiteral("section"),
                  t.department.id, 40, {}, {}};
        const Result<OrgUnit> added = t.reg->addOrgUnit(u, t.actor);
        QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
        QCOMPARE(added->code, QStringLiteral("04"));
        QCOMPARE(added->name, QStringLiteral("福祉部 高齢福祉課"));
        QCOMPARE(t.reg->orgUnitByCode("04")->name, QStringLiteral("福祉部 高齢福祉課"));

        auto refused = [&](const QString& code, const QString& name, const QString& says) {
            OrgUnit bad{0, code, name, QStringLiteral("section"), t.department.id, 50, {}, {}};
            const Result<OrgUnit> r = t.reg->addOrgUnit(bad, t.actor);
            QVERIFY(!r);
            QCOMPARE(r.error().code, ErrorCode::Validation);
            QVERIFY2(r.error().message.contains(says), qPrintable(r.error().message));
        };
        refused(QString(41, QLatin1Char('5')), QStringLiteral("課"), QStringLiteral("The organisation code is too long: 41"));
        refused(QStringLiteral("05"), QString(201, QChar(0x8AB2)), QStringLiteral("The organisation name is too long: 201"));
        QString broken = QStringLiteral("税務課");
        broken.append(QChar(0xDC00));
        refused(QStringLiteral("05"), broken, QStringLiteral("The organisation name holds a broken character at position 4"));
        refused(QStringLiteral("\u0007\u0008"), QStringLiteral("課"), QStringLiteral("needs a code and a name"));
        QCOMPARE(t.reg->orgUnits().size(), units + 1);
        QCOMPARE(historyRows(t.path()), rows + 1);
    }

    void cityNameAndDisplayNameAreCleaned()
    {
        TestRegister t;
        QVERIFY(t.reg->setSetting("city_name", QStringLiteral(" みどり市\u0007\n教育委員会 ")));
        QCOMPARE(t.reg->cityName(), QStringLiteral("みどり市 教育委員会"));
        const Result<void> r = t.reg->setSetting("city_name", QString(201, QChar(0x5E02)));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Validation);
        QVERIFY2(r.error().message.contains("The name of the municipality is too long: 201"), qPrintable(r.error().message));
        QCOMPARE(t.reg->cityName(), QStringLiteral("みどり市 教育委員会"));

        // A register is not created under a name it could not keep.
        QTemporaryDir dir;
        FixedClock clock(QDate(2025, 6, 1));
        RegisterSettings settings;
        settings.cityName = QString(201, QChar(0x5E02));
        QVERIFY(!Register::create(dir.filePath("long.daicho"), settings, t.actor, clock));
        QVERIFY(!QFile::exists(dir.filePath("long.daicho")));

        // The name a person gives themselves reaches the history as one clean line.
        const Actor a = Actor::current(QStringLiteral("保険年金課\u001b[1m 山田\n"));
        QCOMPARE(a.displayName, QStringLiteral("保険年金課[1m 山田"));
        QCOMPARE(Actor::current(QString(300, QChar(0x540D))).displayName.size(), TextRule::kOrgNameMax);
    }

    void commentsAreCleanedAndBounded()
    {
        TestRegister t;
        const Asset a = t.reg->addAsset(t.cleanAsset(), t.actor).value();
        const QString tooLong(TextRule::kCommentMax + 1, QChar(0x3042));
        QString broken = QStringLiteral("理由");
        broken.append(QChar(0xD800));
        Asset edited = a;
        edited.remarks = QStringLiteral("追記");
        StageChange move;
        move.date = t.clock.today();
        for (const QString& comment : {tooLong, broken}) {
            const QString expected = comment == tooLong ? QStringLiteral("The comment is too long: 2001 characters, at most 2000.")
                                                        : QStringLiteral("The comment holds a broken character at position 3");
            QList<Error> errors;
            auto collect = [&errors](const Result<Asset>& r) {
                QVERIFY(!r);
                errors << r.error();
            };
            collect(t.reg->updateAsset(edited, t.actor, comment));
            move.comment = comment;
            collect(t.reg->changeStage(a.assetNo, QStringLiteral("store"), move, t.actor));
            collect(t.reg->changeStatus(a.assetNo, QStringLiteral("pending"), comment, t.actor));
            collect(t.reg->withdrawAsset(a.assetNo, comment, t.actor));
            for (const Error& e : errors) {
                QCOMPARE(e.code, ErrorCode::Validation);
                QVERIFY2(e.message.contains(expected), qPrintable(e.message));
            }
            QCOMPARE(errors.size(), 4);
        }
        QCOMPARE(t.reg->asset(a.id)->rowVersion, a.rowVersion);
        QCOMPARE(t.reg->history("asset", a.id).size(), 1);

        // Control characters go, line breaks and tabs stay; the longest comment is kept whole.
        QVERIFY(t.reg->updateAsset(edited, t.actor, QStringLiteral("一行目\u001b[0m\u0000\n\t二行目")));
        QCOMPARE(t.reg->history("asset", a.id).last().comment, QStringLiteral("一行目[0m\n\t二行目"));
        const QString longest(TextRule::kCommentMax, QChar(0x3042));
        QVERIFY(t.reg->changeStatus(a.assetNo, QStringLiteral("pending"), longest, t.actor));
        QCOMPARE(t.reg->history("asset", a.id).last().comment, longest);
        QVERIFY(t.reg->verifyHistory().value().whole());
    }

    void integrityOfFreshRegister()
    {
        TestRegister t;
        QCOMPARE(t.reg->integrityProblems(), QStringList());
        QVERIFY(t.reg->addAsset(t.cleanAsset(), t.actor));
        QCOMPARE(t.reg->integrityProblems(), QStringList());
    }

    void integrityReportsDanglingReference()
    {
        // The check does look: a row pointing at a missing organisation unit is reported.
        TestRegister t;
        QVERIFY(t.reg->addAsset(t.cleanAsset(), t.actor));
        {
            RawDb raw(t.path());   // foreign keys are off on this connection, as on any plain one
            QCOMPARE(raw.exec("UPDATE asset SET org_id = 999"), QString());
        }
        const QStringList problems = t.reg->integrityProblems();
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains("asset"), qPrintable(problems.first()));
    }
};

QTEST_GUILESS_MAIN(TestRegisterStorage)
#include "tst_register.moc"
