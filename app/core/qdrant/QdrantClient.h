// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/qdrant/ApiCall.h"
#include "core/qdrant/ServerEndpoint.h"
#include "core/qdrant/SnapshotDownload.h"
#include "core/qdrant/SnapshotPriority.h"
#include "core/qdrant/SnapshotScope.h"
#include "core/qdrant/SnapshotUpload.h"
#include "core/qdrant/dto/AliasDescription.h"
#include "core/qdrant/dto/ClusterInfo.h"
#include "core/qdrant/dto/CollectionClusterInfo.h"
#include "core/qdrant/dto/CollectionInfo.h"
#include "core/qdrant/dto/ServerInfo.h"
#include "core/qdrant/dto/SnapshotDescription.h"

#include <QStringList>

class QNetworkAccessManager;

namespace Snapdock {

struct RecoverOptions
{
    QUrl location; // http(s):// the server downloads itself, or file:// inside its snapshots folder
    SnapshotPriority priority = SnapshotPriority::ServerDefault;
    QString sha256; // the server verifies before touching the collection
    QString sourceApiKey; // sent to the source URL by the server (Qdrant ≥ 1.9.1)
    bool wait = true;
};

// The Qdrant REST API, one method per endpoint. Each method returns a new, unstarted request that the
// caller owns (see ApiRequest for the lifetime rules and runRequest() for the usual fire-and-forget use).
// The client holds no state beyond the endpoint and the injected QNetworkAccessManager, which must
// outlive every request made from it.
class QdrantClient
{
public:
    QdrantClient(QNetworkAccessManager &network, ServerEndpoint endpoint);

    [[nodiscard]] const ServerEndpoint &endpoint() const { return m_endpoint; }

    // GET / — needs no key, so it proves the server is Qdrant but not that the key works.
    [[nodiscard]] ApiCall<ServerInfo> *serverInfo() const;
    [[nodiscard]] ApiCall<QStringList> *listCollections() const;
    [[nodiscard]] ApiCall<CollectionInfo> *collectionInfo(const QString &collection) const;
    [[nodiscard]] ApiCall<bool> *collectionExists(const QString &collection) const;
    [[nodiscard]] ApiCall<OperationOutcome> *deleteCollection(const QString &collection) const;
    [[nodiscard]] ApiCall<QList<AliasDescription>> *listAliases() const;
    [[nodiscard]] ApiCall<QList<AliasDescription>> *collectionAliases(const QString &collection) const;
    [[nodiscard]] ApiCall<OperationOutcome> *createAlias(const QString &collection, const QString &alias) const;
    [[nodiscard]] ApiCall<ClusterInfo> *clusterInfo() const;
    [[nodiscard]] ApiCall<CollectionClusterInfo> *collectionClusterInfo(const QString &collection) const;

    [[nodiscard]] ApiCall<QList<SnapshotDescription>> *listSnapshots(const SnapshotScope &scope) const;
    // wait=true with no read timeout: creating a snapshot of a large collection takes minutes.
    [[nodiscard]] ApiCall<SnapshotDescription> *createSnapshot(const SnapshotScope &scope) const;
    // wait=false: answers 202 at once; the new snapshot appears in listSnapshots() when it is done.
    [[nodiscard]] ApiCall<OperationOutcome> *requestSnapshot(const SnapshotScope &scope) const;
    [[nodiscard]] ApiCall<OperationOutcome> *deleteSnapshot(const SnapshotScope &scope, const QString &name) const;
    // Downloads to outputFolder/name; `expectedSha256` (the listed checksum, may be empty) is verified.
    [[nodiscard]] SnapshotDownload *downloadSnapshot(const SnapshotScope &scope,
        const QString &name,
        const QString &outputFolder,
        const QString &expectedSha256 = {}) const;
    // GET /collections/{c}/shards/{id}/snapshot: a shard snapshot made on the fly, streamed, never stored.
    [[nodiscard]] SnapshotDownload *streamShardSnapshot(
        const QString &collection, int shardId, const QString &outputFolder, const QString &fileName) const;
    [[nodiscard]] SnapshotUpload *uploadSnapshot(
        const SnapshotScope &scope, const QString &filePath, const SnapshotUploadOptions &options) const;
    [[nodiscard]] ApiCall<OperationOutcome> *recoverSnapshot(
        const SnapshotScope &scope, const RecoverOptions &options) const;

private:
    QNetworkAccessManager &m_network;
    ServerEndpoint m_endpoint;
};

} // namespace Snapdock
