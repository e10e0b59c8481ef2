// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/controllers/ScheduleRunner.h"

#include "core/profiles/ProfileStore.h"
#include "core/scheduling/ScheduleRun.h"
#include "core/scheduling/ScheduleStore.h"
#include "core/scheduling/ScheduleUnitWriter.h"
#include "core/scheduling/Scheduler.h"
#include "gui/AppContext.h"
#include "gui/HostSession.h"
#include "gui/SessionManager.h"

namespace Snapdock {

namespace {

bool isKeyPending(const HostSession *session)
{
    return session
        && (session->keyState() == HostSession::KeyState::Unknown
            || session->keyState() == HostSession::KeyState::Loading);
}

} // namespace

ScheduleRunner::ScheduleRunner(AppContext &context, ScheduleStore &store, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_store(store)
    , m_clock(clock)
{}

ScheduleRunner::~ScheduleRunner()
{
    // Deleting a run drops it without finished(); its lock goes with it. The queue keeps the jobs it started.
    for (const QPointer<ScheduleRun> &run : std::as_const(m_manualRuns))
        delete run.data();
}

std::function<ScheduleRun *(const Schedule &, const MissedRunPolicy::DueRun &)> ScheduleRunner::factory()
{
    return [this](const Schedule &schedule, const MissedRunPolicy::DueRun &) {
        return makeRun(schedule, nullptr);
    };
}

void ScheduleRunner::attach(Scheduler *scheduler)
{
    if (m_scheduler)
        disconnect(m_scheduler, nullptr, this, nullptr);
    m_scheduler = scheduler;
    if (!scheduler)
        return;
    scheduler->setSkipPredicate([this](const Schedule &schedule) {
        return shouldSkip(schedule);
    });
    connect(scheduler, &Scheduler::runStarted, this, [this](const QString &id, ScheduleRun *run) {
        track(id, run);
        Q_EMIT runStarted(id);
    });
    connect(scheduler, &Scheduler::runFinished, this, [this](const QString &id, const ScheduleRunSummary &summary) {
        m_stages.remove(id);
        Q_EMIT runFinished(id, summary);
    });
}

VoidResult ScheduleRunner::runNow(const QString &scheduleId)
{
    const auto schedule = m_store.schedule(scheduleId);
    if (!schedule)
        return fail(schedule.error());
    if (isRunning(scheduleId)) {
        return fail(
            Error::make(ErrorKind::InvalidArgument, tr("the schedule \"%1\" is already running").arg(schedule->name)));
    }
    if (isKeyPending(m_context.sessions.session(schedule->profileId))) {
        return fail(Error::make(ErrorKind::InvalidArgument,
            tr("the API key of the schedule's host is still being read from the keychain; try again in a moment")));
    }
    QString whyNot;
    ScheduleRun *run = makeRun(*schedule, &whyNot);
    if (!run)
        return fail(Error::make(ErrorKind::NotFound, whyNot));
    run->setParent(this);
    m_manualRuns.insert(scheduleId, run);
    track(scheduleId, run);
    connect(run, &ScheduleRun::finished, this, [this, scheduleId, run](const ScheduleRunSummary &summary) {
        m_manualRuns.remove(scheduleId);
        m_stages.remove(scheduleId);
        run->deleteLater();
        Q_EMIT runFinished(scheduleId, summary);
    });
    run->start();
    Q_EMIT runStarted(scheduleId);
    return {};
}

bool ScheduleRunner::isRunning(const QString &scheduleId) const
{
    return m_stages.contains(scheduleId);
}

int ScheduleRunner::runningCount() const
{
    return int(m_stages.size());
}

void ScheduleRunner::setPaused(bool paused)
{
    m_paused = paused;
    if (!m_scheduler)
        return;
    if (paused)
        m_scheduler->stop();
    else
        m_scheduler->start();
}

void ScheduleRunner::cancelAll()
{
    for (const QString &id : m_stages.keys()) {
        ScheduleRun *run = m_manualRuns.value(id);
        if (!run && m_scheduler)
            run = m_scheduler->run(id);
        if (run)
            run->cancel();
    }
}

ScheduleRun *ScheduleRunner::makeRun(const Schedule &schedule, QString *whyNot)
{
    const auto profile = m_context.profiles.profile(schedule.profileId);
    HostSession *session = profile ? m_context.sessions.session(schedule.profileId) : nullptr;
    if (!profile || !session) {
        if (whyNot)
            *whyNot = tr("the host of schedule \"%1\" no longer exists").arg(schedule.name);
        return nullptr;
    }
    ScheduleRun::Context context{ session->client(), m_context.jobs, m_store, m_clock };
    context.history = m_context.history;
    context.network = &m_context.network;
    if (!schedule.drill.targetProfileId.isEmpty() && schedule.drill.targetProfileId != schedule.profileId) {
        if (HostSession *target = m_context.sessions.session(schedule.drill.targetProfileId))
            context.drillClient = &target->client();
    }
    return new ScheduleRun(context, schedule, *profile);
}

bool ScheduleRunner::shouldSkip(const Schedule &schedule)
{
    if (m_manualRuns.contains(schedule.id))
        return true;
    // The OS job runs this schedule, also while Snapdock is open; two runners would take every backup twice.
    if (!m_unitWriter) {
        m_ownWriter = std::make_unique<ScheduleUnitWriter>();
        m_unitWriter = m_ownWriter.get();
    }
    if (m_unitWriter->isInstalled(schedule.id))
        return true;
    // Without its key the run would fail; the scheduler would not offer this slot again. Wait for the keychain.
    bool pending = false;
    for (const QString &profileId : { schedule.profileId, schedule.drill.targetProfileId }) {
        HostSession *session = profileId.isEmpty() ? nullptr : m_context.sessions.session(profileId);
        if (!isKeyPending(session))
            continue;
        pending = true;
        if (!m_watchedSessions.contains(profileId)) {
            m_watchedSessions.insert(profileId);
            connect(session, &HostSession::keyStateChanged, this, &ScheduleRunner::onKeyReady);
        }
    }
    return pending;
}

void ScheduleRunner::track(const QString &scheduleId, ScheduleRun *run)
{
    m_stages.insert(scheduleId, tr("starting"));
    connect(run, &ScheduleRun::stageChanged, this, [this, scheduleId](const QString &stage) {
        m_stages.insert(scheduleId, stage);
        Q_EMIT runStageChanged(scheduleId, stage);
    });
}

void ScheduleRunner::onKeyReady()
{
    if (m_scheduler && m_scheduler->isActive())
        m_scheduler->checkNow();
}

} // namespace Snapdock
