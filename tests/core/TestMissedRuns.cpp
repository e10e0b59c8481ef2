// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scheduling/MissedRunPolicy.h"
#include "support/ManualClock.h"

#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Snapdock;
using Snapdock::TestSupport::ManualClock;

namespace {

QDateTime utc(const QString &iso)
{
    return iso.isEmpty() ? QDateTime() : QDateTime::fromString(iso, Qt::ISODate).toUTC();
}

ScheduleTiming valid(const Result<ScheduleTiming> &timing)
{
    if (!timing)
        qFatal("invalid timing in a test table: %s", qPrintable(timing.error().detail));
    return *timing;
}

const ScheduleTiming DAILY_0230 = valid(ScheduleTiming::daily({ QTime(2, 30) }));

Schedule dailySchedule(const QDateTime &createdAt)
{
    Schedule schedule;
    schedule.id = Schedule::createId();
    schedule.name = u"Nightly"_s;
    schedule.profileId = Schedule::createId();
    schedule.timing = DAILY_0230;
    schedule.createdAt = createdAt;
    return schedule;
}

} // namespace

// Runs missed while the machine slept or the application was closed: caught up once, never once per missed slot.
class TestMissedRuns : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void dueRun_table_data();
    void dueRun_table();
    void dueRun_disabledSchedule_isNeverDue();
    void catchUpNote_namesTheSlotInLocalTime();
    void simulation_checkEveryTenMinutesThenSleep_runsOncePerSlotAndOnceAfterSleep();
};

void TestMissedRuns::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QTimeZone(QByteArrayLiteral("Europe/Berlin")).isValid(), "time zone data missing: install tzdata");
}

