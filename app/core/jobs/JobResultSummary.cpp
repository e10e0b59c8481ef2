// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jobs/JobResultSummary.h"

#include "core/jobs/BackupJob.h"
#include "core/jobs/RestoreJob.h"

namespace Snapdock {

JobResultSummary JobResultSummary::fromJob(const Job &job)
{
    JobResultSummary summary;
    // result() is only meaningful after a success; reading it earlier would show half-filled values.
    if (job.state() != Job::State::Succeeded)
        return summary;
    if (const auto *backup = qobject_cast<const BackupJob *>(&job)) {
        const BackupResult &result = backup->result();
        summary.filePath = result.filePath;
        summary.sha256 = result.sha256;
        summary.size = result.size;
        summary.snapshotName = result.snapshotName;
    } else if (const auto *restore = qobject_cast<const RestoreJob *>(&job)) {
        const RestoreResult &result = restore->result();
        summary.filePath = restore->request().snapshotFile;
        summary.sha256 = result.sha256;
        summary.size = result.size;
        summary.snapshotName = result.uploadName;
    }
    return summary;
}

} // namespace Snapdock
