// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/qdrant/SnapshotOrder.h"

#include <algorithm>

namespace Snapdock {

void sortOldestFirst(QList<SnapshotDescription> &snapshots)
{
    std::stable_sort(
        snapshots.begin(), snapshots.end(), [](const SnapshotDescription &a, const SnapshotDescription &b) {
            const bool aTimed = a.creationTime.isValid();
            const bool bTimed = b.creationTime.isValid();
            if (aTimed && bTimed && a.creationTime != b.creationTime)
                return a.creationTime < b.creationTime;
            return a.name < b.name;
        });
}

std::optional<SnapshotDescription> latestSnapshot(QList<SnapshotDescription> snapshots)
{
    if (snapshots.isEmpty())
        return std::nullopt;
    sortOldestFirst(snapshots);
    return snapshots.constLast();
}

} // namespace Snapdock
