// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scheduling/CronExpression.h"

#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Snapdock;

namespace {

QDateTime utc(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toUTC();
}

// The next `count` matches after `after`, as ISO strings in UTC (readable when a comparison fails).
QStringList nextRuns(const CronExpression &cron, const QDateTime &after, const QTimeZone &zone, int count)
{
    QStringList runs;
    QDateTime from = after;
    for (int i = 0; i < count; ++i) {
        from = cron.nextAfter(from, zone);
        if (!from.isValid())
            break;
        runs.append(from.toString(Qt::ISODate));
    }
    return runs;
}

const QTimeZone UTC = QTimeZone::utc();

} // namespace

// Five-field cron as Vixie cron reads it, and its next matches in UTC and across daylight-saving changes.
class TestCronExpression : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void parse_validExpression_isNormalized_data();
    void parse_validExpression_isNormalized();
    void parse_invalidExpression_namesFieldAndToken_data();
    void parse_invalidExpression_namesFieldAndToken();
    void parse_equivalentSpellings_matchTheSameRuns_data();
    void parse_equivalentSpellings_matchTheSameRuns();

    void nextAfter_table_data();
    void nextAfter_table();
    void lastAtOrBefore_table_data();
    void lastAtOrBefore_table();
    void defaultConstructed_isInvalidAndMatchesNothing();
};

void TestCronExpression::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QTimeZone(QByteArrayLiteral("Europe/Berlin")).isValid(), "time zone data missing: install tzdata");
}

void TestCronExpression::parse_validExpression_isNormalized_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("normalized");
    QTest::newRow("every minute") << u"* * * * *"_s << u"* * * * *"_s;
    QTest::newRow("extra white space") << u"  0\t3  * *   1-5 "_s << u"0 3 * * 1-5"_s;
    QTest::newRow("steps and lists") << u"*/15 0-6/2,23 1,15 * *"_s << u"*/15 0-6/2,23 1,15 * *"_s;
    QTest::newRow("names any case") << u"0 4 * JAN-mar Mon,thu"_s << u"0 4 * JAN-mar Mon,thu"_s;
    QTest::newRow("value with step") << u"30/20 * * * *"_s << u"30/20 * * * *"_s;
    QTest::newRow("sunday as 7") << u"0 0 * * 7"_s << u"0 0 * * 7"_s;
    QTest::newRow("@daily") << u"@daily"_s << u"@daily"_s;
    QTest::newRow("@HOURLY in capitals") << u"@HOURLY"_s << u"@hourly"_s;
    QTest::newRow("29 February") << u"0 0 29 2 *"_s << u"0 0 29 2 *"_s;
}

void TestCronExpression::parse_validExpression_isNormalized()
{
    QFETCH(QString, text);
    QFETCH(QString, normalized);
    const Result<CronExpression> cron = CronExpression::parse(text);
    QVERIFY2(cron.has_value(), qPrintable(cron ? QString() : cron.error().detail));
    QVERIFY(cron->isValid());
    QCOMPARE(cron->toString(), normalized);
}

void TestCronExpression::parse_invalidExpression_namesFieldAndToken_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("mentions");
    QTest::newRow("empty") << u"  "_s << QStringList{ u"empty"_s };
    QTest::newRow("four fields") << u"* * * *"_s << QStringList{ u"five fields"_s, u"4"_s };
    QTest::newRow("six fields (seconds)") << u"0 * * * * *"_s << QStringList{ u"five fields"_s, u"6"_s };
    QTest::newRow("minute 60") << u"60 * * * *"_s << QStringList{ u"minute"_s, u"60"_s, u"0-59"_s };
    QTest::newRow("hour 24") << u"0 24 * * *"_s << QStringList{ u"hour"_s, u"24"_s, u"0-23"_s };
    QTest::newRow("day of month 0") << u"0 0 0 * *"_s << QStringList{ u"day-of-month"_s, u"1-31"_s };
    QTest::newRow("day of month 32") << u"0 0 32 * *"_s << QStringList{ u"day-of-month"_s, u"32"_s };
    QTest::newRow("month 13") << u"0 0 1 13 *"_s << QStringList{ u"month"_s, u"13"_s, u"1-12"_s };
    QTest::newRow("weekday 8") << u"0 0 * * 8"_s << QStringList{ u"day-of-week"_s, u"8"_s, u"0-7"_s };
    QTest::newRow("misspelt day") << u"0 3 * * mun"_s << QStringList{ u"day-of-week"_s, u"\"mun\""_s, u"sun-sat"_s };
    QTest::newRow("misspelt month") << u"0 3 * foo *"_s << QStringList{ u"month"_s, u"\"foo\""_s, u"jan-dec"_s };
    QTest::newRow("day name in hour field") << u"0 mon * * *"_s << QStringList{ u"hour"_s, u"\"mon\""_s };
    QTest::newRow("letters in minute") << u"a * * * *"_s << QStringList{ u"minute"_s, u"\"a\""_s };
    QTest::newRow("negative") << u"-5 * * * *"_s << QStringList{ u"minute"_s, u"\"-5\""_s };
    QTest::newRow("step zero") << u"*/0 * * * *"_s << QStringList{ u"step"_s, u"*/0"_s, u"minute"_s };
    QTest::newRow("step too large") << u"* */25 * * *"_s << QStringList{ u"step"_s, u"*/25"_s, u"hour"_s };
    QTest::newRow("step not a number") << u"*/x * * * *"_s << QStringList{ u"step"_s, u"*/x"_s };
    QTest::newRow("backwards range") << u"0 0 * * 5-1"_s << QStringList{ u"day-of-week"_s, u"5-1"_s, u"backwards"_s };
    QTest::newRow("empty list item") << u"1,,2 * * * *"_s << QStringList{ u"minute"_s, u"1,,2"_s, u"empty"_s };
    QTest::newRow("unknown shortcut") << u"@reboot"_s << QStringList{ u"@reboot"_s, u"@daily"_s };
    QTest::newRow("30 February") << u"0 0 30 2 *"_s << QStringList{ u"never matches"_s };
    QTest::newRow("31st of 30-day months") << u"0 0 31 4,6,9,11 *"_s << QStringList{ u"never matches"_s };
}

