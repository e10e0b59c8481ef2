// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/LocalBackup.h"
#include "core/support/Result.h"

#include <QList>
#include <QString>

namespace Snapdock {

// The backups kept in a local folder: every "*.snapdock.json" metadata file paired with its snapshot, and every
// "*.snapshot" file that has no metadata. Stateless; both functions are synchronous and block on the file
// system (verify() reads the whole snapshot), so the GUI calls them on a worker thread. Thread-safe.
class BackupCatalog
{
public:
    // Sub-folders deeper than this below the scanned folder are not visited (dated layouts need 3-4 levels).
    static constexpr int MAX_DEPTH = 6;
    static constexpr QStringView METADATA_SUFFIX = u".snapdock.json";
    static constexpr QStringView SNAPSHOT_SUFFIX = u".snapshot";

    // Recursively lists the backups below `folder`, newest first (LocalBackup::sortTime()), ties by path.
    // Cheap: reads metadata files and file sizes, never hashes. A malformed metadata file is reported in its
    // entry (metadataError), not as a failure. Symbolic links to folders are not followed, so link loops
    // cannot make it run forever. Fails only when `folder` itself cannot be listed.
    [[nodiscard]] static Result<QList<LocalBackup>> scan(const QString &folder);

    // Recomputes the snapshot's SHA-256 and compares it with the metadata: true when they match, false when
    // the file differs (including a wrong size, found without hashing). Fails when there is nothing to compare
    // (no metadata or no recorded checksum: InvalidArgument) or the file cannot be read.
    [[nodiscard]] static Result<bool> verify(const LocalBackup &backup);
};

} // namespace Snapdock
