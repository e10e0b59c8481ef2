// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jobs/Job.h"
#include "core/qdrant/QdrantClient.h"
#include "core/storage/SnapshotMetadata.h"

#include <QPointer>

#include <functional>
#include <optional>

namespace Snapdock {

class FileHashTask;

enum class RestoreTarget
{
    ReplaceExisting, // the collection must exist; Qdrant replaces its data
    CreateNew, // the collection must not exist; Qdrant creates it from the snapshot
};

struct RestoreRequest
{
    QString snapshotFile; // a local .snapshot file
    QString collection; // the target collection
    RestoreTarget target = RestoreTarget::ReplaceExisting;
    SnapshotPriority priority = SnapshotPriority::ServerDefault;
    bool keepUploadedCopy = false; // Qdrant keeps the uploaded file in the snapshot list; we delete it by default
};

struct RestoreResult
{
    QString collection;
    QString uploadName;
    bool uploadedCopyDeleted = false;
    qint64 pointsCount = -1; // as the server reports after the restore
    QString sha256; // of the uploaded file, as verified by the server
    qint64 size = 0;
};

// Restores a local snapshot file into a collection by upload: checks the target exists (replace) or not
// (new), refuses a snapshot whose recorded vectors or shard count cannot fit an existing collection before
// sending a byte, sends the file with its SHA-256 as `checksum`, then deletes the copy Qdrant keeps.
//
// Qdrant cannot resume an upload, so one cut off mid-way (connection lost, stall, 5xx) is sent again from
// the start, a bounded number of times, each attempt under a new unique name; a 413 is never retried.
// An attempt whose answer was lost may still have left its copy on the server, so every name the job
// uploaded under is deleted at the end, whether the restore succeeded or not (unless keepUploadedCopy,
// which keeps only the successful one).
class RestoreJob final : public Job
{
    Q_OBJECT

public:
    // `client` must outlive the job.
    RestoreJob(const QdrantClient &client, RestoreRequest request, QObject *parent = nullptr);

    [[nodiscard]] const RestoreRequest &request() const { return m_request; }
    [[nodiscard]] const RestoreResult &result() const { return m_result; }

    // Before start(): this job runs again a restore that an earlier process did not finish. Qdrant cannot resume an
    // upload, so it starts from the beginning; the stage and a warning say so.
    void setRerunOfInterrupted(bool rerun) { m_rerunOfInterrupted = rerun; }

protected:
    void run() override;
    void cancelLocalWork() override;

private:
    void checkServer();
    void checkTarget();
    void checkRestoreAccess(bool targetExists);
    void checkCompatibility();
    void computeChecksum();
    void upload();
    // Deletes the copies of failed attempts (and of the successful one unless it is to be kept), then `next`.
    void deleteUploadedCopies(int index, std::function<void()> next);
    void readFinalState();

    const QdrantClient &m_client;
    RestoreRequest m_request;
    RestoreResult m_result;
    std::optional<SnapshotMetadata> m_metadata; // read from "<file>.snapdock.json" when present
    QPointer<FileHashTask> m_hashTask;
    QStringList m_attemptedUploadNames; // every name an upload attempt sent the file under
    bool m_rerunOfInterrupted = false;
};

} // namespace Snapdock
