// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scheduling/ScheduleTiming.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

#include <array>

using namespace Qt::Literals::StringLiterals;
using namespace Snapdock;

namespace {

QDateTime utc(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toUTC();
}

// Test tables are built from factories that must succeed; a typo in a table must not test something else.
ScheduleTiming valid(const Result<ScheduleTiming> &timing)
{
    if (!timing)
        qFatal("invalid timing in a test table: %s", qPrintable(timing.error().detail));
    return *timing;
}

ScheduleTiming daily(const QList<QTime> &times)
{
    return valid(ScheduleTiming::daily(times));
}

ScheduleTiming weekly(const QList<Qt::DayOfWeek> &days, QTime time)
{
    return valid(ScheduleTiming::weekly(days, time));
}

ScheduleTiming everyHours(int hours)
{
    return valid(ScheduleTiming::everyHours(hours));
}

ScheduleTiming cron(const QString &expression)
{
    return valid(ScheduleTiming::cron(expression));
}

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

} // namespace

// When schedules run: the four kinds, daylight-saving changes, month ends, leap days, descriptions and JSON.
class TestScheduleTiming : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void nextRuns_table_data();
    void nextRuns_table();
    void nextRunAfter_isTheFirstOfNextRuns();
    void lastRunAtOrBefore_table_data();
    void lastRunAtOrBefore_table();

    void describe_table_data();
    void describe_table();
    void factories_normalizeTimesAndDays();
    void factories_invalidInput_isRefused_data();
    void factories_invalidInput_isRefused();

    void json_roundTrip_isLossless_data();
    void json_roundTrip_isLossless();
    void json_weekly_hasReadableShape();
    void fromJson_invalid_namesTheMember_data();
    void fromJson_invalid_namesTheMember();
};

void TestScheduleTiming::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QTimeZone(QByteArrayLiteral("Europe/Berlin")).isValid(), "time zone data missing: install tzdata");
    QVERIFY2(QTimeZone(QByteArrayLiteral("America/New_York")).isValid(), "time zone data missing: install tzdata");
}

