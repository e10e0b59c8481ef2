// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace Snapdock::Emulator {

class EmulatorState;

// Snapshot files of the emulated node: naming, creation (archive written to tmp/, renamed into place, `.checksum`
// sidecar next to it), listing as SnapshotDescription, and recovery of collections and shards from archives.
// Synchronous; does not own the state.
class SnapshotStore
{
public:
    explicit SnapshotStore(EmulatorState &state);

    // "YYYY-MM-DD-HH-MM-SS" of a UTC time, as in Qdrant's snapshot names.
    static QString timestamp(const QDateTime &utc);
    // A plain file name: non-empty, no '/', '\\', NUL, not "." / ".." and no "..".
    static bool isValidName(const QString &name);
    static QJsonArray list(const QString &directory);
    static QJsonObject describe(const QString &path);

    QString collectionSnapshotName(const QString &collection, const QDateTime &when) const;
    static QString shardSnapshotName(const QString &collection, int shard, const QDateTime &when);
    static QString fullSnapshotName(const QDateTime &when);

    // Each returns false with an error message on I/O failure; `description` is the SnapshotDescription.
    bool createCollectionSnapshot(
        const QString &collection, const QDateTime &when, QJsonObject &description, QString &error);
    bool createShardSnapshot(
        const QString &collection, int shard, const QDateTime &when, QJsonObject &description, QString &error);
    bool createFullSnapshot(const QDateTime &when, QJsonObject &description, QString &error);
    // A shard archive written to a temp file (for the streaming endpoint); the caller removes it.
    bool writeShardArchive(const QString &collection, int shard, QString &path, QString &error);

    // Recovery as qdrant-api.md §3.3; on failure `status` + full message ("Wrong input: …").
    bool recoverCollection(const QString &collection, const QString &archivePath, int &status, QString &message);
    bool recoverShard(const QString &collection, int shard, const QString &archivePath, int &status, QString &message);

private:
    bool finishCreation(const QString &tmpPath,
        const QString &finalPath,
        const QByteArray &sha256,
        QJsonObject &description,
        QString &error);
    QString newTmpPath() const;

    EmulatorState &m_state;
};

} // namespace Snapdock::Emulator
