// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/scheduling/MissedRunPolicy.h"
#include "core/scheduling/Schedule.h"
#include "core/scheduling/ScheduleRunSummary.h"
#include "core/support/Result.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <memory>

namespace Snapdock {

class Clock;
class ScheduleRun;
class ScheduleStore;
class ScheduleUnitWriter;
class Scheduler;
struct AppContext;

// Runs schedules inside the desktop application: builds each ScheduleRun with the application's services (the
// host's session client and key, the JobQueue, so that its backups, pruning and drills appear in the queue view
// and the history, the history database and the network for the webhook), feeds the core Scheduler (factory()
// and the skip rules given to attach()) and starts runs by hand (runNow()).
//
// The scheduler leaves out a schedule while its host's key is still being read from the keychain (it looks again
// once the key is there), while a run started by hand is going, and when the schedule's OS job is installed (the
// OS runs it then, also while Snapdock is open). pause() stops the scheduler; runs already going finish.
//
// Signals: runStarted() and runFinished() once per run, whoever started it. Everything in the context, the store
// and the clock must outlive the runner. GUI thread only.
class ScheduleRunner : public QObject
{
    Q_OBJECT

public:
    ScheduleRunner(AppContext &context, ScheduleStore &store, const Clock &clock, QObject *parent = nullptr);
    ~ScheduleRunner() override;

    // The Scheduler's factory: an unstarted run of `schedule`, or null when its host is gone or has no key yet.
    [[nodiscard]] std::function<ScheduleRun *(const Schedule &, const MissedRunPolicy::DueRun &)> factory();
    // Follows `scheduler`'s runs and gives it the skip rules. Not owned; must outlive the runner, or be detached
    // with attach(nullptr).
    void attach(Scheduler *scheduler);
    // Where the OS jobs are looked for (tests); not owned. Default: the platform's folder.
    void setUnitWriter(const ScheduleUnitWriter *writer) { m_unitWriter = writer; }

    // Starts a run of the schedule now, by hand. InvalidArgument when it is already running here, NotFound when the
    // schedule or its host is gone.
    [[nodiscard]] VoidResult runNow(const QString &scheduleId);
    [[nodiscard]] bool isRunning(const QString &scheduleId) const;
    [[nodiscard]] int runningCount() const;
    // The stage of a running schedule's run ("backing up 3 collections"); empty when not running.
    [[nodiscard]] QString stage(const QString &scheduleId) const { return m_stages.value(scheduleId); }

    // Stops (true) or resumes (false) the scheduler's timer.
    void setPaused(bool paused);
    [[nodiscard]] bool isPaused() const { return m_paused; }
    // Cancels every run going on (quitting).
    void cancelAll();

Q_SIGNALS:
    void runStarted(const QString &scheduleId);
    void runStageChanged(const QString &scheduleId, const QString &stage);
    void runFinished(const QString &scheduleId, const Snapdock::ScheduleRunSummary &summary);

private:
    [[nodiscard]] ScheduleRun *makeRun(const Schedule &schedule, QString *whyNot);
    [[nodiscard]] bool shouldSkip(const Schedule &schedule);
    void track(const QString &scheduleId, ScheduleRun *run);
    void onKeyReady();

    AppContext &m_context;
    ScheduleStore &m_store;
    const Clock &m_clock;
    QPointer<Scheduler> m_scheduler;
    const ScheduleUnitWriter *m_unitWriter = nullptr;
    std::unique_ptr<ScheduleUnitWriter> m_ownWriter;
    QHash<QString, QPointer<ScheduleRun>> m_manualRuns; // owned (children)
    QHash<QString, QString> m_stages; // of every run going on, whoever started it
    QSet<QString> m_watchedSessions; // profile ids whose keyStateChanged we follow
    bool m_paused = false;
};

} // namespace Snapdock