void TestScheduleTiming::nextRuns_table_data()
{
    QTest::addColumn<ScheduleTiming>("timing");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDateTime>("after");
    QTest::addColumn<QStringList>("expected");

    // Europe/Berlin: 2026-03-29 02:00 CET (01:00 UTC) jumps to 03:00 CEST; 2026-10-25 03:00 CEST (01:00 UTC) falls
    // back to 02:00 CET, so 02:00-02:59 happens twice.
    QTest::newRow("daily 02:30, Berlin spring: the missing 02:30 runs at 03:00 CEST")
        << daily({ QTime(2, 30) }) << QByteArray("Europe/Berlin") << utc(u"2026-03-27T12:00:00Z"_s)
        << QStringList{ u"2026-03-28T01:30:00Z"_s,
               u"2026-03-29T01:00:00Z"_s,
               u"2026-03-30T00:30:00Z"_s,
               u"2026-03-31T00:30:00Z"_s };
    QTest::newRow("daily 02:30, Berlin autumn: the doubled 02:30 runs once, in CEST")
        << daily({ QTime(2, 30) }) << QByteArray("Europe/Berlin") << utc(u"2026-10-23T12:00:00Z"_s)
        << QStringList{ u"2026-10-24T00:30:00Z"_s, u"2026-10-25T00:30:00Z"_s, u"2026-10-26T01:30:00Z"_s };
    QTest::newRow("hourly, Berlin spring: 02:00 and 03:00 are one instant")
        << everyHours(1) << QByteArray("Europe/Berlin") << utc(u"2026-03-28T23:30:00Z"_s)
        << QStringList{ u"2026-03-29T00:00:00Z"_s,
               u"2026-03-29T01:00:00Z"_s,
               u"2026-03-29T02:00:00Z"_s,
               u"2026-03-29T03:00:00Z"_s };
    QTest::newRow("hourly, Berlin autumn: nothing in the repeated hour")
        << everyHours(1) << QByteArray("Europe/Berlin") << utc(u"2026-10-24T22:30:00Z"_s)
        << QStringList{ u"2026-10-24T23:00:00Z"_s,
               u"2026-10-25T00:00:00Z"_s,
               u"2026-10-25T02:00:00Z"_s,
               u"2026-10-25T03:00:00Z"_s,
               u"2026-10-25T04:00:00Z"_s };
    QTest::newRow("every 6 hours, Berlin spring: same clock times, 5 real hours apart once")
        << everyHours(6) << QByteArray("Europe/Berlin") << utc(u"2026-03-28T20:00:00Z"_s)
        << QStringList{ u"2026-03-28T23:00:00Z"_s,
               u"2026-03-29T04:00:00Z"_s,
               u"2026-03-29T10:00:00Z"_s,
               u"2026-03-29T16:00:00Z"_s,
               u"2026-03-29T22:00:00Z"_s };
    QTest::newRow("every 6 hours, Berlin autumn: same clock times, 7 real hours apart once")
        << everyHours(6) << QByteArray("Europe/Berlin") << utc(u"2026-10-24T20:00:00Z"_s)
        << QStringList{ u"2026-10-24T22:00:00Z"_s,
               u"2026-10-25T05:00:00Z"_s,
               u"2026-10-25T11:00:00Z"_s,
               u"2026-10-25T17:00:00Z"_s,
               u"2026-10-25T23:00:00Z"_s };
    QTest::newRow("every 2 hours, Berlin spring: 02:00 runs at the end of the gap")
        << everyHours(2) << QByteArray("Europe/Berlin") << utc(u"2026-03-28T22:30:00Z"_s)
        << QStringList{ u"2026-03-28T23:00:00Z"_s,
               u"2026-03-29T01:00:00Z"_s,
               u"2026-03-29T02:00:00Z"_s,
               u"2026-03-29T04:00:00Z"_s };
    // America/New_York: 2026-03-08 02:00 EST (07:00 UTC) jumps to 03:00 EDT; 2026-11-01 02:00 EDT (06:00 UTC) falls
    // back to 01:00 EST.
    QTest::newRow("every 6 hours, New York spring")
        << everyHours(6) << QByteArray("America/New_York") << utc(u"2026-03-07T23:00:00Z"_s)
        << QStringList{ u"2026-03-08T05:00:00Z"_s, u"2026-03-08T10:00:00Z"_s, u"2026-03-08T16:00:00Z"_s };
    QTest::newRow("daily 02:30, New York spring")
        << daily({ QTime(2, 30) }) << QByteArray("America/New_York") << utc(u"2026-03-07T12:00:00Z"_s)
        << QStringList{ u"2026-03-08T07:00:00Z"_s, u"2026-03-09T06:30:00Z"_s };
    QTest::newRow("daily 01:30, New York autumn")
        << daily({ QTime(1, 30) }) << QByteArray("America/New_York") << utc(u"2026-10-31T12:00:00Z"_s)
        << QStringList{ u"2026-11-01T05:30:00Z"_s, u"2026-11-02T06:30:00Z"_s };

    QTest::newRow("daily at two times, given unsorted with a duplicate")
        << daily({ QTime(14, 0), QTime(2, 30), QTime(14, 0, 45) }) << QByteArray("UTC")
        << utc(u"2026-05-01T10:00:00Z"_s)
        << QStringList{ u"2026-05-01T14:00:00Z"_s, u"2026-05-02T02:30:00Z"_s, u"2026-05-02T14:00:00Z"_s };
    QTest::newRow("daily midnight in Berlin at the turn of the year")
        << daily({ QTime(0, 0) }) << QByteArray("Europe/Berlin") << utc(u"2026-12-31T22:30:00Z"_s)
        << QStringList{ u"2026-12-31T23:00:00Z"_s, u"2027-01-01T23:00:00Z"_s };
    QTest::newRow("daily across a leap day")
        << daily({ QTime(9, 0) }) << QByteArray("UTC") << utc(u"2028-02-28T12:00:00Z"_s)
        << QStringList{ u"2028-02-29T09:00:00Z"_s, u"2028-03-01T09:00:00Z"_s };
    QTest::newRow("every 5 hours starts again at midnight")
        << everyHours(5) << QByteArray("UTC") << utc(u"2026-05-01T19:00:00Z"_s)
        << QStringList{ u"2026-05-01T20:00:00Z"_s, u"2026-05-02T00:00:00Z"_s, u"2026-05-02T05:00:00Z"_s };
    QTest::newRow("every 24 hours is midnight") << everyHours(24) << QByteArray("UTC") << utc(u"2026-05-01T00:00:00Z"_s)
                                                << QStringList{ u"2026-05-02T00:00:00Z"_s, u"2026-05-03T00:00:00Z"_s };
    QTest::newRow("every 48 hours counts from Monday 2024-01-01")
        << everyHours(48) << QByteArray("UTC") << utc(u"2026-01-01T00:00:00Z"_s)
        << QStringList{ u"2026-01-02T00:00:00Z"_s, u"2026-01-04T00:00:00Z"_s };
    QTest::newRow("every 36 hours alternates midnight and noon")
        << everyHours(36) << QByteArray("UTC") << utc(u"2026-01-01T00:00:00Z"_s)
        << QStringList{ u"2026-01-02T00:00:00Z"_s, u"2026-01-03T12:00:00Z"_s, u"2026-01-05T00:00:00Z"_s };
    QTest::newRow("every 168 hours is Mondays at midnight")
        << everyHours(168) << QByteArray("UTC") << utc(u"2026-05-01T00:00:00Z"_s) // a Friday
        << QStringList{ u"2026-05-04T00:00:00Z"_s, u"2026-05-11T00:00:00Z"_s };

    QTest::newRow("weekly Monday and Thursday, Berlin summer time")
        << weekly({ Qt::Thursday, Qt::Monday }, QTime(4, 0)) << QByteArray("Europe/Berlin")
        << utc(u"2026-05-01T00:00:00Z"_s)
        << QStringList{ u"2026-05-04T02:00:00Z"_s, u"2026-05-07T02:00:00Z"_s, u"2026-05-11T02:00:00Z"_s };
    QTest::newRow("weekly Sunday 02:30 on the Berlin spring Sunday")
        << weekly({ Qt::Sunday }, QTime(2, 30)) << QByteArray("Europe/Berlin") << utc(u"2026-03-22T12:00:00Z"_s)
        << QStringList{ u"2026-03-29T01:00:00Z"_s, u"2026-04-05T00:30:00Z"_s };
    QTest::newRow("weekly Tuesday lands on the leap day")
        << weekly({ Qt::Tuesday }, QTime(9, 0)) << QByteArray("UTC") << utc(u"2028-02-23T12:00:00Z"_s)
        << QStringList{ u"2028-02-29T09:00:00Z"_s, u"2028-03-07T09:00:00Z"_s };
    QTest::newRow("cron weekdays, Berlin, over the spring weekend")
        << cron(u"0 3 * * 1-5"_s) << QByteArray("Europe/Berlin") << utc(u"2026-03-27T12:00:00Z"_s)
        << QStringList{ u"2026-03-30T01:00:00Z"_s, u"2026-03-31T01:00:00Z"_s };
    QTest::newRow("cron 31st, Berlin") << cron(u"0 1 31 * *"_s) << QByteArray("Europe/Berlin")
                                       << utc(u"2026-04-01T00:00:00Z"_s)
                                       << QStringList{ u"2026-05-30T23:00:00Z"_s, u"2026-07-30T23:00:00Z"_s };
}

