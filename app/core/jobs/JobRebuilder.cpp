// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jobs/JobRebuilder.h"

#include "core/history/HistoryRecord.h"
#include "core/qdrant/QdrantClient.h"
#include "core/support/Translation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

namespace {

QString tr(const char *text)
{
    return translateWithFallback("Snapdock::JobRebuilder", text);
}

// The request's JSON keys: the journal's format, read back by a later (maybe newer) Snapdock.
constexpr auto SCOPE = "scope"_L1;
constexpr auto COLLECTION = "collection"_L1;
constexpr auto SHARD_ID = "shardId"_L1;
constexpr auto OUTPUT_FOLDER = "outputFolder"_L1;
constexpr auto DELETE_FROM_SERVER = "deleteFromServer"_L1;
constexpr auto SOURCE = "source"_L1;
constexpr auto SNAPSHOT_NAME = "snapshotName"_L1;
constexpr auto SNAPSHOT_FILE = "snapshotFile"_L1;
constexpr auto TARGET = "target"_L1;
constexpr auto PRIORITY = "priority"_L1;
constexpr auto KEEP_UPLOADED = "keepUploaded"_L1;
constexpr auto TRANSPORT = "transport"_L1;
constexpr auto AUTH_SCHEME = "authScheme"_L1;
constexpr auto CA_FILE = "caCertificatesFile"_L1;
constexpr auto PINNED_SHA256 = "pinnedSha256"_L1;
constexpr auto ALLOW_PLAIN_HTTP = "allowKeyOverPlainHttp"_L1;

QString sourceName(BackupRequest::Source source)
{
    switch (source) {
    case BackupRequest::Source::CreateNew:
        return u"create"_s;
    case BackupRequest::Source::ExistingByName:
        return u"existing"_s;
    case BackupRequest::Source::ExistingLatest:
        return u"latest"_s;
    }
    return {};
}

std::optional<BackupRequest::Source> sourceFromName(const QString &name)
{
    for (const auto source : { BackupRequest::Source::CreateNew,
             BackupRequest::Source::ExistingByName,
             BackupRequest::Source::ExistingLatest }) {
        if (sourceName(source) == name)
            return source;
    }
    return std::nullopt;
}

// The settings needed to reach the server again that are not secret. Never the key.
QJsonObject transportToJson(const ServerEndpoint &endpoint)
{
    return QJsonObject{
        { AUTH_SCHEME, endpoint.authScheme == AuthScheme::Bearer ? u"bearer"_s : u"api-key"_s },
        { CA_FILE, endpoint.caCertificatesFile },
        { PINNED_SHA256, QString::fromLatin1(endpoint.pinnedCertificateSha256) },
        { ALLOW_PLAIN_HTTP, endpoint.allowKeyOverPlainHttp },
    };
}

PendingJob describe(JobKind kind, const ServerEndpoint &endpoint, const QString &collection, const QString &title)
{
    PendingJob job;
    job.kind = kind;
    job.host = HistoryRecord::credentialFreeHost(endpoint.displayUrl());
    job.collection = collection;
    job.title = title;
    return job;
}

QString absolute(const QString &path)
{
    return path.isEmpty() ? path : QFileInfo(path).absoluteFilePath();
}

Error unreadable(const PendingJob &job, const QString &what)
{
    return Error::make(ErrorKind::InvalidArgument,
        tr("job %1 cannot be resumed: the journal's record of it lacks %2").arg(job.id).arg(what));
}

} // namespace

PendingJob JobRebuilder::describeBackup(JobKind kind, const BackupRequest &request, const ServerEndpoint &endpoint)
{
    const SnapshotScope &scope = request.scope;
    const bool full = scope.kind == SnapshotScope::Kind::FullStorage;
    QString title;
    if (kind == JobKind::Download)
        title = full ? tr("Download a full-storage snapshot") : tr("Download a snapshot of %1").arg(scope.collection);
    else
        title = full ? tr("Back up the full storage") : tr("Back up %1").arg(scope.collection);
    PendingJob job = describe(kind, endpoint, scope.collection, title);
    QJsonObject json{
        { SCOPE, scope.kindName() },
        { COLLECTION, scope.collection },
        { OUTPUT_FOLDER, absolute(request.outputFolder) },
        { DELETE_FROM_SERVER, request.deleteFromServerAfterDownload },
        { SOURCE, sourceName(request.source) },
        { SNAPSHOT_NAME, request.snapshotName },
        { TRANSPORT, transportToJson(endpoint) },
    };
    if (scope.kind == SnapshotScope::Kind::Shard)
        json.insert(SHARD_ID, scope.shardId);
    job.request = json;
    return job;
}

PendingJob JobRebuilder::describeRestore(const RestoreRequest &request, const ServerEndpoint &endpoint)
{
    PendingJob job = describe(JobKind::Restore, endpoint, request.collection, tr("Restore %1").arg(request.collection));
    job.request = QJsonObject{
        { SNAPSHOT_FILE, absolute(request.snapshotFile) },
        { COLLECTION, request.collection },
        { TARGET, request.target == RestoreTarget::CreateNew ? u"new"_s : u"existing"_s },
        { PRIORITY, toQueryValue(request.priority) },
        { KEEP_UPLOADED, request.keepUploadedCopy },
        { TRANSPORT, transportToJson(endpoint) },
    };
    return job;
}