void TestCronExpression::parse_invalidExpression_namesFieldAndToken()
{
    QFETCH(QString, text);
    QFETCH(QStringList, mentions);
    const Result<CronExpression> cron = CronExpression::parse(text);
    QVERIFY(!cron.has_value());
    QCOMPARE(cron.error().kind, ErrorKind::InvalidArgument);
    for (const QString &mention : mentions)
        QVERIFY2(cron.error().detail.contains(mention), qPrintable(cron.error().detail + u" lacks "_s + mention));
}

void TestCronExpression::parse_equivalentSpellings_matchTheSameRuns_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::newRow("0 and 7 and sun are Sunday") << u"0 0 * * 0"_s << u"0 0 * * sun"_s;
    QTest::newRow("7 is Sunday") << u"0 0 * * 7"_s << u"0 0 * * 0"_s;
    QTest::newRow("range up to 7") << u"0 0 * * 5-7"_s << u"0 0 * * fri,sat,sun"_s;
    QTest::newRow("@hourly") << u"@hourly"_s << u"0 * * * *"_s;
    QTest::newRow("@daily") << u"@daily"_s << u"0 0 * * *"_s;
    QTest::newRow("@midnight") << u"@midnight"_s << u"0 0 * * *"_s;
    QTest::newRow("@weekly") << u"@weekly"_s << u"0 0 * * 0"_s;
    QTest::newRow("@monthly") << u"@monthly"_s << u"0 0 1 * *"_s;
    QTest::newRow("@yearly") << u"@yearly"_s << u"0 0 1 1 *"_s;
    QTest::newRow("@annually") << u"@annually"_s << u"0 0 1 jan *"_s;
    QTest::newRow("value/step is value-max/step") << u"30/20 * * * *"_s << u"30,50 * * * *"_s;
    QTest::newRow("month names") << u"0 0 1 jan-mar *"_s << u"0 0 1 1-3 *"_s;
}

void TestCronExpression::parse_equivalentSpellings_matchTheSameRuns()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    const Result<CronExpression> a = CronExpression::parse(first);
    const Result<CronExpression> b = CronExpression::parse(second);
    QVERIFY(a && b);
    const QDateTime start = utc(u"2026-01-01T00:00:00Z"_s);
    const QStringList runs = nextRuns(*a, start, UTC, 12);
    QCOMPARE(runs.size(), 12);
    QCOMPARE(runs, nextRuns(*b, start, UTC, 12));
}

