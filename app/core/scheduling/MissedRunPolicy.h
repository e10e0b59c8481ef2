// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/scheduling/Schedule.h"
#include "core/scheduling/ScheduleRunState.h"
#include "core/scheduling/ScheduleTiming.h"
#include "core/support/Clock.h"

#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace Snapdock {

// Decides whether a schedule should run now. Runs missed while the machine slept or the application was closed are
// caught up ONCE at the next opportunity, never once per missed slot: the window is (lastRunAt, now] (or
// (createdAt, now] for a schedule that never ran), and if any slot fell in it, one run is due, standing for the
// latest of them. Slots before createdAt are never due, so a new schedule waits for its first slot.
//
// A lastRunAt after `now` (the clock was set back) makes nothing due until a slot after lastRunAt.
// Stateless; safe from any thread.
class MissedRunPolicy
{
public:
    MissedRunPolicy() = delete;

    // A run that starts more than this after its slot counts as a catch-up (the OS timer fires within seconds).
    static constexpr qint64 LATE_AFTER_SECONDS = 5 * 60;
    // Missed slots are counted up to this many, so that a minutely cron after a month away stays cheap.
    static constexpr int MAX_COUNTED_MISSED = 1000;

    struct DueRun
    {
        QDateTime slot; // UTC; the slot the run stands for; invalid when nothing is due
        // Earlier slots in the window that this one run replaces (at most MAX_COUNTED_MISSED).
        int missedSlots = 0;
        // True when the run starts more than LATE_AFTER_SECONDS after its slot.
        bool isCatchUp = false;

        [[nodiscard]] bool isDue() const { return slot.isValid(); }
        friend bool operator==(const DueRun &, const DueRun &) = default;
    };

    // The run due at `now` for `timing`, if any (see the class comment). `lastRunAt` may be invalid (never ran);
    // with both it and `createdAt` invalid nothing is due.
    [[nodiscard]] static DueRun dueRun(const ScheduleTiming &timing,
        const QDateTime &lastRunAt,
        const QDateTime &createdAt,
        const QDateTime &now,
        const QTimeZone &zone);

    // The same for a stored schedule and its run state at the clock's time. Nothing is due for a disabled schedule.
    [[nodiscard]] static DueRun dueRun(
        const Schedule &schedule, const ScheduleRunState &state, const Clock &clock, const QTimeZone &zone);

    // For the history and the log, in `zone`'s local time: "catching up the run due 2026-11-26 02:30" (with
    // "(3 earlier runs missed)" appended when there were any); empty when the run is not a catch-up.
    [[nodiscard]] static QString catchUpNote(const DueRun &run, const QTimeZone &zone);
};

} // namespace Snapdock