void TestScheduleTiming::nextRuns_table()
{
    QFETCH(ScheduleTiming, timing);
    QFETCH(QByteArray, zone);
    QFETCH(QDateTime, after);
    QFETCH(QStringList, expected);
    const QTimeZone timeZone(zone);
    QVERIFY(timeZone.isValid());

    QStringList runs;
    for (const QDateTime &run : timing.nextRuns(after, timeZone, int(expected.size()))) {
        QCOMPARE(run.timeSpec(), Qt::UTC);
        runs.append(run.toString(Qt::ISODate));
    }
    QCOMPARE(runs, expected);
}

void TestScheduleTiming::nextRunAfter_isTheFirstOfNextRuns()
{
    const QTimeZone berlin(QByteArrayLiteral("Europe/Berlin"));
    const ScheduleTiming timing = everyHours(6);
    const QDateTime after = utc(u"2026-03-28T20:00:00Z"_s);
    const QList<QDateTime> five = timing.nextRuns(after, berlin, 5);
    QCOMPARE(five.size(), 5);
    QCOMPARE(timing.nextRunAfter(after, berlin), five.first());
    // Asking again from each run gives the following one: the editor's list and the runner agree.
    for (qsizetype i = 0; i + 1 < five.size(); ++i)
        QCOMPARE(timing.nextRunAfter(five.at(i), berlin), five.at(i + 1));
}

