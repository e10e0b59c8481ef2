// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/qdrant/dto/CollectionInfo.h"

#include "core/qdrant/dto/JsonFields.h"

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

namespace {

QString describeVectorParams(const QJsonObject &params)
{
    const QString size =
        params.value(u"size"_s).isDouble() ? QString::number(params.value(u"size"_s).toInteger()) : u"?"_s;
    return size + u" × "_s + params.value(u"distance"_s).toString(u"?"_s);
}

} // namespace

QString CollectionInfo::vectorsSummary() const
{
    if (!vectors.isObject())
        return {};
    const QJsonObject object = vectors.toObject();
    if (object.contains(u"size"_s))
        return describeVectorParams(object);
    QStringList parts;
    for (auto it = object.begin(); it != object.end(); ++it)
        parts.append(it.key() + u": "_s + describeVectorParams(it.value().toObject()));
    return parts.join(u", "_s);
}

Result<CollectionInfo> CollectionInfo::fromJson(const QString &name, const QJsonValue &value)
{
    const QString context = u"collection \"%1\""_s.arg(name);
    auto object = JsonFields::requireObject(value, context);
    if (!object)
        return fail(object.error());
    const JsonFields fields(*object, context);

    CollectionInfo info;
    info.name = name;
    auto status = fields.optionalString(u"status"_s);
    auto points = fields.optionalInteger(u"points_count"_s, -1);
    auto indexed = fields.optionalInteger(u"indexed_vectors_count"_s, -1);
    auto segments = fields.optionalInteger(u"segments_count"_s, -1);
    auto config = fields.object(u"config"_s);
    auto schema = fields.optionalObject(u"payload_schema"_s);
    if (!status)
        return fail(status.error());
    if (!points)
        return fail(points.error());
    if (!indexed)
        return fail(indexed.error());
    if (!segments)
        return fail(segments.error());
    if (!config)
        return fail(config.error());
    if (!schema)
        return fail(schema.error());

    const JsonFields configFields(*config, context + u" config"_s);
    auto params = configFields.object(u"params"_s);
    if (!params)
        return fail(params.error());
    const JsonFields paramFields(*params, context + u" params"_s);
    auto shards = paramFields.optionalInteger(u"shard_number"_s, 1);
    auto replication = paramFields.optionalInteger(u"replication_factor"_s, 1);
    if (!shards)
        return fail(shards.error());
    if (!replication)
        return fail(replication.error());

    info.status = *status;
    info.pointsCount = *points;
    info.indexedVectorsCount = *indexed;
    info.segmentsCount = *segments;
    info.config = *config;
    info.vectors = params->value(u"vectors"_s);
    info.sparseVectors = params->value(u"sparse_vectors"_s);
    info.shardNumber = static_cast<int>(*shards);
    info.replicationFactor = static_cast<int>(*replication);
    info.payloadSchema = *schema;
    return info;
}

Result<QStringList> CollectionInfo::namesFromJson(const QJsonValue &value)
{
    auto object = JsonFields::requireObject(value, u"collection list"_s);
    if (!object)
        return fail(object.error());
    auto array = JsonFields(*object, u"collection list"_s).array(u"collections"_s);
    if (!array)
        return fail(array.error());
    QStringList names;
    for (const QJsonValue &item : *array) {
        auto entry = JsonFields::requireObject(item, u"collection list entry"_s);
        if (!entry)
            return fail(entry.error());
        auto name = JsonFields(*entry, u"collection list entry"_s).string(u"name"_s);
        if (!name)
            return fail(name.error());
        names.append(*name);
    }
    return names;
}

} // namespace Snapdock
