// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/DownloadJob.h"

#include "cli/SnapshotOrder.h"
#include "core/storage/SnapshotName.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock::Cli {

DownloadJob::DownloadJob(const QdrantClient &client, DownloadRequest request, QObject *parent)
    : Job(parent)
    , m_client(client)
    , m_request(std::move(request))
{}

void DownloadJob::run()
{
    m_metadata.kind = m_request.scope.kindName();
    m_metadata.host = SnapshotMetadata::credentialFreeHost(m_client.endpoint().displayUrl());
    m_metadata.collection = m_request.scope.collection;
    m_metadata.backupStartedAt = QDateTime::currentDateTimeUtc();
    m_metadata.toolVersion = QStringLiteral(SNAPDOCK_VERSION_STRING);
    m_result.collection = m_request.scope.collection;

    setStage(tr("reading the server version"));
    runStep(m_client.serverInfo(), [this](ApiCall<ServerInfo> &call) {
        const Result<ServerInfo> info = call.result();
        if (!info) {
            failWith(info.error());
            return;
        }
        m_metadata.serverVersion = info->version;
        m_metadata.serverCommit = info->commit;
        if (m_request.scope.kind == SnapshotScope::Kind::FullStorage)
            listSnapshots();
        else
            readCollection();
    });
}

void DownloadJob::readCollection()
{
    setStage(tr("reading the collection's settings"));
    runStep(m_client.collectionInfo(m_request.scope.collection), [this](ApiCall<CollectionInfo> &call) {
        const Result<CollectionInfo> info = call.result();
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

void DownloadJob::readAliases()
{
    setStage(tr("reading the collection's aliases"));
    runStep(m_client.collectionAliases(m_request.scope.collection), [this](ApiCall<QList<AliasDescription>> &call) {
        const Result<QList<AliasDescription>> aliases = call.result();
        if (!aliases) {
            // Aliases are informational; a server or proxy that refuses them must not stop the download.
            addWarning(tr("could not read the aliases: %1").arg(aliases.error().userMessage()));
        } else {
            for (const AliasDescription &alias : *aliases)
                m_metadata.aliases.append(alias.aliasName);
        }
        listSnapshots();
    });
}

void DownloadJob::listSnapshots()
{
    setStage(tr("listing snapshots"));
    runStep(m_client.listSnapshots(m_request.scope), [this](ApiCall<QList<SnapshotDescription>> &call) {
        const Result<QList<SnapshotDescription>> snapshots = call.result();
        if (!snapshots) {
            failWith(snapshots.error());
            return;
        }
        std::optional<SnapshotDescription> chosen;
        if (m_request.snapshotName.isEmpty()) {
            chosen = latestSnapshot(*snapshots);
            if (!chosen) {
                failWith(Error::make(ErrorKind::NotFound, tr("%1 has no snapshots").arg(m_request.scope.describe())));
                return;
            }
        } else {
            for (const SnapshotDescription &snapshot : *snapshots) {
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
        download(*chosen);
    });
}

void DownloadJob::download(const SnapshotDescription &snapshot)
{
    setStage(tr("downloading"));
    m_result.snapshotName = snapshot.name;
    runStep(m_client.downloadSnapshot(m_request.scope, snapshot.name, m_request.outputFolder, snapshot.checksum),
        [this, snapshot](SnapshotDownload &request) {
            const Result<DownloadedSnapshot> file = request.result();
            if (!file) {
                failWith(file.error());
                return;
            }
            writeMetadata(snapshot, *file);
        });
}

void DownloadJob::writeMetadata(const SnapshotDescription &snapshot, const DownloadedSnapshot &file)
{
    setStage(tr("writing metadata"));
    m_metadata.snapshotName = snapshot.name;
    m_metadata.fileName = QFileInfo(file.path).fileName();
    m_metadata.size = file.size;
    m_metadata.sha256 = file.sha256;
    m_metadata.serverChecksum = snapshot.checksum;
    m_metadata.serverCreationTime = snapshot.creationTime;
    m_metadata.backupFinishedAt = QDateTime::currentDateTimeUtc();
    const QString metadataPath = SnapshotMetadata::metadataPathFor(file.path);
    if (auto written = m_metadata.writeTo(metadataPath); !written) {
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
    succeed();
}

} // namespace Snapdock::Cli
