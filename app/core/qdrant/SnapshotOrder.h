// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/qdrant/dto/SnapshotDescription.h"

#include <QList>

#include <optional>

namespace Snapdock {

// Oldest first: by creation time, then by name (Qdrant's names end in a UTC timestamp, and creation_time is
// null on some filesystems).
void sortOldestFirst(QList<SnapshotDescription> &snapshots);

// The newest snapshot, by the same order; nullopt for an empty list.
[[nodiscard]] std::optional<SnapshotDescription> latestSnapshot(QList<SnapshotDescription> snapshots);

} // namespace Snapdock
