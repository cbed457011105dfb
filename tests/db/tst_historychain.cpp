// The tamper-evident history: every row chained by SHA-256, and a row changed, removed or inserted by
// another program (the append-only triggers dropped, as an outsider with a database tool would) found
// with its place.
#include "TestRegister.h"

#include "storage/HistoryChain.h"
#include "storage/Migrations.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace daicho;
using daicho::test::TestRegister;

namespace {

// An outsider's own connection to the file.
class Outsider
{
public:
    explicit Outsider(const QString& path) : m_name(QStringLiteral("outsider-%1").arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        m_ok = db.open();
    }
    ~Outsider()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool exec(const QString& sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        if (!q.exec(sql)) {
            qWarning() << sql << q.lastError().text();
            return false;
        }
        return true;
    }
    QVariant value(const QString& sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }
    bool dropTriggers()
    {
        return m_ok && exec(QStringLiteral("DROP TRIGGER history_no_update")) &&
               exec(QStringLiteral("DROP TRIGGER history_no_delete"));
    }

private:
    static inline int s_counter = 0;
    QString m_name;
    bool m_ok = false;
};

ChainReport verified(const QString& path)
{
    Result<ChainReport> r = HistoryChain::verifyFile(path);
    if (!r)
        qWarning() << r.error().message;
    return r ? r.value() : ChainReport{-1, {}};
}

QString describe(const ChainReport& r)
{
    QStringList out{QStringLiteral("%1 rows").arg(r.rows)};
    for (const ChainProblem& p : r.problems)
        out << QStringLiteral("row %1 %2 %3: %4")
                   .arg(p.rowId)
                   .arg(HistoryChain::kindText(p.kind), p.location, p.what);
    return out.join(QLatin1Char('\n'));
}

} // namespace

class TestHistoryChain : public QObject
{
    Q_OBJECT

    // A register with three assets and an edit: eight history rows (three units, three assets, one
    // update, one review).
    void fill(TestRegister& t)
    {
        for (const QString& name :
             {QStringLiteral("課内連絡網"), QStringLiteral("職員名簿"), QStringLiteral("会議録")})
            QVERIFY(t.reg->addAsset(t.cleanAsset(name), t.actor));
        Asset a = t.reg->assetByNo(t.reg->assets().at(1).assetNo).value();
        a.remarks = QStringLiteral("更新");
        QVERIFY(t.reg->updateAsset(a, t.actor, QStringLiteral("備考の追記")));
        QVERIFY(t.reg->markReviewed(a.assetNo, QDate(2025, 6, 1), t.actor));
    }

private slots:
    void hashIsFixedByItsContent()
    {
        const HistoryContent row{QStringLiteral("asset"),
                                 7,
                                 QStringLiteral("2025-06-01T09:00:00.000"),
                                 QStringLiteral("tester"),
                                 QStringLiteral("試験 太郎"),
                                 QStringLiteral("update"),
                                 QStringLiteral("[]"),
                                 QStringLiteral("")};
        // The documented form: netstrings of the previous hash and each field, SHA-256 in hex. Worked out
        // independently (Python's hashlib), so a change of the form cannot pass unnoticed.
        QCOMPARE(HistoryChain::hash(QString(), row),
                 QStringLiteral("f9556156f1da6a52b413397609ee584bae43255b7817eb08c109f816fcc5d5d0"));
        QCOMPARE(HistoryChain::hash(QStringLiteral("ab"), row),
                 QStringLiteral("e602ee4388f3cd372a711753db5f4dd249c8721c512c776c9cd73576104e6283"));
        // Each field counts, and moving text between fields changes the hash.
        HistoryContent other = row;
        other.comment = QStringLiteral(" ");
        QVERIFY(HistoryChain::hash(QString(), other) != HistoryChain::hash(QString(), row));
        other = row;
        other.osUser = QStringLiteral("teste");
        other.displayName = QStringLiteral("r試験 太郎");
        QVERIFY(HistoryChain::hash(QString(), other) != HistoryChain::hash(QString(), row));
        other = row;
        other.entityId = 8;
        QVERIFY(HistoryChain::hash(QString(), other) != HistoryChain::hash(QString(), row));
    }

