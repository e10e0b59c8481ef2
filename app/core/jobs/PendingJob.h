// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jobs/DownloadCheckpoint.h"
#include "core/jobs/JobKind.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Snapdock {

// One job as the job journal keeps it from before it starts until it finishes: what to do (enough to build the job
// again, see JobRebuilder), who runs it and how far its download got. Plain value. Holds no credential: the host is
// stored without user info and the request never contains a key.
struct PendingJob
{
    qint64 id = 0; // the journal row, 0 before it is stored
    JobKind kind = JobKind::Backup;
    QString host; // base URL without user info, query or fragment
    QString profileId; // empty for jobs of the CLI
    QString profileName;
    QString collection; // empty for full-storage jobs
    QString title;
    // The request as JSON (JobRebuilder's format): scope, folders, files, options and the TLS settings that are not
    // secret (CA file, pinned fingerprint, consent to send the key over plain http). Never the key.
    QJsonObject request;
    qint64 ownerPid = 0; // the process running (or about to run) the job
    QString ownerInstance; // see currentProcessInstance()
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC: the last time the owner wrote the row
    qint64 historyId = 0; // the history row of the latest run, 0 before it started
    DownloadCheckpoint checkpoint;
};

} // namespace Snapdock
