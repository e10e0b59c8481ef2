// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/history/HistoryLogEntry.h"
#include "core/jobs/JobId.h"
#include "core/support/Error.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>

namespace Snapdock {

class HistoryDatabase;
class JobQueue;

// Writes what a JobQueue does into a HistoryDatabase, so that every front end gets a history without doing
// anything: a row when a job starts, log lines for its stages (buffered, written at most every
// LOG_FLUSH_INTERVAL_MS and when it finishes), and the outcome and result when it finishes. Jobs cancelled
// before they started are not recorded.
//
// Recording is best effort: a write that fails is reported with writeFailed() and logged, and never affects the
// jobs. Neither the queue nor the database is owned; both must outlive the recorder. Same thread as the queue.
class HistoryRecorder : public QObject
{
    Q_OBJECT

public:
    static constexpr int LOG_FLUSH_INTERVAL_MS = 1000;

    HistoryRecorder(JobQueue &queue, HistoryDatabase &database, QObject *parent = nullptr);
    ~HistoryRecorder() override;

    // The history row of a queue entry, 0 when it has none (not started, or removed from the queue).
    [[nodiscard]] qint64 historyId(JobId id) const { return m_rows.value(id); }
    // Writes the buffered log lines now.
    void flush();

Q_SIGNALS:
    void writeFailed(const Snapdock::Error &error);

private:
    void onJobStarted(JobId id);
    void onJobFinished(JobId id);
    void onJobRemoved(JobId id);
    void addLine(JobId id, HistoryLogLevel level, const QString &text);
    void flushJob(JobId id);
    void report(const Error &error);

    JobQueue &m_queue;
    HistoryDatabase &m_database;
    QHash<JobId, qint64> m_rows;
    QHash<JobId, QList<HistoryLogEntry>> m_pending;
    QTimer m_flushTimer;
};

} // namespace Snapdock
