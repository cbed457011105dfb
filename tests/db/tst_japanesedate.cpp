// 和暦 and 年度: era boundaries, the forms people type in spreadsheets, and the 年度 naming rule.
#include "calendar/JapaneseDate.h"

#include <QTest>

using namespace daicho;
using namespace Qt::StringLiterals;

class TestJapaneseDate : public QObject
{
    Q_OBJECT
private slots:
    void eraTable()
    {
        const QVector<Era>& eras = JapaneseDate::eras();
        QCOMPARE(eras.size(), 5);
        QStringList names;
        QString letters;
        for (const Era& e : eras) {
            names << e.name;
            letters += e.letter;
        }
        QCOMPARE(names, (QStringList{u"明治"_s, u"大正"_s, u"昭和"_s, u"平成"_s, u"令和"_s}));
        QCOMPARE(letters, u"MTSHR"_s);
        QCOMPARE(eras.first().start, QDate(1868, 1, 25));
        QCOMPARE(eras.last().start, QDate(2019, 5, 1));
        QVERIFY(!JapaneseDate::eraOf(QDate(1868, 1, 24)));
        QVERIFY(!JapaneseDate::eraOf(QDate()));
    }

    // Every era change, the day before and the first day, plus the 元年 and ordinary years.
    void formatAndEraOf_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("era");
        QTest::addColumn<QString>("longForm");
        QTest::addColumn<QString>("shortForm");
        QTest::addColumn<QString>("iso");
        QTest::newRow("before 明治") << QDate(1868, 1, 24) << QString() << u"1868年1月24日"_s
                                     << u"1868.1.24"_s << u"1868-01-24"_s;
        QTest::newRow("明治 first day")
            << QDate(1868, 1, 25) << u"明治"_s << u"明治元年1月25日"_s << u"M1.1.25"_s << u"1868-01-25"_s;
        QTest::newRow("明治 last day")
            << QDate(1912, 7, 29) << u"明治"_s << u"明治45年7月29日"_s << u"M45.7.29"_s << u"1912-07-29"_s;
        QTest::newRow("大正 first day")
            << QDate(1912, 7, 30) << u"大正"_s << u"大正元年7月30日"_s << u"T1.7.30"_s << u"1912-07-30"_s;
        QTest::newRow("大正 last day")
            << QDate(1926, 12, 24) << u"大正"_s << u"大正15年12月24日"_s << u"T15.12.24"_s << u"1926-12-24"_s;
        QTest::newRow("昭和 first day")
            << QDate(1926, 12, 25) << u"昭和"_s << u"昭和元年12月25日"_s << u"S1.12.25"_s << u"1926-12-25"_s;
        QTest::newRow("昭和 2年") << QDate(1927, 1, 1) << u"昭和"_s << u"昭和2年1月1日"_s << u"S2.1.1"_s
                                  << u"1927-01-01"_s;
        QTest::newRow("昭和 last day")
            << QDate(1989, 1, 7) << u"昭和"_s << u"昭和64年1月7日"_s << u"S64.1.7"_s << u"1989-01-07"_s;
        QTest::newRow("平成 first day")
            << QDate(1989, 1, 8) << u"平成"_s << u"平成元年1月8日"_s << u"H1.1.8"_s << u"1989-01-08"_s;
        QTest::newRow("平成 last day")
            << QDate(2019, 4, 30) << u"平成"_s << u"平成31年4月30日"_s << u"H31.4.30"_s << u"2019-04-30"_s;
        QTest::newRow("令和 first day")
            << QDate(2019, 5, 1) << u"令和"_s << u"令和元年5月1日"_s << u"R1.5.1"_s << u"2019-05-01"_s;
        QTest::newRow("令和元年 last day")
            << QDate(2019, 12, 31) << u"令和"_s << u"令和元年12月31日"_s << u"R1.12.31"_s << u"2019-12-31"_s;
        QTest::newRow("令和 2年") << QDate(2020, 1, 1) << u"令和"_s << u"令和2年1月1日"_s << u"R2.1.1"_s
                                  << u"2020-01-01"_s;
        QTest::newRow("令和7年度 first day")
            << QDate(2025, 4, 1) << u"令和"_s << u"令和7年4月1日"_s << u"R7.4.1"_s << u"2025-04-01"_s;
        QTest::newRow("two-digit month and day")
            << QDate(2025, 12, 31) << u"令和"_s << u"令和7年12月31日"_s << u"R7.12.31"_s << u"2025-12-31"_s;
    }
    void formatAndEraOf()
    {
        QFETCH(QDate, date);
        QFETCH(QString, era);
        QFETCH(QString, longForm);
        QFETCH(QString, shortForm);
        QFETCH(QString, iso);
        const std::optional<Era> e = JapaneseDate::eraOf(date);
        QCOMPARE(e ? e->name : QString(), era);
        QCOMPARE(JapaneseDate::format(date), longForm);
        QCOMPARE(JapaneseDate::format(date, JapaneseDate::Style::Long), longForm);
        QCOMPARE(JapaneseDate::format(date, JapaneseDate::Style::Short), shortForm);
        QCOMPARE(JapaneseDate::format(date, JapaneseDate::Style::Iso), iso);
    }

    void formatInvalidDateIsEmpty()
    {
        QVERIFY(JapaneseDate::format(QDate()).isEmpty());
        QVERIFY(JapaneseDate::format(QDate(), JapaneseDate::Style::Short).isEmpty());
        QVERIFY(JapaneseDate::format(QDate(), JapaneseDate::Style::Iso).isEmpty());
    }

    void parseAccepts_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QDate>("date");
        const QDate d(2025, 4, 1);
        // 和暦, long
        QTest::newRow("long") << u"令和7年4月1日"_s << d;
        QTest::newRow("long 元年") << u"令和元年5月1日"_s << QDate(2019, 5, 1);
        QTest::newRow("long 1年 on first day") << u"令和1年5月1日"_s << QDate(2019, 5, 1);
        QTest::newRow("long spaces") << u"令和 7 年 4 月 1 日"_s << d;
        QTest::newRow("long full-width digits") << u"令和７年４月１日"_s << d;
        QTest::newRow("long leading zeros") << u"令和07年04月01日"_s << d;
        QTest::newRow("long without 日") << u"令和7年4月1"_s << d;
        QTest::newRow("long with letter") << u"R7年4月1日"_s << d;
        QTest::newRow("long 平成 last day") << u"平成31年4月30日"_s << QDate(2019, 4, 30);
        QTest::newRow("long 昭和 last day") << u"昭和64年1月7日"_s << QDate(1989, 1, 7);
        QTest::newRow("long 平成元年 first day") << u"平成元年1月8日"_s << QDate(1989, 1, 8);
        QTest::newRow("long 明治元年") << u"明治元年1月25日"_s << QDate(1868, 1, 25);
        QTest::newRow("long 大正") << u"大正元年7月30日"_s << QDate(1912, 7, 30);
        // 和暦, short
        QTest::newRow("short") << u"R7.4.1"_s << d;
        QTest::newRow("short leading zeros") << u"R07.04.01"_s << d;
        QTest::newRow("short lower-case letter") << u"r7.4.1"_s << d;
        QTest::newRow("short slashes") << u"R7/4/1"_s << d;
        QTest::newRow("short hyphens") << u"R7-4-1"_s << d;
        QTest::newRow("short full-width") << u"Ｒ７．４．１"_s << d;
        QTest::newRow("short full-width slashes") << u"Ｒ７／４／１"_s << d;
        QTest::newRow("short full-width hyphens") << u"Ｒ７－４－１"_s << d;
        QTest::newRow("short long-vowel mark") << u"R7ー4ー1"_s << d;
        QTest::newRow("short spaces") << u"R 7 . 4 . 1"_s << d;
        QTest::newRow("short H31") << u"H31.4.30"_s << QDate(2019, 4, 30);
        QTest::newRow("short S64") << u"S64.1.7"_s << QDate(1989, 1, 7);
        QTest::newRow("short h1 lower-case") << u"h1.1.8"_s << QDate(1989, 1, 8);
        QTest::newRow("short T15") << u"T15.12.24"_s << QDate(1926, 12, 24);
        QTest::newRow("short M45") << u"M45.7.29"_s << QDate(1912, 7, 29);
        QTest::newRow("short R1") << u"R1.5.1"_s << QDate(2019, 5, 1);
        QTest::newRow("kanji era with dots") << u"令和7.4.1"_s << d;
        QTest::newRow("kanji era with slashes") << u"令和7/4/1"_s << d;
        QTest::newRow("square era sign ㍻") << u"㍻31.4.30"_s << QDate(2019, 4, 30);
        // 西暦
        QTest::newRow("western slashes") << u"2025/4/1"_s << d;
        QTest::newRow("western ISO") << u"2025-04-01"_s << d;
        QTest::newRow("western dots") << u"2025.4.1"_s << d;
        QTest::newRow("western kanji") << u"2025年4月1日"_s << d;
        QTest::newRow("western kanji spaces") << u"2025 年 4 月 1 日"_s << d;
        QTest::newRow("western full-width") << u"２０２５/４/１"_s << d;
        QTest::newRow("western full-width slashes") << u"２０２５／４／１"_s << d;
        QTest::newRow("western 8 digits") << u"20250401"_s << d;
        QTest::newRow("western 8 full-width digits") << u"２０２５０４０１"_s << d;
        QTest::newRow("western leap day") << u"2024/2/29"_s << QDate(2024, 2, 29);
        QTest::newRow("western before 明治") << u"1850/1/1"_s << QDate(1850, 1, 1);
        // Surrounding whitespace
        QTest::newRow("ideographic spaces") << u"\u3000令和7年4月1日\u3000"_s << d;
        QTest::newRow("ascii whitespace") << u" \tR7.4.1 \n"_s << d;
        QTest::newRow("mixed whitespace") << u" \u30002025/4/1\u3000 "_s << d;
    }
    void parseAccepts()
    {
        QFETCH(QString, input);
        QFETCH(QDate, date);
        const DateParse p = JapaneseDate::parse(input);
        QVERIFY2(p.ok(), qPrintable(p.error));
        QCOMPARE(p.date, date);
        QVERIFY(p.error.isEmpty());
    }

    // `mentions` is a fragment the message must contain, so the user sees what was wrong.
    void parseRejects_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("spaces only") << u"  "_s << QString();
        QTest::newRow("ideographic space only") << u"\u3000"_s << QString();
        QTest::newRow("garbage") << u"abc"_s << u"abc"_s;
        QTest::newRow("garbage japanese") << u"未定"_s << u"未定"_s;
        QTest::newRow("era only") << u"令和"_s << u"令和"_s;
        QTest::newRow("era year only") << u"R7"_s << u"R7"_s;
        QTest::newRow("no day") << u"R7.4"_s << u"R7.4"_s;
        QTest::newRow("western no day") << u"2025/4"_s << u"2025/4"_s;
        QTest::newRow("mixed separators") << u"2025/4-1"_s << u"2025/4-1"_s;
        QTest::newRow("unknown era letter") << u"X7.4.1"_s << u"X7.4.1"_s;
        QTest::newRow("kanji numerals") << u"令和七年四月一日"_s << u"令和七年四月一日"_s;
        QTest::newRow("seven digits") << u"2025041"_s << u"2025041"_s;
        QTest::newRow("trailing text") << u"R7.4.1.2"_s << u"R7.4.1.2"_s;
        QTest::newRow("two-digit western year") << u"25/4/1"_s << u"25/4/1"_s;
        // Impossible dates
        QTest::newRow("Feb 30") << u"令和7年2月30日"_s << u"30"_s;
        QTest::newRow("month 13") << u"2025/13/1"_s << u"13"_s;
        QTest::newRow("month 0") << u"2025/0/1"_s << u"2025/0/1"_s;
        QTest::newRow("day 0") << u"2025/4/0"_s << u"2025/4/0"_s;
        QTest::newRow("Apr 31") << u"R7.4.31"_s << u"31"_s;
        QTest::newRow("Feb 29 non-leap") << u"2025-02-29"_s << u"29"_s;
        QTest::newRow("8 digits month 13") << u"20251301"_s << u"13"_s;
        QTest::newRow("year 0000") << u"0000/1/1"_s << u"0000/1/1"_s;
        // Outside the era's range: the message names the boundary
        QTest::newRow("令和1年 before 令和") << u"令和1年4月30日"_s << u"2019-05-01"_s;
        QTest::newRow("令和元年 before 令和") << u"令和元年4月30日"_s << u"2019-05-01"_s;
        QTest::newRow("R1 before 令和") << u"R1.1.1"_s << u"2019-05-01"_s;
        QTest::newRow("平成31年 after 平成") << u"平成31年5月1日"_s << u"2019-04-30"_s;
        QTest::newRow("平成32年") << u"平成32年1月1日"_s << u"2019-04-30"_s;
        QTest::newRow("H31.5.1") << u"H31.5.1"_s << u"2019-04-30"_s;
        QTest::newRow("昭和64年1月8日") << u"昭和64年1月8日"_s << u"1989-01-07"_s;
        QTest::newRow("平成元年1月7日") << u"平成元年1月7日"_s << u"1989-01-08"_s;
        QTest::newRow("明治 before its start") << u"明治元年1月1日"_s << u"1868-01-25"_s;
        QTest::newRow("大正 after its end") << u"大正15年12月25日"_s << u"1926-12-24"_s;
        // Year 0
        QTest::newRow("令和0年") << u"令和0年4月1日"_s << u"令和0年4月1日"_s;
        QTest::newRow("R0") << u"R0.4.1"_s << u"R0.4.1"_s;
        QTest::newRow("令和00年") << u"令和00年4月1日"_s << u"令和00年4月1日"_s;
    }
    void parseRejects()
    {
        QFETCH(QString, input);
        QFETCH(QString, mentions);
        const DateParse p = JapaneseDate::parse(input);
        QVERIFY(!p.ok());
        QVERIFY(!p.date.isValid());
        QVERIFY(!p.error.isEmpty());
        QVERIFY2(p.error.contains(mentions), qPrintable(p.error));
    }

    void parseErrorsNameTheEra()
    {
        const DateParse ended = JapaneseDate::parse(u"平成31年5月1日"_s);
        QVERIFY(ended.error.contains(u"平成"_s));
        const DateParse began = JapaneseDate::parse(u"R1.4.30"_s);
        QVERIFY(began.error.contains(u"令和"_s));
    }

    void roundTrip_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::newRow("before 明治") << QDate(1850, 6, 15);
        QTest::newRow("明治") << QDate(1900, 2, 28);
        QTest::newRow("大正") << QDate(1920, 11, 3);
        QTest::newRow("昭和") << QDate(1964, 10, 10);
        QTest::newRow("平成") << QDate(2000, 2, 29);
        QTest::newRow("令和") << QDate(2025, 4, 1);
        QTest::newRow("令和元年") << QDate(2019, 5, 1);
    }
    void roundTrip()
    {
        QFETCH(QDate, date);
        for (const auto style :
             {JapaneseDate::Style::Long, JapaneseDate::Style::Short, JapaneseDate::Style::Iso}) {
            const QString text = JapaneseDate::format(date, style);
            const DateParse p = JapaneseDate::parse(text);
            QVERIFY2(p.ok(), qPrintable(text + u": "_s + p.error));
            QCOMPARE(p.date, date);
        }
    }

    // Every day from 明治 to 2100 in both 和暦 styles: no gap or overlap at any era change.
    void everyDayRoundTrips()
    {
        for (QDate d(1868, 1, 25); d.year() <= 2100; d = d.addDays(1)) {
            const QString longText = JapaneseDate::format(d);
            const QString shortText = JapaneseDate::format(d, JapaneseDate::Style::Short);
            if (JapaneseDate::parse(longText).date != d || JapaneseDate::parse(shortText).date != d)
                QFAIL(qPrintable(d.toString(Qt::ISODate) + u" -> "_s + longText + u" / "_s + shortText));
        }
    }

    void fiscalYear_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<int>("fiscalYear");
        QTest::newRow("3/31 belongs to the year before") << QDate(2025, 3, 31) << 2024;
        QTest::newRow("4/1 starts the year") << QDate(2025, 4, 1) << 2025;
        QTest::newRow("December") << QDate(2025, 12, 31) << 2025;
        QTest::newRow("January") << QDate(2026, 1, 1) << 2025;
        QTest::newRow("last day") << QDate(2026, 3, 31) << 2025;
        QTest::newRow("next year") << QDate(2026, 4, 1) << 2026;
        QTest::newRow("invalid") << QDate() << 0;
    }
    void fiscalYear()
    {
        QFETCH(QDate, date);
        QFETCH(int, fiscalYear);
        QCOMPARE(JapaneseDate::fiscalYear(date), fiscalYear);
    }

    void fiscalYearBounds_data()
    {
        QTest::addColumn<int>("fiscalYear");
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("end");
        QTest::newRow("2025") << 2025 << QDate(2025, 4, 1) << QDate(2026, 3, 31);
        QTest::newRow("2023 ends in a leap year") << 2023 << QDate(2023, 4, 1) << QDate(2024, 3, 31);
        QTest::newRow("2019 era change") << 2019 << QDate(2019, 4, 1) << QDate(2020, 3, 31);
        QTest::newRow("1988 era change") << 1988 << QDate(1988, 4, 1) << QDate(1989, 3, 31);
    }
    void fiscalYearBounds()
    {
        QFETCH(int, fiscalYear);
        QFETCH(QDate, start);
        QFETCH(QDate, end);
        QCOMPARE(JapaneseDate::fiscalYearStart(fiscalYear), start);
        QCOMPARE(JapaneseDate::fiscalYearEnd(fiscalYear), end);
        QCOMPARE(JapaneseDate::fiscalYear(start), fiscalYear);
        QCOMPARE(JapaneseDate::fiscalYear(end), fiscalYear);
        QCOMPARE(JapaneseDate::fiscalYear(start.addDays(-1)), fiscalYear - 1);
        QCOMPARE(JapaneseDate::fiscalYear(end.addDays(1)), fiscalYear + 1);
    }

    void formatFiscalYear_data()
    {
        QTest::addColumn<int>("fiscalYear");
        QTest::addColumn<QString>("text");
        QTest::newRow("令和7年度") << 2025 << u"令和7年度"_s;
        QTest::newRow("令和2年度") << 2020 << u"令和2年度"_s;
        QTest::newRow("FY2019 is 令和元年度") << 2019 << u"令和元年度"_s;
        QTest::newRow("平成30年度") << 2018 << u"平成30年度"_s;
        QTest::newRow("FY1989 is 平成元年度") << 1989 << u"平成元年度"_s;
        QTest::newRow("FY1988 is 昭和63年度") << 1988 << u"昭和63年度"_s;
        QTest::newRow("FY1927 is 昭和2年度") << 1927 << u"昭和2年度"_s;
        QTest::newRow("FY1926 is 大正15年度") << 1926 << u"大正15年度"_s;
        QTest::newRow("FY1912 is 大正元年度") << 1912 << u"大正元年度"_s;
        QTest::newRow("FY1868 is 明治元年度") << 1868 << u"明治元年度"_s;
        QTest::newRow("before 明治") << 1867 << u"1867年度"_s;
        QTest::newRow("unset") << 0 << QString();
    }
    void formatFiscalYear()
    {
        QFETCH(int, fiscalYear);
        QFETCH(QString, text);
        QCOMPARE(JapaneseDate::formatFiscalYear(fiscalYear), text);
    }

    void parseFiscalYearAccepts_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("fiscalYear");
        QTest::newRow("令和7年度") << u"令和7年度"_s << 2025;
        QTest::newRow("R7") << u"R7"_s << 2025;
        QTest::newRow("R7年度") << u"R7年度"_s << 2025;
        QTest::newRow("r7 lower-case") << u"r7"_s << 2025;
        QTest::newRow("R07") << u"R07"_s << 2025;
        QTest::newRow("2025") << u"2025"_s << 2025;
        QTest::newRow("2025年度") << u"2025年度"_s << 2025;
        QTest::newRow("令和元年度") << u"令和元年度"_s << 2019;
        QTest::newRow("令和1年度") << u"令和1年度"_s << 2019;
        QTest::newRow("R1") << u"R1"_s << 2019;
        QTest::newRow("full-width era year") << u"令和７年度"_s << 2025;
        QTest::newRow("full-width letter") << u"Ｒ７"_s << 2025;
        QTest::newRow("full-width western") << u"２０２５年度"_s << 2025;
        QTest::newRow("spaces") << u"\u3000令和 7 年度 "_s << 2025;
        QTest::newRow("年 without 度") << u"令和7年"_s << 2025;
        QTest::newRow("平成30年度") << u"平成30年度"_s << 2018;
        QTest::newRow("平成31年度, as budgets of FY2019 were named") << u"平成31年度"_s << 2019;
        QTest::newRow("平成元年度") << u"平成元年度"_s << 1989;
        QTest::newRow("昭和63年度") << u"昭和63年度"_s << 1988;
        QTest::newRow("H30") << u"H30"_s << 2018;
        QTest::newRow("明治元年度") << u"明治元年度"_s << 1868;
    }
    void parseFiscalYearAccepts()
    {
        QFETCH(QString, input);
        QFETCH(int, fiscalYear);
        const std::optional<int> year = JapaneseDate::parseFiscalYear(input);
        QVERIFY(year.has_value());
        QCOMPARE(*year, fiscalYear);
    }

    void parseFiscalYearRejects_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("empty") << QString();
        QTest::newRow("spaces") << u"\u3000 "_s;
        QTest::newRow("garbage") << u"abc"_s;
        QTest::newRow("era only") << u"令和"_s;
        QTest::newRow("令和0年度") << u"令和0年度"_s;
        QTest::newRow("R0") << u"R0"_s;
        QTest::newRow("平成32年度 after 平成") << u"平成32年度"_s;
        QTest::newRow("昭和64年度: 平成 from its first day") << u"昭和64年度"_s;
        QTest::newRow("unknown era letter") << u"X7"_s;
        QTest::newRow("a date") << u"2025/4/1"_s;
        QTest::newRow("two-digit year") << u"25"_s;
        QTest::newRow("five-digit year") << u"20255"_s;
        QTest::newRow("year 0000") << u"0000"_s;
        QTest::newRow("kanji numeral") << u"令和七年度"_s;
        QTest::newRow("trailing text") << u"令和7年度分"_s;
    }
    void parseFiscalYearRejects()
    {
        QFETCH(QString, input);
        QVERIFY(!JapaneseDate::parseFiscalYear(input).has_value());
    }

    void fiscalYearRoundTrips()
    {
        for (int fy = 1868; fy <= 2100; ++fy) {
            const QString text = JapaneseDate::formatFiscalYear(fy);
            const std::optional<int> back = JapaneseDate::parseFiscalYear(text);
            if (!back || *back != fy)
                QFAIL(qPrintable(QString::number(fy) + u" -> "_s + text));
        }
    }
};

QTEST_GUILESS_MAIN(TestJapaneseDate)
#include "tst_japanesedate.moc"
