// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Snapdock::Emulator {

// Writes and reads Qdrant-shaped snapshot archives (qdrant-api.md §5). Static functions only; all I/O is
// synchronous and streamed (WAL members are written in 1 MiB chunks, reading seeks over member data).
class SnapshotArchive
{
public:
    // What a recovery needs from an archive.
    struct Contents
    {
        bool hasCollectionConfig = false;
        QJsonObject config; // config.json (CollectionConfigInternal)
        QJsonObject payloadIndex; // payload_index.json "schema"
        QMap<int, qint64> shardPoints; // shard id -> points found in its segment.json files
        QList<int> shardsWithData; // shard ids with wal/ or segments/
        bool isShardSnapshot = false; // replica_state.json at the root
        qint64 rootPoints = 0; // points of a shard snapshot
        bool isFullSnapshot = false;
    };

    // Collection snapshot: per shard replica_state.json, shard_config.json, wal/open-1, segments/<uuid>/segment.json,
    // then version.info, config.json, shard_key_mapping.json, payload_index.json at the end.
    static bool writeCollectionSnapshot(const QString &path,
        const QJsonObject &config,
        const QJsonObject &payloadIndexSchema,
        const QList<qint64> &shardPoints,
        quint64 peerId,
        qint64 walBytes,
        QByteArray &sha256,
        QString &error);
    // Shard snapshot: the contents of one shard directory at the root.
    static bool writeShardSnapshot(
        const QString &path, qint64 points, quint64 peerId, qint64 walBytes, QByteArray &sha256, QString &error);
    // Full-storage snapshot: nested collection snapshot files (name, path) + config.json.
    static bool writeFullSnapshot(const QString &path,
        const QList<QPair<QString, QString>> &nested,
        const QJsonObject &config,
        QByteArray &sha256,
        QString &error);

    // Scans an archive; false with a "failed to iterate over archive…"-style error for anything not a sound tar.
    static bool read(const QString &path, Contents &contents, QString &error);
    // Member names in archive order (empty list + error on failure); for tests and previews.
    static QStringList memberNames(const QString &path, QString *error = nullptr);
};

} // namespace Snapdock::Emulator
