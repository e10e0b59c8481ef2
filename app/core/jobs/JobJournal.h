// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jobs/PendingJob.h"
#include "core/support/Result.h"
#include "core/support/SqliteConnection.h"

#include <QList>
#include <QString>

namespace Snapdock {

// The persisted job queue: one row per job, written before the job starts and removed when it finishes with any
// outcome (the history keeps the result), so that after a crash or a kill the jobs that were running or waiting can
// be shown and resumed. Its own SQLite file (queue.sqlite next to the history), set up like the history: WAL, every
// write one transaction, versioned with PRAGMA user_version, a newer schema refused.
//
// Ownership of rows: each row names the process that runs it (pid and instance, see ProcessLiveness). Only rows
// whose process is gone are interrupted(); rows of a live process are never touched by another one, so the desktop
// application and any number of CLI runs can share the file. claim() moves an interrupted row to this process
// atomically (UPDATE … WHERE the old owner still owns it), so two processes can never resume the same job. The
// owner's writes (setHistoryId(), setCheckpoint(), remove()) match on the owner too and fail once another process
// took the row over.
//
// Never stores a key: PendingJob has no field for one. Not copyable; use an instance only from the thread that called
// open(), as Qt Sql requires.
class JobJournal
{
public:
    // The user_version this build writes: the number of migrations it knows.
    static int schemaVersion();
    // <AppDataLocation>/queue.sqlite, shared by the desktop application and the CLI (organisation "Snapdock",
    // application "snapdock" must be set).
    [[nodiscard]] static QString defaultPath();

    JobJournal();
    ~JobJournal();
    JobJournal(const JobJournal &) = delete;
    JobJournal &operator=(const JobJournal &) = delete;

    // Creates the folder and the file if missing and migrates. Calling it again closes the file opened before.
    [[nodiscard]] VoidResult open(const QString &path);
    void close();
    [[nodiscard]] bool isOpen() const { return m_connection.isOpen(); }
    [[nodiscard]] QString path() const { return m_connection.path(); }

    // Stores `job` as owned by this process (the id, owner and times of `job` are ignored) and returns its id.
    [[nodiscard]] Result<qint64> add(const PendingJob &job);
    // The history row of the run that works on the job now.
    [[nodiscard]] VoidResult setHistoryId(qint64 id, qint64 historyId);
    // Where the job's download stands; written when a download begins its body, not per chunk.
    [[nodiscard]] VoidResult setCheckpoint(qint64 id, const DownloadCheckpoint &checkpoint);
    // The job finished (with any outcome): its row goes. Its .part file, if any, is the job's to handle.
    [[nodiscard]] VoidResult remove(qint64 id);

    // Every row, oldest first, whoever owns it.
    [[nodiscard]] Result<QList<PendingJob>> jobs() const;
    // The rows whose process is gone, oldest first.
    [[nodiscard]] Result<QList<PendingJob>> interrupted() const;
    [[nodiscard]] Result<PendingJob> job(qint64 id) const;

    // Takes over interrupted row `id` for this process and returns it as it is now. Fails with InvalidArgument when
    // there is no such row or its process still runs, and with AlreadyExists when another process claimed it first.
    [[nodiscard]] Result<PendingJob> claim(qint64 id);
    // Removes interrupted row `id` (claiming it first, so never a job someone runs) and then its .part file.
    [[nodiscard]] VoidResult discard(qint64 id);

private:
    // An UPDATE or DELETE of row `id` that must hit exactly that row while this process owns it.
    [[nodiscard]] VoidResult writeOwned(qint64 id, const QString &sql, const QVariantList &values, const QString &what);
    [[nodiscard]] Result<QList<PendingJob>> select(const QString &where, const QVariantList &values) const;

    SqliteConnection m_connection;
};

} // namespace Snapdock
