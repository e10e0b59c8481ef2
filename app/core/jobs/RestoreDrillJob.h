// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jobs/DrillReport.h"
#include "core/jobs/Job.h"
#include "core/qdrant/QdrantClient.h"

#include <QDateTime>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <optional>

namespace Snapdock {

class RestoreJob;

struct RestoreDrillRequest
{
    QString snapshotFile; // a local collection snapshot with its "<file>.snapdock.json" next to it
    QDateTime startedAt; // names the scratch collection (UTC); invalid: the time run() begins
    SnapshotPriority priority = SnapshotPriority::ServerDefault;
};

// "Verify by restoring": restores a backup into a scratch collection `<collection>__snapdock_verify_<UTC time>` on
// the client's server (a RestoreJob: upload with checksum, the uploaded copy deleted), reads the scratch collection
// and compares it with the metadata recorded at backup time (DrillReport::compare), then deletes the scratch
// collection.
//
// The delete ALWAYS runs once the restore was started — after a pass, a mismatch, a failure and a cancel alike —
// except when the restore found a collection of that name already there (it is not ours to delete). cancel() stops
// the restore or the read, then still deletes before finished(); a cancel during the delete does not interrupt it.
// If the delete fails, report().scratchRemoved is false and a warning names the scratch collection so that a
// person can remove it by hand.
//
// Outcome: Succeeded only when every check passed and the scratch collection is gone. A mismatch fails with
// ErrorKind::InvalidSnapshot (report().checks tell which); a failed restore or read fails with its own error; a
// cancel finishes Cancelled. report() is meaningful after finished() in every case.
//
// Children: the RestoreJob of the restore step is owned by this job (deleted when it ends). `client` must outlive the
// job. Requests of the read and delete steps are this job's own, not Job steps, so that cancel() cannot skip the
// delete.
class RestoreDrillJob final : public Job
{
    Q_OBJECT

public:
    static constexpr QStringView SCRATCH_MARKER = u"__snapdock_verify_";
    // Qdrant's limit for collection names (StrictCollectionPath, applied to uploads): 1-255 characters.
    static constexpr int MAX_COLLECTION_NAME_LENGTH = 255;

    RestoreDrillJob(const QdrantClient &client, RestoreDrillRequest request, QObject *parent = nullptr);
    ~RestoreDrillJob() override;

    [[nodiscard]] const RestoreDrillRequest &request() const { return m_request; }
    [[nodiscard]] const DrillReport &report() const { return m_report; }

    // `<collection>__snapdock_verify_<yyyyMMddTHHmmss UTC>`. Characters Qdrant refuses in upload paths
    // (< > : " / \ | ? * and control characters) become '_', and the collection part is shortened so that the whole
    // name stays within MAX_COLLECTION_NAME_LENGTH characters. Fails for an empty collection or an invalid time.
    [[nodiscard]] static Result<QString> scratchNameFor(const QString &collection, const QDateTime &at);
    // True for names scratchNameFor() makes: such collections are a drill's leftovers, never real data.
    [[nodiscard]] static bool isScratchName(const QString &collection);

protected:
    void run() override;
    void cancelLocalWork() override;

private:
    void restore();
    void onRestoreFinished();
    void readScratch();
    void removeScratch();
    void confirmRemoved(const Error &deleteError);
    void finishDrill();
    // Sends the request `make()` builds, again after a backoff while the retry policy allows, and calls `done` with
    // the last attempt (deleted afterwards). With `cancellable`, cancel() aborts it (done then sees Cancelled).
    template <typename Request>
    void send(const QString &what,
        std::function<Request *()> make,
        std::function<void(Request &)> done,
        bool cancellable,
        int attempt = 1);

    const QdrantClient &m_client;
    RestoreDrillRequest m_request;
    DrillReport m_report;
    std::optional<SnapshotMetadata> m_metadata;
    QPointer<RestoreJob> m_restore;
    QPointer<ApiRequest> m_pending; // the read or delete in flight
    bool m_pendingCancellable = false;
    QTimer m_retryTimer;
    std::function<void()> m_afterRetryWait;
    bool m_scratchMayExist = false; // the restore was started and did not find the name taken
    bool m_cleaningUp = false;
    std::optional<Error> m_failure; // why the drill stopped before comparing (Cancelled included)
    std::optional<Error> m_cleanupError; // why the scratch collection could not be removed
};

} // namespace Snapdock
