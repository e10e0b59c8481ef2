// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>

namespace Snapdock {
class Job;
}

namespace Snapdock::Cli {

// Runs jobs in the order added, at most `concurrency` at a time, and carries on after a failure.
// Takes ownership of the jobs (as their parent). jobStarted() comes right before a job starts (never for one
// cancelled while waiting), jobFinished() once per job, allFinished() once at the end (also for an empty list).
// cancel() cancels every job that has not finished; each still reports.
class JobRunner : public QObject
{
    Q_OBJECT

public:
    explicit JobRunner(int concurrency, QObject *parent = nullptr);

    void add(Job *job);
    void start();
    void cancel();

Q_SIGNALS:
    void jobStarted(Snapdock::Job *job);
    void jobFinished(Snapdock::Job *job);
    void allFinished();

private:
    void startMore();
    void onJobFinished(Job *job);

    int m_concurrency = 1;
    QList<Job *> m_queued;
    int m_running = 0;
    bool m_started = false;
    bool m_cancelled = false;
};

} // namespace Snapdock::Cli
