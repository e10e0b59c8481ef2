// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/SnapshotMetadata.h"

#include <QDateTime>
#include <QString>

namespace Snapdock {

// One snapshot file in a local backup folder, paired with its "<file>.snapdock.json" metadata when there is
// one. Plain value type produced by BackupCatalog::scan().
struct LocalBackup
{
    SnapshotMetadata metadata; // default-constructed when hasMetadata is false or metadataError is set
    QString metadataPath; // empty for a snapshot file found without metadata
    QString snapshotPath; // where the snapshot is or should be
    bool hasMetadata = false; // a readable metadata file was found
    QString metadataError; // why the metadata file could not be read; empty when it could
    bool snapshotMissing = false; // metadata without its snapshot file
    bool sizeMatches = false; // the snapshot file's size equals metadata.size
    qint64 fileSize = -1; // the snapshot file's size; -1 when missing
    QDateTime fileModified; // the snapshot (or, when missing, metadata) file's modification time, UTC

    // The time the catalog sorts by: backupFinishedAt, or the file's modification time when the metadata does
    // not say (no metadata, unreadable metadata, interrupted backup).
    [[nodiscard]] QDateTime sortTime() const;
};

} // namespace Snapdock
