// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/qdrant/SnapshotScope.h"

#include <QCoreApplication>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

SnapshotScope SnapshotScope::forCollection(const QString &collection)
{
    return SnapshotScope{ Kind::Collection, collection, -1 };
}

SnapshotScope SnapshotScope::fullStorage()
{
    return SnapshotScope{ Kind::FullStorage, QString(), -1 };
}

SnapshotScope SnapshotScope::forShard(const QString &collection, int shardId)
{
    return SnapshotScope{ Kind::Shard, collection, shardId };
}

QByteArray SnapshotScope::encodedSnapshotsPath() const
{
    switch (kind) {
    case Kind::Collection:
        return "/collections/"_ba + encodePathSegment(collection) + "/snapshots"_ba;
    case Kind::FullStorage:
        return "/snapshots"_ba;
    case Kind::Shard:
        return "/collections/"_ba + encodePathSegment(collection) + "/shards/"_ba + QByteArray::number(shardId)
            + "/snapshots"_ba;
    }
    return {};
}

QString SnapshotScope::describe() const
{
    switch (kind) {
    case Kind::Collection:
        return QCoreApplication::translate("Snapdock::SnapshotScope", "collection \"%1\"").arg(collection);
    case Kind::FullStorage:
        return QCoreApplication::translate("Snapdock::SnapshotScope", "the full storage");
    case Kind::Shard:
        return QCoreApplication::translate("Snapdock::SnapshotScope", "shard %1 of collection \"%2\"")
            .arg(shardId)
            .arg(collection);
    }
    return {};
}

QString SnapshotScope::kindName() const
{
    switch (kind) {
    case Kind::Collection:
        return u"collection"_s;
    case Kind::FullStorage:
        return u"full"_s;
    case Kind::Shard:
        return u"shard"_s;
    }
    return {};
}

QByteArray encodePathSegment(const QString &segment)
{
    return QUrl::toPercentEncoding(segment);
}

} // namespace Snapdock