void TestMissedRuns::dueRun_table_data()
{
    QTest::addColumn<ScheduleTiming>("timing");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QString>("createdAt");
    QTest::addColumn<QString>("lastRunAt");
    QTest::addColumn<QString>("now");
    QTest::addColumn<QString>("slot"); // empty: nothing due
    QTest::addColumn<int>("missedSlots");
    QTest::addColumn<bool>("isCatchUp");

    const QString created = u"2026-11-01T12:00:00Z"_s;
    QTest::newRow("asleep for 3 days: exactly one run, for the latest slot")
        << DAILY_0230 << QByteArray("UTC") << created << u"2026-11-23T02:30:05Z"_s << u"2026-11-26T09:00:00Z"_s
        << u"2026-11-26T02:30:00Z"_s << 2 << true;
    QTest::newRow("nothing due after today's run")
        << DAILY_0230 << QByteArray("UTC") << created << u"2026-11-26T02:30:05Z"_s << u"2026-11-26T09:00:00Z"_s
        << QString() << 0 << false;
    QTest::newRow("on time, seconds after the slot")
        << DAILY_0230 << QByteArray("UTC") << created << u"2026-11-25T02:30:04Z"_s << u"2026-11-26T02:30:10Z"_s
        << u"2026-11-26T02:30:00Z"_s << 0 << false;
    QTest::newRow("exactly at the slot") << DAILY_0230 << QByteArray("UTC") << created << u"2026-11-25T02:30:00Z"_s
                                         << u"2026-11-26T02:30:00Z"_s << u"2026-11-26T02:30:00Z"_s << 0 << false;
    QTest::newRow("a little late is not yet a catch-up")
        << DAILY_0230 << QByteArray("UTC") << created << u"2026-11-25T02:30:04Z"_s << u"2026-11-26T02:35:00Z"_s
        << u"2026-11-26T02:30:00Z"_s << 0 << false;
    QTest::newRow("more than five minutes late is a catch-up")
        << DAILY_0230 << QByteArray("UTC") << created << u"2026-11-25T02:30:04Z"_s << u"2026-11-26T02:35:01Z"_s
        << u"2026-11-26T02:30:00Z"_s << 0 << true;
    QTest::newRow("first run after creation: no slot yet")
        << DAILY_0230 << QByteArray("UTC") << u"2026-11-26T10:00:00Z"_s << QString() << u"2026-11-26T12:00:00Z"_s
        << QString() << 0 << false;
    QTest::newRow("first run after creation: the first slot")
        << DAILY_0230 << QByteArray("UTC") << u"2026-11-26T10:00:00Z"_s << QString() << u"2026-11-27T02:30:02Z"_s
        << u"2026-11-27T02:30:00Z"_s << 0 << false;
    QTest::newRow("never ran, created before a long sleep")
        << DAILY_0230 << QByteArray("UTC") << u"2026-11-26T10:00:00Z"_s << QString() << u"2026-11-29T08:00:00Z"_s
        << u"2026-11-29T02:30:00Z"_s << 2 << true;
    QTest::newRow("created exactly at a slot: that slot is not due")
        << DAILY_0230 << QByteArray("UTC") << u"2026-11-26T02:30:00Z"_s << QString() << u"2026-11-26T09:00:00Z"_s
        << QString() << 0 << false;
    QTest::newRow("hourly, asleep a week: one run for 168 slots")
        << valid(ScheduleTiming::everyHours(1)) << QByteArray("UTC") << created << u"2026-11-19T09:00:01Z"_s
        << u"2026-11-26T09:20:00Z"_s << u"2026-11-26T09:00:00Z"_s << 167 << true;
    QTest::newRow("every minute, asleep a month: the count is capped")
        << valid(ScheduleTiming::cron(u"* * * * *"_s)) << QByteArray("UTC") << created << u"2026-11-02T00:00:00Z"_s
        << u"2026-12-02T00:00:30Z"_s << u"2026-12-02T00:00:00Z"_s << MissedRunPolicy::MAX_COUNTED_MISSED << false;
    QTest::newRow("weekly, asleep across two runs")
        << valid(ScheduleTiming::weekly({ Qt::Monday }, QTime(4, 0))) << QByteArray("UTC") << created
        << u"2026-11-02T04:00:03Z"_s << u"2026-11-18T12:00:00Z"_s << u"2026-11-16T04:00:00Z"_s << 1 << true;
    QTest::newRow("clock set back: nothing due")
        << DAILY_0230 << QByteArray("UTC") << created << u"2026-11-27T02:30:00Z"_s << u"2026-11-26T09:00:00Z"_s
        << QString() << 0 << false;
    QTest::newRow("neither last run nor creation time: nothing due")
        << DAILY_0230 << QByteArray("UTC") << QString() << QString() << u"2026-11-26T09:00:00Z"_s << QString() << 0
        << false;
    QTest::newRow("Berlin spring: the missing 02:30 is due at 03:00 CEST")
        << DAILY_0230 << QByteArray("Europe/Berlin") << created << u"2026-03-28T01:30:05Z"_s
        << u"2026-03-29T01:00:30Z"_s << u"2026-03-29T01:00:00Z"_s << 0 << false;
    QTest::newRow("Berlin autumn: the repeated hour is not due twice")
        << valid(ScheduleTiming::everyHours(1)) << QByteArray("Europe/Berlin") << created << u"2026-10-25T00:00:10Z"_s
        << u"2026-10-25T01:30:00Z"_s << QString() << 0 << false;
    QTest::newRow("Berlin autumn: after the repeated hour the next run is due")
        << valid(ScheduleTiming::everyHours(1)) << QByteArray("Europe/Berlin") << created << u"2026-10-25T00:00:10Z"_s
        << u"2026-10-25T02:00:05Z"_s << u"2026-10-25T02:00:00Z"_s << 0 << false;
}

void TestMissedRuns::dueRun_table()
{
    QFETCH(ScheduleTiming, timing);
    QFETCH(QByteArray, zone);
    QFETCH(QString, createdAt);
    QFETCH(QString, lastRunAt);
    QFETCH(QString, now);
    QFETCH(QString, slot);
    QFETCH(int, missedSlots);
    QFETCH(bool, isCatchUp);

    const MissedRunPolicy::DueRun run =
        MissedRunPolicy::dueRun(timing, utc(lastRunAt), utc(createdAt), utc(now), QTimeZone(zone));
    QCOMPARE(run.isDue(), !slot.isEmpty());
    QCOMPARE(run.slot.toString(Qt::ISODate), slot);
    QCOMPARE(run.missedSlots, missedSlots);
    QCOMPARE(run.isCatchUp, isCatchUp);
}

