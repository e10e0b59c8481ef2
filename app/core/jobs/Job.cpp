// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jobs/Job.h"

#include "core/support/Logging.h"

#include <QTimer>

namespace Snapdock {

Job::Job(QObject *parent)
    : QObject(parent)
{}

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
    finishWith(error.kind == ErrorKind::Cancelled ? State::Cancelled : State::Failed);
}

void Job::finishWith(State state)
{
    if (isFinished())
        return;
    m_state = state;
    if (m_currentStep) {
        ApiRequest *step = m_currentStep;
        detachStep();
        step->cancel();
        step->deleteLater();
    }
    Q_EMIT finished();
}

} // namespace Snapdock
