// The register's fast row reader (SQLite's own API into the typed members) against an independent
// reading of the same rows through Qt Sql, field by field: every field set, empty and null dates,
// booleans, overrides, withdrawn rows, Japanese and long text, and bytes another program wrote.

#include "TestRegister.h"
#include "storage/AssetColumns.h"
#include "util/TextMemo.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QUuid>

using namespace daicho;
using namespace daicho::test;
using namespace Qt::StringLiterals;

namespace {

// A second connection to the file, as another program would open it.
class RawConnection
{
public:
    explicit RawConnection(const QString& path)
        : m_name(QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::Id128))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawConnection()
    {
        QSqlDatabase::database(m_name).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name); }
    void exec(const QString& sql, const QVariantList& values = {}) const
    {
        QSqlQuery q(db());
        QVERIFY2(q.prepare(sql), qPrintable(q.lastError().text()));
        for (const QVariant& v : values)
            q.addBindValue(v);
        QVERIFY2(q.exec(), qPrintable(sql + QLatin1Char(' ') + q.lastError().text()));
    }

private:
    QString m_name;
};

// A field's value as the Qt Sql reader understood the column, in AssetFields::toText's form.
QString expectedText(const AssetField& f, const QVariant& v)
{
    switch (f.type) {
    case FieldType::Boolean: return v.toInt() != 0 ? QStringLiteral("1") : QStringLiteral("0");
    case FieldType::Integer: return v.toInt() == 0 ? QString() : QString::number(v.toInt());
    case FieldType::Date: {
        const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
        return d.isValid() ? d.toString(Qt::ISODate) : QString();
    }
    default: return v.toString();
    }
}

// Every asset row that is not withdrawn, read through Qt Sql, compared with what the register read.
void compareWithQtSql(const QString& path, const QVector<Asset>& read, const QHash<qint64, QString>& orgCodes)
{
    RawConnection raw(path);
    QSqlQuery q(raw.db());
    QVERIFY(q.exec(QStringLiteral("SELECT * FROM asset WHERE withdrawn = 0 ORDER BY id")));
    const QSqlRecord rec = q.record();
    QHash<qint64, const Asset*> byId;
    for (const Asset& a : read)
        byId.insert(a.id, &a);
    int rows = 0;
    while (q.next()) {
        ++rows;
        const qint64 id = q.value(QStringLiteral("id")).toLongLong();
        QVERIFY2(byId.contains(id), qPrintable(QStringLiteral("row %1 not read").arg(id)));
        const Asset& a = *byId.value(id);
        QCOMPARE(a.orgId, q.value(QStringLiteral("org_id")).toLongLong());
        QCOMPARE(a.orgCode, orgCodes.value(a.orgId));
        QCOMPARE(a.rowVersion, q.value(QStringLiteral("row_version")).toInt());
        for (const AssetField& f : AssetFields::all()) {
            const int column = rec.indexOf(assetColumn(f));
            QVERIFY2(column >= 0, qPrintable(f.key));
            const QString got = AssetFields::toText(f, a);
            const QString want = expectedText(f, q.value(column));
            if (got != want)
                QFAIL(qPrintable(QStringLiteral("asset %1, %2: read \"%3\", stored \"%4\"").arg(a.assetNo, f.key,
                                                                                          got, want)));
        }
        QSqlQuery o(raw.db());
        QVERIFY(o.prepare(QStringLiteral("SELECT restriction_code, action, reason FROM asset_restriction"
                                         " WHERE asset_id = ? ORDER BY restriction_code")));
        o.addBindValue(id);
        QVERIFY(o.exec());
        QVector<RestrictionOverride> overrides;
        while (o.next())
            overrides.append({o.value(0).toString(), o.value(1).toString() == QLatin1String("add"),
                              o.value(2).toString()});
        QCOMPARE(a.restrictionOverrides, overrides);
    }
    QCOMPARE(read.size(), rows);
}

} // namespace

class TestAssetReader : public QObject
{
    Q_OBJECT

