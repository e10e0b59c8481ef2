// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/history/HistoryFilter.h"
#include "core/history/HistoryLogEntry.h"
#include "core/history/HistoryRecord.h"
#include "core/support/Result.h"
#include "core/support/SqliteConnection.h"

#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

namespace Snapdock {

// The job history: one SQLite file (WAL, synchronous=NORMAL, foreign keys on) reached through Qt Sql.
//
// Every write runs in one transaction, so a crash leaves either all of a change or none of it. A "running" row records
// the process running the job (HistoryRecord::ownerPid); once that process is gone, the row becomes "interrupted" the
// next time any process opens the file (rows of a live process, e.g. the CLI next to the desktop application, are
// left alone). The schema is versioned with PRAGMA user_version
// and brought up to date on open(), one transaction per migration; a file written by a newer Snapdock is refused
// before anything is written to it.
//
// Each instance has its own connection, so several may be open at once (even on the same file). Threading: use
// an instance only from the thread that called open(), as Qt Sql requires.
class HistoryDatabase
{
public:
    // The user_version this build writes: the number of migrations it knows.
    static int schemaVersion();

    HistoryDatabase();
    ~HistoryDatabase();
    HistoryDatabase(const HistoryDatabase &) = delete;
    HistoryDatabase &operator=(const HistoryDatabase &) = delete;

    // Creates the folder and the file if missing, migrates, then marks rows left running by a process that is gone
    // as interrupted. Calling it again closes the file opened before.
    [[nodiscard]] VoidResult open(const QString &path);
    void close();
    [[nodiscard]] bool isOpen() const { return m_connection.isOpen(); }
    [[nodiscard]] QString path() const { return m_connection.path(); }

    // Inserts a row (normally outcome Running) and returns its id.
    [[nodiscard]] Result<qint64> recordStarted(const HistoryRecord &record);
    // Inserts many rows in one transaction (imports, tests); all or none.
    [[nodiscard]] VoidResult recordAll(const QList<HistoryRecord> &records);
    // Sets the outcome and the result fields (finishedAt — now if invalid —, bytes, sha256, filePath, errorText,
    // snapshotName) of `result` on row `id`.
    [[nodiscard]] VoidResult recordFinished(qint64 id, HistoryOutcome outcome, const HistoryRecord &result);
    [[nodiscard]] VoidResult appendLog(qint64 id, HistoryLogLevel level, const QString &text, const QDateTime &at = {});
    [[nodiscard]] VoidResult appendLogEntries(qint64 id, const QList<HistoryLogEntry> &entries);
    // Rows still "running" whose process is gone (or unknown: ownerPid 0) become "interrupted", with a log line
    // saying so. Returns how many.
    [[nodiscard]] Result<int> markInterrupted();

    // Newest first (started_at, then id).
    [[nodiscard]] Result<QList<HistoryRecord>> query(const HistoryFilter &filter, int limit = -1, int offset = 0) const;
    [[nodiscard]] Result<int> count(const HistoryFilter &filter) const;
    [[nodiscard]] Result<HistoryRecord> record(qint64 id) const;
    // Oldest first.
    [[nodiscard]] Result<QList<HistoryLogEntry>> logEntries(qint64 id) const;
    // logEntries() as lines (HistoryLogEntry::toLine()).
    [[nodiscard]] Result<QStringList> log(qint64 id) const;

    // RFC 4180: a header row, CRLF line ends, fields with a comma, quote, CR or LF quoted (quotes doubled),
    // UTF-8, times as UTC ISO 8601. Newest first, like query(). Rows are streamed, not collected in memory.
    [[nodiscard]] VoidResult exportCsv(const HistoryFilter &filter, QIODevice &device) const;

private:
    SqliteConnection m_connection;
};

} // namespace Snapdock
