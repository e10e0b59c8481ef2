// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Snapdock {

// Which family of snapshots a call is about: one collection's, the whole storage's, or one shard's.
// Qdrant serves the three under parallel paths, so the client builds each call from a scope.
struct SnapshotScope
{
    enum class Kind
    {
        Collection,
        FullStorage,
        Shard
    };

    Kind kind = Kind::Collection;
    QString collection; // empty for FullStorage
    int shardId = -1; // only for Shard

    [[nodiscard]] static SnapshotScope forCollection(const QString &collection);
    [[nodiscard]] static SnapshotScope fullStorage();
    [[nodiscard]] static SnapshotScope forShard(const QString &collection, int shardId);

    // Percent-encoded path of the snapshot list, e.g. "/collections/my%20docs/snapshots".
    [[nodiscard]] QByteArray encodedSnapshotsPath() const;
    // "collection X", "the full storage", "shard N of collection X": for error texts.
    [[nodiscard]] QString describe() const;
    // "collection" | "full" | "shard": for metadata files and --json output.
    [[nodiscard]] QString kindName() const;
};

// Percent-encodes one path segment: every byte outside RFC 3986's unreserved set, so that
// collection names with spaces, slashes or unicode reach the server intact.
[[nodiscard]] QByteArray encodePathSegment(const QString &segment);

} // namespace Snapdock
