// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "emulator/EmulatorState.h"

#include <QDir>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock::Emulator {

EmulatorState::EmulatorState(const EmulatorConfig &config, const QString &dataDir)
    : m_config(config)
    , m_dataDir(dataDir)
{
    QDir(tmpDir()).removeRecursively();
    QDir().mkpath(tmpDir());
}

QString EmulatorState::tmpDir() const
{
    return m_dataDir + u"/tmp"_s;
}

QString EmulatorState::collectionDir(const QString &collection) const
{
    return m_dataDir + u'/' + collection;
}

QString EmulatorState::shardDir(const QString &collection, int shard) const
{
    return collectionDir(collection) + u"/shards/"_s + QString::number(shard);
}

void EmulatorState::addCollection(const CollectionSpec &spec)
{
    CollectionSpec stored = spec;
    stored.shardNumber = qMax(1, spec.shardNumber);
    for (const QString &alias : spec.aliases) {
        m_aliases.insert(alias, spec.name);
    }
    stored.aliases.clear();
    m_collections.insert(spec.name, stored);
    m_shardPoints.insert(spec.name, spread(spec.pointsCount, stored.shardNumber));
}

bool EmulatorState::removeCollection(const QString &name)
{
    if (!m_collections.remove(name)) {
        return false;
    }
    m_shardPoints.remove(name);
    for (auto it = m_aliases.begin(); it != m_aliases.end();) {
        it = it.value() == name ? m_aliases.erase(it) : std::next(it);
    }
    return true;
}

CollectionSpec EmulatorState::collection(const QString &name) const
{
    CollectionSpec spec = m_collections.value(name);
    if (spec.name.isEmpty()) {
        return spec;
    }
    spec.pointsCount = 0;
    for (const qint64 points : m_shardPoints.value(name)) {
        spec.pointsCount += points;
    }
    for (auto it = m_aliases.cbegin(); it != m_aliases.cend(); ++it) {
        if (it.value() == name) {
            spec.aliases.append(it.key());
        }
    }
    return spec;
}

void EmulatorState::setPointsCount(const QString &name, qint64 points)
{
    if (m_collections.contains(name)) {
        m_shardPoints.insert(name, spread(points, m_collections.value(name).shardNumber));
    }
}

void EmulatorState::setShardPoints(const QString &name, const QList<qint64> &points)
{
    if (m_collections.contains(name)) {
        m_shardPoints.insert(name, points);
    }
}

void EmulatorState::setPayloadSchema(const QString &name, const QJsonObject &schema)
{
    if (m_collections.contains(name)) {
        m_collections[name].payloadSchema = schema;
    }
}

qint64 EmulatorState::takeRestoreTamper(const QString &collection)
{
    for (qsizetype i = 0; i < m_restoreTampers.size(); ++i) {
        if (collection.startsWith(m_restoreTampers.at(i).collectionPrefix)) {
            return m_restoreTampers.takeAt(i).pointsDelta;
        }
    }
    return 0;
}

QList<qint64> EmulatorState::spread(qint64 points, int shards)
{
    QList<qint64> result;
    for (int i = 0; i < shards; ++i) {
        result.append(points / shards + (i < points % shards ? 1 : 0));
    }
    return result;
}

QJsonObject EmulatorState::collectionConfig(const CollectionSpec &spec) const
{
    const QJsonObject params{ { u"vectors"_s, spec.vectors },
        { u"shard_number"_s, spec.shardNumber },
        { u"replication_factor"_s, 1 },
        { u"write_consistency_factor"_s, 1 },
        { u"on_disk_payload"_s, true } };
    const QJsonObject hnsw{ { u"m"_s, 16 },
        { u"ef_construct"_s, 100 },
        { u"full_scan_threshold"_s, 10000 },
        { u"max_indexing_threads"_s, 0 },
        { u"on_disk"_s, false } };
    const QJsonObject optimizer{ { u"deleted_threshold"_s, 0.2 },
        { u"vacuum_min_vector_number"_s, 1000 },
        { u"default_segment_number"_s, 0 },
        { u"max_segment_size"_s, QJsonValue::Null },
        { u"memmap_threshold"_s, QJsonValue::Null },
        { u"indexing_threshold"_s, 10000 },
        { u"flush_interval_sec"_s, 5 },
        { u"max_optimization_threads"_s, QJsonValue::Null } };
    const QJsonObject wal{
        { u"wal_capacity_mb"_s, 32 }, { u"wal_segments_ahead"_s, 0 }, { u"wal_retain_closed"_s, 1 }
    };
    return QJsonObject{ { u"params"_s, params },
        { u"hnsw_config"_s, hnsw },
        { u"optimizer_config"_s, optimizer },
        { u"wal_config"_s, wal },
        { u"quantization_config"_s, QJsonValue::Null } };
}