void TestCronExpression::nextAfter_table_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDateTime>("after");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("every 15 minutes, strictly after")
        << u"*/15 * * * *"_s << QByteArray("UTC") << utc(u"2026-05-01T10:15:00Z"_s)
        << QStringList{ u"2026-05-01T10:30:00Z"_s, u"2026-05-01T10:45:00Z"_s, u"2026-05-01T11:00:00Z"_s };
    QTest::newRow("seconds after a slot count as after it")
        << u"0 * * * *"_s << QByteArray("UTC") << utc(u"2026-05-01T10:00:30Z"_s)
        << QStringList{ u"2026-05-01T11:00:00Z"_s };
    QTest::newRow("weekdays at 03:00 skip the weekend")
        << u"0 3 * * 1-5"_s << QByteArray("UTC") << utc(u"2026-05-01T04:00:00Z"_s) // a Friday
        << QStringList{ u"2026-05-04T03:00:00Z"_s, u"2026-05-05T03:00:00Z"_s };
    QTest::newRow("hour range with step") << u"0 9-17/4 * * *"_s << QByteArray("UTC") << utc(u"2026-05-01T00:00:00Z"_s)
                                          << QStringList{ u"2026-05-01T09:00:00Z"_s,
                                                 u"2026-05-01T13:00:00Z"_s,
                                                 u"2026-05-01T17:00:00Z"_s,
                                                 u"2026-05-02T09:00:00Z"_s };
    // Vixie cron: both day fields restricted, so the 1st OR a Monday.
    QTest::newRow("day of month or weekday") << u"0 0 1 * mon"_s << QByteArray("UTC") << utc(u"2026-06-02T00:00:00Z"_s)
                                             << QStringList{ u"2026-06-08T00:00:00Z"_s,
                                                    u"2026-06-15T00:00:00Z"_s,
                                                    u"2026-06-22T00:00:00Z"_s,
                                                    u"2026-06-29T00:00:00Z"_s,
                                                    u"2026-07-01T00:00:00Z"_s };
    // A day field starting with * counts as unrestricted, so both must match: 1/11/21/31 that are Mondays.
    QTest::newRow("starred day field means and")
        << u"0 0 */10 * 1"_s << QByteArray("UTC") << utc(u"2026-01-01T00:00:00Z"_s)
        << QStringList{ u"2026-05-11T00:00:00Z"_s, u"2026-06-01T00:00:00Z"_s, u"2026-08-31T00:00:00Z"_s };
    QTest::newRow("31st skips 30-day months") << u"0 0 31 * *"_s << QByteArray("UTC") << utc(u"2026-04-01T00:00:00Z"_s)
                                              << QStringList{ u"2026-05-31T00:00:00Z"_s,
                                                     u"2026-07-31T00:00:00Z"_s,
                                                     u"2026-08-31T00:00:00Z"_s,
                                                     u"2026-10-31T00:00:00Z"_s };
    QTest::newRow("31st skips February") << u"0 0 31 * *"_s << QByteArray("UTC") << utc(u"2026-01-31T00:00:00Z"_s)
                                         << QStringList{ u"2026-03-31T00:00:00Z"_s };
    QTest::newRow("30th skips February") << u"0 12 30 * *"_s << QByteArray("UTC") << utc(u"2026-01-30T12:00:00Z"_s)
                                         << QStringList{ u"2026-03-30T12:00:00Z"_s };
    QTest::newRow("leap day only in leap years")
        << u"0 3 29 2 *"_s << QByteArray("UTC") << utc(u"2026-03-01T00:00:00Z"_s)
        << QStringList{ u"2028-02-29T03:00:00Z"_s, u"2032-02-29T03:00:00Z"_s };
    QTest::newRow("leap day across the skipped leap year 2100")
        << u"0 0 29 2 *"_s << QByteArray("UTC") << utc(u"2096-03-01T00:00:00Z"_s)
        << QStringList{ u"2104-02-29T00:00:00Z"_s };
    QTest::newRow("new year") << u"@yearly"_s << QByteArray("UTC") << utc(u"2026-12-31T23:59:59Z"_s)
                              << QStringList{ u"2027-01-01T00:00:00Z"_s, u"2028-01-01T00:00:00Z"_s };

    // Berlin springs forward on 2026-03-29 at 02:00 CET (01:00 UTC) to 03:00 CEST.
    QTest::newRow("Berlin: 02:30 does not exist, runs at 03:00 CEST")
        << u"30 2 * * *"_s << QByteArray("Europe/Berlin") << utc(u"2026-03-27T12:00:00Z"_s)
        << QStringList{ u"2026-03-28T01:30:00Z"_s, u"2026-03-29T01:00:00Z"_s, u"2026-03-30T00:30:00Z"_s };
    QTest::newRow("Berlin: skipped quarter hours run once after the gap")
        << u"*/15 * * * *"_s << QByteArray("Europe/Berlin") << utc(u"2026-03-29T00:40:00Z"_s)
        << QStringList{ u"2026-03-29T00:45:00Z"_s, u"2026-03-29T01:00:00Z"_s, u"2026-03-29T01:15:00Z"_s };
    // Berlin falls back on 2026-10-25 at 03:00 CEST (01:00 UTC) to 02:00 CET: 02:00-02:59 happens twice.
    QTest::newRow("Berlin: repeated 02:30 runs at its first occurrence only")
        << u"30 2 * * *"_s << QByteArray("Europe/Berlin") << utc(u"2026-10-23T12:00:00Z"_s)
        << QStringList{ u"2026-10-24T00:30:00Z"_s, u"2026-10-25T00:30:00Z"_s, u"2026-10-26T01:30:00Z"_s };
    QTest::newRow("Berlin: half-hourly through the repeated hour")
        << u"*/30 * * * *"_s << QByteArray("Europe/Berlin") << utc(u"2026-10-24T23:50:00Z"_s)
        << QStringList{ u"2026-10-25T00:00:00Z"_s,
               u"2026-10-25T00:30:00Z"_s,
               u"2026-10-25T02:00:00Z"_s,
               u"2026-10-25T02:30:00Z"_s };
    QTest::newRow("Berlin: asked during the second occurrence")
        << u"*/30 * * * *"_s << QByteArray("Europe/Berlin") << utc(u"2026-10-25T01:10:00Z"_s) // 02:10 CET
        << QStringList{ u"2026-10-25T02:00:00Z"_s };
    // New York springs forward on 2026-03-08 at 02:00 EST (07:00 UTC), falls back on 2026-11-01 at 02:00 EDT.
    QTest::newRow("New York: 02:30 on the spring day runs at 03:00 EDT")
        << u"30 2 * * *"_s << QByteArray("America/New_York") << utc(u"2026-03-07T12:00:00Z"_s)
        << QStringList{ u"2026-03-08T07:00:00Z"_s, u"2026-03-09T06:30:00Z"_s };
    QTest::newRow("New York: repeated 01:30 runs once, in EDT")
        << u"30 1 * * *"_s << QByteArray("America/New_York") << utc(u"2026-10-31T12:00:00Z"_s)
        << QStringList{ u"2026-11-01T05:30:00Z"_s, u"2026-11-02T06:30:00Z"_s };
}

