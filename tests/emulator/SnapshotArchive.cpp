// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "emulator/SnapshotArchive.h"

#include "emulator/TarReader.h"
#include "emulator/TarWriter.h"

#include <QJsonDocument>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock::Emulator {

namespace {

constexpr qint64 MAX_JSON_MEMBER = 16 << 20;

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

bool writeShardMembers(TarWriter &tar, const QString &prefix, qint64 points, quint64 peerId, qint64 walBytes)
{
    const QString peer = QString::number(peerId);
    const QJsonObject replicaState{ { u"is_local"_s, true },
        { u"this_peer_id"_s, static_cast<double>(peerId) },
        { u"peers"_s, QJsonObject{ { peer, u"Active"_s } } } };
    const QString segment = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QJsonObject segmentJson{ { u"version"_s, 1 },
        { u"config"_s,
            QJsonObject{ { u"vector_data"_s, QJsonObject() },
                { u"payload_storage_type"_s, QJsonObject{ { u"type"_s, u"mmap"_s } } } } },
        { u"emulator_points_count"_s, static_cast<double>(points) } };
    const QByteArray clocks = R"({"clocks":[]})"_ba;
    return tar.addFile(prefix % u"replica_state.json"_s, compact(replicaState))
        && tar.addFile(prefix % u"shard_config.json"_s, R"({"type":"ReplicaSet"})"_ba)
        && tar.addDirectory(prefix % u"wal"_s) && tar.addFillerFile(prefix % u"wal/open-1"_s, walBytes)
        && tar.addFile(prefix % u"wal/first-index"_s, "0"_ba) && tar.addDirectory(prefix % u"segments/"_s % segment)
        && tar.addFile(prefix % u"segments/"_s % segment % u"/segment.json"_s, compact(segmentJson))
        && tar.addFile(prefix % u"segments/"_s % segment % u"/version.info"_s, "0.6.0"_ba)
        && tar.addFile(prefix % u"newest_clocks.json"_s, clocks);
}

bool finishArchive(TarWriter &tar, QByteArray &sha256, QString &error)
{
    if (!tar.finish()) {
        error = tar.errorString();
        return false;
    }
    sha256 = tar.sha256Hex();
    return true;
}

} // namespace

bool SnapshotArchive::writeCollectionSnapshot(const QString &path,
    const QJsonObject &config,
    const QJsonObject &payloadIndexSchema,
    const QList<qint64> &shardPoints,
    quint64 peerId,
    qint64 walBytes,
    QByteArray &sha256,
    QString &error)
{
    TarWriter tar(path);
    if (!tar.open()) {
        error = tar.errorString();
        return false;
    }
    for (int shard = 0; shard < shardPoints.size(); ++shard) {
        if (!writeShardMembers(tar, QString::number(shard) + u'/', shardPoints.at(shard), peerId, walBytes)) {
            error = tar.errorString();
            return false;
        }
    }
    const bool ok = tar.addFile(u"version.info"_s, "0.4.2"_ba) && tar.addFile(u"config.json"_s, compact(config))
        && tar.addFile(u"shard_key_mapping.json"_s, "{}"_ba)
        && tar.addFile(u"payload_index.json"_s, compact(QJsonObject{ { u"schema"_s, payloadIndexSchema } }));
    if (!ok) {
        error = tar.errorString();
        return false;
    }
    return finishArchive(tar, sha256, error);
}

bool SnapshotArchive::writeShardSnapshot(
    const QString &path, qint64 points, quint64 peerId, qint64 walBytes, QByteArray &sha256, QString &error)
{
    TarWriter tar(path);
    if (!tar.open() || !writeShardMembers(tar, QString(), points, peerId, walBytes)) {
        error = tar.errorString();
        return false;
    }
    return finishArchive(tar, sha256, error);
}

bool SnapshotArchive::writeFullSnapshot(const QString &path,
    const QList<QPair<QString, QString>> &nested,
    const QJsonObject &config,
    QByteArray &sha256,
    QString &error)
{
    TarWriter tar(path);
    if (!tar.open()) {
        error = tar.errorString();
        return false;
    }
    for (const auto &[name, sourcePath] : nested) {
        if (!tar.addFileFromPath(name, sourcePath)) {
            error = tar.errorString();
            return false;
        }
    }
    if (!tar.addFile(u"config.json"_s, compact(config))) {
        error = tar.errorString();
        return false;
    }
    return finishArchive(tar, sha256, error);
}

bool SnapshotArchive::read(const QString &path, Contents &contents, QString &error)
{
    TarReader reader(path);
    if (!reader.open()) {
        error = reader.errorString();
        return false;
    }
    TarReader::Entry entry;
    while (reader.next(entry)) {
        if (!entry.isRegular() && !entry.isDirectory() && !entry.isSparse()) {
            error = u"failed to unpack `"_s % entry.name % u"`: unsupported entry type"_s;
            return false;
        }
        const QStringList parts = entry.name.split(u'/', Qt::SkipEmptyParts);
        if (parts.isEmpty()) {
            continue;
        }
        if (parts.contains(u".."_s)) {
            error = u"failed to unpack `"_s % entry.name % u"`: path escapes the archive"_s;
            return false;
        }
        bool isNumber = false;
        const int shard = parts.first().toInt(&isNumber);
        const QString local = isNumber ? parts.mid(1).join(u'/') : parts.join(u'/');
        if (isNumber && parts.size() > 1 && (parts.at(1) == u"wal"_s || parts.at(1) == u"segments"_s)
            && !contents.shardsWithData.contains(shard)) {
            contents.shardsWithData.append(shard);
        }
        if (!entry.isRegular() || entry.size > MAX_JSON_MEMBER) {
            continue;
        }
        const bool segmentJson = local.startsWith(u"segments/"_s) && local.endsWith(u"/segment.json"_s);
        const bool rootJson = !isNumber && parts.size() == 1;
        if (!segmentJson && !(rootJson && entry.name.endsWith(u".json"_s))) {
            continue;
        }
        QByteArray data;
        if (!reader.readData(entry, data)) {
            error = u"failed to unpack `"_s % entry.name % u"`"_s;
            return false;
        }
        const QJsonObject json = QJsonDocument::fromJson(data).object();
        if (segmentJson) {
            const auto points = static_cast<qint64>(json.value("emulator_points_count"_L1).toDouble());
            if (isNumber) {
                contents.shardPoints[shard] += points;
            } else {
                contents.rootPoints += points;
            }
        } else if (entry.name == u"config.json"_s) {
            if (json.contains("collections_mapping"_L1)) {
                contents.isFullSnapshot = true;
            } else {
                contents.config = json;
                contents.hasCollectionConfig = json.contains("params"_L1);
            }
        } else if (entry.name == u"payload_index.json"_s) {
            contents.payloadIndex = json.value("schema"_L1).toObject();
        } else if (entry.name == u"replica_state.json"_s) {
            contents.isShardSnapshot = true;
        }
    }
    if (reader.hasError()) {
        error = reader.errorString();
        return false;
    }
    return true;
}

QStringList SnapshotArchive::memberNames(const QString &path, QString *error)
{
    TarReader reader(path);
    QStringList names;
    if (!reader.open()) {
        if (error) {
            *error = reader.errorString();
        }
        return {};
    }
    TarReader::Entry entry;
    while (reader.next(entry)) {
        names.append(entry.name);
    }
    if (reader.hasError()) {
        if (error) {
            *error = reader.errorString();
        }
        return {};
    }
    return names;
}

} // namespace Snapdock::Emulator
