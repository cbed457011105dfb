// The bulk write path (Register::addAssets through AssetWriter, as import and consolidation use it)
// against the single adds people make in the window: the same rows, the same history, the same chain,
// and the same refusals with the same words, all or nothing.
#include "TestRegister.h"

#include "storage/HistoryChanges.h"
#include "storage/HistoryChain.h"
#include "storage/PreparedAhead.h"
#include "storage/Register.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace daicho;
using daicho::test::TestRegister;

namespace {

// Every row of a table as text, columns by name, read on a connection of its own.
QStringList tableRows(const QString& path, const QString& sql)
{
    static int counter = 0;
    const QString name = QStringLiteral("bulk-raw-%1").arg(++counter);
    QStringList rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            return {QStringLiteral("cannot open")};
        QSqlQuery q(db);
        if (!q.exec(sql))
            return {q.lastError().text()};
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < q.record().count(); ++i) {
                const QVariant v = q.value(i);
                cells << q.record().fieldName(i) + QLatin1Char('=')
                             + (v.isNull() ? QStringLiteral("NULL") : QString::fromLatin1(v.typeName()) + QLatin1Char(':') + v.toString());
            }
            rows << cells.join(QLatin1Char('|'));
        }
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

QStringList assetRows(const TestRegister& t)
{
    return tableRows(t.path(), QStringLiteral("SELECT * FROM asset ORDER BY id"));
}

QStringList historyRows(const TestRegister& t)
{
    return tableRows(t.path(), QStringLiteral("SELECT *, typeof(changes) AS stored_as FROM history ORDER BY id"));
}

// Assets that use every field, with the texts a file brings: quotes, backslashes, line breaks,
// control characters (removed on save), full-width and four-byte characters, levels as people type
// them, empty and far dates, handling restriction overrides, and one without a number.
QVector<Asset> everyKindOfAsset(const TestRegister& t)
{
    QVector<Asset> out;
    for (int i = 0; i < 6; ++i) {
        Asset a = t.cleanAsset(QStringLiteral("資産 %1 \"引用\" \\ 𠮷野家\tタブ").arg(i));
        a.assetNo = QStringLiteral("0302-%1").arg(100 + i);
        for (const AssetField& f : AssetFields::all()) {
            if (f.type != FieldType::Text || f.key == QLatin1String("asset_no") || f.key == QLatin1String("name")
                || f.key == QLatin1String("network_segment") || f.key == QLatin1String("scheme"))
                continue;
            a.*f.text = QStringLiteral("%1 値%2\n二行目 \"q\" \\ \x01\x1b end").arg(f.key).arg(i);
        }
        a.fiscalYear = 2020 + i;
        a.personal = a.sensitive = a.specific = i % 2 == 0;
        a.subjectBand = QStringLiteral("lt1000");
        a.outsourced = a.subcontracted = a.cloud = a.ismap = i % 2 == 1;
        a.locked = a.fireproof = true;
        a.backup = QStringLiteral("weekly");
        a.retentionPeriod = QStringLiteral("5y");
        a.retentionUntil = i == 0 ? QDate() : QDate(2030 + i, 3, 31);
        a.cLevel = i == 1 ? QStringLiteral("機密性２") : QStringLiteral("2");
        a.iLevel = QStringLiteral("２");
        a.aLevel = QStringLiteral("1");
        a.threat = 1 + i % 3;
        a.vulnerability = i == 2 ? 0 : 2;
        a.stage = i == 3 ? QStringLiteral("create") : QStringLiteral("use");
        a.status = i == 4 ? QStringLiteral("pending") : QStringLiteral("draft");
        a.lastReview = i == 5 ? QDate() : QDate(2024, 4, 1 + i);
        a.nextReview = QDate(9999, 12, 31);
        a.reclassPending = i == 2;
        if (i % 2 == 0)
            a.restrictionOverrides = {{QStringLiteral("c2-no-copies"), false, QStringLiteral("写しは \"作らない\"")},
                                      {QStringLiteral("a2-backup-recovery"), true, QStringLiteral("理由")}};
        out << a;
    }
    Asset unnumbered = t.cleanAsset(QStringLiteral("番号なし"));
    out << unnumbered;
    Asset other = t.cleanAsset(QStringLiteral("税の資産"));
    other.orgId = 0;
    other.orgCode = QStringLiteral("０３０３");   // resolved from the code, as a file gives it
    out << other;
    return out;
}

