// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/JobRunner.h"

#include "core/jobs/Job.h"

#include <QTimer>

namespace Snapdock::Cli {

JobRunner::JobRunner(int concurrency, QObject *parent)
    : QObject(parent)
    , m_concurrency(std::max(1, concurrency))
{}

void JobRunner::add(Job *job)
{
    job->setParent(this);
    connect(job, &Job::finished, this, [this, job] {
        onJobFinished(job);
    });
    m_queued.append(job);
}

void JobRunner::start()
{
    if (m_started)
        return;
    m_started = true;
    if (m_queued.isEmpty()) {
        QTimer::singleShot(0, this, &JobRunner::allFinished);
        return;
    }
    startMore();
}

void JobRunner::cancel()
{
    if (m_cancelled)
        return;
    m_cancelled = true;
    // Queued jobs are cancelled too, so that each still reports (as cancelled) and the summary is complete.
    const QList<Job *> children = findChildren<Job *>(Qt::FindDirectChildrenOnly);
    for (Job *job : children) {
        if (!job->isFinished())
            job->cancel();
    }
}

void JobRunner::startMore()
{
    while (m_running < m_concurrency && !m_queued.isEmpty()) {
        Job *job = m_queued.takeFirst();
        ++m_running;
        Q_EMIT jobStarted(job);
        job->start();
    }
}

void JobRunner::onJobFinished(Job *job)
{
    // A job cancelled while still queued finishes without having been started.
    if (!m_queued.removeOne(job))
        --m_running;
    Q_EMIT jobFinished(job);
    job->deleteLater();
    if (m_cancelled) {
        for (Job *queued : std::as_const(m_queued))
            queued->cancel();
    } else {
        startMore();
    }
    if (m_running == 0 && m_queued.isEmpty())
        Q_EMIT allFinished();
}

} // namespace Snapdock::Cli