QJsonObject EmulatorState::collectionInfo(const QString &name) const
{
    const CollectionSpec spec = collection(name);
    QJsonObject config = collectionConfig(spec);
    config.insert(u"strict_mode_config"_s, QJsonObject{ { u"enabled"_s, false } });
    QJsonObject schema;
    for (auto it = spec.payloadSchema.constBegin(); it != spec.payloadSchema.constEnd(); ++it) {
        QJsonObject field = it.value().toObject();
        if (!field.contains("points"_L1)) {
            field.insert(u"points"_s, static_cast<double>(spec.pointsCount));
        }
        schema.insert(it.key(), field);
    }
    const auto points = static_cast<double>(spec.pointsCount);
    return QJsonObject{ { u"status"_s, spec.status },
        { u"optimizer_status"_s, u"ok"_s },
        { u"indexed_vectors_count"_s, spec.pointsCount >= 10000 ? points : 0.0 },
        { u"points_count"_s, points },
        { u"segments_count"_s, spec.shardNumber * 2 },
        { u"config"_s, config },
        { u"payload_schema"_s, schema } };
}

QJsonObject EmulatorState::clusterInfo(const QString &name) const
{
    QJsonArray local;
    const QList<qint64> points = m_shardPoints.value(name);
    for (int shard = 0; shard < points.size(); ++shard) {
        local.append(QJsonObject{ { u"shard_id"_s, shard },
            { u"points_count"_s, static_cast<double>(points.at(shard)) },
            { u"state"_s, u"Active"_s } });
    }
    return QJsonObject{ { u"peer_id"_s, static_cast<double>(m_config.peerId) },
        { u"shard_count"_s, static_cast<int>(points.size()) },
        { u"local_shards"_s, local },
        { u"remote_shards"_s, QJsonArray() },
        { u"shard_transfers"_s, QJsonArray() } };
}

QJsonObject EmulatorState::aliasesJson(const QString &collectionFilter) const
{
    QJsonArray list;
    for (auto it = m_aliases.cbegin(); it != m_aliases.cend(); ++it) {
        if (collectionFilter.isEmpty() || it.value() == collectionFilter) {
            list.append(QJsonObject{ { u"alias_name"_s, it.key() }, { u"collection_name"_s, it.value() } });
        }
    }
    return QJsonObject{ { u"aliases"_s, list } };
}

QJsonObject EmulatorState::payloadIndexFromSchema(const QJsonObject &schema)
{
    QJsonObject index;
    for (auto it = schema.constBegin(); it != schema.constEnd(); ++it) {
        const QJsonObject field = it.value().toObject();
        const QJsonObject params = field.value("params"_L1).toObject();
        if (params.isEmpty()) {
            index.insert(it.key(), field.value("data_type"_L1).toString());
        } else {
            QJsonObject typed = params;
            if (!typed.contains("type"_L1)) {
                typed.insert(u"type"_s, field.value("data_type"_L1).toString());
            }
            index.insert(it.key(), typed);
        }
    }
    return index;
}

QJsonObject EmulatorState::schemaFromPayloadIndex(const QJsonObject &index, qint64 points)
{
    QJsonObject schema;
    for (auto it = index.constBegin(); it != index.constEnd(); ++it) {
        QJsonObject field;
        if (it.value().isString()) {
            field.insert(u"data_type"_s, it.value().toString());
        } else {
            const QJsonObject params = it.value().toObject();
            field.insert(u"data_type"_s, params.value("type"_L1).toString());
            field.insert(u"params"_s, params);
        }
        field.insert(u"points"_s, static_cast<double>(points));
        schema.insert(it.key(), field);
    }
    return schema;
}

} // namespace Snapdock::Emulator
