// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scheduling/Scheduler.h"

#include "core/scheduling/ScheduleRun.h"
#include "core/scheduling/ScheduleStore.h"
#include "core/support/Clock.h"

#include <algorithm>

namespace Snapdock {

Scheduler::Scheduler(ScheduleStore &store, const Clock &clock, RunFactory factory, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
    , m_factory(std::move(factory))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Scheduler::checkNow);
    // An edited schedule may be due earlier (or at once): look again from the event loop.
    for (const auto signal : { &ScheduleStore::scheduleAdded, &ScheduleStore::scheduleChanged }) {
        connect(&m_store, signal, this, [this] {
            if (m_active)
                m_timer.start(0);
        });
    }
}

Scheduler::~Scheduler()
{
    // Deleting a run mid-way drops it without a finished(); its lock is released with it.
    for (const QPointer<ScheduleRun> &run : std::as_const(m_runs))
        delete run.data();
}

void Scheduler::setCheckIntervalMs(int milliseconds)
{
    Q_ASSERT(milliseconds > 0);
    m_checkIntervalMs = milliseconds;
    if (m_active)
        arm();
}

void Scheduler::start()
{
    m_active = true;
    checkNow();
}

void Scheduler::stop()
{
    m_active = false;
    m_timer.stop();
    m_nextCheckAt = QDateTime();
}

void Scheduler::checkNow()
{
    for (const Schedule &schedule : m_store.schedules()) {
        if (!schedule.enabled || m_runs.contains(schedule.id) || (m_skip && m_skip(schedule)))
            continue;
        const Result<ScheduleRunState> state = m_store.runState(schedule.id);
        if (!state)
            continue;
        const MissedRunPolicy::DueRun due = MissedRunPolicy::dueRun(schedule, *state, m_clock, m_zone);
        if (!due.isDue() || m_declinedSlots.value(schedule.id) == due.slot)
            continue;
        startRun(schedule, due);
    }
    if (m_active)
        arm();
}

void Scheduler::startRun(const Schedule &schedule, const MissedRunPolicy::DueRun &due)
{
    ScheduleRun *run = m_factory(schedule, due);
    if (!run) {
        m_declinedSlots.insert(schedule.id, due.slot);
        return;
    }
    m_declinedSlots.remove(schedule.id);
    run->setParent(this);
    m_runs.insert(schedule.id, run);
    const QString id = schedule.id;
    connect(run, &ScheduleRun::finished, this, [this, id, run](const ScheduleRunSummary &summary) {
        m_runs.remove(id);
        run->deleteLater();
        // Another process runs this slot: do not knock on its lock again before it has recorded its run.
        if (summary.alreadyRunning)
            m_declinedSlots.insert(id, summary.slot);
        Q_EMIT runFinished(id, summary);
        // The run state changed: what is due next may have too.
        if (m_active)
            m_timer.start(0);
    });
    run->start(due.slot);
    Q_EMIT runStarted(id, run);
}

void Scheduler::arm()
{
    const QDateTime now = m_clock.now();
    qint64 waitMs = m_checkIntervalMs;
    for (const Schedule &schedule : m_store.schedules()) {
        if (!schedule.enabled)
            continue;
        const QDateTime next = schedule.timing.nextRunAfter(now, m_zone);
        if (next.isValid())
            waitMs = std::min(waitMs, std::max<qint64>(0, now.msecsTo(next)));
    }
    m_nextCheckAt = now.addMSecs(waitMs);
    m_timer.start(int(waitMs));
}

ScheduleRun *Scheduler::run(const QString &scheduleId) const
{
    return m_runs.value(scheduleId);
}

} // namespace Snapdock
