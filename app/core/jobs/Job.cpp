// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jobs/Job.h"

#include "core/support/Logging.h"

#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

namespace {

QString shownDelay(int delayMs)
{
    if (delayMs < 1000)
        return Job::tr("%1 ms").arg(delayMs);
    return Job::tr("%1 s").arg((delayMs + 500) / 1000);
}

} // namespace

Job::Job(QObject *parent)
    : QObject(parent)
{
    m_waitTimer.setSingleShot(true);
    connect(&m_waitTimer, &QTimer::timeout, this, [this] {
        auto action = std::exchange(m_afterWait, {});
        if (action && !isFinished())
            action();
    });
}

Job::~Job() = default;

void Job::start()
{
    if (m_state != State::Queued)
        return;
    m_state = State::Running;
    m_elapsed.start();
    // finished() must never come out of start() itself, even when run() fails at once.
    QTimer::singleShot(0, this, [this] {
        if (m_cancelRequested) {
            failWith(Error::make(ErrorKind::Cancelled, m_stage));
            return;
        }
        run();
    });
}

void Job::cancel()
{
    if (isFinished() || m_cancelRequested)
        return;
    m_cancelRequested = true;
    if (m_state == State::Queued) {
        m_state = State::Running;
        QTimer::singleShot(0, this, [this] {
            failWith(Error::make(ErrorKind::Cancelled, m_stage));
        });
        return;
    }
    if (m_waitTimer.isActive()) {
        // Nothing is in flight while waiting to retry: stop now rather than after the backoff.
        m_waitTimer.stop();
        m_afterWait = {};
        failWith(Error::make(ErrorKind::Cancelled, m_stage));
        return;
    }
    if (m_currentStep)
        m_currentStep->cancel(); // its finished() handler then finishes the job as cancelled
    else
        cancelLocalWork();
}

void Job::setStage(const QString &stage)
{
    if (m_stage == stage)
        return;
    m_stage = stage;
    qCDebug(lcJobs).noquote() << stage;
    Q_EMIT stageChanged(stage);
}

void Job::attachStep(ApiRequest *request)
{
    m_attemptsOfFailedStep = 0;
    m_currentStep = request;
    connect(request, &ApiRequest::progressChanged, this, &Job::progressChanged);
}

void Job::detachStep()
{
    if (m_currentStep)
        m_currentStep->disconnect(this);
    m_currentStep = nullptr;
}

void Job::succeed()
{
    finishWith(State::Succeeded);
}

void Job::failWith(const Error &error)
{
    if (isFinished())
        return;
    m_error = error;
    if (m_attemptsOfFailedStep > 1 && error.kind != ErrorKind::Cancelled)
        m_error.detail += tr(" (gave up after %n attempts)", nullptr, m_attemptsOfFailedStep);
    finishWith(error.kind == ErrorKind::Cancelled ? State::Cancelled : State::Failed);
}

void Job::finishWith(State state)
{
    if (isFinished())
        return;
    m_state = state;
    m_waitTimer.stop();
    m_afterWait = {};
    if (!m_retryLog.isEmpty()) {
        addWarning(state == State::Succeeded
                ? tr("Succeeded after recovering from interruptions: %1").arg(m_retryLog.join(u"; "_s))
                : tr("Interruptions before it stopped: %1").arg(m_retryLog.join(u"; "_s)));
    }
    if (m_currentStep) {
        ApiRequest *step = m_currentStep;
        detachStep();
        step->cancel();
        step->deleteLater();
    }
    Q_EMIT finished();
}

bool Job::retryLater(const QString &what, const Error &error, std::function<void()> again)
{
    return scheduleRetry(what, error, std::move(again), false);
}

bool Job::restartNow(const QString &what, const Error &error, std::function<void()> again)
{
    return scheduleRetry(what, error, std::move(again), true);
}

void Job::resetAttempts(const QString &what)
{
    m_attempts.remove(what);
}

void Job::runAfter(int delayMs, std::function<void()> action)
{
    m_afterWait = std::move(action);
    m_waitTimer.start(qMax(0, delayMs));
}

bool Job::scheduleRetry(const QString &what, const Error &error, std::function<void()> again, bool now)
{
    const int made = m_attempts.value(what, 1);
    const bool allowed = now ? made < m_retryPolicy.maxAttempts : m_retryPolicy.allowsRetry(error, made);
    if (!allowed || isCancelRequested() || isFinished()) {
        m_attemptsOfFailedStep = made;
        if (made > 1)
            qCInfo(lcJobs).noquote() << what << "failed for good after" << made << "attempts:" << error.code();
        return false;
    }
    m_attempts.insert(what, made + 1);
    const int delay = now ? 0 : m_retryPolicy.delayMs(error, made);
    const QString reason = retryReason(error);
    noteRecovery(tr("%1 interrupted (%2) on attempt %3").arg(what, reason).arg(made));
    setStage(tr("%1 interrupted (%2), retrying in %3 (attempt %4 of %5)")
                 .arg(what, reason, shownDelay(delay))
                 .arg(made + 1)
                 .arg(m_retryPolicy.maxAttempts));
    qCInfo(lcJobs).noquote() << what << "attempt" << made << "failed:" << error.code() << error.serverMessage
                             << "- retrying in" << delay << "ms";
    runAfter(delay, std::move(again));
    return true;
}

// A few words for the stage line; the full message stays in the log and, if it comes to that, the error.
QString Job::retryReason(const Error &error) const
{
    switch (error.kind) {
    case ErrorKind::CannotConnect:
        return tr("connection lost");
    case ErrorKind::Timeout:
        // 408/504 come from the server or a proxy; otherwise it is our own stall timeout.
        return error.httpStatus == 408 || error.httpStatus == 504 ? tr("server timeout, HTTP %1").arg(error.httpStatus)
                                                                  : tr("no data received");
    case ErrorKind::RateLimited:
        return tr("rate limited, HTTP %1").arg(error.httpStatus);
    case ErrorKind::ServerError:
        return tr("server error, HTTP %1").arg(error.httpStatus);
    default:
        return error.httpStatus > 0 ? tr("HTTP %1").arg(error.httpStatus) : error.code();
    }
}

} // namespace Snapdock
