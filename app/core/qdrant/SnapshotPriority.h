// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Snapdock {

// How a restored replica relates to other replicas of the same shard (Qdrant's `priority`).
enum class SnapshotPriority
{
    ServerDefault, // send nothing: Qdrant ≥ 1.9.3 uses "snapshot"
    Snapshot, // the snapshot wins; other replicas re-sync from it
    Replica, // existing replicas win and overwrite the restored data
    NoSync, // restore without any synchronisation (experts only)
};

[[nodiscard]] QString toQueryValue(SnapshotPriority priority); // "" for ServerDefault
[[nodiscard]] std::optional<SnapshotPriority> snapshotPriorityFromString(const QString &text);

} // namespace Snapdock
