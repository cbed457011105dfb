// Closing a 年度 freezes a copy that refuses every change; comparing two registers tells the
// committee what came, what went and what changed level.
#include "TestRegister.h"

#include "report/YearComparison.h"
#include "report/YearComparisonReport.h"

#include <QFileInfo>
#include <QTest>

using namespace daicho;
using namespace daicho::test;

class TestYearSnapshot : public QObject
{
    Q_OBJECT

private slots:
    void closedYearIsAFrozenCopy()
    {
        TestRegister t;
        const Asset a = t.reg->addAsset(t.cleanAsset(), t.actor).value();
        const QString copyPath = t.dir.filePath(QStringLiteral("register_令和7年度.daicho"));
        QVERIFY(t.reg->closeFiscalYear(2025, copyPath, t.actor));
        QVERIFY(QFileInfo::exists(copyPath));
        QCOMPARE(t.reg->setting(QStringLiteral("snapshot_2025")), QFileInfo(copyPath).fileName());
        QCOMPARE(t.reg->frozenFiscalYear(), 0);

        // Closing again never overwrites the copy.
        const Result<void> again = t.reg->closeFiscalYear(2025, copyPath, t.actor);
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::Conflict);

        // The working register goes on; the copy keeps the year as it was and refuses changes.
        Asset changed = a;
        changed.name = QStringLiteral("変更後");
        QVERIFY(t.reg->updateAsset(changed, t.actor));
        Result<std::unique_ptr<Register>> copy = Register::open(copyPath, t.clock);
        QVERIFY2(copy, qPrintable(copy.error().message));
        QCOMPARE(copy.value()->frozenFiscalYear(), 2025);
        QCOMPARE(copy.value()->assetCount(), 1);
        Asset old = copy.value()->assetByNo(a.assetNo).value();
        QCOMPARE(old.name, a.name);
        old.name = QStringLiteral("書き換え");
        const Result<Asset> refused = copy.value()->updateAsset(old, t.actor);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("closed copy")), qPrintable(refused.error().message));
        QVERIFY(!copy.value()->addAsset(t.cleanAsset(QStringLiteral("追加")), t.actor));
        QVERIFY(!copy.value()->setSetting(QStringLiteral("city_name"), QStringLiteral("別の市")));
        QVERIFY(!copy.value()->closeFiscalYear(2026, t.dir.filePath(QStringLiteral("x.daicho")), t.actor));
        QCOMPARE(copy.value()->assetByNo(a.assetNo)->name, a.name);
        QVERIFY(copy.value()->integrityProblems().isEmpty());
    }

    void comparisonListsAddedRemovedDisposedAndRelevelled()
    {
        TestRegister t;
        const Asset kept = t.reg->addAsset(t.cleanAsset(QStringLiteral("そのまま")), t.actor).value();
        Asset relevel = t.reg->addAsset(t.cleanAsset(QStringLiteral("格付変更")), t.actor).value();
        const Asset disposed = t.reg->addAsset(t.cleanAsset(QStringLiteral("廃棄する")), t.actor).value();
        const Asset withdrawn = t.reg->addAsset(t.cleanAsset(QStringLiteral("誤登録")), t.actor).value();
        const QString copyPath = t.dir.filePath(QStringLiteral("r7.daicho"));
        QVERIFY(t.reg->closeFiscalYear(2025, copyPath, t.actor));

        relevel.cLevel = QStringLiteral("3C");
        relevel.personal = true;
        QVERIFY(t.reg->updateAsset(relevel, t.actor));
        StageChange d;
        d.date = t.clock.today();
        d.person = QStringLiteral("試験 太郎");
        d.disposalMethod = QStringLiteral("shred");
        d.disposalApprover = QStringLiteral("保険年金課長");
        QVERIFY2(t.reg->changeStage(disposed.assetNo, QStringLiteral("dispose"), d, t.actor), "dispose");
        QVERIFY(t.reg->withdrawAsset(withdrawn.assetNo, QStringLiteral("誤登録"), t.actor));
        const Asset added = t.reg->addAsset(t.cleanAsset(QStringLiteral("新規")), t.actor).value();

        auto older = Register::open(copyPath, t.clock);
        QVERIFY(older);
        const YearComparison cmp = YearComparison::compare(*older.value(), *t.reg);
        QCOMPARE(cmp.olderLabel, QStringLiteral("令和7年度"));
        QCOMPARE(cmp.newerLabel, QStringLiteral("register.daicho"));
        QCOMPARE(cmp.rows.size(), 4);
        using C = ComparisonRow::Change;
        QCOMPARE(cmp.rows.at(0).change, C::Added);
        QCOMPARE(cmp.rows.at(0).assetNo, added.assetNo);
        QCOMPARE(cmp.rows.at(0).after, QStringLiteral("C2-I1-A1"));
        QCOMPARE(cmp.rows.at(1).change, C::Removed);
        QCOMPARE(cmp.rows.at(1).assetNo, withdrawn.assetNo);
        QCOMPARE(cmp.rows.at(2).change, C::Disposed);
        QCOMPARE(cmp.rows.at(2).assetNo, disposed.assetNo);
        QCOMPARE(cmp.rows.at(3).change, C::Reclassified);
        QCOMPARE(cmp.rows.at(3).before, QStringLiteral("C2-I1-A1"));
        QCOMPARE(cmp.rows.at(3).after, QStringLiteral("C3C-I1-A1"));
        for (const ComparisonRow& r : cmp.rows)
            QVERIFY(r.assetNo != kept.assetNo);
        QCOMPARE(cmp.count(C::Added), 1);
        QCOMPARE(cmp.count(C::Reclassified), 1);

        // The committee's printout: the counts, then one table per kind of change, handled at the highest level listed.
        const ReportDocument doc = YearComparisonReport::build(*older.value(), *t.reg);
        QCOMPARE(doc.heading.fiscalYear, QStringLiteral("令和7年度 → register.daicho"));
        QCOMPARE(doc.heading.classification, QStringLiteral("自治体機密性3C"));
        QStringList headings;
        int tableRows = 0;
        for (const ReportBlock& b : doc.blocks) {
            if (b.kind == ReportBlock::Kind::Heading)
                headings << b.text;
            if (b.kind == ReportBlock::Kind::Table)
                tableRows += int(b.table.rows.size());
        }
        QCOMPARE(headings, (QStringList{"Added (1)", "Removed (1)", "Disposed (1)", "Level changed (1)"}));
        QCOMPARE(tableRows, 4);

        // The same register against itself: nothing.
        QVERIFY(YearComparison::compare(*t.reg, *t.reg).rows.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestYearSnapshot)
#include "tst_yearsnapshot.moc"