void TestScheduleTiming::lastRunAtOrBefore_table_data()
{
    QTest::addColumn<ScheduleTiming>("timing");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<QString>("expected");
    QTest::newRow("daily, before today's run")
        << daily({ QTime(2, 30) }) << QByteArray("UTC") << utc(u"2026-05-05T02:29:59Z"_s) << u"2026-05-04T02:30:00Z"_s;
    QTest::newRow("daily, at the run") << daily({ QTime(2, 30) }) << QByteArray("UTC") << utc(u"2026-05-05T02:30:00Z"_s)
                                       << u"2026-05-05T02:30:00Z"_s;
    QTest::newRow("weekly, a week back") << weekly({ Qt::Monday }, QTime(4, 0)) << QByteArray("UTC")
                                         << utc(u"2026-05-11T03:00:00Z"_s) << u"2026-05-04T04:00:00Z"_s;
    QTest::newRow("every 6 hours, Berlin, right after the spring gap")
        << everyHours(6) << QByteArray("Europe/Berlin") << utc(u"2026-03-29T03:59:00Z"_s) << u"2026-03-28T23:00:00Z"_s;
    QTest::newRow("hourly, Berlin, in the second 02:xx hour")
        << everyHours(1) << QByteArray("Europe/Berlin") << utc(u"2026-10-25T01:30:00Z"_s) << u"2026-10-25T00:00:00Z"_s;
}

void TestScheduleTiming::lastRunAtOrBefore_table()
{
    QFETCH(ScheduleTiming, timing);
    QFETCH(QByteArray, zone);
    QFETCH(QDateTime, at);
    QFETCH(QString, expected);
    QCOMPARE(timing.lastRunAtOrBefore(at, QTimeZone(zone)).toString(Qt::ISODate), expected);
}

void TestScheduleTiming::describe_table_data()
{
    QTest::addColumn<ScheduleTiming>("timing");
    QTest::addColumn<QString>("text");
    QTest::newRow("default") << ScheduleTiming() << u"Every day at 02:00"_s;
    QTest::newRow("hourly") << everyHours(1) << u"Every hour"_s;
    QTest::newRow("every 6 hours") << everyHours(6) << u"Every 6 hours"_s;
    QTest::newRow("daily once") << daily({ QTime(2, 30) }) << u"Every day at 02:30"_s;
    QTest::newRow("daily twice") << daily({ QTime(14, 30), QTime(2, 30) }) << u"Every day at 02:30 and 14:30"_s;
    QTest::newRow("daily three times") << daily({ QTime(2, 30), QTime(8, 0), QTime(14, 30) })
                                       << u"Every day at 02:30, 08:00 and 14:30"_s;
    QTest::newRow("one weekday") << weekly({ Qt::Monday }, QTime(4, 0)) << u"Mondays at 04:00"_s;
    QTest::newRow("two weekdays") << weekly({ Qt::Thursday, Qt::Monday }, QTime(4, 0))
                                  << u"Mondays and Thursdays at 04:00"_s;
    QTest::newRow("three weekdays") << weekly({ Qt::Friday, Qt::Tuesday, Qt::Wednesday }, QTime(23, 15))
                                    << u"Tuesdays, Wednesdays and Fridays at 23:15"_s;
    QTest::newRow("weekend") << weekly({ Qt::Sunday, Qt::Saturday }, QTime(10, 0))
                             << u"Saturdays and Sundays at 10:00"_s;
    QTest::newRow("working days") << weekly({ Qt::Monday, Qt::Tuesday, Qt::Wednesday, Qt::Thursday, Qt::Friday },
        QTime(4, 0)) << u"Monday to Friday at 04:00"_s;
    QTest::newRow("all week") << weekly(
        { Qt::Monday, Qt::Tuesday, Qt::Wednesday, Qt::Thursday, Qt::Friday, Qt::Saturday, Qt::Sunday }, QTime(4, 0))
                              << u"Every day at 04:00"_s;
    QTest::newRow("cron") << cron(u"0 3 * * 1-5"_s) << u"cron: 0 3 * * 1-5"_s;
}

