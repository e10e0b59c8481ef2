// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/qdrant/dto/ClusterInfo.h"

#include "core/qdrant/dto/JsonFields.h"

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

Result<ClusterInfo> ClusterInfo::fromJson(const QJsonValue &value)
{
    auto object = JsonFields::requireObject(value, u"cluster information"_s);
    if (!object)
        return fail(object.error());
    const JsonFields fields(*object, u"cluster information"_s);
    auto status = fields.string(u"status"_s);
    if (!status)
        return fail(status.error());
    ClusterInfo info;
    info.enabled = *status == u"enabled"_s;
    if (!info.enabled)
        return info;
    auto peerId = fields.integer(u"peer_id"_s);
    if (!peerId)
        return fail(peerId.error());
    info.peerId = static_cast<quint64>(*peerId);
    auto peers = fields.optionalObject(u"peers"_s);
    if (!peers)
        return fail(peers.error());
    for (auto it = peers->begin(); it != peers->end(); ++it) {
        bool ok = false;
        const quint64 id = it.key().toULongLong(&ok);
        if (!ok)
            return fail(fields.wrongType(u"peers"_s, "a map of peer ids"));
        info.peerUris.insert(id, it.value().toObject().value(u"uri"_s).toString());
    }
    info.raftInfo = fields.optionalObject(u"raft_info"_s).value_or(QJsonObject());
    return info;
}

} // namespace Snapdock
