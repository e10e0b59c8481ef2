// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/support/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace Snapdock {

// What Snapdock knows about a downloaded snapshot, kept next to it as "<file name>.snapdock.json" so that a
// restore (possibly on another machine) can check the file and recreate the collection's settings.
// Plain value type. It has no field for an API key, and host is always stored without user info, query or
// fragment, so the file never carries a credential.
struct SnapshotMetadata
{
    static constexpr int CURRENT_FORMAT_VERSION = 1;
    static constexpr qint64 MAX_FILE_SIZE = qint64(16) << 20; // readFrom() refuses anything larger

    int formatVersion = CURRENT_FORMAT_VERSION;
    QString kind; // "collection", "full" or "shard"
    QString host; // server URL, without credentials
    QString collection;
    int shardId = -1;
    QString snapshotName; // the name on the server
    QString fileName; // the local file name
    QString serverVersion;
    QString serverCommit;
    qint64 pointsCount = -1; // -1: unknown
    QJsonValue vectors; // config.params.vectors exactly as Qdrant returned it
    QJsonValue sparseVectors; // config.params.sparse_vectors, likewise
    int shardNumber = 0;
    int replicationFactor = 0;
    QJsonObject payloadSchema;
    QStringList aliases;
    qint64 size = 0; // bytes
    QString sha256; // lowercase hex, computed locally
    QString serverChecksum; // as reported by the server, may be empty
    QDateTime serverCreationTime; // UTC; invalid when the server did not say
    QDateTime backupStartedAt; // UTC
    QDateTime backupFinishedAt; // UTC
    QString toolVersion;
    bool pinned = false; // retention (prune) never removes a pinned backup; "pinned" is absent in older files

    // Times are written as ISO 8601 UTC with milliseconds and 'Z'; invalid times as null.
    [[nodiscard]] QJsonObject toJson() const;

    // Tolerates missing optional fields; refuses wrong types, unknown kinds, a missing or newer formatVersion
    // (ErrorKind::LocalIoError, with the offending field in the detail).
    [[nodiscard]] static Result<SnapshotMetadata> fromJson(const QJsonObject &object);

    // Atomic (QSaveFile: temporary file, fsync, rename); indented UTF-8 JSON.
    [[nodiscard]] VoidResult writeTo(const QString &path) const;

    // Refuses files larger than MAX_FILE_SIZE.
    [[nodiscard]] static Result<SnapshotMetadata> readFrom(const QString &path);

    // "<snapshotPath>.snapdock.json"
    [[nodiscard]] static QString metadataPathFor(const QString &snapshotPath);

    // The URL with user name, password, query and fragment removed; empty if it cannot be parsed.
    [[nodiscard]] static QString credentialFreeHost(const QString &url);
};

} // namespace Snapdock