QString JobRebuilder::targetFile(const PendingJob &job)
{
    if (job.kind == JobKind::Restore)
        return job.request.value(SNAPSHOT_FILE).toString();
    const QString part = job.checkpoint.partPath;
    if (part.endsWith(".part"_L1))
        return part.chopped(5);
    return job.request.value(OUTPUT_FOLDER).toString();
}

Result<ServerEndpoint> JobRebuilder::endpointFor(const PendingJob &job, const ServerEndpoint &base)
{
    const QUrl url(job.host, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != "http"_L1 && url.scheme() != "https"_L1))
        return fail(Error::make(ErrorKind::InvalidArgument,
            tr("job %1 cannot be resumed: its host \"%2\" is not an http:// or https:// URL")
                .arg(job.id)
                .arg(job.host)));
    ServerEndpoint endpoint = base;
    endpoint.baseUrl = url;
    const QJsonObject transport = job.request.value(TRANSPORT).toObject();
    endpoint.authScheme =
        transport.value(AUTH_SCHEME).toString() == "bearer"_L1 ? AuthScheme::Bearer : AuthScheme::ApiKeyHeader;
    if (endpoint.caCertificatesFile.isEmpty())
        endpoint.caCertificatesFile = transport.value(CA_FILE).toString();
    if (endpoint.pinnedCertificateSha256.isEmpty())
        endpoint.pinnedCertificateSha256 =
            ServerEndpoint::normalizedFingerprint(transport.value(PINNED_SHA256).toString().toLatin1());
    endpoint.allowKeyOverPlainHttp = base.allowKeyOverPlainHttp || transport.value(ALLOW_PLAIN_HTTP).toBool();
    return endpoint;
}

Result<BackupRequest> JobRebuilder::backupRequest(const PendingJob &job)
{
    const QJsonObject &json = job.request;
    BackupRequest request;
    const QString scope = json.value(SCOPE).toString();
    const QString collection = json.value(COLLECTION).toString();
    if (scope == "full"_L1) {
        request.scope = SnapshotScope::fullStorage();
    } else if (scope == "collection"_L1 && !collection.isEmpty()) {
        request.scope = SnapshotScope::forCollection(collection);
    } else if (scope == "shard"_L1 && !collection.isEmpty() && json.value(SHARD_ID).toInt(-1) >= 0) {
        request.scope = SnapshotScope::forShard(collection, json.value(SHARD_ID).toInt());
    } else {
        return fail(unreadable(job, tr("the collection")));
    }
    request.outputFolder = json.value(OUTPUT_FOLDER).toString();
    if (request.outputFolder.isEmpty())
        return fail(unreadable(job, tr("the output folder")));
    const std::optional<BackupRequest::Source> source = sourceFromName(json.value(SOURCE).toString());
    if (!source)
        return fail(unreadable(job, tr("where the snapshot comes from")));
    request.source = *source;
    request.snapshotName = json.value(SNAPSHOT_NAME).toString();
    if (request.source == BackupRequest::Source::ExistingByName && request.snapshotName.isEmpty())
        return fail(unreadable(job, tr("the snapshot name")));
    request.deleteFromServerAfterDownload = json.value(DELETE_FROM_SERVER).toBool();
    return request;
}

Result<RestoreRequest> JobRebuilder::restoreRequest(const PendingJob &job)
{
    const QJsonObject &json = job.request;
    RestoreRequest request;
    request.snapshotFile = json.value(SNAPSHOT_FILE).toString();
    request.collection = json.value(COLLECTION).toString();
    if (request.snapshotFile.isEmpty())
        return fail(unreadable(job, tr("the snapshot file")));
    if (request.collection.isEmpty())
        return fail(unreadable(job, tr("the target collection")));
    const QString target = json.value(TARGET).toString();
    if (target != "new"_L1 && target != "existing"_L1)
        return fail(unreadable(job, tr("the kind of target")));
    request.target = target == "new"_L1 ? RestoreTarget::CreateNew : RestoreTarget::ReplaceExisting;
    const std::optional<SnapshotPriority> priority = snapshotPriorityFromString(json.value(PRIORITY).toString());
    if (!priority)
        return fail(unreadable(job, tr("the priority")));
    request.priority = *priority;
    request.keepUploadedCopy = json.value(KEEP_UPLOADED).toBool();
    return request;
}

Result<std::unique_ptr<Job>> JobRebuilder::rebuild(const PendingJob &job, const QdrantClient &client)
{
    switch (job.kind) {
    case JobKind::Backup:
    case JobKind::Download: {
        Result<BackupRequest> request = backupRequest(job);
        if (!request)
            return fail(request.error());
        auto backup = std::make_unique<BackupJob>(client, std::move(*request));
        backup->resumeFrom(job.checkpoint);
        return std::unique_ptr<Job>(std::move(backup));
    }
    case JobKind::Restore: {
        Result<RestoreRequest> request = restoreRequest(job);
        if (!request)
            return fail(request.error());
        auto restore = std::make_unique<RestoreJob>(client, std::move(*request));
        restore->setRerunOfInterrupted(true);
        return std::unique_ptr<Job>(std::move(restore));
    }
    case JobKind::Upload:
    case JobKind::Delete:
    case JobKind::Verify:
        break;
    }
    return fail(Error::make(ErrorKind::InvalidArgument,
        tr("job %1 cannot be resumed: this version cannot resume %2 jobs").arg(job.id).arg(jobKindName(job.kind))));
}

} // namespace Snapdock
