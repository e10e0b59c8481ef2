// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scheduling/MissedRunPolicy.h"

#include "core/support/Translation.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

namespace {

QString tr(const char *text)
{
    return translateWithFallback("Snapdock::MissedRunPolicy", text);
}

} // namespace

MissedRunPolicy::DueRun MissedRunPolicy::dueRun(const ScheduleTiming &timing,
    const QDateTime &lastRunAt,
    const QDateTime &createdAt,
    const QDateTime &now,
    const QTimeZone &zone)
{
    const QDateTime since = lastRunAt.isValid() ? lastRunAt : createdAt;
    if (!since.isValid() || !now.isValid() || since >= now)
        return {};
    const QDateTime slot = timing.lastRunAtOrBefore(now, zone);
    if (!slot.isValid() || slot <= since)
        return {};

    DueRun run;
    run.slot = slot;
    run.isCatchUp = slot.secsTo(now) > LATE_AFTER_SECONDS;
    // Walking forward from `since` counts the slots this run replaces; the cap bounds the walk.
    for (QDateTime earlier = timing.nextRunAfter(since, zone);
         earlier.isValid() && earlier < slot && run.missedSlots < MAX_COUNTED_MISSED;
         earlier = timing.nextRunAfter(earlier, zone)) {
        ++run.missedSlots;
    }
    return run;
}

MissedRunPolicy::DueRun MissedRunPolicy::dueRun(
    const Schedule &schedule, const ScheduleRunState &state, const Clock &clock, const QTimeZone &zone)
{
    if (!schedule.enabled)
        return {};
    return dueRun(schedule.timing, state.lastRunAt, schedule.createdAt, clock.now(), zone);
}

QString MissedRunPolicy::catchUpNote(const DueRun &run, const QTimeZone &zone)
{
    if (!run.isDue() || !run.isCatchUp)
        return {};
    const QString slot = QLocale::c().toString(run.slot.toTimeZone(zone), u"yyyy-MM-dd HH:mm"_s);
    const QString note = tr("catching up the run due %1").arg(slot);
    if (run.missedSlots == 0)
        return note;
    const QString count =
        run.missedSlots >= MAX_COUNTED_MISSED ? u"%1+"_s.arg(MAX_COUNTED_MISSED) : QString::number(run.missedSlots);
    return run.missedSlots == 1 ? tr("%1 (1 earlier run missed)").arg(note)
                                : tr("%1 (%2 earlier runs missed)").arg(note, count);
}

} // namespace Snapdock