    void hashIsTheNetstringsOfEachFieldsUtf8()
    {
        // The documented form spelled out with Qt's own UTF-8 (toUtf8) and hash, for texts of one to
        // four bytes a character and unpaired surrogates, which the rules keep out of the file but
        // which must hash as they always did if one is ever there.
        QString odd = QStringLiteral("a é ア 𠮷 ");
        odd += QChar(0xD800);
        odd += QChar(0xDC00);
        const HistoryContent row{QStringLiteral("asset"), 1234567890123, QStringLiteral("2025-06-01T09:00:00.000"),
                                 odd, QStringLiteral("試験 太郎") + odd, QStringLiteral("create"), odd, odd};
        for (const QString& previous : {QString(), QStringLiteral("ab"), odd}) {
            QByteArray data;
            for (const QByteArray& part :
                 {previous.toUtf8(), row.entity.toUtf8(), QByteArray::number(row.entityId), row.at.toUtf8(),
                  row.osUser.toUtf8(), row.displayName.toUtf8(), row.action.toUtf8(), row.changes.toUtf8(),
                  row.comment.toUtf8()})
                data += QByteArray::number(part.size()) + ':' + part + ',';
            const QString expected =
                QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
            QCOMPARE(HistoryChain::hash(previous, row), expected);
            QCOMPARE(HistoryChain::hashUtf8(previous, row, row.changes.toUtf8()), expected);
        }
    }

    void oddTextsOfWhoAndWhyStillVerify()
    {
        // Who and why are stored as the UTF-8 the chain hashed (Qt's), also a display name with an
        // unpaired surrogate (a settings file edited by hand) and a comment of four-byte characters.
        TestRegister t;
        QString odd = QStringLiteral("山田 𠮷 ");
        odd += QChar(0xD800);
        const Actor actor{QStringLiteral("u1"), odd};
        QVERIFY(t.reg->addAsset(t.cleanAsset(QStringLiteral("課内連絡網")), actor));
        Asset a = t.reg->assets().at(0);
        a.remarks = QStringLiteral("更新");
        QVERIFY(t.reg->updateAsset(a, actor, QStringLiteral("𠮷野家の件 é")));
        const ChainReport r = verified(t.path());
        QVERIFY2(r.whole(), qPrintable(describe(r)));
        QVERIFY(r.rows >= 2);
        const Result<ChainReport> own = t.reg->verifyHistory();
        QVERIFY(own);
        QVERIFY2(own->whole(), qPrintable(describe(own.value())));
    }

    void everyRowIsChained()
    {
        TestRegister t;
        fill(t);
        const ChainReport r = verified(t.path());
        QVERIFY2(r.whole(), qPrintable(describe(r)));
        QCOMPARE(r.rows, 8);
        Outsider o(t.path());
        QCOMPARE(o.value(QStringLiteral("SELECT count(*) FROM history WHERE length(hash) = 64")).toInt(), 8);
        QCOMPARE(o.value(QStringLiteral("SELECT prev_hash FROM history ORDER BY id LIMIT 1")).toString(),
                 QString());
        QCOMPARE(o.value(QStringLiteral("SELECT count(*) FROM history h JOIN history p ON p.id = h.id - 1"
                                        " WHERE h.prev_hash = p.hash"))
                     .toInt(),
                 7);
    }

    void bulkInsertAndBatchesStayWhole()
    {
        TestRegister t;
        QVector<Asset> many;
        for (int i = 0; i < 200; ++i)
            many << t.cleanAsset(QStringLiteral("資産%1").arg(i));
        QCOMPARE(t.reg->addAssets(many, t.actor).value(), 200);
        const Result<void> b = t.reg->batch([&]() -> Result<void> {
            for (const Asset& a : t.reg->assets().mid(0, 20)) {
                Result<Asset> r = t.reg->markReviewed(a.assetNo, QDate(2025, 6, 1), t.actor);
                if (!r)
                    return r.error();
            }
            return {};
        });
        QVERIFY(b);
        const ChainReport r = verified(t.path());
        QVERIFY2(r.whole(), qPrintable(describe(r)));
        QCOMPARE(r.rows, 3 + 200 + 20);
    }

    void rolledBackRowsDoNotBreakTheChain()
    {
        TestRegister t;
        QVERIFY(t.reg->addAsset(t.cleanAsset(), t.actor));
        // A batch that writes history rows, then fails: all of it is rolled back, the kept last hash too.
        const Result<void> failed = t.reg->batch([&]() -> Result<void> {
            Result<Asset> a = t.reg->addAsset(t.cleanAsset(QStringLiteral("取り消される資産")), t.actor);
            if (!a)
                return a.error();
            return makeError(ErrorCode::Validation, QStringLiteral("stop"));
        });
        QVERIFY(!failed);
        QVERIFY(t.reg->addAsset(t.cleanAsset(QStringLiteral("次の資産")), t.actor));
        const ChainReport r = verified(t.path());
        QVERIFY2(r.whole(), qPrintable(describe(r)));
        QCOMPARE(r.rows, 5);
    }

