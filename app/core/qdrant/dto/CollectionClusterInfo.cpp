// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/qdrant/dto/CollectionClusterInfo.h"

#include "core/qdrant/dto/JsonFields.h"

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

Result<CollectionClusterInfo> CollectionClusterInfo::fromJson(const QJsonValue &value)
{
    const QString context = u"collection cluster information"_s;
    auto object = JsonFields::requireObject(value, context);
    if (!object)
        return fail(object.error());
    const JsonFields fields(*object, context);
    auto peerId = fields.integer(u"peer_id"_s);
    auto shardCount = fields.integer(u"shard_count"_s);
    auto local = fields.array(u"local_shards"_s);
    if (!peerId)
        return fail(peerId.error());
    if (!shardCount)
        return fail(shardCount.error());
    if (!local)
        return fail(local.error());

    CollectionClusterInfo info;
    info.peerId = static_cast<quint64>(*peerId);
    info.shardCount = static_cast<int>(*shardCount);
    for (const QJsonValue &item : *local) {
        auto shard = JsonFields::requireObject(item, context);
        if (!shard)
            return fail(shard.error());
        const JsonFields shardFields(*shard, u"local shard"_s);
        auto id = shardFields.integer(u"shard_id"_s);
        if (!id)
            return fail(id.error());
        info.localShards.append(LocalShard{ static_cast<int>(*id),
            shardFields.optionalInteger(u"points_count"_s, 0).value_or(0),
            shardFields.optionalString(u"state"_s).value_or(QString()) });
    }
    const QJsonArray remote = object->value(u"remote_shards"_s).toArray();
    for (const QJsonValue &item : remote) {
        const QJsonObject shard = item.toObject();
        const JsonFields shardFields(shard, u"remote shard"_s);
        auto id = shardFields.integer(u"shard_id"_s);
        auto peer = shardFields.integer(u"peer_id"_s);
        if (!id)
            return fail(id.error());
        if (!peer)
            return fail(peer.error());
        info.remoteShards.append(RemoteShard{ static_cast<int>(*id),
            static_cast<quint64>(*peer),
            shardFields.optionalString(u"state"_s).value_or(QString()) });
    }
    return info;
}

} // namespace Snapdock