    TestRegister t;
    QHash<qint64, QString> orgCodes;
    QString longRemarks;
    QString full, plain, withdrawn, broken;

private slots:
    void initTestCase()
    {
        for (const OrgUnit& u : t.reg->orgUnits())
            orgCodes.insert(u.id, u.code);
        // One asset with every field set (through SQL below, so no rule stands in the way), one as
        // a person registers it, one withdrawn, one holding bytes only another program could write.
        Asset a = t.cleanAsset(QStringLiteral("全項目の資産"));
        QVERIFY(t.reg->addAsset(a, t.actor));
        Asset b = t.cleanAsset(QStringLiteral("住民基本台帳（本人確認用）"));
        b.orgId = t.otherSection.id;
        QVERIFY(t.reg->addAsset(b, t.actor));
        QVERIFY(t.reg->addAsset(t.cleanAsset(QStringLiteral("誤って登録した資産")), t.actor));
        QVERIFY(t.reg->addAsset(t.cleanAsset(QStringLiteral("壊れた文字")), t.actor));
        const QVector<Asset> all = t.reg->assets();
        QCOMPARE(all.size(), 4);
        for (const Asset& x : all) {
            if (x.name == QStringLiteral("全項目の資産"))
                full = x.assetNo;
            else if (x.name.startsWith(QStringLiteral("住民")))
                plain = x.assetNo;
            else if (x.name.startsWith(QStringLiteral("誤って")))
                withdrawn = x.assetNo;
            else
                broken = x.assetNo;
        }
        QVERIFY(t.reg->withdrawAsset(withdrawn, QStringLiteral("誤登録"), t.actor));

        longRemarks = QStringLiteral("備考：個人情報を含む。\n施錠保管。😀 ");
        while (longRemarks.size() < 4000)
            longRemarks += QStringLiteral("長い備考の続き〜（全角）ＡＢＣ, \"quoted\" =SUM(A1); ");
        longRemarks.truncate(4000);

        RawConnection raw(t.path());
        QSqlQuery codes(raw.db());
        QVERIFY(codes.exec(QStringLiteral("SELECT code FROM restriction ORDER BY code LIMIT 2")));
        QStringList restriction;
        while (codes.next())
            restriction << codes.value(0).toString();
        QCOMPARE(restriction.size(), 2);

        // Every column given a value that is not its default.
        QStringList sets;
        QVariantList values;
        int n = 0;
        for (const AssetField& f : AssetFields::all()) {
            if (f.key == QLatin1String("asset_no") || f.key == QLatin1String("scheme"))
                continue;
            sets << assetColumn(f) + QStringLiteral(" = ?");
            ++n;
            switch (f.type) {
            case FieldType::Boolean: values << 1; break;
            case FieldType::Integer: values << (f.key == QLatin1String("fiscal_year") ? 2024 : 1 + n % 3); break;
            case FieldType::Date: values << QStringLiteral("2024-%1-%2").arg(1 + n % 12, 2, 10, QLatin1Char('0'))
                                                 .arg(1 + n % 28, 2, 10, QLatin1Char('0')); break;
            default:
                values << (f.key == QLatin1String("remarks") ? longRemarks
                                                             : QStringLiteral("値%1：%2（ｶﾅ）").arg(n).arg(f.key));
            }
        }
        values << full;
        raw.exec(QStringLiteral("UPDATE asset SET %1 WHERE asset_no = ?").arg(sets.join(QStringLiteral(", "))),
                 values);
        raw.exec(QStringLiteral("INSERT INTO asset_restriction (asset_id, restriction_code, action, reason)"
                                " SELECT id, ?, 'add', ? FROM asset WHERE asset_no = ?"),
                 {restriction.at(1), QStringLiteral("課長判断：持出し禁止"), full});
        raw.exec(QStringLiteral("INSERT INTO asset_restriction (asset_id, restriction_code, action, reason)"
                                " SELECT id, ?, 'remove', '' FROM asset WHERE asset_no = ?"),
                 {restriction.at(0), full});
        // The plain asset: its dates empty in both ways a file can hold them, and a date that does not exist.
        raw.exec(QStringLiteral("UPDATE asset SET last_review = NULL, retention_until = '', disposal_date = '2025-02-30',"
                                " next_review = '2026-03-31T00:00:00' WHERE asset_no = ?"),
                 {plain});
        // Bytes that are not UTF-8 (a lone continuation byte, an encoded surrogate) and a real U+FFFD.
        raw.exec(QStringLiteral("UPDATE asset SET business = CAST(X'E5BAB68041' AS TEXT),"
                                " medium = CAST(X'EDA080' AS TEXT), contractor = ?, last_review = '2024-12-31' WHERE asset_no = ?"),
                 {QStringLiteral("委託先\uFFFD株式会社"), broken});
    }