    void twoPeopleWritingTheSameFileKeepOneChain()
    {
        TestRegister t;
        auto second = Register::open(t.path(), t.clock);
        QVERIFY2(second, qPrintable(second.error().message));
        Register& other = *second.value();
        for (int i = 0; i < 5; ++i) {
            QVERIFY(t.reg->addAsset(t.cleanAsset(QStringLiteral("甲%1").arg(i)), t.actor));
            QVERIFY(other.addAsset(t.cleanAsset(QStringLiteral("乙%1").arg(i)), t.actor));
            QVERIFY(other.addAsset(t.cleanAsset(QStringLiteral("丙%1").arg(i)), t.actor));
        }
        const ChainReport r = verified(t.path());
        QVERIFY2(r.whole(), qPrintable(describe(r)));
        QCOMPARE(r.rows, 3 + 15);
    }

    void changedRowIsFound()
    {
        TestRegister t;
        fill(t);
        const QString assetNo = t.reg->assets().at(1).assetNo;
        {
            Outsider o(t.path());
            QVERIFY(o.dropTriggers());
            QVERIFY(o.exec(QStringLiteral("UPDATE history SET display_name = '別人' WHERE id = 7")));
        }
        const ChainReport r = verified(t.path());
        QCOMPARE(r.problems.size(), 1);
        const ChainProblem& p = r.problems.first();
        QCOMPARE(p.kind, ChainProblem::Kind::Changed);
        QCOMPARE(p.rowId, 7);
        QCOMPARE(p.entity, QStringLiteral("asset"));
        QCOMPARE(p.location, assetNo);
        QVERIFY2(p.what.contains(QStringLiteral("no longer matches")), qPrintable(p.what));
    }

    void removedRowIsFound()
    {
        TestRegister t;
        fill(t);
        const QString after = t.reg->assets().at(2).assetNo; // row 6 is the third asset's creation
        {
            Outsider o(t.path());
            QVERIFY(o.dropTriggers());
            QVERIFY(o.exec(QStringLiteral("DELETE FROM history WHERE id = 5")));
        }
        const ChainReport r = verified(t.path());
        QVERIFY2(r.problems.size() == 1, qPrintable(describe(r)));
        const ChainProblem& p = r.problems.first();
        QCOMPARE(p.kind, ChainProblem::Kind::Removed);
        QCOMPARE(p.rowId, 6);
        QCOMPARE(p.location, after);
        QVERIFY2(p.what.contains(QStringLiteral("row 5")), qPrintable(p.what));
        QCOMPARE(r.rows, 7);
    }

    void removedRowsRenumberedAreFound()
    {
        // Someone who deletes a row and moves the later ones down leaves no gap in the ids: the chain
        // still breaks at the row that followed the removed one.
        TestRegister t;
        fill(t);
        {
            Outsider o(t.path());
            QVERIFY(o.dropTriggers());
            QVERIFY(o.exec(QStringLiteral("DELETE FROM history WHERE id = 4")));
            QVERIFY(o.exec(QStringLiteral("UPDATE history SET id = id - 1 WHERE id > 4")));
        }
        const ChainReport r = verified(t.path());
        QVERIFY2(r.problems.size() == 1, qPrintable(describe(r)));
        QCOMPARE(r.problems.first().kind, ChainProblem::Kind::Removed);
        QCOMPARE(r.problems.first().rowId, 4);
    }

    void insertedRowIsFound_data()
    {
        QTest::addColumn<bool>("withHash");
        QTest::newRow("without a hash") << false;
        QTest::newRow("with a made-up hash") << true;
    }

    void insertedRowIsFound()
    {
        QFETCH(bool, withHash);
        TestRegister t;
        fill(t);
        const QString assetNo = t.reg->assets().first().assetNo;
        const qint64 assetId = t.reg->assets().first().id;
        {
            Outsider o(t.path());
            QVERIFY(o.dropTriggers());
            // Moved up to make room, as a careful forger would, and the row slipped in between 4 and 5.
            QVERIFY(o.exec(QStringLiteral("UPDATE history SET id = id + 100 WHERE id >= 5")));
            QVERIFY(o.exec(QStringLiteral("UPDATE history SET id = id - 99 WHERE id >= 105")));
            const QString hash =
                withHash
                    ? QStringLiteral("'%1', '%2'")
                          .arg(o.value(QStringLiteral("SELECT hash FROM history WHERE id = 4")).toString(),
                               QString(64, QLatin1Char('a')))
                    : QStringLiteral("'', ''");
            QVERIFY(
                o.exec(QStringLiteral(
                           "INSERT INTO history (id, entity, entity_id, at, os_user, display_name, action,"
                           " changes, comment, prev_hash, hash) VALUES (5, 'asset', %1,"
                           " '2025-05-01T10:00:00.000', 'x', '課長', 'status', '[]', '', %2)")
                           .arg(assetId)
                           .arg(hash)));
        }
        const ChainReport r = verified(t.path());
        QVERIFY2(r.problems.size() == 1, qPrintable(describe(r)));
        const ChainProblem& p = r.problems.first();
        QCOMPARE(p.kind, ChainProblem::Kind::Inserted);
        QCOMPARE(p.rowId, 5);
        QCOMPARE(p.location, assetNo);
        QCOMPARE(r.rows, 9);
    }

