// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/qdrant/SnapshotPriority.h"

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

QString toQueryValue(SnapshotPriority priority)
{
    switch (priority) {
    case SnapshotPriority::ServerDefault:
        return {};
    case SnapshotPriority::Snapshot:
        return u"snapshot"_s;
    case SnapshotPriority::Replica:
        return u"replica"_s;
    case SnapshotPriority::NoSync:
        return u"no_sync"_s;
    }
    return {};
}

std::optional<SnapshotPriority> snapshotPriorityFromString(const QString &text)
{
    if (text.isEmpty())
        return SnapshotPriority::ServerDefault;
    if (text == u"snapshot"_s)
        return SnapshotPriority::Snapshot;
    if (text == u"replica"_s)
        return SnapshotPriority::Replica;
    if (text == u"no_sync"_s)
        return SnapshotPriority::NoSync;
    return std::nullopt;
}

} // namespace Snapdock
