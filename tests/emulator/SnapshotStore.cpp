// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "emulator/SnapshotStore.h"

#include "emulator/EmulatorState.h"
#include "emulator/SnapshotArchive.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock::Emulator {

namespace {
QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}
} // namespace

SnapshotStore::SnapshotStore(EmulatorState &state)
    : m_state(state)
{}

QString SnapshotStore::timestamp(const QDateTime &utc)
{
    return utc.toUTC().toString(u"yyyy-MM-dd-HH-mm-ss"_s);
}

bool SnapshotStore::isValidName(const QString &name)
{
    return !name.isEmpty() && !name.contains(u'/') && !name.contains(u'\\') && !name.contains(QChar(0))
        && !name.contains(u".."_s) && name != u"."_s;
}

QJsonObject SnapshotStore::describe(const QString &path)
{
    const QFileInfo info(path);
    QDateTime created = info.birthTime();
    if (!created.isValid()) {
        created = info.lastModified();
    }
    QJsonObject description{ { u"name"_s, info.fileName() },
        { u"creation_time"_s, created.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss"_s) },
        { u"size"_s, static_cast<double>(info.size()) } };
    QFile sidecar(path + u".checksum"_s);
    if (sidecar.open(QIODevice::ReadOnly)) {
        description.insert(u"checksum"_s, QString::fromLatin1(sidecar.readAll().trimmed()));
    }
    return description;
}

QJsonArray SnapshotStore::list(const QString &directory)
{
    QJsonArray result;
    const QFileInfoList files = QDir(directory).entryInfoList({ u"*.snapshot"_s }, QDir::Files, QDir::Unsorted);
    for (const QFileInfo &file : files) {
        result.append(describe(file.absoluteFilePath()));
    }
    return result;
}

QString SnapshotStore::collectionSnapshotName(const QString &collection, const QDateTime &when) const
{
    return collection % u'-' % QString::number(m_state.config().peerId) % u'-' % timestamp(when) % u".snapshot"_s;
}

QString SnapshotStore::shardSnapshotName(const QString &collection, int shard, const QDateTime &when)
{
    return collection % u"-shard-"_s % QString::number(shard) % u'-' % timestamp(when) % u".snapshot"_s;
}

QString SnapshotStore::fullSnapshotName(const QDateTime &when)
{
    return u"full-snapshot-"_s % timestamp(when) % u".snapshot"_s;
}

QString SnapshotStore::newTmpPath() const
{
    return m_state.tmpDir() % u"/snapshot-"_s % QUuid::createUuid().toString(QUuid::WithoutBraces) % u".part"_s;
}

bool SnapshotStore::finishCreation(const QString &tmpPath,
    const QString &finalPath,
    const QByteArray &sha256,
    QJsonObject &description,
    QString &error)
{
    QDir().mkpath(QFileInfo(finalPath).absolutePath());
    // Same-second creations share a name: the later one replaces the earlier one.
    QFile::remove(finalPath);
    if (!QFile::rename(tmpPath, finalPath)) {
        QFile::remove(tmpPath);
        error = u"failed to move snapshot into place: "_s % finalPath;
        return false;
    }
    QFile sidecar(finalPath + u".checksum"_s);
    if (!sidecar.open(QIODevice::WriteOnly | QIODevice::Truncate) || sidecar.write(sha256) != sha256.size()) {
        error = sidecar.errorString();
        return false;
    }
    sidecar.close();
    description = describe(finalPath);
    return true;
}

bool SnapshotStore::createCollectionSnapshot(
    const QString &collection, const QDateTime &when, QJsonObject &description, QString &error)
{
    const CollectionSpec spec = m_state.collection(collection);
    const QString tmp = newTmpPath();
    QByteArray sha;
    if (!SnapshotArchive::writeCollectionSnapshot(tmp,
            m_state.collectionConfig(spec),
            EmulatorState::payloadIndexFromSchema(spec.payloadSchema),
            m_state.shardPoints(collection),
            m_state.config().peerId,
            m_state.config().walBytes,
            sha,
            error)) {
        QFile::remove(tmp);
        return false;
    }
    return finishCreation(tmp,
        m_state.collectionDir(collection) % u'/' % collectionSnapshotName(collection, when),
        sha,
        description,
        error);
}

bool SnapshotStore::writeShardArchive(const QString &collection, int shard, QString &path, QString &error)
{
    path = newTmpPath();
    QByteArray sha;
    if (!SnapshotArchive::writeShardSnapshot(path,
            m_state.shardPoints(collection).value(shard),
            m_state.config().peerId,
            m_state.config().walBytes,
            sha,
            error)) {
        QFile::remove(path);
        return false;
    }
    return true;
}

bool SnapshotStore::createShardSnapshot(
    const QString &collection, int shard, const QDateTime &when, QJsonObject &description, QString &error)
{
    const QString tmp = newTmpPath();
    QByteArray sha;
    if (!SnapshotArchive::writeShardSnapshot(tmp,
            m_state.shardPoints(collection).value(shard),
            m_state.config().peerId,
            m_state.config().walBytes,
            sha,
            error)) {
        QFile::remove(tmp);
        return false;
    }
    return finishCreation(tmp,
        m_state.shardDir(collection, shard) % u'/' % shardSnapshotName(collection, shard, when),
        sha,
        description,
        error);
}

bool SnapshotStore::createFullSnapshot(const QDateTime &when, QJsonObject &description, QString &error)
{
    QList<QPair<QString, QString>> nested;
    QJsonObject mapping;
    for (const QString &collection : m_state.collectionNames()) {
        QJsonObject nestedDescription;
        if (!createCollectionSnapshot(collection, when, nestedDescription, error)) {
            return false;
        }
        const QString name = nestedDescription.value("name"_L1).toString();
        nested.append({ name, m_state.collectionDir(collection) % u'/' % name });
        mapping.insert(collection, name);
    }
    QJsonObject aliases;
    const QMap<QString, QString> aliasMap = m_state.aliases();
    for (auto it = aliasMap.cbegin(); it != aliasMap.cend(); ++it) {
        aliases.insert(it.key(), it.value());
    }
    const QJsonObject config{ { u"collections_mapping"_s, mapping }, { u"collections_aliases"_s, aliases } };
    const QString tmp = newTmpPath();
    QByteArray sha;
    if (!SnapshotArchive::writeFullSnapshot(tmp, nested, config, sha, error)) {
        QFile::remove(tmp);
        return false;
    }
    return finishCreation(tmp, m_state.dataDir() % u'/' % fullSnapshotName(when), sha, description, error);
}

bool SnapshotStore::recoverCollection(
    const QString &collection, const QString &archivePath, int &status, QString &message)
{
    SnapshotArchive::Contents contents;
    QString error;
    if (!SnapshotArchive::read(archivePath, contents, error)) {
        status = 400;
        message = u"Wrong input: Malformed snapshot archive: "_s % error;
        return false;
    }
    if (!contents.hasCollectionConfig) {
        status = 400;
        message = contents.isFullSnapshot
            ? u"Wrong input: Malformed snapshot archive: a full-storage snapshot cannot be recovered as a collection"_s
            : u"Wrong input: Malformed snapshot archive: config.json of the collection not found"_s;
        return false;
    }
    const QJsonObject params = contents.config.value("params"_L1).toObject();
    const QJsonObject vectors = params.value("vectors"_L1).toObject();
    const int shardNumber = params.value("shard_number"_L1).toInt(1);
    for (int shard = 0; shard < shardNumber; ++shard) {
        if (!contents.shardsWithData.contains(shard)) {
            status = 500;
            message = u"Service internal error: Can't restore snapshot in local mode with missing data at shard: "_s
                % QString::number(shard);
            return false;
        }
    }
    QList<qint64> points;
    qint64 total = 0;
    for (int shard = 0; shard < shardNumber; ++shard) {
        points.append(contents.shardPoints.value(shard));
        total += points.last();
    }
    if (m_state.hasCollection(collection)) {
        const CollectionSpec existing = m_state.collection(collection);
        if (existing.vectors != vectors) {
            status = 400;
            message = u"Wrong input: Snapshot is not compatible with existing collection: Collection vectors: "_s
                % compactJson(existing.vectors) % u" Snapshot Vectors: "_s % compactJson(vectors);
            return false;
        }
        if (existing.shardNumber != shardNumber) {
            status = 400;
            message = u"Wrong input: Snapshot is not compatible with existing collection: Collection shard number: "_s
                % QString::number(existing.shardNumber) % u" Snapshot shard number: "_s % QString::number(shardNumber);
            return false;
        }
    } else {
        CollectionSpec spec;
        spec.name = collection;
        spec.vectors = vectors;
        spec.shardNumber = shardNumber;
        m_state.addCollection(spec);
    }
    m_state.setShardPoints(collection, points);
    m_state.setPayloadSchema(collection, EmulatorState::schemaFromPayloadIndex(contents.payloadIndex, total));
    return true;
}

bool SnapshotStore::recoverShard(
    const QString &collection, int shard, const QString &archivePath, int &status, QString &message)
{
    SnapshotArchive::Contents contents;
    QString error;
    if (!SnapshotArchive::read(archivePath, contents, error)) {
        status = 400;
        message = u"Wrong input: Malformed snapshot archive: "_s % error;
        return false;
    }
    if (!contents.isShardSnapshot) {
        status = 400;
        message = u"Wrong input: Malformed snapshot archive: replica_state.json of the shard not found"_s;
        return false;
    }
    QList<qint64> points = m_state.shardPoints(collection);
    if (shard >= 0 && shard < points.size()) {
        points[shard] = contents.rootPoints;
        m_state.setShardPoints(collection, points);
    }
    return true;
}

} // namespace Snapdock::Emulator