    void everyFieldMatchesQtSql()
    {
        const QVector<Asset> read = t.reg->assets();
        QCOMPARE(read.size(), 3);   // the withdrawn one left out
        compareWithQtSql(t.path(), read, orgCodes);
    }

    void knownValuesAreRead()
    {
        const std::optional<Asset> a = t.reg->assetByNo(full);
        QVERIFY(a);
        QCOMPARE(a->remarks, longRemarks);
        QCOMPARE(a->remarks.size(), 4000);
        QCOMPARE(a->fiscalYear, 2024);
        QVERIFY(a->personal && a->sensitive && a->specific && a->outsourced && a->cloud && a->ismap && a->locked);
        QVERIFY(a->retentionUntil.isValid());
        QCOMPARE(a->orgCode, QStringLiteral("0302"));
        QCOMPARE(a->restrictionOverrides.size(), 2);
        QVERIFY(!a->restrictionOverrides.at(0).add);
        QVERIFY(a->restrictionOverrides.at(1).add);
        QCOMPARE(a->restrictionOverrides.at(1).reason, QStringLiteral("課長判断：持出し禁止"));
        for (const AssetField& f : AssetFields::all())
            if (f.type != FieldType::Boolean)
                QVERIFY2(!AssetFields::toText(f, *a).isEmpty(), qPrintable(f.key));

        const std::optional<Asset> p = t.reg->assetByNo(plain);
        QVERIFY(p);
        QCOMPARE(p->name, QStringLiteral("住民基本台帳（本人確認用）"));
        QCOMPARE(p->orgCode, QStringLiteral("0303"));
        QVERIFY(!p->personal);
        QVERIFY(p->restrictionOverrides.isEmpty());
        QVERIFY(!p->lastReview.isValid());
        QVERIFY(!p->retentionUntil.isValid());
        QVERIFY(!p->disposalDate.isValid());
        QCOMPARE(p->nextReview, QDate(2026, 3, 31));   // Qt's ISO parser takes a time after the date
        QCOMPARE(p->registeredOn, t.clock.today());
    }

    void brokenBytesReadAsQtSqlReadThem()
    {
        const std::optional<Asset> b = t.reg->assetByNo(broken);
        QVERIFY(b);
        QCOMPARE(b->contractor, QStringLiteral("委託先\uFFFD株式会社"));
        RawConnection raw(t.path());
        QSqlQuery q(raw.db());
        QVERIFY(q.prepare(QStringLiteral("SELECT business, medium FROM asset WHERE asset_no = ?")));
        q.addBindValue(broken);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(b->business, q.value(0).toString());
        QCOMPARE(b->medium, q.value(1).toString());
    }

    void everyReadPathAgrees()
    {
        const QVector<Asset> all = t.reg->assets();
        // In pages of one and of two, the window's way.
        for (int limit : {1, 2}) {
            QVector<Asset> paged;
            qint64 after = 0;
            for (;;) {
                const QVector<Asset> page = t.reg->assetsPage(after, limit);
                QVERIFY(page.size() <= limit);
                if (page.isEmpty())
                    break;
                paged += page;
                after = page.last().id;
            }
            compareWithQtSql(t.path(), paged, orgCodes);
            QCOMPARE(paged.size(), all.size());
        }
        for (const Asset& a : all) {
            const std::optional<Asset> byId = t.reg->asset(a.id);
            const std::optional<Asset> byNo = t.reg->assetByNo(a.assetNo);
            QVERIFY(byId && byNo);
            for (const AssetField& f : AssetFields::all()) {
                QCOMPARE(AssetFields::toText(f, *byId), AssetFields::toText(f, a));
                QCOMPARE(AssetFields::toText(f, *byNo), AssetFields::toText(f, a));
            }
            QCOMPARE(byId->restrictionOverrides, a.restrictionOverrides);
            QCOMPARE(byNo->orgCode, a.orgCode);
            QCOMPARE(byNo->rowVersion, a.rowVersion);
        }
    }

