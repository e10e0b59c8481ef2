// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/support/Result.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace Snapdock {

class ApiRequest;

// A unit of work a person asked for (back up a collection, restore a file), made of several API requests
// run one after another. Emits finished() exactly once, never synchronously from start().
//
// Lifetime: owned by its creator (later the job queue), deleted with deleteLater() after finished().
// Lives in one thread; the requests it runs are its children while they run.
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

    // Runs `request` as this job's current step: progress is forwarded, cancel() aborts it, and
    // `onFinished(request)` is called when it ends (unless the job was cancelled meanwhile, in which
    // case the job finishes as cancelled). The request is deleted afterwards.
    template <typename Request, typename Callback>
    void runStep(Request *request, Callback onFinished);

private:
    void attachStep(ApiRequest *request);
    void detachStep();
    void finishWith(State state);

    State m_state = State::Queued;
    Error m_error;
    QString m_stage;
    QStringList m_warnings;
    QPointer<ApiRequest> m_currentStep;
    QElapsedTimer m_elapsed;
    bool m_cancelRequested = false;
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

} // namespace Snapdock
