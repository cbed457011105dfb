// Two things the window's undo stands on: a registration made by mistake can be withdrawn and brought
// back without anything being deleted, and several changes can be saved as one (all or none).
#include "TestRegister.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

using namespace daicho;
using daicho::test::TestRegister;

class TestWithdraw : public QObject
{
    Q_OBJECT
private slots:
    void withdrawnAssetLeavesListsButKeepsItsNumber()
    {
        TestRegister t;
        const Asset a = t.reg->addAsset(t.cleanAsset(), t.actor).value();
        const Asset b = t.reg->addAsset(t.cleanAsset(QStringLiteral("窓口受付簿")), t.actor).value();
        QVERIFY(t.reg->withdrawAsset(a.assetNo, QStringLiteral("誤登録"), t.actor));
        QCOMPARE(t.reg->assetCount(), 1);
        QCOMPARE(t.reg->assets().size(), 1);
        QCOMPARE(t.reg->assets().first().id, b.id);
        QVERIFY(!t.reg->assetByNo(a.assetNo));
        QVERIFY(!t.reg->asset(a.id));
        // The number is not given out again, and cannot be taken by hand either.
        QVERIFY(t.reg->nextAssetNo(QStringLiteral("0302")) != a.assetNo);
        Asset same = t.cleanAsset(QStringLiteral("別の資産"));
        same.assetNo = a.assetNo;
        const Result<Asset> clash = t.reg->addAsset(same, t.actor);
        QVERIFY(!clash);
        QCOMPARE(clash.error().code, ErrorCode::Conflict);
        // The row is still in the file: nothing was deleted.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(t.path());
        QVERIFY(db.open());
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM asset")) && q.next());
            QCOMPARE(q.value(0).toInt(), 2);
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    }

    void restoreBringsItBackWithItsHistory()
    {
        TestRegister t;
        const Asset a = t.reg->addAsset(t.cleanAsset(), t.actor).value();
        QVERIFY(t.reg->withdrawAsset(a.assetNo, QStringLiteral("誤登録"), t.actor));
        QVERIFY(!t.reg->withdrawAsset(a.assetNo, {}, t.actor));   // already withdrawn
        QVERIFY(t.reg->restoreAsset(a.assetNo, {}, t.actor));
        QVERIFY(!t.reg->restoreAsset(a.assetNo, {}, t.actor));    // not withdrawn any more
        QCOMPARE(t.reg->assetCount(), 1);
        QCOMPARE(t.reg->asset(a.id)->name, a.name);
        QStringList actions;
        for (const HistoryEntry& h : t.reg->history(QStringLiteral("asset"), a.id))
            actions << h.action;
        QCOMPARE(actions, (QStringList{QStringLiteral("create"), QStringLiteral("withdraw"), QStringLiteral("restore")}));
        QCOMPARE(t.reg->history(QStringLiteral("asset"), a.id).at(1).comment, QStringLiteral("誤登録"));
    }

    // Once submitted, an asset is the section's word: it is disposed of, not withdrawn.
    void onlyDraftsCanBeWithdrawn()
    {
        TestRegister t;
        const Asset a = t.reg->addAsset(t.cleanAsset(), t.actor).value();
        QVERIFY(t.reg->changeStatus(a.assetNo, QStringLiteral("pending"), {}, t.actor));
        const Result<Asset> r = t.reg->withdrawAsset(a.assetNo, {}, t.actor);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Validation);
        QCOMPARE(t.reg->assetCount(), 1);
    }

    void batchSavesAllOrNothing()
    {
        TestRegister t;
        const Asset a = t.reg->addAsset(t.cleanAsset(QStringLiteral("A")), t.actor).value();
        const Asset b = t.reg->addAsset(t.cleanAsset(QStringLiteral("B")), t.actor).value();
        Result<void> r = t.reg->batch([&]() -> Result<void> {
            Asset x = *t.reg->asset(a.id);
            x.remarks = QStringLiteral("一括");
            if (auto s = t.reg->updateAsset(x, t.actor); !s)
                return s.error();
            Asset y = *t.reg->asset(b.id);
            y.name.clear();   // a rule error: the whole batch fails
            if (auto s = t.reg->updateAsset(y, t.actor); !s)
                return s.error();
            return {};
        });
        QVERIFY(!r);
        QCOMPARE(t.reg->asset(a.id)->remarks, QString());
        QCOMPARE(t.reg->history(QStringLiteral("asset"), a.id).size(), 1);

        r = t.reg->batch([&]() -> Result<void> {
            for (qint64 id : {a.id, b.id}) {
                Asset x = *t.reg->asset(id);
                x.remarks = QStringLiteral("一括");
                if (auto s = t.reg->updateAsset(x, t.actor); !s)
                    return s.error();
            }
            return {};
        });
        QVERIFY(r);
        QCOMPARE(t.reg->asset(a.id)->remarks, QStringLiteral("一括"));
        QCOMPARE(t.reg->asset(b.id)->remarks, QStringLiteral("一括"));
        // After a batch the register writes on its own again.
        QVERIFY(t.reg->addAsset(t.cleanAsset(QStringLiteral("C")), t.actor));
        QCOMPARE(t.reg->assetCount(), 3);
    }

    // A failure the batch's own code ignores still fails the batch: nothing half-saved.
    void aSwallowedFailureStillRollsBack()
    {
        TestRegister t;
        const Asset a = t.reg->addAsset(t.cleanAsset(QStringLiteral("A")), t.actor).value();
        const Result<void> r = t.reg->batch([&]() -> Result<void> {
            Asset x = *t.reg->asset(a.id);
            x.remarks = QStringLiteral("保存されない");
            (void)t.reg->updateAsset(x, t.actor);
            (void)t.reg->changeStatus(a.assetNo, QStringLiteral("returned"), {}, t.actor);   // needs a comment
            return {};
        });
        QVERIFY(!r);
        QCOMPARE(t.reg->asset(a.id)->remarks, QString());
    }
};

QTEST_GUILESS_MAIN(TestWithdraw)
#include "tst_withdraw.moc"
