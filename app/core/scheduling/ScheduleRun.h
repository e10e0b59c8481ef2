// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jobs/JobId.h"
#include "core/jobs/JobKind.h"
#include "core/profiles/Profile.h"
#include "core/retention/RetentionPolicy.h"
#include "core/scheduling/Schedule.h"
#include "core/scheduling/ScheduleRunState.h"
#include "core/scheduling/ScheduleRunSummary.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimeZone>

#include <memory>

class QNetworkAccessManager;

namespace Snapdock {

class ApiRequest;
class Clock;
class HistoryDatabase;
class Job;
class JobQueue;
class QdrantClient;
class ScheduleLock;
class ScheduleStore;
class ScheduledPruneTask;
class WebhookNotifier;

// One run of a schedule, the same for the desktop application (Scheduler) and `snapdock-cli run-schedule`:
//
//  1. takes the schedule's ScheduleLock (another holder: the run does nothing and says who holds it) and records the
//     run as started in the ScheduleStore;
//  2. lists the server's collections and picks the selected ones (a listed name the server lacks is a failed backup);
//  3. enqueues one BackupJob per collection (and the full storage if chosen) into the JobQueue, each into the
//     schedule's folder template expanded under the profile's backup folder, with the run's clock as backup time;
//  4. when all have finished, applies the local retention policy (only to the collections this run backed up, only
//     below the schedule's folder, on a worker thread), keeps `keepOnServer` snapshots per collection on the server
//     (ServerSnapshotPruner jobs), and runs a restore drill (RestoreDrillJob) on each new backup when one is due
//     (drill.everyDays calendar days since the last drill, or since the schedule was created);
//  5. posts the webhook when its settings ask for it, records the outcome (lastRunAt, lastOutcome, lastDrillAt) in
//     the store, releases the lock and emits finished().
//
// History: the queue's jobs (backups, server pruning, drills) are recorded by whoever records that queue (a
// HistoryRecorder); the local pruning, which is no job, gets its own row in Context::history with a log line per
// removed file. Retention and drills are skipped after a cancel, and retention never runs for a collection whose
// backup failed in this run.
//
// Signal guarantee: after start(), finished() is emitted exactly once, always from the event loop; summary() is final
// then. cancel() cancels the jobs of the run and skips what has not begun; finished() follows with outcome Cancelled
// (from inside cancel() when nothing was running).
// Ownership: the creator owns the run; the jobs belong to the queue. Everything in Context must outlive the run.
// Threading: the thread of the queue and the client.
class ScheduleRun : public QObject
{
    Q_OBJECT

public:
    struct Context
    {
        const QdrantClient &client; // the schedule's host, with its key
        JobQueue &queue;
        ScheduleStore &store;
        const Clock &clock;
        QTimeZone zone = QTimeZone::systemTimeZone(); // the schedule's times, folder names and drill days
        HistoryDatabase *history = nullptr; // for the local pruning's row; null: not recorded
        QNetworkAccessManager *network = nullptr; // for the webhook; null: no webhook is posted
        // The drill's target host when the schedule names another profile for drills; null: drills on `client`.
        const QdrantClient *drillClient = nullptr;
        QString lockFilePath{}; // empty: ScheduleLock::defaultLockPath()
    };

    ScheduleRun(Context context, Schedule schedule, Profile profile, QObject *parent = nullptr);
    ~ScheduleRun() override;

    // Starts the run standing for `slot` (UTC; invalid: now, e.g. a run started by hand). Call once.
    void start(const QDateTime &slot = {});
    void cancel();

    [[nodiscard]] bool isFinished() const { return m_phase == Phase::Done; }
    [[nodiscard]] const Schedule &schedule() const { return m_schedule; }
    [[nodiscard]] const ScheduleRunSummary &summary() const { return m_summary; }

    // Whether a restore drill is due at `now`: drills enabled, and at least drill.everyDays calendar days (in `zone`)
    // since the last drill, or since the schedule was created when none ran yet.
    [[nodiscard]] static bool isDrillDue(
        const Schedule &schedule, const ScheduleRunState &state, const QDateTime &now, const QTimeZone &zone);

Q_SIGNALS:
    // What the run is doing now, for people ("backing up 3 collections", "applying retention").
    void stageChanged(const QString &stage);
    void finished(const Snapdock::ScheduleRunSummary &summary);

private:
    enum class Phase
    {
        Idle,
        Listing,
        Backups,
        LocalRetention,
        ServerRetention,
        Drill,
        Webhook,
        Done,
    };

    void begin();
    void onCollectionsListed(const QStringList &collections);
    void enqueueBackups(const QStringList &collections, bool fullStorage);
    void onQueueJobFinished(JobId id);
    void onBackupFinished(JobId id);
    void startLocalRetention();
    void onLocalRetentionFinished();
    void startServerRetention();
    void onServerRetentionFinished(JobId id);
    void startDrills();
    void onDrillFinished(JobId id);
    void finishDrills();
    void sendWebhook();
    void finishRun();
    void stopWithError(const Error &error);
    void setStage(Phase phase, const QString &stage);
    void addFailure(const QString &what, const Error &error);
    [[nodiscard]] RunOutcome computeOutcome() const;
    [[nodiscard]] Result<QString> backupFolder(const QString &collection) const;
    [[nodiscard]] Result<QString> retentionFolder(const QString &collection) const;
    [[nodiscard]] JobId enqueue(
        std::unique_ptr<Job> job, JobKind kind, const QString &collection, const QString &title);

    Context m_context;
    Schedule m_schedule;
    Profile m_profile;
    ScheduleRunState m_previousState;
    RetentionPolicy m_retention;
    ScheduleRunSummary m_summary;
    Phase m_phase = Phase::Idle;
    bool m_cancelRequested = false;

    std::unique_ptr<ScheduleLock> m_lock;
    QPointer<ApiRequest> m_listing;
    QHash<JobId, qsizetype> m_pendingJobs; // jobs of the current phase -> index into m_summary.backups
    std::unique_ptr<ScheduledPruneTask> m_pruneTask;
    std::unique_ptr<WebhookNotifier> m_webhook;
};

} // namespace Snapdock
