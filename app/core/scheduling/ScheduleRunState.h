// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace Snapdock {

// How a scheduled run (or a restore drill) ended.
enum class RunOutcome
{
    None, // never ran, or the run has not finished (yet: it may still be going, or have crashed)
    Succeeded,
    PartiallyFailed, // some collections backed up, some failed
    Failed,
    Cancelled,
};

// What happened in a schedule's runs, kept apart from its definition because the desktop application and
// `snapdock-cli run-schedule` both write it (see ScheduleStore). Plain value type; all times UTC.
struct ScheduleRunState
{
    // When the last run STARTED: the `now` it was decided at. MissedRunPolicy counts due slots after this instant,
    // so it must not be the slot time (a late catch-up would be due again at once) nor the end (slots passing during
    // a long run would be lost).
    QDateTime lastRunAt;
    QDateTime lastSlotAt; // the slot that run stood for (equal to or before lastRunAt)
    QDateTime lastFinishedAt; // invalid while the last run has not finished
    RunOutcome lastOutcome = RunOutcome::None;
    QString lastMessage; // one line for people ("3 of 4 collections backed up"); never a key
    QDateTime lastDrillAt;
    RunOutcome lastDrillOutcome = RunOutcome::None;

    [[nodiscard]] bool hasRun() const { return lastRunAt.isValid(); }

    // Stable names for settings files and JSON: "none", "succeeded", "partially-failed", "failed", "cancelled".
    [[nodiscard]] static QString outcomeKey(RunOutcome outcome);
    [[nodiscard]] static std::optional<RunOutcome> outcomeFromKey(const QString &key);

    friend bool operator==(const ScheduleRunState &, const ScheduleRunState &) = default;
};

} // namespace Snapdock
