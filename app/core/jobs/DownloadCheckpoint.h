// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Snapdock {

// Where a backup's download stood when it last began receiving a body: enough for a later process to continue it
// from its .part file (see BackupJob::resumeFrom()). Written to the job journal at that moment, not per chunk: the
// bytes themselves are counted from the .part. Plain value.
struct DownloadCheckpoint
{
    QString snapshotName; // on the server; empty: no download had begun
    QString partPath; // NAME.part in the output folder
    QByteArray validator; // the strong ETag (else Last-Modified) the bytes came with; sent as If-Range
    qint64 totalSize = -1; // of the whole file, -1 when the server did not say
    QString expectedSha256; // the checksum the server lists, lowercase hex; may be empty

    [[nodiscard]] bool isValid() const { return !snapshotName.isEmpty(); }
    friend bool operator==(const DownloadCheckpoint &, const DownloadCheckpoint &) = default;
};

} // namespace Snapdock
