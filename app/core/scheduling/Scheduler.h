// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/scheduling/MissedRunPolicy.h"
#include "core/scheduling/Schedule.h"
#include "core/scheduling/ScheduleRunSummary.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimeZone>
#include <QTimer>

#include <functional>

namespace Snapdock {

class Clock;
class ScheduleRun;
class ScheduleStore;

// Runs the saved schedules while the desktop application is open. A timer wakes at the earliest next slot of any
// enabled schedule (at most every checkIntervalMs(), so that a clock that jumps — sleep, a test's ManualClock — is
// noticed); each check asks MissedRunPolicy what is due by the injected Clock and starts one ScheduleRun per due
// schedule through the factory: slots missed while the application was closed or the machine slept are caught up
// once, not once per slot. A schedule whose run is still going is not started again (its lock would refuse it
// anyway), and schedules the skip predicate names (e.g. those whose OS job is installed and runs them) are left out.
//
// The factory builds an unstarted run for a schedule (with the client, queue and history of the application), or
// returns nullptr when it cannot (profile gone, no key): that slot is then not offered again. The scheduler owns
// the runs it starts, starts them with the due slot and deletes them after runFinished().
// Threading: the thread of the store and the runs.
class Scheduler : public QObject
{
    Q_OBJECT

public:
    static constexpr int DEFAULT_CHECK_INTERVAL_MS = 60'000;

    using RunFactory = std::function<ScheduleRun *(const Schedule &schedule, const MissedRunPolicy::DueRun &due)>;
    using SkipPredicate = std::function<bool(const Schedule &schedule)>;

    // `store` and `clock` are not owned and must outlive the scheduler.
    Scheduler(ScheduleStore &store, const Clock &clock, RunFactory factory, QObject *parent = nullptr);
    ~Scheduler() override;

    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }
    void setSkipPredicate(SkipPredicate skip) { m_skip = std::move(skip); }
    [[nodiscard]] int checkIntervalMs() const { return m_checkIntervalMs; }
    void setCheckIntervalMs(int milliseconds);

    // Checks at once and keeps checking until stop().
    void start();
    // Stops checking; runs already started go on.
    void stop();
    // Starts what is due now, then re-arms the timer.
    void checkNow();

    [[nodiscard]] bool isActive() const { return m_active; }
    [[nodiscard]] bool isRunning(const QString &scheduleId) const { return m_runs.contains(scheduleId); }
    // The run in progress for a schedule; null when none.
    [[nodiscard]] ScheduleRun *run(const QString &scheduleId) const;
    // When the timer fires next (UTC); invalid while stopped.
    [[nodiscard]] QDateTime nextCheckAt() const { return m_nextCheckAt; }

Q_SIGNALS:
    void runStarted(const QString &scheduleId, Snapdock::ScheduleRun *run);
    void runFinished(const QString &scheduleId, const Snapdock::ScheduleRunSummary &summary);

private:
    void startRun(const Schedule &schedule, const MissedRunPolicy::DueRun &due);
    void arm();

    ScheduleStore &m_store;
    const Clock &m_clock;
    RunFactory m_factory;
    SkipPredicate m_skip;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    int m_checkIntervalMs = DEFAULT_CHECK_INTERVAL_MS;
    bool m_active = false;
    QTimer m_timer;
    QDateTime m_nextCheckAt;
    QHash<QString, QPointer<ScheduleRun>> m_runs;
    // Slots not to start again: the factory returned no run, or another process was running the schedule.
    QHash<QString, QDateTime> m_declinedSlots;
};

} // namespace Snapdock