void TestCronExpression::nextAfter_table()
{
    QFETCH(QString, expression);
    QFETCH(QByteArray, zone);
    QFETCH(QDateTime, after);
    QFETCH(QStringList, expected);
    const QTimeZone timeZone(zone);
    QVERIFY(timeZone.isValid());
    const Result<CronExpression> cron = CronExpression::parse(expression);
    QVERIFY2(cron.has_value(), qPrintable(cron ? QString() : cron.error().detail));
    QCOMPARE(nextRuns(*cron, after, timeZone, int(expected.size())), expected);
}

void TestCronExpression::lastAtOrBefore_table_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<QString>("expected");
    QTest::newRow("a minute before today's slot")
        << u"0 3 * * *"_s << QByteArray("UTC") << utc(u"2026-05-05T02:59:00Z"_s) << u"2026-05-04T03:00:00Z"_s;
    QTest::newRow("exactly at the slot") << u"0 3 * * *"_s << QByteArray("UTC") << utc(u"2026-05-05T03:00:00Z"_s)
                                         << u"2026-05-05T03:00:00Z"_s;
    QTest::newRow("last leap day") << u"0 0 29 2 *"_s << QByteArray("UTC") << utc(u"2031-01-01T00:00:00Z"_s)
                                   << u"2028-02-29T00:00:00Z"_s;
    QTest::newRow("Berlin gap: the slot is the end of the gap")
        << u"30 2 * * *"_s << QByteArray("Europe/Berlin") << utc(u"2026-03-29T05:00:00Z"_s)
        << u"2026-03-29T01:00:00Z"_s;
    QTest::newRow("Berlin repeated hour: second 02:45 is no slot")
        << u"45 2 * * *"_s << QByteArray("Europe/Berlin") << utc(u"2026-10-25T01:50:00Z"_s) // 02:50 CET
        << u"2026-10-25T00:45:00Z"_s;
}

void TestCronExpression::lastAtOrBefore_table()
{
    QFETCH(QString, expression);
    QFETCH(QByteArray, zone);
    QFETCH(QDateTime, at);
    QFETCH(QString, expected);
    const Result<CronExpression> cron = CronExpression::parse(expression);
    QVERIFY(cron.has_value());
    QCOMPARE(cron->lastAtOrBefore(at, QTimeZone(zone)).toString(Qt::ISODate), expected);
}

void TestCronExpression::defaultConstructed_isInvalidAndMatchesNothing()
{
    const CronExpression cron;
    QVERIFY(!cron.isValid());
    QVERIFY(!cron.nextAfter(utc(u"2026-01-01T00:00:00Z"_s), UTC).isValid());
    QVERIFY(!cron.matchesDate(QDate(2026, 1, 1)));
}

QTEST_GUILESS_MAIN(TestCronExpression)
#include "TestCronExpression.moc"
