// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/support/Result.h"

#include <QJsonValue>
#include <QList>
#include <QString>

namespace Snapdock {

// GET /collections/{c}/cluster: which shards this node holds, so a backup can tell an "empty" node snapshot.
struct CollectionClusterInfo
{
    struct LocalShard
    {
        int shardId = 0;
        qint64 pointsCount = 0;
        QString state;
    };
    struct RemoteShard
    {
        int shardId = 0;
        quint64 peerId = 0;
        QString state;
    };

    quint64 peerId = 0;
    int shardCount = 0;
    QList<LocalShard> localShards;
    QList<RemoteShard> remoteShards;

    [[nodiscard]] static Result<CollectionClusterInfo> fromJson(const QJsonValue &value);
};

} // namespace Snapdock
