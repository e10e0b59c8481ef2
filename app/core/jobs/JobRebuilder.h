// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jobs/BackupJob.h"
#include "core/jobs/PendingJob.h"
#include "core/jobs/RestoreJob.h"
#include "core/qdrant/ServerEndpoint.h"
#include "core/support/Result.h"

#include <memory>

class QObject;

namespace Snapdock {

class Job;
class QdrantClient;

// Both directions between a job and its row in the job journal: describe*() turn a request about to run into a
// PendingJob (the request as JSON, paths made absolute so that another working directory finds the same files, the
// TLS settings that are not secret), rebuild() turns an interrupted row back into a ready job that does the rest of
// the work. The key is never part of a row: endpointFor() takes it from the caller. Stateless.
class JobRebuilder
{
public:
    // A backup, or a download of a snapshot already on the server (kind Download), about to run on `endpoint`.
    [[nodiscard]] static PendingJob describeBackup(
        JobKind kind, const BackupRequest &request, const ServerEndpoint &endpoint);
    [[nodiscard]] static PendingJob describeRestore(const RestoreRequest &request, const ServerEndpoint &endpoint);

    // The file the job writes (a backup: its download's final name once a download began, else its output folder)
    // or restores from.
    [[nodiscard]] static QString targetFile(const PendingJob &job);

    // How to reach the job's server again: its host, auth scheme and TLS settings, with the key of `base`. TLS
    // settings given in `base` (a CA file, a pinned fingerprint) win over the row's; consent to send the key over
    // plain http holds if either gives it. InvalidArgument for a row whose host is not an http(s) URL.
    [[nodiscard]] static Result<ServerEndpoint> endpointFor(const PendingJob &job, const ServerEndpoint &base);

    // A fresh, unstarted job doing the rest of `job`'s work through `client` (which must outlive it): a backup or
    // download continues from its checkpoint (BackupJob::resumeFrom()), a restore runs again from the start.
    // InvalidArgument for a row this version cannot rebuild.
    [[nodiscard]] static Result<std::unique_ptr<Job>> rebuild(const PendingJob &job, const QdrantClient &client);

    [[nodiscard]] static Result<BackupRequest> backupRequest(const PendingJob &job);
    [[nodiscard]] static Result<RestoreRequest> restoreRequest(const PendingJob &job);
};

} // namespace Snapdock