// The register's organisation units, as its preparer reads them.
OrgUnitIndex index(const TestRegister& t)
{
    OrgUnitIndex units;
    for (const OrgUnit& u : t.reg->orgUnits())
        units.insert(u);
    return units;
}

} // namespace

class TestBulkWrite : public QObject
{
    Q_OBJECT

private slots:
    void bulkAddWritesWhatSingleAddsWrite()
    {
        TestRegister single;
        TestRegister bulk;
        const QVector<Asset> assets = everyKindOfAsset(single);
        QVector<Asset> saved;
        for (const Asset& a : assets) {
            auto r = single.reg->addAsset(a, single.actor);
            QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
            saved << r.value();
        }
        auto n = bulk.reg->addAssets(everyKindOfAsset(bulk), bulk.actor);
        QVERIFY2(n, qPrintable(n ? QString() : n.error().message));
        QCOMPARE(n.value(), int(assets.size()));

        // Same clock, same actor, same organisation ids: the files hold the very same rows, hashes included.
        const QStringList singleAssets = assetRows(single);
        QCOMPARE(singleAssets.size(), int(assets.size()));
        QCOMPARE(assetRows(bulk), singleAssets);
        const QStringList singleHistory = historyRows(single);
        QCOMPARE(historyRows(bulk), singleHistory);
        QVERIFY(singleHistory.last().contains(QLatin1String("stored_as=QString:text")));

        for (const Asset& s : saved) {
            // What comes back is what was stored, field for field (control characters gone, levels as codes).
            const std::optional<Asset> read = bulk.reg->assetByNo(s.assetNo);
            QVERIFY(read);
            for (const AssetField& f : AssetFields::all())
                QCOMPARE(AssetFields::toText(f, *read), AssetFields::toText(f, s));
            // (read back in code order)
            auto byCode = [](QVector<RestrictionOverride> list) {
                std::sort(list.begin(), list.end(), [](const auto& x, const auto& y) { return x.code < y.code; });
                return list;
            };
            QCOMPARE(byCode(read->restrictionOverrides), byCode(s.restrictionOverrides));
            QVERIFY(!s.name.contains(QChar(0x1b)));

            // The creation's history lists every value the asset was created with, as the field diff
            // from a fresh asset says it, in the same words; stored in the creation's own form.
            const QVector<HistoryEntry> h = bulk.reg->history(QStringLiteral("asset"), read->id);
            QCOMPARE(h.size(), 1);
            const QVector<AssetFields::Change> diff = AssetFields::diff(Asset(), s);
            QCOMPARE(h.first().changes.size(), diff.size());
            for (qsizetype c = 0; c < diff.size(); ++c) {
                QCOMPARE(h.first().changes.at(c).key, diff.at(c).key);
                QCOMPARE(h.first().changes.at(c).oldValue, diff.at(c).oldValue);
                QCOMPARE(h.first().changes.at(c).newValue, diff.at(c).newValue);
            }
            const QStringList stored = tableRows(
                bulk.path(), QStringLiteral("SELECT changes FROM history WHERE entity = 'asset' AND entity_id = %1").arg(read->id));
            QCOMPARE(stored, QStringList{QStringLiteral("changes=QString:") + QString::fromUtf8(HistoryChanges::created(s))});
        }
        QCOMPARE(saved.at(1).cLevel, QString("2"));
        QCOMPARE(saved.at(6).assetNo, QString("0302-0106"));   // after the highest number given
        QCOMPARE(saved.at(7).assetNo, QString("0303-0001"));

        // The chain covers every row written, checked with the portable hash as verify uses it.
        for (TestRegister* t : {&single, &bulk}) {
            auto report = t->reg->verifyHistory();
            QVERIFY(report);
            QVERIFY(report->whole());
        }
    }

    void bytesHashLikeText()
    {
        HistoryContent row{QStringLiteral("asset"), 42, QStringLiteral("2025-06-01T00:00:00.000"),
                           QStringLiteral("tester"), QStringLiteral("試験 太郎"), QStringLiteral("create"),
                           QStringLiteral("[{\"field\":\"name\",\"new\":\"𠮷 \\\"x\\\"\",\"old\":\"\"}]"), QString()};
        const QString previous = QStringLiteral("ab12");
        QCOMPARE(HistoryChain::hashUtf8(previous, row, row.changes.toUtf8()), HistoryChain::hash(previous, row));
        QCOMPARE(HistoryChain::hashUtf8(QString(), row, QByteArray()),
                 HistoryChain::hash(QString(), HistoryContent{row.entity, row.entityId, row.at, row.osUser,
                                                              row.displayName, row.action, QString(), row.comment}));
        QVERIFY(HistoryChain::hashUtf8(previous, row, "[]") != HistoryChain::hash(previous, row));
    }