    void withdrawnRowsAreLeftOut()
    {
        QVERIFY(!t.reg->assetByNo(withdrawn));
        RawConnection raw(t.path());
        QSqlQuery q(raw.db());
        QVERIFY(q.prepare(QStringLiteral("SELECT id FROM asset WHERE asset_no = ?")));
        q.addBindValue(withdrawn);
        QVERIFY(q.exec() && q.next());
        QVERIFY(!t.reg->asset(q.value(0).toLongLong()));
        for (const Asset& a : t.reg->assetsPage(0, 100))
            QVERIFY(a.assetNo != withdrawn);
        // Restored, it is read again.
        QVERIFY(t.reg->restoreAsset(withdrawn, QStringLiteral("復元"), t.actor));
        QVERIFY(t.reg->assetByNo(withdrawn));
        QCOMPARE(t.reg->assets().size(), 4);
        compareWithQtSql(t.path(), t.reg->assets(), orgCodes);
        QVERIFY(t.reg->withdrawAsset(withdrawn, QStringLiteral("誤登録"), t.actor));
    }

    // A column's repeated texts are decoded once and shared by the rows holding them (a city's register
    // then keeps one copy of each unit name, code and title); different texts stay apart.
    void repeatedTextsAreShared()
    {
        TestRegister other;
        for (int i = 0; i < 3; ++i) {
            Asset a = other.cleanAsset(QStringLiteral("共有の確認%1").arg(i));
            a.business = QStringLiteral("窓口業務");
            QVERIFY(other.reg->addAsset(a, other.actor));
        }
        const QVector<Asset> read = other.reg->assets();
        QCOMPARE(read.size(), 3);
        for (const Asset& a : read)
            QCOMPARE(a.business, QStringLiteral("窓口業務"));
        QCOMPARE(read[1].business.constData(), read[0].business.constData());
        QCOMPARE(read[2].business.constData(), read[0].business.constData());
        QVERIFY(read[1].name != read[0].name);
        compareWithQtSql(other.path(), read, [&] {
            QHash<qint64, QString> codes;
            for (const OrgUnit& u : other.reg->orgUnits())
                codes.insert(u.id, u.code);
            return codes;
        }());
    }

    // The memo remembers what a column repeats, and gives up on a column of different values.
    void textMemoGivesUpOnDistinctValues()
    {
        int conversions = 0;
        const auto textOf = [&conversions](TextMemo& memo, const QByteArray& raw) {
            return memo.textOf(raw, [&] {
                ++conversions;
                return QString::fromUtf8(raw);
            });
        };
        TextMemo repeating;
        for (int i = 0; i < 5000; ++i)
            QCOMPARE(textOf(repeating, i % 2 ? QByteArray("有") : QByteArray("無")), i % 2 ? u"有"_s : u"無"_s);
        QCOMPARE(conversions, 2);
        QVERIFY(!repeating.isOff());
        QCOMPARE(*repeating.find("有"), QStringLiteral("有"));

        TextMemo distinct;
        conversions = 0;
        for (int i = 0; i < 2000; ++i) {
            const QByteArray raw = QByteArray::number(i);
            QVERIFY(!distinct.find(raw));
            QCOMPARE(textOf(distinct, raw), QString::number(i));
        }
        QCOMPARE(conversions, 2000);
        QVERIFY(distinct.isOff());
        QCOMPARE(textOf(distinct, "1"), u"1"_s);
        QVERIFY(!distinct.find("1"));

        TextMemo longValues;
        const QByteArray raw(TextMemo::kMaxKeyBytes + 1, 'x');
        QCOMPARE(textOf(longValues, raw), QString::fromLatin1(raw));
        QVERIFY(!longValues.find(raw));
        QCOMPARE(textOf(longValues, raw.left(TextMemo::kMaxKeyBytes)), QString::fromLatin1(raw.left(TextMemo::kMaxKeyBytes)));
        QCOMPARE(*longValues.find(raw.left(TextMemo::kMaxKeyBytes)), QString::fromLatin1(raw.left(TextMemo::kMaxKeyBytes)));
    }

    void unknownNumbersAndIdsReadNothing()
    {
        QVERIFY(!t.reg->assetByNo(QStringLiteral("9999-9999")));
        QVERIFY(!t.reg->assetByNo(QString()));
        QVERIFY(!t.reg->asset(999999));
        QVERIFY(t.reg->assetsPage(999999, 10).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAssetReader)
#include "tst_assetreader.moc"
