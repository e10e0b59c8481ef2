// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jobs/BackupJob.h"

#include "core/qdrant/SnapshotOrder.h"
#include "core/storage/PrefixHashTask.h"
#include "core/storage/SnapshotName.h"
#include "core/support/Clock.h"
#include "core/support/Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

namespace {

// Room for the metadata file and the filesystem's own overhead beyond the snapshot itself.
constexpr qint64 FREE_SPACE_MARGIN = 16LL * 1024 * 1024;

QString shownSize(qint64 bytes)
{
    return QLocale::system().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

} // namespace

BackupJob::BackupJob(const QdrantClient &client, BackupRequest request, QObject *parent)
    : Job(parent)
    , m_client(client)
    , m_request(std::move(request))
    , m_freeSpaceProbe(&PartFile::availableSpace)
{
    m_result.collection = m_request.scope.collection;
    // However the job ends, a kept partial download must not outlive it (on success there is none left).
    connect(this, &Job::finished, this, [this] {
        m_resumePoint.reset();
    });
}

void BackupJob::resumeFrom(const DownloadCheckpoint &checkpoint)
{
    Q_ASSERT(state() == State::Queued);
    if (!checkpoint.isValid())
        return;
    // The snapshot the killed process was downloading is still on the server (unless deleted since): take it
    // rather than create another one.
    m_request.source = BackupRequest::Source::ExistingByName;
    m_request.snapshotName = checkpoint.snapshotName;
    m_interrupted = checkpoint;
}

void BackupJob::cancelLocalWork()
{
    if (m_hashTask)
        m_hashTask->cancel();
}

void BackupJob::run()
{
    m_metadata.kind = m_request.scope.kindName();
    m_metadata.host = SnapshotMetadata::credentialFreeHost(m_client.endpoint().displayUrl());
    m_metadata.collection = m_request.scope.collection;
    m_metadata.shardId = m_request.scope.shardId;
    m_metadata.backupStartedAt = m_clock ? m_clock->now() : QDateTime::currentDateTimeUtc();
    m_metadata.toolVersion = QStringLiteral(SNAPDOCK_VERSION_STRING);

    // Before anything is created on the server, make sure the local side can take the file.
    if (!QDir().mkpath(m_request.outputFolder)) {
        failWith(Error::make(ErrorKind::LocalPermissionDenied,
            tr("creating the output folder %1").arg(QDir::toNativeSeparators(m_request.outputFolder))));
        return;
    }

    setStage(tr("reading the server version"));
    auto make = [this] {
        return m_client.serverInfo();
    };
    runRetriedStep(tr("server version request"), make, [this](ApiCall<ServerInfo> &call) {
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
    auto make = [this] {
        return m_client.collectionInfo(m_request.scope.collection);
    };
    runRetriedStep(tr("collection request"), make, [this](ApiCall<CollectionInfo> &call) {
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
    auto make = [this, fullStorage] {
        return fullStorage ? m_client.listAliases() : m_client.collectionAliases(m_request.scope.collection);
    };
    runRetriedStep(tr("alias request"), make, [this](ApiCall<QList<AliasDescription>> &done) {
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

void BackupJob::listSnapshots(std::function<void(const QList<SnapshotDescription> &)> onListed)
{
    setStage(tr("listing snapshots"));
    auto make = [this] {
        return m_client.listSnapshots(m_request.scope);
    };
    runRetriedStep(tr("snapshot listing"),
        make,
        [this, onListed = std::move(onListed)](ApiCall<QList<SnapshotDescription>> &call) {
            auto snapshots = call.result();
            if (!snapshots) {
                failWith(snapshots.error());
                return;
            }
            onListed(*snapshots);
        });
}

void BackupJob::pickExistingSnapshot()
{
    listSnapshots([this](const QList<SnapshotDescription> &listed) {
        std::optional<SnapshotDescription> chosen;
        if (m_request.source == BackupRequest::Source::ExistingLatest) {
            QList<SnapshotDescription> backups;
            for (const SnapshotDescription &snapshot : listed) {
                if (!snapshot.name.startsWith(SnapshotUpload::UPLOAD_NAME_PREFIX))
                    backups.append(snapshot);
            }
            chosen = latestSnapshot(backups);
            if (!chosen) {
                failWith(Error::make(ErrorKind::NotFound, tr("%1 has no snapshots").arg(m_request.scope.describe())));
                return;
            }
        } else {
            for (const SnapshotDescription &snapshot : listed) {
                if (snapshot.name == m_request.snapshotName)
                    chosen = snapshot;
            }
            if (!chosen && m_interrupted) {
                // Its .part can never be completed now.
                if (auto path = SnapshotName::safeLocalPath(m_request.outputFolder, m_request.snapshotName))
                    QFile::remove(*path + u".part"_s);
                Error error = Error::make(ErrorKind::NotFound,
                    tr("resuming the download of snapshot %1 of %2")
                        .arg(SnapshotName::quoted(m_request.snapshotName), m_request.scope.describe()));
                error.hint = tr("The snapshot the interrupted backup was downloading is no longer on the server; run "
                                "the backup again.");
                failWith(error);
                return;
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
    // Remember what exists now: if a creation loses its answer, whatever appears later is ours to adopt.
    listSnapshots([this](const QList<SnapshotDescription> &snapshots) {
        for (const SnapshotDescription &snapshot : snapshots)
            m_namesBeforeCreation.insert(snapshot.name);
        requestCreation();
    });
}

void BackupJob::requestCreation()
{
    setStage(tr("creating the snapshot on the server"));
    runStep(m_client.createSnapshot(m_request.scope), [this](ApiCall<SnapshotDescription> &call) {
        auto snapshot = call.result();
        if (snapshot) {
            resetAttempts(tr("snapshot creation"));
            adoptSnapshot(*snapshot);
            return;
        }
        // Without an HTTP answer the request may well have reached Qdrant, which then goes on creating.
        const bool mayStillAppear = snapshot.error().httpStatus == 0;
        if (retryLater(tr("snapshot creation"), snapshot.error(), [this, mayStillAppear] {
                findCreatedSnapshot(mayStillAppear, 0);
            }))
            return;
        failWith(snapshot.error());
    });
}

void BackupJob::findCreatedSnapshot(bool mayStillAppear, int pollsDone)
{
    setStage(tr("looking for the snapshot the server may have made"));
    auto make = [this] {
        return m_client.listSnapshots(m_request.scope);
    };
    runRetriedStep(
        tr("snapshot listing"), make, [this, mayStillAppear, pollsDone](ApiCall<QList<SnapshotDescription>> &call) {
            auto snapshots = call.result();
            if (!snapshots) {
                failWith(snapshots.error());
                return;
            }
            QList<SnapshotDescription> appeared;
            for (const SnapshotDescription &snapshot : std::as_const(*snapshots)) {
                if (!m_namesBeforeCreation.contains(snapshot.name)
                    && !snapshot.name.startsWith(SnapshotUpload::UPLOAD_NAME_PREFIX))
                    appeared.append(snapshot);
            }
            if (auto found = latestSnapshot(appeared)) {
                noteRecovery(tr("adopted snapshot %1, which the server finished after the connection was lost")
                                 .arg(found->name));
                adoptSnapshot(*found);
                return;
            }
            const RetryPolicy &policy = retryPolicy();
            if (mayStillAppear && pollsDone < policy.creationPollCount) {
                setStage(tr("waiting for the server to finish the snapshot it may be making (check %1 of %2)")
                             .arg(pollsDone + 1)
                             .arg(policy.creationPollCount));
                runAfter(policy.creationPollIntervalMs, [this, pollsDone] {
                    findCreatedSnapshot(true, pollsDone + 1);
                });
                return;
            }
            requestCreation();
        });
}

void BackupJob::adoptSnapshot(const SnapshotDescription &snapshot)
{
    m_result.snapshotName = snapshot.name;
    m_metadata.snapshotName = snapshot.name;
    m_metadata.serverChecksum = snapshot.checksum;
    m_metadata.serverCreationTime = snapshot.creationTime;
    download(snapshot);
}

VoidResult BackupJob::checkFreeSpace(const SnapshotDescription &snapshot)
{
    if (snapshot.size <= 0 || !m_freeSpaceProbe)
        return {}; // S3 storage and old servers may list no size: nothing to compare
    const qint64 alreadyHere = m_resumePoint ? m_resumePoint->offset() : 0;
    const qint64 needed = snapshot.size - alreadyHere + FREE_SPACE_MARGIN;
    auto available = m_freeSpaceProbe(m_request.outputFolder);
    if (!available) {
        // Not knowing is no reason to refuse: writing still fails cleanly with LocalDiskFull.
        qCInfo(lcJobs).noquote() << "cannot check free space:" << available.error().userMessage();
        return {};
    }
    if (*available >= needed)
        return {};
    return fail(Error::make(ErrorKind::LocalDiskFull,
        tr("downloading %1 into %2 needs %3, but only %4 is free")
            .arg(snapshot.name,
                QDir::toNativeSeparators(m_request.outputFolder),
                shownSize(needed),
                shownSize(*available))));
}

void BackupJob::continueInterruptedDownload(const SnapshotDescription &snapshot, const DownloadCheckpoint &checkpoint)
{
    auto finalPath = SnapshotName::safeLocalPath(m_request.outputFolder, snapshot.name);
    if (!finalPath) {
        failWith(finalPath.error());
        return;
    }
    auto part = std::make_unique<PartFile>(*finalPath);
    const QFileInfo kept(part->partPath());
    // Another file under the same name would make the kept bytes the start of something else.
    const bool sameFile = checkpoint.expectedSha256.isEmpty() || snapshot.checksum.isEmpty()
        || checkpoint.expectedSha256.compare(snapshot.checksum, Qt::CaseInsensitive) == 0;
    if (!kept.isFile() || kept.size() == 0 || checkpoint.validator.isEmpty() || !sameFile) {
        noteRecovery(tr("the interrupted download of %1 had to start again from the beginning").arg(snapshot.name));
        download(snapshot); // opens the .part afresh, replacing whatever is there
        return;
    }
    VoidResult opened = part->open(PartFile::OpenMode::Append);
    if (!opened) {
        failWith(opened.error());
        return;
    }
    const qint64 keptBytes = part->size();
    setStage(tr("checking the %1 of %2 downloaded before the interruption").arg(shownSize(keptBytes), snapshot.name));
    auto *task = new PrefixHashTask(part->partPath(), keptBytes, this);
    m_hashTask = task;
    connect(task, &PrefixHashTask::progressChanged, this, &Job::progressChanged);
    // Held by the handler until the hash is known; dropping it (cancel, failure) removes the .part.
    auto held = std::make_shared<std::unique_ptr<PartFile>>(std::move(part));
    connect(task, &PrefixHashTask::finished, this, [this, task, held, checkpoint, snapshot] {
        task->deleteLater();
        if (isFinished())
            return;
        if (isCancelRequested()) {
            failWith(Error::make(ErrorKind::Cancelled, stage()));
            return;
        }
        Result<Sha256> hash = task->takeResult();
        if (!hash) {
            qCInfo(lcJobs).noquote() << "cannot reuse the kept bytes:" << hash.error().userMessage();
            held->reset();
            noteRecovery(tr("the bytes of the interrupted download of %1 could not be read again, so it started "
                            "again from the beginning")
                             .arg(snapshot.name));
            download(snapshot);
            return;
        }
        DownloadResumePoint point;
        point.partFile = std::move(*held);
        point.hash = std::move(*hash);
        point.validator = checkpoint.validator;
        point.totalSize = checkpoint.totalSize;
        m_resumePoint = std::move(point);
        noteRecovery(tr("continued the download an interrupted run had begun"));
        download(snapshot);
    });
    connect(this, &Job::finished, task, &PrefixHashTask::cancel);
    task->start();
}

void BackupJob::download(const SnapshotDescription &snapshot)
{
    if (m_interrupted) {
        const DownloadCheckpoint checkpoint = *std::exchange(m_interrupted, std::nullopt);
        continueInterruptedDownload(snapshot, checkpoint);
        return;
    }
    VoidResult space = checkFreeSpace(snapshot);
    if (!space) {
        failWith(space.error());
        return;
    }
    auto *attempt =
        m_client.downloadSnapshot(m_request.scope, snapshot.name, m_request.outputFolder, snapshot.checksum);
    attempt->setKeepPartOnFailure(true);
    connect(attempt, &SnapshotDownload::bodyStarted, this, [this, attempt, snapshot] {
        m_checkpoint = DownloadCheckpoint{ snapshot.name,
            attempt->targetPath() + u".part"_s,
            attempt->validator(),
            attempt->totalSize(),
            snapshot.checksum.trimmed().toLower() };
        Q_EMIT downloadCheckpointChanged();
    });
    if (m_resumePoint) {
        const qint64 offset = m_resumePoint->offset();
        setStage(tr("downloading %1, resuming at %2").arg(snapshot.name, shownSize(offset)));
        noteRecovery(tr("download resumed at %1 of %2").arg(shownSize(offset), shownSize(m_resumePoint->totalSize)));
        attempt->resumeFrom(std::move(*m_resumePoint));
        m_resumePoint.reset();
    } else {
        setStage(tr("downloading %1").arg(snapshot.name));
    }
    runStep(attempt, [this, snapshot](SnapshotDownload &done) {
        if (done.restartedFromZero())
            noteRecovery(tr("the server could not resume the download, so it started again from the beginning"));
        auto file = done.result();
        if (file) {
            resetAttempts(tr("download"));
            writeMetadata(*file);
            return;
        }
        const Error error = file.error();
        m_resumePoint = done.takeResumePoint();
        auto again = [this, snapshot] {
            download(snapshot);
        };
        if (error.httpStatus == 416 && done.resumedFrom() > 0) {
            // The kept bytes do not fit the file on the server (it shrank or was replaced): start over.
            m_resumePoint.reset();
            if (restartNow(tr("download"), error, again))
                return;
        } else if (retryLater(tr("download"), error, again)) {
            return;
        }
        m_resumePoint.reset();
        failWith(error);
    });
}

void BackupJob::writeMetadata(const DownloadedSnapshot &file)
{
    setStage(tr("writing the metadata file"));
    m_metadata.fileName = QFileInfo(file.path).fileName();
    m_metadata.size = file.size;
    m_metadata.sha256 = file.sha256;
    m_metadata.backupFinishedAt = m_clock ? m_clock->now() : QDateTime::currentDateTimeUtc();
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
