// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/support/Result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QString>

namespace Snapdock {

// GET /cluster. Peer URIs are Qdrant's internal P2P addresses (port 6335), not REST URLs.
struct ClusterInfo
{
    bool enabled = false;
    quint64 peerId = 0;
    QMap<quint64, QString> peerUris;
    QJsonObject raftInfo;

    [[nodiscard]] static Result<ClusterInfo> fromJson(const QJsonValue &value);
};

} // namespace Snapdock