void TestScheduleTiming::describe_table()
{
    QFETCH(ScheduleTiming, timing);
    QFETCH(QString, text);
    QCOMPARE(timing.describe(), text);
}

void TestScheduleTiming::factories_normalizeTimesAndDays()
{
    const ScheduleTiming daily = ::daily({ QTime(14, 0, 45), QTime(2, 30), QTime(14, 0) });
    QCOMPARE(daily.kind(), ScheduleTiming::Kind::Daily);
    QCOMPARE(daily.times(), (QList<QTime>{ QTime(2, 30), QTime(14, 0) }));
    QCOMPARE(daily.hours(), 0);
    QVERIFY(daily.days().isEmpty());

    const ScheduleTiming weekly = ::weekly({ Qt::Sunday, Qt::Monday, Qt::Sunday }, QTime(4, 0, 59));
    QCOMPARE(weekly.kind(), ScheduleTiming::Kind::Weekly);
    QCOMPARE(weekly.days(), (QList<Qt::DayOfWeek>{ Qt::Monday, Qt::Sunday }));
    QCOMPARE(weekly.times(), QList<QTime>{ QTime(4, 0) });

    const ScheduleTiming hours = everyHours(12);
    QCOMPARE(hours.kind(), ScheduleTiming::Kind::EveryHours);
    QCOMPARE(hours.hours(), 12);
    QVERIFY(hours.times().isEmpty());

    const ScheduleTiming cron = ::cron(u"@daily"_s);
    QCOMPARE(cron.kind(), ScheduleTiming::Kind::Cron);
    QCOMPARE(cron.cronExpression().toString(), u"@daily"_s);
}

void TestScheduleTiming::factories_invalidInput_isRefused_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<QString>("mention");
    QTest::newRow("0 hours") << 0 << u"1 to 168"_s;
    QTest::newRow("169 hours") << 1 << u"169"_s;
    QTest::newRow("daily without times") << 2 << u"at least one time"_s;
    QTest::newRow("daily with an invalid time") << 3 << u"invalid time"_s;
    QTest::newRow("daily with too many times") << 4 << u"at most 48"_s;
    QTest::newRow("weekly without days") << 5 << u"at least one day"_s;
    QTest::newRow("weekly with an invalid time") << 6 << u"valid time"_s;
    QTest::newRow("bad cron") << 7 << u"five fields"_s;
}

void TestScheduleTiming::factories_invalidInput_isRefused()
{
    QFETCH(int, which);
    QFETCH(QString, mention);
    QList<QTime> manyTimes;
    for (int minutes = 0; minutes < 49 * 20; minutes += 20)
        manyTimes.append(QTime(0, 0).addSecs(minutes * 60));
    const std::array<Result<ScheduleTiming>, 8> attempts = {
        ScheduleTiming::everyHours(0),
        ScheduleTiming::everyHours(169),
        ScheduleTiming::daily({}),
        ScheduleTiming::daily({ QTime(2, 30), QTime() }),
        ScheduleTiming::daily(manyTimes),
        ScheduleTiming::weekly({}, QTime(4, 0)),
        ScheduleTiming::weekly({ Qt::Monday }, QTime()),
        ScheduleTiming::cron(u"0 3 * *"_s),
    };
    const Result<ScheduleTiming> &attempt = attempts.at(which);
    QVERIFY(!attempt.has_value());
    QCOMPARE(attempt.error().kind, ErrorKind::InvalidArgument);
    QVERIFY2(attempt.error().detail.contains(mention), qPrintable(attempt.error().detail));
}

