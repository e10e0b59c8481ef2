// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jobs/Job.h"
#include "core/jobs/JobId.h"
#include "core/jobs/JobKind.h"
#include "core/jobs/JobResultSummary.h"

#include <QDateTime>
#include <QStringList>

namespace Snapdock {

// Everything a job list shows about one queue entry at one moment. Plain value, copied out of the queue so
// that models never hold a pointer into it.
struct JobSnapshot
{
    JobId id; // invalid when the queue does not know the id
    JobKind kind = JobKind::Backup;
    QString hostKey;
    QString serverUrl; // without user info, query or fragment
    QString profileName;
    QString collection;
    QString title;

    Job::State state = Job::State::Queued;
    QString stage;
    qint64 bytesDone = 0;
    qint64 bytesTotal = -1; // -1 when unknown
    double bytesPerSecond = 0.0;
    qint64 etaSeconds = -1; // -1 when unknown

    QDateTime queuedAt; // UTC
    QDateTime startedAt; // UTC; invalid while queued (and for jobs cancelled before they started)
    QDateTime finishedAt; // UTC; invalid until finished

    Error error; // meaningful when state is Failed or Cancelled
    QString errorMessage; // error.userMessage(), empty unless Failed or Cancelled
    QStringList warnings;
    JobResultSummary result; // for succeeded backups and restores

    JobId retryOf; // the entry this one retries, if any
    JobId retriedAs; // the entry that retried this one, if any

    [[nodiscard]] bool isValid() const { return id.isValid(); }
    [[nodiscard]] bool isFinished() const
    {
        return state == Job::State::Succeeded || state == Job::State::Failed || state == Job::State::Cancelled;
    }
};

} // namespace Snapdock