    void bulkAddRefusesTakenNumbersAllOrNothing()
    {
        TestRegister t;
        Asset first = t.cleanAsset(QStringLiteral("一"));
        first.assetNo = QStringLiteral("0302-0007");
        QVERIFY(t.reg->addAsset(first, t.actor));
        const QStringList assetsBefore = assetRows(t);
        const QStringList historyBefore = historyRows(t);

        // Taken in the register (typed full-width) …
        Asset again = t.cleanAsset(QStringLiteral("二"));
        again.assetNo = QStringLiteral("０３０２－０００７");
        auto r = t.reg->addAssets({t.cleanAsset(QStringLiteral("三")), again}, t.actor);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Conflict);
        QCOMPARE(r.error().message, QString("The asset number 0302-0007 is already used."));
        // … twice in the same batch …
        Asset a = t.cleanAsset(QStringLiteral("四"));
        a.assetNo = QStringLiteral("0302-0100");
        Asset b = t.cleanAsset(QStringLiteral("五"));
        b.assetNo = QStringLiteral("0302-0100");
        r = t.reg->addAssets({a, b}, t.actor);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Conflict);
        QCOMPARE(r.error().message, QString("The asset number 0302-0100 is already used."));
        // … or withdrawn, which keeps its number.
        QVERIFY(t.reg->withdrawAsset(QStringLiteral("0302-0007"), QStringLiteral("誤登録"), t.actor));
        const QStringList withdrawnAssets = assetRows(t);
        const QStringList withdrawnHistory = historyRows(t);
        QVERIFY(withdrawnHistory.size() > historyBefore.size());
        r = t.reg->addAssets({again}, t.actor);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Conflict);
        QCOMPARE(assetRows(t), withdrawnAssets);
        QCOMPARE(historyRows(t), withdrawnHistory);
        QCOMPARE(withdrawnAssets.size(), assetsBefore.size());

        // The chain goes on after the refusals as if they never happened.
        QVERIFY(t.reg->addAssets({t.cleanAsset(QStringLiteral("六"))}, t.actor));
        auto report = t.reg->verifyHistory();
        QVERIFY(report);
        QVERIFY(report->whole());
    }

    void bulkAddRefusesBadRowsWithTheSameWords()
    {
        TestRegister single;
        TestRegister bulk;
        auto refusal = [](TestRegister& t, const Asset& bad) {
            Asset fine = t.cleanAsset(QStringLiteral("良い行"));
            auto one = t.reg->addAsset(bad, t.actor);
            auto many = t.reg->addAssets({fine, bad}, t.actor);
            return std::make_pair(one, many);
        };
        QVector<std::function<void(Asset&)>> breakers = {
            [](Asset& a) { a.name = QString(201, QChar(u'長')); },
            [](Asset& a) { a.remarks = QStringLiteral("壊れ") + QChar(0xD800); },
            [](Asset& a) { a.name.clear(); },
            [](Asset& a) { a.assetType = QStringLiteral("no-such-type"); },
            [](Asset& a) { a.cLevel = QStringLiteral("9"); },
            [](Asset& a) { a.stage = QStringLiteral("publish"); },
            [](Asset& a) { a.restrictionOverrides = {{QStringLiteral("c2-no-copies"), false, QString()}}; },
            [](Asset& a) { a.orgId = 0, a.orgCode = QStringLiteral("9999"); },
        };
        for (const auto& breakIt : breakers) {
            Asset bad = single.cleanAsset(QStringLiteral("悪い行"));
            breakIt(bad);
            auto [one, many] = refusal(bulk, bad);
            QVERIFY(!one);
            QVERIFY(!many);
            QCOMPARE(many.error().code, one.error().code);
            QCOMPARE(many.error().message, one.error().message);
            QCOMPARE(many.error().details, one.error().details);
        }
        QCOMPARE(bulk.reg->assetCount(), 0);
        QCOMPARE(historyRows(bulk), historyRows(single));
    }

    void largeBulkAddWritesWhatSmallOnesWrite_data()
    {
        QTest::addColumn<bool>("numberless");
        QTest::newRow("every asset numbered: all history linked ahead") << false;
        QTest::newRow("some without a number: linking ahead stops at the first") << true;
    }

    void largeBulkAddWritesWhatSmallOnesWrite()
    {
        // From PreparedAhead::kThreadRows assets on, they are prepared and their history linked on a second
        // thread: the register holds the very same rows and history (hashes included) as when they are
        // prepared in turn, in batches too small for the thread, every kind of asset.
        QFETCH(bool, numberless);
        const int batches = 8;
        TestRegister small;
        TestRegister large;
        QVector<Asset> all;
        QVector<QVector<Asset>> parts(batches);
        int made = 0;
        while (all.size() < PreparedAhead::kThreadRows + 200) {
            for (Asset a : everyKindOfAsset(small)) {
                if (!a.assetNo.isEmpty() || !numberless)
                    a.assetNo = QStringLiteral("0302-%1").arg(1000 + made);
                a.name += QString::number(made);
                parts[made % batches] << a;
                all << a;
                ++made;
            }
        }
        for (const QVector<Asset>& part : parts) {
            QVERIFY(part.size() < PreparedAhead::kThreadRows);
            auto n = small.reg->addAssets(part, small.actor);
            QVERIFY2(n, qPrintable(n ? QString() : n.error().message));
        }
        QVector<Asset> inBatchOrder;
        for (const QVector<Asset>& part : parts)
            inBatchOrder += part;
        auto n = large.reg->addAssets(inBatchOrder, large.actor);
        QVERIFY2(n, qPrintable(n ? QString() : n.error().message));
        QCOMPARE(n.value(), int(all.size()));
        QCOMPARE(assetRows(large), assetRows(small));
        QCOMPARE(historyRows(large), historyRows(small));
        auto report = large.reg->verifyHistory();
        QVERIFY(report && report->whole());
    }

    void largeBulkAddRefusesTheFirstBadRowWholly()
    {
        // A bad row far into a large batch, another after it: the first one's refusal, in the words a
        // single add gives, and nothing written, whether it is found on the second thread or not.
        TestRegister t;
        const QStringList historyBefore = historyRows(t);
        QVector<Asset> assets;
        for (int i = 0; i < PreparedAhead::kThreadRows + 500; ++i)
            assets << t.cleanAsset(QStringLiteral("資産 %1").arg(i));
        Asset bad = assets[900];
        bad.cLevel = QStringLiteral("9");
        assets[900] = bad;
        assets[1300].name.clear();
        const auto one = t.reg->addAsset(bad, t.actor);
        QVERIFY(!one);
        const auto many = t.reg->addAssets(assets, t.actor);
        QVERIFY(!many);
        QCOMPARE(many.error().code, one.error().code);
        QCOMPARE(many.error().message, one.error().message);
        QCOMPARE(t.reg->assetCount(), 0);
        QCOMPARE(historyRows(t), historyBefore);

        // A number taken by an earlier row of the batch is refused as it is written, the thread ahead.
        assets[900] = t.cleanAsset(QStringLiteral("良い行"));
        assets[1300].name = QStringLiteral("名前");
        assets[10].assetNo = QStringLiteral("0302-0500");
        assets[1100].assetNo = QStringLiteral("0302-0500");
        const auto taken = t.reg->addAssets(assets, t.actor);
        QVERIFY(!taken);
        QCOMPARE(taken.error().code, ErrorCode::Conflict);
        QCOMPARE(t.reg->assetCount(), 0);
        QCOMPARE(historyRows(t), historyBefore);
    }

    void preparedAheadStopsWhereverItIsLeft()
    {
        // Taken only in part (a write refused early), the thread stops and nothing is left behind.
        TestRegister t;
        QVector<Asset> assets;
        for (int i = 0; i < 3 * PreparedAhead::kThreadRows; ++i)
            assets << t.cleanAsset(QStringLiteral("資産 %1").arg(i));
        const OrgUnitIndex units = index(t);
        const AssetPreparer preparer(t.reg->catalog(), units);
        for (qsizetype taken : {qsizetype(0), qsizetype(1), qsizetype(700), qsizetype(2999)}) {
            PreparedAhead ahead(preparer, assets, t.clock.today());
            QCOMPARE(ahead.size(), assets.size());
            for (qsizetype i = 0; i < taken; ++i) {
                PreparedAhead::Prepared p = ahead.take(i);
                QVERIFY(p.asset);
                QCOMPARE(p.asset.value().name, assets[i].name);
                QCOMPARE(p.created, QByteArray());   // no number yet: its history is made as it is written
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestBulkWrite)
#include "tst_bulkwrite.moc"
