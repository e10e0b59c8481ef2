// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jobs/JobKind.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace Snapdock {

// How a job in the history ended. Running means "not yet" — or, after a crash, until markInterrupted().
enum class HistoryOutcome
{
    Running,
    Succeeded,
    Failed,
    Cancelled,
    Interrupted, // Snapdock stopped (crash, power loss) while the job ran
};

// The stable name stored in the database and the CSV ("succeeded"); never translated.
[[nodiscard]] QString historyOutcomeName(HistoryOutcome outcome);
[[nodiscard]] std::optional<HistoryOutcome> historyOutcomeFromName(const QString &name);

// One job run as the history keeps it. Plain value. Holds no credential: there is no field for a key, and the
// host is stored without user info (see credentialFreeHost()). The per-job log lives in its own table; see
// HistoryDatabase::log().
struct HistoryRecord
{
    qint64 id = 0; // the database row, 0 before it is stored
    quint64 jobId = 0; // the JobQueue id in the session that ran it (not unique across sessions)
    JobKind kind = JobKind::Backup;
    QString host; // base URL without user info, query or fragment
    QString profileName;
    QString collection; // empty for full-storage jobs
    QString title;
    QDateTime startedAt; // UTC, millisecond precision
    QDateTime finishedAt; // UTC; invalid while running and for interrupted jobs
    HistoryOutcome outcome = HistoryOutcome::Running;
    qint64 bytes = 0;
    QString sha256;
    QString filePath;
    QString errorText;
    QString snapshotName;
    // The process running the job (currentProcessId() and currentProcessInstance()), so that only rows of a process
    // that is gone become interrupted. 0: not known, e.g. imported rows; such a row left running counts as gone.
    qint64 ownerPid = 0;
    QString ownerInstance;

    // `host` as it may be stored: a URL loses user info, query and fragment (an api-key can hide in any of them);
    // anything else (a profile id) is kept as it is.
    [[nodiscard]] static QString credentialFreeHost(const QString &host);
};

} // namespace Snapdock
