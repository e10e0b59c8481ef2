// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/scheduling/CronExpression.h"
#include "core/scheduling/WallClock.h"
#include "core/support/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTime>
#include <QTimeZone>

namespace Snapdock {

// When a schedule runs. One of four kinds, all in LOCAL wall-clock time of the zone passed to the queries
// (callers pass QTimeZone::systemTimeZone(); tests pass fixed zones):
//
//  - EveryHours n (1-168): anchored at local midnight so runs are at predictable clock times. For n up to 24 the
//    runs of each day are at 00:00, n:00, 2n:00, ... before 24:00, starting again at every midnight (so every
//    6 hours is 00:00 06:00 12:00 18:00; every 5 hours is 00:00 05:00 10:00 15:00 20:00, then 00:00 again).
//    For n above 24 the runs are every n wall-clock hours counted from Monday 2024-01-01 00:00 (so 48 is every
//    other day at 00:00 and 168 is Mondays at 00:00).
//  - Daily: at one or more times of day.
//  - Weekly: on a set of weekdays, at one time of day.
//  - Cron: a CronExpression.
//
// Daylight saving (WallClock's rules, the same for all kinds): a local time that does not exist (clocks spring
// forward) runs at the first instant after the gap; a local time that occurs twice (clocks fall back) runs once, at
// its first occurrence. Runs are counted in wall-clock time, so "every 6 hours" is 5 real hours apart across the
// spring change and 7 across the autumn one, and an hourly schedule has no run in the repeated hour.
//
// Times have whole minutes; seconds given to the factories are dropped. Instants returned are UTC; an invalid
// QDateTime means "no run" (only for an invalid zone). Plain value type; safe from any thread.
class ScheduleTiming
{
public:
    enum class Kind
    {
        EveryHours,
        Daily,
        Weekly,
        Cron
    };

    static constexpr int MIN_HOURS = 1;
    static constexpr int MAX_HOURS = 168;
    static constexpr int MAX_DAILY_TIMES = 48;

    // Every day at 02:00: the default of a new schedule.
    ScheduleTiming();

    // The factories check their input and fail with InvalidArgument saying what is wrong.
    [[nodiscard]] static Result<ScheduleTiming> everyHours(int hours);
    // At least one time, at most MAX_DAILY_TIMES; duplicates are merged, the times sorted.
    [[nodiscard]] static Result<ScheduleTiming> daily(const QList<QTime> &times);
    // At least one weekday; duplicates are merged, the days sorted Monday first.
    [[nodiscard]] static Result<ScheduleTiming> weekly(const QList<Qt::DayOfWeek> &days, QTime time);
    // Parses `expression` (see CronExpression::parse for the errors).
    [[nodiscard]] static Result<ScheduleTiming> cron(const QString &expression);

    [[nodiscard]] Kind kind() const { return m_kind; }
    // EveryHours: the interval; 0 for the other kinds.
    [[nodiscard]] int hours() const { return m_kind == Kind::EveryHours ? m_hours : 0; }
    // Daily: the times, sorted; Weekly: the one time; empty for the other kinds.
    [[nodiscard]] QList<QTime> times() const;
    // Weekly: the days, Monday first; empty for the other kinds.
    [[nodiscard]] QList<Qt::DayOfWeek> days() const;
    // Cron: the expression; an invalid one for the other kinds.
    [[nodiscard]] CronExpression cronExpression() const { return m_cron; }

    // The first run strictly after `after`.
    [[nodiscard]] QDateTime nextRunAfter(const QDateTime &after, const QTimeZone &zone) const;
    // The next `count` runs strictly after `after`, in order (the schedule editor shows five).
    [[nodiscard]] QList<QDateTime> nextRuns(const QDateTime &after, const QTimeZone &zone, int count) const;
    // The last run at or before `at` (MissedRunPolicy uses it to find the slot due now).
    [[nodiscard]] QDateTime lastRunAtOrBefore(const QDateTime &at, const QTimeZone &zone) const;

    // For people: "Every day at 02:30", "Mondays and Thursdays at 04:00", "Every 6 hours", "cron: 0 3 * * 1-5".
    [[nodiscard]] QString describe() const;

    // {"kind": "everyHours", "hours": 6} | {"kind": "daily", "times": ["02:30"]} |
    // {"kind": "weekly", "days": ["monday", "thursday"], "time": "04:00"} | {"kind": "cron", "expression": "..."}
    [[nodiscard]] QJsonObject toJson() const;
    // Reads what toJson() wrote, with the factories' checks; InvalidArgument naming the member that is wrong.
    [[nodiscard]] static Result<ScheduleTiming> fromJson(const QJsonObject &json);

    friend bool operator==(const ScheduleTiming &, const ScheduleTiming &) = default;

private:
    [[nodiscard]] WallClock::Pattern pattern() const;

    Kind m_kind = Kind::Daily;
    int m_hours = 0;
    QList<QTime> m_times; // Daily: sorted, unique; Weekly: one
    quint8 m_days = 0; // Weekly: bit n = Qt::DayOfWeek n (1 = Monday ... 7 = Sunday)
    CronExpression m_cron;
};

} // namespace Snapdock
