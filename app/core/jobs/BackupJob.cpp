// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jobs/BackupJob.h"

#include "core/qdrant/SnapshotOrder.h"
#include "core/storage/SnapshotName.h"
#include "core/support/Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

BackupJob::BackupJob(const QdrantClient &client, BackupRequest request, QObject *parent)
    : Job(parent)
    , m_client(client)
    , m_request(std::move(request))
{
    m_result.collection = m_request.scope.collection;
}

void BackupJob::run()
{
    m_metadata.kind = m_request.scope.kindName();
    m_metadata.host = SnapshotMetadata::credentialFreeHost(m_client.endpoint().displayUrl());
    m_metadata.collection = m_request.scope.collection;
    m_metadata.shardId = m_request.scope.shardId;
    m_metadata.backupStartedAt = QDateTime::currentDateTimeUtc();
    m_metadata.toolVersion = QStringLiteral(SNAPDOCK_VERSION_STRING);

    // Before anything is created on the server, make sure the local side can take the file.
    if (!QDir().mkpath(m_request.outputFolder)) {
        failWith(Error::make(ErrorKind::LocalPermissionDenied,
            tr("creating the output folder %1").arg(QDir::toNativeSeparators(m_request.outputFolder))));
        return;
    }

    setStage(tr("reading the server version"));
    runStep(m_client.serverInfo(), [this](ApiCall<ServerInfo> &call) {
        auto info = call.result();
        if (!info) {
            failWith(info.error());
            return;
        }
        // Qdrant archives do not record the server version; restores need it to judge compatibility.
        m_metadata.serverVersion = info->version;
        m_metadata.serverCommit = info->commit;
        if (m_request.scope.kind == SnapshotScope::Kind::FullStorage)
            readAliases();
        else
            readCollection();
    });
}

void BackupJob::readCollection()
{
    setStage(tr("reading the collection's configuration"));
    runStep(m_client.collectionInfo(m_request.scope.collection), [this](ApiCall<CollectionInfo> &call) {
        auto info = call.result();
        if (!info) {
            failWith(info.error());
            return;
        }
        m_metadata.pointsCount = info->pointsCount;
        m_metadata.vectors = info->vectors;
        m_metadata.sparseVectors = info->sparseVectors;
        m_metadata.shardNumber = info->shardNumber;
        m_metadata.replicationFactor = info->replicationFactor;
        m_metadata.payloadSchema = info->payloadSchema;
        readAliases();
    });
}

void BackupJob::readAliases()
{
    setStage(tr("reading aliases"));
    const bool fullStorage = m_request.scope.kind == SnapshotScope::Kind::FullStorage;
    auto *call = fullStorage ? m_client.listAliases() : m_client.collectionAliases(m_request.scope.collection);
    runStep(call, [this](ApiCall<QList<AliasDescription>> &done) {
        auto aliases = done.result();
        if (aliases) {
            for (const AliasDescription &alias : *aliases)
                m_metadata.aliases.append(alias.aliasName);
        } else {
            // Aliases are a convenience for the restore; losing them must not lose the backup.
            addWarning(tr("The aliases could not be read: %1").arg(aliases.error().userMessage()));
        }
        if (m_request.source == BackupRequest::Source::CreateNew)
            createSnapshot();
        else
            pickExistingSnapshot();
    });
}

void BackupJob::pickExistingSnapshot()
{
    setStage(tr("listing snapshots"));
    runStep(m_client.listSnapshots(m_request.scope), [this](ApiCall<QList<SnapshotDescription>> &call) {
        auto snapshots = call.result();
        if (!snapshots) {
            failWith(snapshots.error());
            return;
        }
        std::optional<SnapshotDescription> chosen;
        if (m_request.source == BackupRequest::Source::ExistingLatest) {
            QList<SnapshotDescription> backups;
            for (const SnapshotDescription &snapshot : std::as_const(*snapshots)) {
                if (!snapshot.name.startsWith(SnapshotUpload::UPLOAD_NAME_PREFIX))
                    backups.append(snapshot);
            }
            chosen = latestSnapshot(backups);
            if (!chosen) {
                failWith(Error::make(ErrorKind::NotFound, tr("%1 has no snapshots").arg(m_request.scope.describe())));
                return;
            }
        } else {
            for (const SnapshotDescription &snapshot : std::as_const(*snapshots)) {
                if (snapshot.name == m_request.snapshotName)
                    chosen = snapshot;
            }
            if (!chosen) {
                failWith(Error::make(ErrorKind::NotFound,
                    tr("snapshot %1 of %2")
                        .arg(SnapshotName::quoted(m_request.snapshotName), m_request.scope.describe())));
                return;
            }
        }
        m_result.snapshotName = chosen->name;
        m_metadata.snapshotName = chosen->name;
        m_metadata.serverChecksum = chosen->checksum;
        m_metadata.serverCreationTime = chosen->creationTime;
        download(*chosen);
    });
}

void BackupJob::createSnapshot()
{
    setStage(tr("creating the snapshot on the server"));
    runStep(m_client.createSnapshot(m_request.scope), [this](ApiCall<SnapshotDescription> &call) {
        auto snapshot = call.result();
        if (!snapshot) {
            failWith(snapshot.error());
            return;
        }
        m_result.snapshotName = snapshot->name;
        m_metadata.snapshotName = snapshot->name;
        m_metadata.serverChecksum = snapshot->checksum;
        m_metadata.serverCreationTime = snapshot->creationTime;
        download(*snapshot);
    });
}

void BackupJob::download(const SnapshotDescription &snapshot)
{
    setStage(tr("downloading %1").arg(snapshot.name));
    auto *download =
        m_client.downloadSnapshot(m_request.scope, snapshot.name, m_request.outputFolder, snapshot.checksum);
    runStep(download, [this](SnapshotDownload &done) {
        auto file = done.result();
        if (!file) {
            failWith(file.error());
            return;
        }
        writeMetadata(*file);
    });
}

void BackupJob::writeMetadata(const DownloadedSnapshot &file)
{
    setStage(tr("writing the metadata file"));
    m_metadata.fileName = QFileInfo(file.path).fileName();
    m_metadata.size = file.size;
    m_metadata.sha256 = file.sha256;
    m_metadata.backupFinishedAt = QDateTime::currentDateTimeUtc();
    const QString metadataPath = SnapshotMetadata::metadataPathFor(file.path);
    VoidResult written = m_metadata.writeTo(metadataPath);
    if (!written) {
        // A snapshot without its metadata would look like a finished backup: take it back.
        QFile::remove(file.path);
        failWith(written.error());
        return;
    }
    m_result.filePath = file.path;
    m_result.metadataPath = metadataPath;
    m_result.size = file.size;
    m_result.sha256 = file.sha256;
    m_result.matchedServerChecksum = file.matchedServerChecksum;
    m_result.metadata = m_metadata;
    if (m_request.deleteFromServerAfterDownload)
        deleteServerCopy();
    else
        succeed();
}

void BackupJob::deleteServerCopy()
{
    setStage(tr("deleting the snapshot from the server"));
    runStep(m_client.deleteSnapshot(m_request.scope, m_result.snapshotName), [this](ApiCall<OperationOutcome> &call) {
        auto outcome = call.result();
        if (!outcome)
            addWarning(tr("The snapshot stays on the server: %1").arg(outcome.error().userMessage()));
        succeed();
    });
}

} // namespace Snapdock
