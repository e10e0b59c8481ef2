// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/qdrant/QdrantClient.h"

#include "core/qdrant/dto/JsonFields.h"
#include "core/support/Translation.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

namespace {

QString tr(const char *text)
{
    return translateWithFallback("Snapdock::QdrantClient", text);
}

QByteArray collectionPath(const QString &collection)
{
    return "/collections/"_ba + encodePathSegment(collection);
}

Error missingResult(const char *what)
{
    return Error::make(ErrorKind::InvalidResponse, u"expected %1 in the answer"_s.arg(QLatin1String(what)));
}

// Parsers for answers whose "result" is a plain value.
Result<OperationOutcome> parseOperation(const ResponseEnvelope &envelope)
{
    if (envelope.accepted)
        return OperationOutcome::Accepted;
    if (!envelope.result.isBool())
        return fail(missingResult("true or false"));
    if (!envelope.result.toBool())
        return fail(Error::make(ErrorKind::ServerError, u"the server answered false"_s));
    return OperationOutcome::Completed;
}

template <typename T, typename F>
typename ApiCall<T>::Parser resultParser(F parse)
{
    return [parse](const ResponseEnvelope &envelope) -> Result<T> {
        if (envelope.accepted)
            return fail(missingResult("a result"));
        return parse(envelope.result);
    };
}

} // namespace

QdrantClient::QdrantClient(QNetworkAccessManager &network, ServerEndpoint endpoint)
    : m_network(network)
    , m_endpoint(std::move(endpoint))
{}

ApiCall<ServerInfo> *QdrantClient::serverInfo() const
{
    return new ApiCall<ServerInfo>(m_network,
        m_endpoint,
        ApiRequest::Method::Get,
        "/"_ba,
        tr("asking the server for its version"),
        resultParser<ServerInfo>(&ServerInfo::fromJson),
        false);
}

ApiCall<QStringList> *QdrantClient::listCollections() const
{
    return new ApiCall<QStringList>(m_network,
        m_endpoint,
        ApiRequest::Method::Get,
        "/collections"_ba,
        tr("listing collections"),
        resultParser<QStringList>(&CollectionInfo::namesFromJson));
}

ApiCall<CollectionInfo> *QdrantClient::collectionInfo(const QString &collection) const
{
    return new ApiCall<CollectionInfo>(m_network,
        m_endpoint,
        ApiRequest::Method::Get,
        collectionPath(collection),
        tr("reading collection \"%1\"").arg(collection),
        resultParser<CollectionInfo>([collection](const QJsonValue &v) {
            return CollectionInfo::fromJson(collection, v);
        }));
}

ApiCall<bool> *QdrantClient::collectionExists(const QString &collection) const
{
    return new ApiCall<bool>(m_network,
        m_endpoint,
        ApiRequest::Method::Get,
        collectionPath(collection) + "/exists"_ba,
        tr("checking whether collection \"%1\" exists").arg(collection),
        resultParser<bool>([](const QJsonValue &v) -> Result<bool> {
            auto object = JsonFields::requireObject(v, u"exists answer"_s);
            if (!object)
                return fail(object.error());
            return JsonFields(*object, u"exists answer"_s).boolean(u"exists"_s);
        }));
}

ApiCall<OperationOutcome> *QdrantClient::deleteCollection(const QString &collection) const
{
    return new ApiCall<OperationOutcome>(m_network,
        m_endpoint,
        ApiRequest::Method::Delete,
        collectionPath(collection),
        tr("deleting collection \"%1\"").arg(collection),
        &parseOperation);
}

ApiCall<QList<AliasDescription>> *QdrantClient::listAliases() const
{
    return new ApiCall<QList<AliasDescription>>(m_network,
        m_endpoint,
        ApiRequest::Method::Get,
        "/aliases"_ba,
        tr("listing aliases"),
        resultParser<QList<AliasDescription>>(&AliasDescription::listFromJson));
}

ApiCall<QList<AliasDescription>> *QdrantClient::collectionAliases(const QString &collection) const
{
    return new ApiCall<QList<AliasDescription>>(m_network,
        m_endpoint,
        ApiRequest::Method::Get,
        collectionPath(collection) + "/aliases"_ba,
        tr("listing aliases of collection \"%1\"").arg(collection),
        resultParser<QList<AliasDescription>>(&AliasDescription::listFromJson));
}

ApiCall<OperationOutcome> *QdrantClient::createAlias(const QString &collection, const QString &alias) const
{
    auto *call = new ApiCall<OperationOutcome>(m_network,
        m_endpoint,
        ApiRequest::Method::Post,
        "/collections/aliases"_ba,
        tr("creating alias \"%1\" for collection \"%2\"").arg(alias, collection),
        &parseOperation);
    const QJsonObject action{ { u"create_alias"_s,
        QJsonObject{ { u"collection_name"_s, collection }, { u"alias_name"_s, alias } } } };
    call->setJsonBody(
        QJsonDocument(QJsonObject{ { u"actions"_s, QJsonArray{ action } } }).toJson(QJsonDocument::Compact));
    return call;
}

ApiCall<ClusterInfo> *QdrantClient::clusterInfo() const
{
    return new ApiCall<ClusterInfo>(m_network,
        m_endpoint,
        ApiRequest::Method::Get,
        "/cluster"_ba,
        tr("reading cluster information"),
        resultParser<ClusterInfo>(&ClusterInfo::fromJson));
}

