// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/history/HistoryLogEntry.h"
#include "core/jobs/PendingJob.h"
#include "core/support/Error.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Snapdock {

class HistoryDatabase;
class Job;
class JobJournal;

// Keeps the crash-safety records of jobs that run outside a JobQueue (the CLI): track() writes the job's journal row
// before it starts, so that it can be resumed after a crash or kill; started() adds a "running" history row owned by
// this process; a backup's download checkpoint goes into the journal whenever it changes; when the job finishes the
// history row gets its outcome and the journal row is removed. Log lines (stages, warnings) go into the history,
// buffered and written at most every LOG_FLUSH_INTERVAL_MS.
//
// Either store may be null (it could not be opened): the other is still kept. Neither is owned; both must outlive
// the bookkeeper. Recording is best effort: a failed write is logged and reported with writeFailed() and never stops
// a job. Does not own the jobs; a job must not be deleted before its finished() was handled. Same thread as the jobs.
class JobBookkeeper : public QObject
{
    Q_OBJECT

public:
    static constexpr int LOG_FLUSH_INTERVAL_MS = 1000;

    JobBookkeeper(JobJournal *journal, HistoryDatabase *history, QObject *parent = nullptr);
    ~JobBookkeeper() override;

    [[nodiscard]] JobJournal *journal() const { return m_journal; }
    [[nodiscard]] HistoryDatabase *history() const { return m_history; }

    // Call before `job` starts (it may wait in a queue meanwhile). A `row` with an id is a journal row this process
    // already claimed (a resumed job): it is reused, not added again.
    void track(Job &job, const PendingJob &row);
    // Call right before `job` starts: its history row is written now.
    void started(Job &job);
    // Writes the buffered log lines now.
    void flush();

Q_SIGNALS:
    void writeFailed(const Snapdock::Error &error);

private:
    struct Entry
    {
        PendingJob row; // row.id: the journal row, 0 if it could not be written
        qint64 historyId = 0;
        QList<HistoryLogEntry> pendingLog;
    };

    void onFinished(Job *job);
    void onCheckpointChanged(Job *job);
    void addLine(Job *job, HistoryLogLevel level, const QString &text);
    void flushJob(Entry &entry);
    void report(const Error &error);

    JobJournal *m_journal = nullptr;
    HistoryDatabase *m_history = nullptr;
    QHash<Job *, Entry> m_entries;
    QTimer m_flushTimer;
};

} // namespace Snapdock
