// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/support/Result.h"

#include <QList>

namespace Snapdock {

class ScheduleTiming;

// One set of local wall-clock times an OS timer fires at: every combination of the listed months, days, hours and
// minutes. A schedule's timing becomes a union of such rules, the common ground of a systemd OnCalendar= line, a
// launchd StartCalendarInterval and a Task Scheduler CalendarTrigger. Plain value type.
//
// A rule restricts the day by day of month OR by weekday, never both (cron's "either" becomes two rules), because
// Task Scheduler has no trigger for "the 1st, if it is a Monday".
struct CalendarRule
{
    QList<int> months; // 1-12, sorted; empty: every month
    QList<int> daysOfMonth; // 1-31, sorted; empty: not restricted by day of month
    QList<int> weekdays; // Qt::DayOfWeek, 1 (Monday) - 7 (Sunday), sorted; empty: not restricted by weekday
    QList<int> hours; // 0-23, sorted, never empty
    QList<int> minutes; // 0-59, sorted, never empty

    // The rules a timing stands for, in local time of the system's zone. EveryHours above 24 hours can only be
    // expressed when the interval divides a week (28, 42, 56, 84, 168 hours: the runs repeat every week from
    // Monday 00:00); otherwise, and for a cron expression that has no run at all, InvalidArgument saying it cannot
    // be expressed as an OS calendar timer.
    [[nodiscard]] static Result<QList<CalendarRule>> forTiming(const ScheduleTiming &timing);

    friend bool operator==(const CalendarRule &, const CalendarRule &) = default;
};

} // namespace Snapdock
