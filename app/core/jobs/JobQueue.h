// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jobs/Job.h"
#include "core/jobs/JobDescription.h"
#include "core/jobs/JobId.h"
#include "core/jobs/JobSnapshot.h"
#include "core/jobs/TransferStats.h"
#include "core/support/Result.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>

namespace Snapdock {

// Runs jobs in the order they were enqueued, at most maxConcurrentPerHost() at a time per host key; jobs on
// different hosts run in parallel. Keeps finished entries (for display and retry) until remove() or
// clearFinished().
//
// Ownership: takes ownership of every enqueued Job. A job is deleted (deleteLater) only when its entry is
// removed, never merely because it finished, so job() stays valid for finished entries. Destroying the queue
// deletes every job still held, running or not, without emitting anything.
//
// Signals: every entry gets exactly one jobAdded(), at most one jobStarted() (none when cancelled while queued),
// exactly one jobFinished() (unless removed while queued: then jobFinished() as cancelled, then jobRemoved()),
// and one jobRemoved() when removed. jobFinished() is emitted at once; progress and stage changes are coalesced
// into jobsUpdated(), at most UPDATE_INTERVAL_MS apart. No signal comes out of enqueue() except jobAdded():
// jobs are started from the event loop.
//
// Threading: lives in, and must be used from, the thread its jobs live in.
class JobQueue : public QObject
{
    Q_OBJECT

public:
    static constexpr int DEFAULT_MAX_CONCURRENT_PER_HOST = 2;
    // 4 Hz: fast enough for a progress bar to look alive, slow enough that a model repaints cheaply.
    static constexpr int UPDATE_INTERVAL_MS = 250;

    explicit JobQueue(QObject *parent = nullptr);
    ~JobQueue() override;

    // `job` must not be started and must not have a parent. Returns the new entry's id (always valid).
    JobId enqueue(std::unique_ptr<Job> job, JobDescription description);

    // Queued: cancelled at once (jobFinished() follows synchronously). Running: Job::cancel(), jobFinished()
    // follows when the job stops. False for an unknown or finished entry.
    bool cancel(JobId id);
    // Failed or cancelled entries with a factory: enqueues a fresh job doing the same work as a new entry
    // linked to the old one (JobSnapshot::retryOf / retriedAs). An entry can be retried once; retry the new one
    // if that fails too.
    [[nodiscard]] Result<JobId> retry(JobId id);
    // Removes a finished or queued entry at once (a queued one is cancelled first). A running entry is cancelled
    // and removed when it finishes. False for an unknown id.
    bool remove(JobId id);
    // Removes every finished entry.
    void clearFinished();

    [[nodiscard]] int maxConcurrentPerHost() const { return m_maxConcurrentPerHost; }
    // At least 1. Raising it starts waiting jobs; lowering it never stops running ones.
    void setMaxConcurrentPerHost(int count);

    // For tests: the clock the speed and ETA are measured with (see TransferStats).
    void setClock(TransferStats::Clock clock) { m_clock = std::move(clock); }

    // In enqueue order.
    [[nodiscard]] QList<JobId> jobIds() const { return m_order; }
    [[nodiscard]] bool contains(JobId id) const { return m_entries.contains(id); }
    // An invalid snapshot (isValid() false) for an unknown id.
    [[nodiscard]] JobSnapshot snapshot(JobId id) const;
    // Null for an unknown id. Owned by the queue; valid until jobRemoved(id).
    [[nodiscard]] const Job *job(JobId id) const;
    [[nodiscard]] const JobDescription *description(JobId id) const;
    [[nodiscard]] int runningCount() const;
    [[nodiscard]] int runningCount(const QString &hostKey) const { return m_runningPerHost.value(hostKey); }

Q_SIGNALS:
    void jobAdded(Snapdock::JobId id);
    void jobRemoved(Snapdock::JobId id);
    void jobStarted(Snapdock::JobId id);
    void jobFinished(Snapdock::JobId id);
    // Entries whose progress, stage or state changed since the last emission, in no particular order.
    void jobsUpdated(const QList<Snapdock::JobId> &ids);

private:
    struct JobDeleter
    {
        void operator()(Job *job) const;
    };

    struct Entry
    {
        JobId id;
        JobDescription description;
        std::unique_ptr<Job, JobDeleter> job;
        Job::State state = Job::State::Queued;
        QDateTime queuedAt;
        QDateTime startedAt;
        QDateTime finishedAt;
        TransferStats stats;
        JobResultSummary result;
        JobId retryOf;
        JobId retriedAs;
        bool removeWhenFinished = false;
    };

    JobId enqueueEntry(std::unique_ptr<Job> job, JobDescription description, JobId retryOf);
    void scheduleStart();
    void startWaitingJobs();
    void startEntry(Entry &entry);
    void onJobFinished(JobId id);
    void onJobProgress(JobId id, qint64 done, qint64 total);
    void markUpdated(JobId id);
    void emitUpdates();
    void finishQueuedAsCancelled(Entry &entry);
    void erase(JobId id);
    [[nodiscard]] Entry *entry(JobId id);
    [[nodiscard]] const Entry *entry(JobId id) const;

    quint64 m_nextId = 1;
    int m_maxConcurrentPerHost = DEFAULT_MAX_CONCURRENT_PER_HOST;
    QList<JobId> m_order;
    QHash<JobId, std::shared_ptr<Entry>> m_entries;
    QHash<QString, int> m_runningPerHost;
    TransferStats::Clock m_clock;

    QTimer m_startTimer; // zero-interval: starts jobs from the event loop, once per burst of changes
    QTimer m_updateTimer; // single shot, UPDATE_INTERVAL_MS: coalesces jobsUpdated()
    QSet<JobId> m_updated;
};

} // namespace Snapdock
