// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "emulator/EmulatorTypes.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Snapdock::Emulator {

// The emulated node's data: collections (with per-shard point counts), aliases and the layout of the snapshot
// directory (qdrant-api.md §4 "Server storage layout"). Plain data, no I/O except creating directories.
class EmulatorState
{
public:
    EmulatorState(const EmulatorConfig &config, const QString &dataDir);

    const EmulatorConfig &config() const { return m_config; }
    QString dataDir() const { return m_dataDir; }
    QString tmpDir() const;
    QString collectionDir(const QString &collection) const;
    QString shardDir(const QString &collection, int shard) const;

    bool hasCollection(const QString &name) const { return m_collections.contains(name); }
    QStringList collectionNames() const { return m_collections.keys(); }
    // Adds or replaces; aliases in the spec are (re)created.
    void addCollection(const CollectionSpec &spec);
    bool removeCollection(const QString &name);
    // The spec with current points count and aliases filled in; empty spec if unknown.
    CollectionSpec collection(const QString &name) const;
    void setPointsCount(const QString &name, qint64 points);
    QList<qint64> shardPoints(const QString &name) const { return m_shardPoints.value(name); }
    void setShardPoints(const QString &name, const QList<qint64> &points);
    void setPayloadSchema(const QString &name, const QJsonObject &schema);

    // Restore tampering (see RestoreTamper): queued in order, each used once.
    void addRestoreTamper(const RestoreTamper &tamper) { m_restoreTampers.append(tamper); }
    void clearRestoreTampers() { m_restoreTampers.clear(); }
    // Removes and returns the points delta of the first tamper matching `collection`; 0 when none matches.
    qint64 takeRestoreTamper(const QString &collection);

    QMap<QString, QString> aliases() const { return m_aliases; } // alias -> collection
    void setAlias(const QString &alias, const QString &collection) { m_aliases.insert(alias, collection); }
    bool removeAlias(const QString &alias) { return m_aliases.remove(alias) > 0; }

    // JSON views (qdrant-openapi.json shapes).
    QJsonObject collectionInfo(const QString &name) const;
    QJsonObject clusterInfo(const QString &name) const;
    QJsonObject aliasesJson(const QString &collectionFilter = {}) const;
    // CollectionConfigInternal as stored in a snapshot's config.json (and shown by GET /collections/{c}).
    QJsonObject collectionConfig(const CollectionSpec &spec) const;
    // payload_index.json "schema" from a GET-style payload schema and back.
    static QJsonObject payloadIndexFromSchema(const QJsonObject &schema);
    static QJsonObject schemaFromPayloadIndex(const QJsonObject &index, qint64 points);
    static QList<qint64> spread(qint64 points, int shards);

private:
    EmulatorConfig m_config;
    QString m_dataDir;
    QMap<QString, CollectionSpec> m_collections;
    QMap<QString, QList<qint64>> m_shardPoints;
    QMap<QString, QString> m_aliases;
    QList<RestoreTamper> m_restoreTampers;
};

} // namespace Snapdock::Emulator
