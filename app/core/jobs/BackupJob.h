// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jobs/Job.h"
#include "core/qdrant/QdrantClient.h"
#include "core/storage/SnapshotMetadata.h"

#include <QSet>

#include <functional>
#include <optional>

namespace Snapdock {

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

protected:
    void run() override;

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
};

} // namespace Snapdock
