// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Snapdock {

class Job;

// What a finished job produced, in the few fields the job list and the history show. Plain value.
struct JobResultSummary
{
    QString filePath; // the backup file written, or the file restored from
    QString sha256;
    qint64 size = -1; // -1 when the job produced no file
    QString snapshotName; // on the server

    [[nodiscard]] bool isEmpty() const { return filePath.isEmpty() && sha256.isEmpty() && snapshotName.isEmpty(); }

    // Reads the result of the job types that have one (backups, restores); empty for others and for jobs
    // that did not succeed.
    [[nodiscard]] static JobResultSummary fromJob(const Job &job);
};

} // namespace Snapdock
