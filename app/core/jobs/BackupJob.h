// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jobs/DownloadCheckpoint.h"
#include "core/jobs/Job.h"
#include "core/qdrant/QdrantClient.h"
#include "core/storage/SnapshotMetadata.h"

#include <QPointer>
#include <QSet>

#include <functional>
#include <optional>

namespace Snapdock {

class Clock;
class PrefixHashTask;

struct BackupRequest
{
    // Where the snapshot comes from: a new one made now, or one already on the server.
    enum class Source
    {
        CreateNew,
        ExistingByName, // `snapshotName`
        ExistingLatest, // the newest listed snapshot, not counting copies left by Snapdock's uploads
    };

    SnapshotScope scope; // a collection, or the full storage
    QString outputFolder; // created if missing
    bool deleteFromServerAfterDownload = false; // leave no copy on the server's disk
    Source source = Source::CreateNew;
    QString snapshotName{}; // for ExistingByName (braces: aggregate initialisation may leave it out)
};

struct BackupResult
{
    QString collection; // empty for a full-storage backup
    QString snapshotName;
    QString filePath;
    QString metadataPath;
    qint64 size = 0;
    QString sha256;
    bool matchedServerChecksum = false;
    SnapshotMetadata metadata;
};

// Backs up one collection (or the full storage): reads the server version, the collection's config and
// aliases, creates a snapshot on the server (or picks one already there), downloads and verifies it, and
// writes the metadata file next to it. Nothing is left under the final file name unless every step succeeded.
//
// Surviving a bad network (see Job for the retry rules):
// - A download cut off or stalled is resumed from the bytes already in NAME.part (Range + If-Range), or
//   restarted from zero when the server cannot resume. The .part is kept only between attempts: when the
//   job fails or is cancelled, it is removed, so a failed backup leaves no file behind.
// - A snapshot creation that loses its answer is not simply repeated, because Qdrant keeps creating after
//   the client is gone: the job lists the snapshots first, and adopts one that appeared since it started
//   (polling a bounded while for it) before it asks for another.
// - Before a download, the output folder's free space must hold the listed size, or it fails with
//   LocalDiskFull before a byte is fetched.
//
// Surviving a crash or kill of the process: when a download begins its body the job emits
// downloadCheckpointChanged() so that the job journal can record where it stands; a job built later from that
// checkpoint (resumeFrom()) continues the download from the .part the killed process left.
class BackupJob final : public Job
{
    Q_OBJECT

public:
    // `client` must outlive the job.
    BackupJob(const QdrantClient &client, BackupRequest request, QObject *parent = nullptr);

    [[nodiscard]] const BackupRequest &request() const { return m_request; }
    // Only meaningful after finished() with state() == Succeeded.
    [[nodiscard]] const BackupResult &result() const { return m_result; }

    // Bytes free in a folder; PartFile::availableSpace() unless replaced (tests simulate a full disk).
    using FreeSpaceProbe = std::function<Result<qint64>(const QString &folder)>;
    void setFreeSpaceProbe(FreeSpaceProbe probe) { m_freeSpaceProbe = std::move(probe); }
    // Before start(): where the metadata's backup times come from (a scheduled run's clock, which retention later
    // reads); nullptr, the default, is the system time. Not owned; must outlive the job.
    void setClock(const Clock *clock) { m_clock = clock; }

    // Before start(): continue a backup that an earlier process did not finish. With a snapshot name in `checkpoint`
    // the job downloads that snapshot instead of creating one: if its .part is still there, its bytes are hashed on
    // a worker thread and the download continues after them (Range + If-Range; a server that sends the whole file
    // instead makes it start over), and the final SHA-256 still covers the whole file. If the snapshot is gone from
    // the server the job fails with NotFound and removes the .part. An invalid checkpoint (the process died before a
    // download began) changes nothing: the job runs from the start.
    void resumeFrom(const DownloadCheckpoint &checkpoint);
    // Where the current download stands; invalid until a download begins its body.
    [[nodiscard]] DownloadCheckpoint downloadCheckpoint() const { return m_checkpoint; }

Q_SIGNALS:
    // A download began its body (once per attempt): downloadCheckpoint() is new.
    void downloadCheckpointChanged();

protected:
    void run() override;
    void cancelLocalWork() override;

private:
    void readCollection();
    void readAliases();
    void createSnapshot();
    void requestCreation();
    void findCreatedSnapshot(bool mayStillAppear, int pollsDone);
    void adoptSnapshot(const SnapshotDescription &snapshot);
    void pickExistingSnapshot();
    // Lists the scope's snapshots (retried like every step) and hands them on; a final failure fails the job.
    void listSnapshots(std::function<void(const QList<SnapshotDescription> &)> onListed);
    [[nodiscard]] VoidResult checkFreeSpace(const SnapshotDescription &snapshot);
    void download(const SnapshotDescription &snapshot);
    // The first download of a resumed job: hashes the kept .part, then continues it (or starts over without one).
    void continueInterruptedDownload(const SnapshotDescription &snapshot, const DownloadCheckpoint &checkpoint);
    void writeMetadata(const DownloadedSnapshot &file);
    void deleteServerCopy();

    const QdrantClient &m_client;
    BackupRequest m_request;
    BackupResult m_result;
    SnapshotMetadata m_metadata;
    FreeSpaceProbe m_freeSpaceProbe;
    QSet<QString> m_namesBeforeCreation; // snapshots that existed before the first creation attempt
    // The .part and hash of an interrupted download, held between attempts; dropping it removes the .part.
    std::optional<DownloadResumePoint> m_resumePoint;
    std::optional<DownloadCheckpoint> m_interrupted; // from resumeFrom(), until the first download takes it
    DownloadCheckpoint m_checkpoint;
    QPointer<PrefixHashTask> m_hashTask;
    const Clock *m_clock = nullptr;
};

} // namespace Snapdock