void TestScheduleTiming::json_roundTrip_isLossless_data()
{
    QTest::addColumn<ScheduleTiming>("timing");
    QTest::newRow("default") << ScheduleTiming();
    QTest::newRow("every 6 hours") << everyHours(6);
    QTest::newRow("every 168 hours") << everyHours(168);
    QTest::newRow("daily") << daily({ QTime(2, 30), QTime(23, 59), QTime(0, 0) });
    QTest::newRow("weekly") << weekly({ Qt::Monday, Qt::Thursday, Qt::Sunday }, QTime(4, 5));
    QTest::newRow("cron") << cron(u"*/15 0-6 1,15 jan-mar mon-fri"_s);
    QTest::newRow("cron macro") << cron(u"@weekly"_s);
}

void TestScheduleTiming::json_roundTrip_isLossless()
{
    QFETCH(ScheduleTiming, timing);
    const Result<ScheduleTiming> back = ScheduleTiming::fromJson(timing.toJson());
    QVERIFY2(back.has_value(), qPrintable(back ? QString() : back.error().detail));
    QVERIFY(*back == timing);
    QCOMPARE(back->describe(), timing.describe());
}

void TestScheduleTiming::json_weekly_hasReadableShape()
{
    const QJsonObject object = weekly({ Qt::Thursday, Qt::Monday }, QTime(4, 0)).toJson();
    QCOMPARE(object.value("kind"_L1).toString(), u"weekly"_s);
    QCOMPARE(object.value("days"_L1).toArray(), (QJsonArray{ u"monday"_s, u"thursday"_s }));
    QCOMPARE(object.value("time"_L1).toString(), u"04:00"_s);
}

void TestScheduleTiming::fromJson_invalid_namesTheMember_data()
{
    QTest::addColumn<QJsonObject>("object");
    QTest::addColumn<QString>("mention");
    QTest::newRow("no kind") << json("{}") << u"\"kind\""_s;
    QTest::newRow("unknown kind") << json(R"({"kind":"monthly"})") << u"monthly"_s;
    QTest::newRow("hours missing") << json(R"({"kind":"everyHours"})") << u"\"hours\""_s;
    QTest::newRow("hours fractional") << json(R"({"kind":"everyHours","hours":6.5})") << u"\"hours\""_s;
    QTest::newRow("hours as text") << json(R"({"kind":"everyHours","hours":"6"})") << u"\"hours\""_s;
    QTest::newRow("hours out of range") << json(R"({"kind":"everyHours","hours":0})") << u"1 to 168"_s;
    QTest::newRow("times not a list") << json(R"({"kind":"daily","times":"02:30"})") << u"\"times\""_s;
    QTest::newRow("times empty") << json(R"({"kind":"daily","times":[]})") << u"at least one time"_s;
    QTest::newRow("time 25:00") << json(R"({"kind":"daily","times":["25:00"]})") << u"HH:mm"_s;
    QTest::newRow("time as number") << json(R"({"kind":"daily","times":[230]})") << u"HH:mm"_s;
    QTest::newRow("abbreviated day") << json(R"({"kind":"weekly","days":["mon"],"time":"04:00"})") << u"\"mon\""_s;
    QTest::newRow("weekly without time") << json(R"({"kind":"weekly","days":["monday"]})") << u"\"time\""_s;
    QTest::newRow("weekly without days") << json(R"({"kind":"weekly","days":[],"time":"04:00"})")
                                         << u"at least one day"_s;
    QTest::newRow("cron not a string") << json(R"({"kind":"cron","expression":5})") << u"\"expression\""_s;
    QTest::newRow("cron invalid") << json(R"({"kind":"cron","expression":"61 * * * *"})") << u"minute"_s;
}

void TestScheduleTiming::fromJson_invalid_namesTheMember()
{
    QFETCH(QJsonObject, object);
    QFETCH(QString, mention);
    const Result<ScheduleTiming> timing = ScheduleTiming::fromJson(object);
    QVERIFY(!timing.has_value());
    QCOMPARE(timing.error().kind, ErrorKind::InvalidArgument);
    QVERIFY2(timing.error().detail.contains(mention), qPrintable(timing.error().detail));
}

QTEST_GUILESS_MAIN(TestScheduleTiming)
#include "TestScheduleTiming.moc"
