// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/qdrant/dto/CollectionInfo.h"
#include "core/storage/SnapshotMetadata.h"

namespace Snapdock::SnapshotCompatibility {

// Qdrant restores a snapshot on the same minor version or the next one. Returns a warning sentence when
// `backupVersion` → `serverVersion` is outside that, or empty when fine or unknown.
[[nodiscard]] QString versionWarning(const QString &backupVersion, const QString &serverVersion);

// Qdrant refuses a restore into an existing collection whose vectors or shard number differ from the
// snapshot's. Returns the difference in words, or empty when the recorded config fits.
[[nodiscard]] QString mismatch(const SnapshotMetadata &snapshot, const CollectionInfo &existing);

} // namespace Snapdock::SnapshotCompatibility