void TestMissedRuns::dueRun_disabledSchedule_isNeverDue()
{
    Schedule schedule = dailySchedule(utc(u"2026-11-01T12:00:00Z"_s));
    ScheduleRunState state;
    state.lastRunAt = utc(u"2026-11-20T02:30:00Z"_s);
    const ManualClock clock(utc(u"2026-11-26T09:00:00Z"_s));
    QVERIFY(MissedRunPolicy::dueRun(schedule, state, clock, QTimeZone::utc()).isDue());
    schedule.enabled = false;
    QVERIFY(!MissedRunPolicy::dueRun(schedule, state, clock, QTimeZone::utc()).isDue());
}

void TestMissedRuns::catchUpNote_namesTheSlotInLocalTime()
{
    const QTimeZone berlin(QByteArrayLiteral("Europe/Berlin"));
    MissedRunPolicy::DueRun run =
        MissedRunPolicy::dueRun(DAILY_0230, utc(u"2026-11-23T01:30:05Z"_s), {}, utc(u"2026-11-26T09:00:00Z"_s), berlin);
    QVERIFY(run.isCatchUp);
    QCOMPARE(run.missedSlots, 2);
    QCOMPARE(MissedRunPolicy::catchUpNote(run, berlin),
        u"catching up the run due 2026-11-26 02:30 (2 earlier runs missed)"_s);

    run.missedSlots = 1;
    QCOMPARE(MissedRunPolicy::catchUpNote(run, berlin),
        u"catching up the run due 2026-11-26 02:30 (1 earlier run missed)"_s);
    run.missedSlots = 0;
    QCOMPARE(MissedRunPolicy::catchUpNote(run, berlin), u"catching up the run due 2026-11-26 02:30"_s);
    run.isCatchUp = false;
    QVERIFY(MissedRunPolicy::catchUpNote(run, berlin).isEmpty());
}

// A runner that checks every ten minutes and records each run's start: one run per slot while awake, then a
// three-day sleep, then exactly one catch-up run, then back to one per slot.
void TestMissedRuns::simulation_checkEveryTenMinutesThenSleep_runsOncePerSlotAndOnceAfterSleep()
{
    const QTimeZone berlin(QByteArrayLiteral("Europe/Berlin"));
    ManualClock clock(utc(u"2026-03-26T12:00:00Z"_s));
    const Schedule schedule = dailySchedule(clock.now());
    ScheduleRunState state;
    QList<MissedRunPolicy::DueRun> runs;

    const auto checkFor = [&](qint64 seconds) {
        for (qint64 elapsed = 0; elapsed < seconds; elapsed += 600) {
            clock.advance(600);
            const MissedRunPolicy::DueRun run = MissedRunPolicy::dueRun(schedule, state, clock, berlin);
            if (run.isDue()) {
                runs.append(run);
                state.lastRunAt = clock.now();
                state.lastSlotAt = run.slot;
            }
        }
    };

    checkFor(4 * 24 * 3600); // awake through the spring change on 2026-03-29
    QCOMPARE(runs.size(), 4);
    QCOMPARE(runs.at(2).slot, utc(u"2026-03-29T01:00:00Z"_s)); // 02:30 did not exist: 03:00 CEST
    for (const MissedRunPolicy::DueRun &run : std::as_const(runs)) {
        QVERIFY(!run.isCatchUp);
        QCOMPARE(run.missedSlots, 0);
    }

    clock.advance(3 * 24 * 3600); // asleep: nobody checks
    runs.clear();
    checkFor(600);
    QCOMPARE(runs.size(), 1);
    QVERIFY(runs.constFirst().isCatchUp);
    QCOMPARE(runs.constFirst().missedSlots, 2);

    runs.clear();
    checkFor(2 * 24 * 3600);
    QCOMPARE(runs.size(), 2);
}

QTEST_GUILESS_MAIN(TestMissedRuns)
#include "TestMissedRuns.moc"