ApiCall<CollectionClusterInfo> *QdrantClient::collectionClusterInfo(const QString &collection) const
{
    return new ApiCall<CollectionClusterInfo>(m_network,
        m_endpoint,
        ApiRequest::Method::Get,
        collectionPath(collection) + "/cluster"_ba,
        tr("reading the shard placement of collection \"%1\"").arg(collection),
        resultParser<CollectionClusterInfo>(&CollectionClusterInfo::fromJson));
}

ApiCall<QList<SnapshotDescription>> *QdrantClient::listSnapshots(const SnapshotScope &scope) const
{
    return new ApiCall<QList<SnapshotDescription>>(m_network,
        m_endpoint,
        ApiRequest::Method::Get,
        scope.encodedSnapshotsPath(),
        tr("listing snapshots of %1").arg(scope.describe()),
        resultParser<QList<SnapshotDescription>>(&SnapshotDescription::listFromJson));
}

ApiCall<SnapshotDescription> *QdrantClient::createSnapshot(const SnapshotScope &scope) const
{
    auto *call = new ApiCall<SnapshotDescription>(m_network,
        m_endpoint,
        ApiRequest::Method::Post,
        scope.encodedSnapshotsPath(),
        tr("creating a snapshot of %1").arg(scope.describe()),
        resultParser<SnapshotDescription>(&SnapshotDescription::fromJson));
    call->setQuery(QUrlQuery{ { u"wait"_s, u"true"_s } });
    // The server says nothing until the snapshot is written: minutes for large collections.
    call->setStallTimeout(0);
    return call;
}

ApiCall<OperationOutcome> *QdrantClient::requestSnapshot(const SnapshotScope &scope) const
{
    auto *call = new ApiCall<OperationOutcome>(m_network,
        m_endpoint,
        ApiRequest::Method::Post,
        scope.encodedSnapshotsPath(),
        tr("requesting a snapshot of %1").arg(scope.describe()),
        [](const ResponseEnvelope &envelope) -> Result<OperationOutcome> {
            // A server that finished at once answers with the description.
            return envelope.accepted ? OperationOutcome::Accepted : OperationOutcome::Completed;
        });
    call->setQuery(QUrlQuery{ { u"wait"_s, u"false"_s } });
    return call;
}

ApiCall<OperationOutcome> *QdrantClient::deleteSnapshot(const SnapshotScope &scope, const QString &name) const
{
    auto *call = new ApiCall<OperationOutcome>(m_network,
        m_endpoint,
        ApiRequest::Method::Delete,
        scope.encodedSnapshotsPath() + '/' + encodePathSegment(name),
        tr("deleting snapshot %1 of %2").arg(name, scope.describe()),
        &parseOperation);
    call->setQuery(QUrlQuery{ { u"wait"_s, u"true"_s } });
    return call;
}

SnapshotDownload *QdrantClient::downloadSnapshot(
    const SnapshotScope &scope, const QString &name, const QString &outputFolder, const QString &expectedSha256) const
{
    return new SnapshotDownload(m_network,
        m_endpoint,
        scope.encodedSnapshotsPath() + '/' + encodePathSegment(name),
        outputFolder,
        name,
        expectedSha256,
        tr("downloading snapshot %1 of %2").arg(name, scope.describe()));
}

SnapshotDownload *QdrantClient::streamShardSnapshot(
    const QString &collection, int shardId, const QString &outputFolder, const QString &fileName) const
{
    return new SnapshotDownload(m_network,
        m_endpoint,
        collectionPath(collection) + "/shards/"_ba + QByteArray::number(shardId) + "/snapshot"_ba,
        outputFolder,
        fileName,
        QString(),
        tr("streaming a snapshot of %1").arg(SnapshotScope::forShard(collection, shardId).describe()));
}

SnapshotUpload *QdrantClient::uploadSnapshot(
    const SnapshotScope &scope, const QString &filePath, const SnapshotUploadOptions &options) const
{
    return new SnapshotUpload(m_network,
        m_endpoint,
        scope,
        filePath,
        options,
        tr("uploading %1 to %2").arg(QFileInfo(filePath).fileName(), scope.describe()));
}

ApiCall<OperationOutcome> *QdrantClient::recoverSnapshot(
    const SnapshotScope &scope, const RecoverOptions &options) const
{
    auto *call = new ApiCall<OperationOutcome>(m_network,
        m_endpoint,
        ApiRequest::Method::Put,
        scope.encodedSnapshotsPath() + "/recover"_ba,
        tr("restoring %1 from %2").arg(scope.describe(), options.location.toString(QUrl::RemoveUserInfo)),
        &parseOperation);
    QJsonObject body{ { u"location"_s, options.location.toString(QUrl::FullyEncoded) } };
    const QString priority = toQueryValue(options.priority);
    if (!priority.isEmpty())
        body.insert(u"priority"_s, priority);
    if (!options.sha256.isEmpty())
        body.insert(u"checksum"_s, options.sha256.toLower());
    if (!options.sourceApiKey.isEmpty())
        body.insert(u"api_key"_s, options.sourceApiKey);
    call->setJsonBody(QJsonDocument(body).toJson(QJsonDocument::Compact));
    call->setQuery(QUrlQuery{ { u"wait"_s, options.wait ? u"true"_s : u"false"_s } });
    // Recovery happens before the answer: as silent and as long as creation.
    call->setStallTimeout(0);
    return call;
}

} // namespace Snapdock
