// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/qdrant/RetryPolicy.h"
#include "core/support/Result.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <type_traits>

namespace Snapdock {

class ApiRequest;

// A unit of work a person asked for (back up a collection, restore a file), made of several API requests
// run one after another. Emits finished() exactly once, never synchronously from start().
//
// Lifetime: owned by its creator (later the job queue), deleted with deleteLater() after finished().
// Lives in one thread; the requests it runs are its children while they run.
//
// Retrying: a request that fails in a way the RetryPolicy retries (connection lost, stall, 5xx, 429) is
// tried again after a backoff, each logical step (e.g. "download") counting its own attempts. The stage
// shows every retry ("download interrupted (connection lost), retrying in 2 s (attempt 2 of 5)"); what
// happened is kept in retryLog() and becomes one warning when the job finishes. cancel() during a backoff
// finishes the job as cancelled at once.
class Job : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Queued,
        Running,
        Succeeded,
        Failed,
        Cancelled
    };
    Q_ENUM(State)

    ~Job() override;

    void start();
    // Stops the request in flight; finished() follows with ErrorKind::Cancelled.
    void cancel();

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] bool isFinished() const
    {
        return m_state == State::Succeeded || m_state == State::Failed || m_state == State::Cancelled;
    }
    [[nodiscard]] Error error() const { return m_error; }
    // What the job is doing now, for progress displays ("creating snapshot", "downloading").
    [[nodiscard]] QString stage() const { return m_stage; }
    // Things that did not stop the job but a person should know (e.g. the uploaded copy could not be removed).
    [[nodiscard]] QStringList warnings() const { return m_warnings; }
    [[nodiscard]] qint64 elapsedMs() const { return m_elapsed.isValid() ? m_elapsed.elapsed() : 0; }

    // Before start(): how failed requests are retried (tests make the delays tiny).
    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }
    [[nodiscard]] const RetryPolicy &retryPolicy() const { return m_retryPolicy; }
    // Every retry, resume and restart so far, oldest first.
    [[nodiscard]] QStringList retryLog() const { return m_retryLog; }

Q_SIGNALS:
    void stageChanged(const QString &stage);
    // Bytes of the current transfer and its total (-1 when unknown).
    void progressChanged(qint64 bytesDone, qint64 bytesTotal);
    void finished();

protected:
    explicit Job(QObject *parent = nullptr);

    // Begins the work; called once from the event loop after start().
    virtual void run() = 0;
    // cancel() came while no request was running (e.g. during local hashing): stop that work so that it
    // finishes the job as cancelled.
    virtual void cancelLocalWork() {}

    void setStage(const QString &stage);
    void addWarning(const QString &warning) { m_warnings.append(warning); }
    void succeed();
    void failWith(const Error &error);
    [[nodiscard]] bool isCancelRequested() const { return m_cancelRequested; }

    // `error` ended an attempt of the step `what` (a short noun such as "download"). If the policy retries it
    // and attempts remain — or `restartNow`, for failures only a fresh start fixes (e.g. HTTP 416) — this
    // records it, shows the retry in the stage, calls `again` after the backoff (at once for `restartNow`)
    // and returns true. Otherwise it returns false and the caller fails; failWith() then says how many
    // attempts were made.
    [[nodiscard]] bool retryLater(const QString &what, const Error &error, std::function<void()> again);
    [[nodiscard]] bool restartNow(const QString &what, const Error &error, std::function<void()> again);
    // The step `what` succeeded: a later failure of it counts from attempt 1 again.
    void resetAttempts(const QString &what);
    // Calls `action` after `delayMs` unless the job is cancelled meanwhile (it then finishes as cancelled).
    void runAfter(int delayMs, std::function<void()> action);
    // Something a person should know about how the job got through (goes into the final warning).
    void noteRecovery(const QString &note) { m_retryLog.append(note); }

    // Like runStep() for calls that may simply be sent again: `makeRequest()` builds a fresh request for
    // every attempt, and `onFinished` sees only the last one (succeeded, or failed for good).
    template <typename Make, typename Callback>
    void runRetriedStep(const QString &what, Make makeRequest, Callback onFinished);

    // Runs `request` as this job's current step: progress is forwarded, cancel() aborts it, and
    // `onFinished(request)` is called when it ends (unless the job was cancelled meanwhile, in which
    // case the job finishes as cancelled). The request is deleted afterwards.
    template <typename Request, typename Callback>
    void runStep(Request *request, Callback onFinished);

private:
    void attachStep(ApiRequest *request);
    void detachStep();
    void finishWith(State state);
    [[nodiscard]] bool scheduleRetry(const QString &what, const Error &error, std::function<void()> again, bool now);
    [[nodiscard]] QString retryReason(const Error &error) const;

    State m_state = State::Queued;
    Error m_error;
    QString m_stage;
    QStringList m_warnings;
    QPointer<ApiRequest> m_currentStep;
    QElapsedTimer m_elapsed;
    bool m_cancelRequested = false;

    RetryPolicy m_retryPolicy;
    QHash<QString, int> m_attempts; // attempts made so far, per step
    int m_attemptsOfFailedStep = 0; // set when a step gives up, for the final error text
    QStringList m_retryLog;
    QTimer m_waitTimer; // backoff and polling waits; cancel() stops it
    std::function<void()> m_afterWait;
};

} // namespace Snapdock

#include "core/qdrant/ApiRequest.h"

namespace Snapdock {

template <typename Request, typename Callback>
void Job::runStep(Request *request, Callback onFinished)
{
    attachStep(request);
    QObject::connect(request, &ApiRequest::finished, this, [this, request, onFinished = std::move(onFinished)]() {
        detachStep();
        request->deleteLater();
        if (m_cancelRequested || isFinished()) {
            if (!isFinished())
                failWith(Error::make(ErrorKind::Cancelled, stage()));
            return;
        }
        onFinished(*request);
    });
    request->start();
}

template <typename Make, typename Callback>
void Job::runRetriedStep(const QString &what, Make makeRequest, Callback onFinished)
{
    using Request = std::remove_pointer_t<std::invoke_result_t<Make &>>;
    runStep(makeRequest(), [this, what, makeRequest, onFinished](Request &request) {
        if (request.isSucceeded()) {
            resetAttempts(what);
        } else if (retryLater(what, request.error(), [this, what, makeRequest, onFinished] {
                       runRetriedStep(what, makeRequest, onFinished);
                   })) {
            return;
        }
        onFinished(request);
    });
}

} // namespace Snapdock