    void rowInsertedAtTheEndThenDaichoWritesOn()
    {
        TestRegister t;
        fill(t);
        {
            Outsider o(t.path());
            QVERIFY(o.exec(
                QStringLiteral("INSERT INTO history (entity, entity_id, at, os_user, display_name, action,"
                               " changes) VALUES ('asset', 1, '2025-05-01', 'x', 'x', 'update', '[]')")));
        }
        // Daicho notices another connection wrote and chains on from the stored last row.
        QVERIFY(t.reg->addAsset(t.cleanAsset(QStringLiteral("後の資産")), t.actor));
        const ChainReport r = verified(t.path());
        QVERIFY2(r.problems.size() == 1, qPrintable(describe(r)));
        QCOMPARE(r.problems.first().kind, ChainProblem::Kind::Inserted);
        QCOMPARE(r.problems.first().rowId, 9);
        QCOMPARE(r.rows, 10);
    }

    void linksMadeAheadAreFollowedOnlyFromTheLastRow()
    {
        // A bulk write links its rows ahead on another thread (PreparedAhead) from the chain's last hash;
        // the chain takes such a link only when it follows its last row, and goes on from it.
        TestRegister t;
        fill(t);
        const QString last = Outsider(t.path()).value(QStringLiteral("SELECT hash FROM history ORDER BY id DESC LIMIT 1")).toString();
        QVERIFY(!last.isEmpty());
        const QString name = QStringLiteral("chain-ahead");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(t.path());
            QVERIFY(db.open());
            HistoryChain chain;
            QCOMPARE(chain.last(db).value(), last);
            const HistoryContent row{QStringLiteral("asset"), 99, QStringLiteral("2025-06-01T09:00:00.000"),
                                     QStringLiteral("tester"), QStringLiteral("試験 太郎"), QStringLiteral("create"),
                                     QString(), QString()};
            const QByteArray changes = R"({"name":"先に繋いだ行"})";
            const HistoryLink ahead{row, last, HistoryChain::hashUtf8(last, row, changes)};
            const HistoryLink astray{row, QStringLiteral("00") + last.mid(2), ahead.hash};
            QCOMPARE(chain.follow(db, astray).value(), false);
            QCOMPARE(chain.last(db).value(), last);   // unmoved
            QCOMPARE(chain.follow(db, ahead).value(), true);
            QCOMPARE(chain.last(db).value(), ahead.hash);
            QCOMPARE(chain.follow(db, ahead).value(), false);   // not twice
            const Result<HistoryLink> next = chain.linkUtf8(db, row, changes);
            QCOMPARE(next.value().previous, ahead.hash);
        }
        QSqlDatabase::removeDatabase(name);
    }

    void migratedOldRegisterGetsAWholeChain()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.daicho"));
        QVERIFY(QFile::copy(QStringLiteral(DAICHO_TEST_DATA "/register-v1.sqlite"), path));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        FixedClock clock(QDate(2025, 6, 1));
        int rows = 0;
        {
            auto opened = Register::open(path, clock);
            QVERIFY2(opened, qPrintable(opened.error().message));
            QCOMPARE(opened.value()->schemaVersion(), Migrations::latestVersion());
            ChainReport r = verified(path);
            QVERIFY2(r.whole(), qPrintable(describe(r)));
            QVERIFY(r.rows >= 2);
            rows = r.rows;
            // The rows it held keep their content; the next row chains on.
            Asset a = opened.value()->assetByNo(QStringLiteral("0302-0001")).value();
            a.remarks = QStringLiteral("移行後の編集");
            QVERIFY(opened.value()->updateAsset(a, {QStringLiteral("tester"), QStringLiteral("試験 太郎")}));
        }
        const ChainReport r = verified(path);
        QVERIFY2(r.whole(), qPrintable(describe(r)));
        QCOMPARE(r.rows, rows + 1);
        // And the append-only rule is back after the update that chained them.
        Outsider o(path);
        QVERIFY(!o.exec(QStringLiteral("UPDATE history SET comment = 'x'")));
        QVERIFY(!o.exec(QStringLiteral("DELETE FROM history")));
    }
};

QTEST_GUILESS_MAIN(TestHistoryChain)
#include "tst_historychain.moc"
