// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jobs/Job.h"
#include "core/jobs/RestoreJob.h"
#include "core/qdrant/QdrantClient.h"

#include <QPointer>
#include <QStringList>
#include <QUrl>

namespace Snapdock {

// Everything a person chose in the restore dialog. Plain value; holds a key only in `sourceApiKey` (memory only,
// sent by the server to its own download URL), never written anywhere.
struct RestorePlanRequest
{
    enum class Source
    {
        LocalFile, // `snapshotFile` is uploaded (RestoreJob)
        Location, // `location` (http(s):// or file://) is recovered by the server itself
    };

    Source source = Source::LocalFile;
    QString snapshotFile;
    QUrl location;
    QString sourceApiKey;
    QString sha256; // Location only: verified by the server before it touches the collection; may be empty

    QString collection;
    RestoreTarget target = RestoreTarget::CreateNew;
    SnapshotPriority priority = SnapshotPriority::ServerDefault;
    bool keepUploadedCopy = false; // LocalFile only
    // ReplaceExisting only: when set, the collection is first snapshotted and downloaded into this folder, and
    // nothing is restored unless that succeeded.
    QString safetySnapshotFolder;
    QStringList aliases; // re-created on the collection after the restore (collection snapshots drop them)
};

struct RestorePlanResult
{
    QString safetySnapshotPath; // the downloaded safety snapshot, empty when none was taken
    QString uploadName; // LocalFile: the name the file was uploaded under
    QString sha256;
    qint64 size = 0;
    qint64 pointsCount = -1; // after the restore, as the server reports
    QStringList aliasesCreated;
};

// A restore as the dialog plans it, run as one queue job: (1) a safety snapshot of the collection being replaced,
// downloaded with a BackupJob, (2) the restore itself — an upload (RestoreJob) or a recover from a location —,
// (3) the recorded aliases re-created. A failed or cancelled step stops the plan; alias failures only warn.
//
// The safety snapshot's path is announced as a stage line safetySnapshotStage(path) — the HistoryRecorder keeps
// stages as log lines — so that the history can offer "undo this restore" (safetySnapshotFromLog()).
//
// Children: the BackupJob / RestoreJob of the current step is owned by this job and deleted when it ends;
// cancel() cancels it. `client` must outlive the job.
class RestorePlan final : public Job
{
    Q_OBJECT

public:
    RestorePlan(const QdrantClient &client, RestorePlanRequest request, QObject *parent = nullptr);
    ~RestorePlan() override;

    [[nodiscard]] const RestorePlanRequest &request() const { return m_request; }
    // Filled step by step; complete after a success.
    [[nodiscard]] const RestorePlanResult &result() const { return m_result; }

    // The stage text that records a safety snapshot; stable, never translated (the history parses it).
    [[nodiscard]] static QString safetySnapshotStage(const QString &path);
    // The safety snapshot recorded in a job's log texts (HistoryLogEntry::text or log() lines), or empty.
    [[nodiscard]] static QString safetySnapshotFromLog(const QStringList &lines);

protected:
    void run() override;
    void cancelLocalWork() override;

private:
    void takeSafetySnapshot();
    void restore();
    void uploadFile();
    void recoverLocation();
    void readPointsCount();
    void createAliases(int index);
    // Runs `child` as the current step: its stage (prefixed) and progress are forwarded; `onDone` runs when it
    // succeeds, otherwise the plan fails with the child's error (prefixed with `what`).
    void runChild(Job *child, const QString &stagePrefix, const QString &what, std::function<void()> onDone);

    const QdrantClient &m_client;
    RestorePlanRequest m_request;
    RestorePlanResult m_result;
    QPointer<Job> m_child;
};

} // namespace Snapdock
