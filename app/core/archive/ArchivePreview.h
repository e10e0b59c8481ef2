// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/support/Result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

class QIODevice;

namespace Snapdock {

// What a Qdrant snapshot file contains, read from its tar headers and its few small JSON members, without a
// server and without unpacking anything to disk. Plain value type; reading is synchronous and costs one pass
// over the headers (member data is seeked over), so run it on a worker thread for large files.
//
// Layouts recognised (qdrant-api.md §5): a collection snapshot (per-shard directories plus config.json,
// payload_index.json, version.info and shard_key_mapping.json, at the end in current versions and near the
// start in 2023 ones), a shard snapshot (one shard directory's content at the root) and a full storage
// snapshot (nested collection snapshots plus a config.json with collections_mapping). Names with and without
// a leading "./" are treated alike.
struct ArchivePreview
{
    // Each JSON member read is capped at this size; larger ones make the preview fail rather than allocate.
    static constexpr qint64 MAX_JSON_MEMBER_SIZE = qint64(8) << 20;
    // More shard directories or nested snapshots than this is not a real snapshot; refusing bounds memory.
    static constexpr int MAX_LISTED_ITEMS = 65536;
    // At most this many unsafe member names are kept (all are counted).
    static constexpr int MAX_LISTED_UNSAFE_MEMBERS = 20;

    enum class Kind
    {
        Unknown, // a valid tar that does not look like any Qdrant snapshot
        Collection,
        Shard,
        Full,
    };

    // replica_state.json of one shard.
    struct ReplicaState
    {
        bool present = false; // false when the shard has no replica_state.json
        bool isLocal = false;
        quint64 thisPeerId = 0;
        QMap<QString, QString> peers; // peer id → state ("Active", "Dead", …)
    };

    struct ShardInfo
    {
        quint32 id = 0;
        bool hasData = false; // wal/ or segments/ members, or replica_state.json says is_local
        ReplicaState replicaState;
    };

    struct NestedSnapshot
    {
        QString name; // member name without a leading "./"
        qint64 size = 0;
        QString collection; // from collections_mapping; empty when the mapping does not name this file
    };

    Kind kind = Kind::Unknown;
    qint64 archiveSize = 0; // bytes
    int memberCount = 0; // every tar member, directories included
    bool hasSparseMembers = false; // GNU sparse ('S') members, as current Qdrant writes for preallocated WAL files

    // Members Qdrant refuses to unpack (symbolic and hard links, device nodes, absolute or ".." paths): their
    // presence means the archive cannot be restored as it is.
    QStringList unsafeMembers; // the first MAX_LISTED_UNSAFE_MEMBERS names
    int unsafeMemberCount = 0;
    QStringList warnings; // sentences for people, e.g. missing metadata files

    // Collection snapshots.
    QJsonObject collectionConfig; // config.json as stored
    QJsonValue vectors; // params.vectors, same shape as Qdrant's API (one unnamed config or a map by name)
    QJsonValue sparseVectors = QJsonValue(QJsonValue::Undefined); // params.sparse_vectors; undefined when absent
    int shardNumber = 0;
    int replicationFactor = 0;
    QJsonObject payloadSchema; // payload_index.json "schema"
    QString versionInfo; // version.info: the collection storage format, not the Qdrant version
    QJsonValue shardKeyMapping =
        QJsonValue(QJsonValue::Undefined); // shard_key_mapping.json as stored; undefined when absent
    QList<ShardInfo> shards; // sorted by id

    // Shard snapshots: the one shard at the archive root (its id is not recorded in the archive).
    ShardInfo shard;

    // Full storage snapshots.
    QJsonObject collectionsMapping; // collection → nested file name
    QJsonObject collectionsAliases; // alias → collection
    QList<NestedSnapshot> nestedSnapshots; // in archive order

    [[nodiscard]] QList<quint32> shardIdsWithData() const;
    [[nodiscard]] QList<quint32> shardIdsWithoutData() const;

    // One paragraph for the GUI's details panel: kind, size, vectors, shards, payload index, warnings.
    [[nodiscard]] QString summary() const;

    // "collection", "shard", "full" or "unknown" (the same words as SnapshotMetadata::kind).
    [[nodiscard]] static QString kindName(Kind kind);

    // Previews a snapshot file. Refuses compressed files (gzip, zstd, xz, bzip2) by their magic bytes and
    // malformed or truncated archives with ErrorKind::InvalidSnapshot and a detail saying what was wrong.
    [[nodiscard]] static Result<ArchivePreview> read(const QString &path);

    // The same for an open, readable device (not owned), read from its current position. Seekable devices are
    // previewed without reading member data; sequential ones are read through.
    [[nodiscard]] static Result<ArchivePreview> read(QIODevice &device);

    // Previews one member of the archive at `path` (typically a collection snapshot nested in a full snapshot,
    // named as in nestedSnapshots) by streaming it, without extracting it.
    [[nodiscard]] static Result<ArchivePreview> previewNested(const QString &path, const QString &memberName);
};

} // namespace Snapdock
