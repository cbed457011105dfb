// Every input the fuzzers of tests/fuzz found a bug with, kept in tests/data/fuzz-regressions/HARNESS/
// and fed to the same code as the harness, with what the code must do with it now. The fuzzers also
// start from these files (scripts/fuzz.sh), so a bug that comes back is found at once either way.
#include "calendar/JapaneseDate.h"
#include "exchange/Submission.h"
#include "storage/Register.h"

#include "TestRegister.h"

#include <QtTest>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace daicho;
using namespace Qt::StringLiterals;

namespace {

QString regressionPath(const QString& harness, const QString& name)
{
    return QStringLiteral(DAICHO_TEST_DATA "/fuzz-regressions/") + harness + u'/' + name;
}

QByteArray regression(const QString& harness, const QString& name)
{
    QFile f(regressionPath(harness, name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing regression input %s/%s", qPrintable(harness), qPrintable(name));
    return f.readAll();
}

} // namespace

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    // parse accepted years Daicho cannot write back: 01040225 read as 0104-02-25 was written 104年2月25日,
    // which it then refused, and 3018/1/1 would be written 令和1000年1月1日. Years are now 1000 to 2999.
    void dateYearsOutsideTheRange_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("compact year 0104") << u"year-0104-compact.txt"_s;
        QTest::newRow("year 3018, 令和1000年") << u"year-3018-reiwa-1000.txt"_s;
    }
    void dateYearsOutsideTheRange()
    {
        QFETCH(QString, file);
        const QString text = QString::fromUtf8(regression(u"fuzz_date"_s, file));
        const DateParse parsed = JapaneseDate::parse(text);
        QVERIFY2(!parsed.ok(), qPrintable(parsed.date.toString(Qt::ISODate)));
        QCOMPARE(parsed.error, u"\"%1\" is not a date"_s.arg(text.trimmed()));
    }
    void fiscalYearOutsideTheRange()
    {
        QCOMPARE(JapaneseDate::parseFiscalYear(QString::fromUtf8(regression(u"fuzz_date"_s, u"fiscal-year-0999.txt"_s))),
                 std::nullopt);
        QCOMPARE(JapaneseDate::parseFiscalYear(u"令和999年度"_s), std::nullopt); // 3017
    }
    // The edges that stay: what Daicho writes for the first and last years it reads, it reads back.
    void dateRangeEdgesRoundTrip_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::newRow("1000-01-01") << QDate(1000, 1, 1);
        QTest::newRow("2999-12-31") << QDate(2999, 12, 31);
        QTest::newRow("令和元年5月1日") << QDate(2019, 5, 1);
    }
    void dateRangeEdgesRoundTrip()
    {
        QFETCH(QDate, date);
        for (const auto style : {JapaneseDate::Style::Long, JapaneseDate::Style::Short, JapaneseDate::Style::Iso})
            QCOMPARE(JapaneseDate::parse(JapaneseDate::format(date, style)).date, date);
        QCOMPARE(JapaneseDate::parseFiscalYear(JapaneseDate::formatFiscalYear(date.year())), date.year());
    }

    // A number of 44 digits where the fast submission reading expects an integer: it multiplied past
    // the range of qint64 before counting the digits (undefined behaviour, found by fuzz_submission in
    // 150 s under UBSan). It now stops adding digits past the most it accepts, and reads as Qt reads.
    void submissionIntegerOfManyDigits()
    {
        const QString path = regressionPath(u"fuzz_submission"_s, u"integer-of-44-digits.json"_s);
        QVERIFY(regression(u"fuzz_submission"_s, u"integer-of-44-digits.json"_s).contains("44444444444444444444"));
        const Result<Submission> fast = Submission::read(path);
        const Result<Submission> throughQt = Submission::readThroughQt(path);
        QCOMPARE(bool(fast), bool(throughQt));
        QVERIFY(!fast);   // its checksum does not match
        QCOMPARE(fast.error().message, throughQt.error().message);
    }

    // A format-1 register whose table definitions were damaged where PRAGMA quick_check does not look: it
    // migrated (the file rewritten to the current format, a backup beside it) and only then failed to be
    // read, so it was refused but no longer as it was. Reading it is now part of the migration's
    // transaction: the refusal rolls back, and the backup, no longer needed, is removed.
    void damagedOldRegisterIsLeftAsItWas()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"register.daicho"_s);
        QVERIFY(QFile::copy(regressionPath(u"fuzz_register"_s, u"v1-table-definition-damaged.daicho"_s), path));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        const QByteArray before = test::fileHash(path);

        const FixedClock clock(QDate(2025, 6, 1));
        {
            const auto opened = Register::open(path, clock);
            QVERIFY(!opened);
            QCOMPARE(opened.error().code, ErrorCode::FileRefused);
            QVERIFY2(opened.error().message.contains(u"could not be read"_s), qPrintable(opened.error().message));
        }
        QCOMPARE(test::fileHash(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{u"register.daicho"_s});
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
