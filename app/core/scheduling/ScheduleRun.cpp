// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scheduling/ScheduleRun.h"

#include "core/history/HistoryDatabase.h"
#include "core/jobs/BackupJob.h"
#include "core/jobs/JobQueue.h"
#include "core/jobs/RestoreDrillJob.h"
#include "core/monitoring/WebhookNotifier.h"
#include "core/qdrant/ApiCall.h"
#include "core/qdrant/QdrantClient.h"
#include "core/retention/ServerSnapshotPruner.h"
#include "core/scheduling/FolderTemplate.h"
#include "core/scheduling/ScheduleLock.h"
#include "core/scheduling/ScheduleStore.h"
#include "core/scheduling/ScheduledPruneTask.h"
#include "core/support/Clock.h"
#include "core/support/Logging.h"

#include <QDir>
#include <QTimer>

#include <algorithm>
#include <array>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

namespace {

// Placeholders that change from run to run: the schedule's retention folder is the template up to the first folder
// that contains one, so that it holds every run's backups of a collection.
constexpr std::array<QLatin1StringView, 6> TIME_PLACEHOLDERS = {
    "{date}"_L1, "{time}"_L1, "{datetime}"_L1, "{year}"_L1, "{month}"_L1, "{day}"_L1
};

QString label(const QString &collection)
{
    return collection.isEmpty() ? ScheduleRun::tr("the full storage") : collection;
}

} // namespace

ScheduleRun::ScheduleRun(Context context, Schedule schedule, Profile profile, QObject *parent)
    : QObject(parent)
    , m_context(std::move(context))
    , m_schedule(std::move(schedule))
    , m_profile(std::move(profile))
{
    m_summary.scheduleId = m_schedule.id;
    m_summary.scheduleName = m_schedule.name;
    m_summary.host = m_context.client.endpoint().displayUrl();
    connect(&m_context.queue, &JobQueue::jobFinished, this, &ScheduleRun::onQueueJobFinished);
}

ScheduleRun::~ScheduleRun() = default;

bool ScheduleRun::isDrillDue(
    const Schedule &schedule, const ScheduleRunState &state, const QDateTime &now, const QTimeZone &zone)
{
    if (!schedule.drill.enabled)
        return false;
    const QDateTime since = state.lastDrillAt.isValid() ? state.lastDrillAt : schedule.createdAt;
    if (!since.isValid())
        return true;
    // Calendar days, so that a drill a few seconds later than last week's still counts as a week later.
    return since.toTimeZone(zone).date().daysTo(now.toTimeZone(zone).date()) >= schedule.drill.everyDays;
}

void ScheduleRun::start(const QDateTime &slot)
{
    Q_ASSERT(m_phase == Phase::Idle);
    m_summary.startedAt = m_context.clock.now();
    m_summary.slot = slot.isValid() ? slot.toUTC() : m_summary.startedAt;
    m_phase = Phase::Listing;
    // From the event loop: finished() must never come out of start().
    QTimer::singleShot(0, this, &ScheduleRun::begin);
}

void ScheduleRun::cancel()
{
    if (m_phase == Phase::Done || m_cancelRequested)
        return;
    m_cancelRequested = true;
    if (m_listing)
        m_listing->cancel();
    // A queued job is cancelled at once, and its jobFinished() changes m_pendingJobs: iterate over a copy.
    const QList<JobId> pending = m_pendingJobs.keys();
    for (const JobId id : pending)
        m_context.queue.cancel(id);
    if (m_pruneTask)
        m_pruneTask->cancel();
    if (m_webhook)
        m_webhook->cancel();
}

void ScheduleRun::begin()
{
    m_lock = m_context.lockFilePath.isEmpty() ? std::make_unique<ScheduleLock>(m_schedule.id)
                                              : std::make_unique<ScheduleLock>(m_schedule.id, m_context.lockFilePath);
    const Result<bool> locked = m_lock->tryLock();
    if (!locked) {
        stopWithError(locked.error());
        return;
    }
    if (!*locked) {
        // Someone else runs this schedule now: leave its run state and webhook alone.
        m_summary.alreadyRunning = true;
        m_summary.failures.append(m_lock->alreadyRunningMessage(m_schedule.name));
        m_lock.reset();
        m_phase = Phase::Done;
        Q_EMIT finished(m_summary);
        return;
    }
    if (const Result<ScheduleRunState> state = m_context.store.runState(m_schedule.id); state)
        m_previousState = *state;
    if (VoidResult recorded = m_context.store.recordRunStarted(m_schedule.id, m_summary.startedAt, m_summary.slot);
        !recorded)
        m_summary.warnings.append(recorded.error().userMessage());

    if (m_cancelRequested) {
        finishRun();
        return;
    }
    if (m_profile.defaultBackupFolder.isEmpty() || QDir::isRelativePath(m_profile.defaultBackupFolder)) {
        stopWithError(Error::make(ErrorKind::InvalidArgument,
            tr("the connection \"%1\" has no absolute backup folder for the schedule's backups").arg(m_profile.name)));
        return;
    }
    Result<RetentionPolicy> retention = RetentionPolicy::fromJson(m_schedule.retention);
    if (!retention) {
        stopWithError(retention.error());
        return;
    }
    m_retention = *retention;

    setStage(Phase::Listing, tr("listing the collections"));
    auto *request = m_context.client.listCollections();
    m_listing = request;
    runRequest(request, this, [this](ApiCall<QStringList> &call) {
        m_listing = nullptr;
        const Result<QStringList> names = call.result();
        if (m_cancelRequested) {
            finishRun();
            return;
        }
        if (!names) {
            stopWithError(names.error());
            return;
        }
        onCollectionsListed(*names);
    });
}

void ScheduleRun::onCollectionsListed(const QStringList &collections)
{
    const ScheduleSelection &selection = m_schedule.selection;
    for (const QString &missing : selection.missing(collections)) {
        ScheduleRunSummary::Backup backup;
        backup.collection = missing;
        backup.error = Error::make(ErrorKind::NotFound, tr("backing up collection %1").arg(missing));
        addFailure(tr("backup of %1").arg(missing), *backup.error);
        m_summary.backups.append(backup);
    }
    enqueueBackups(selection.select(collections), selection.includeFullStorage);
}

void ScheduleRun::enqueueBackups(const QStringList &collections, bool fullStorage)
{
    QStringList targets = collections;
    if (fullStorage)
        targets.append(QString()); // the full storage
    setStage(Phase::Backups, tr("backing up %n collection(s)", nullptr, int(targets.size())));
    for (const QString &collection : std::as_const(targets)) {
        ScheduleRunSummary::Backup backup;
        backup.collection = collection;
        const Result<QString> folder = backupFolder(collection);
        if (!folder) {
            backup.error = folder.error();
            addFailure(tr("backup of %1").arg(label(collection)), folder.error());
            m_summary.backups.append(backup);
            continue;
        }
        BackupRequest request;
        request.scope = collection.isEmpty() ? SnapshotScope::fullStorage() : SnapshotScope::forCollection(collection);
        request.outputFolder = *folder;
        auto job = std::make_unique<BackupJob>(m_context.client, request);
        job->setClock(&m_context.clock);
        m_summary.backups.append(backup);
        const JobId id = enqueue(std::move(job),
            JobKind::Backup,
            collection,
            tr("Back up %1 (schedule \"%2\")").arg(label(collection), m_schedule.name));
        m_pendingJobs.insert(id, m_summary.backups.size() - 1);
    }
    if (m_pendingJobs.isEmpty())
        startLocalRetention();
}

JobId ScheduleRun::enqueue(std::unique_ptr<Job> job, JobKind kind, const QString &collection, const QString &title)
{
    JobDescription description;
    description.kind = kind;
    description.hostKey = m_profile.id;
    description.serverUrl = m_context.client.endpoint().baseUrl;
    description.profileName = m_profile.name;
    description.collection = collection;
    description.title = title;
    return m_context.queue.enqueue(std::move(job), std::move(description));
}

void ScheduleRun::onQueueJobFinished(JobId id)
{
    if (!m_pendingJobs.contains(id))
        return;
    switch (m_phase) {
    case Phase::Backups:
        onBackupFinished(id);
        break;
    case Phase::ServerRetention:
        onServerRetentionFinished(id);
        break;
    case Phase::Drill:
        onDrillFinished(id);
        break;
    case Phase::Idle:
    case Phase::Listing:
    case Phase::LocalRetention:
    case Phase::Webhook:
    case Phase::Done:
        break;
    }
}

void ScheduleRun::onBackupFinished(JobId id)
{
    const qsizetype index = m_pendingJobs.take(id);
    ScheduleRunSummary::Backup &backup = m_summary.backups[index];
    // The queue's entry, not the job, knows how a job cancelled before it started ended.
    const JobSnapshot entry = m_context.queue.snapshot(id);
    const auto *job = static_cast<const BackupJob *>(m_context.queue.job(id));
    if (entry.state == Job::State::Succeeded && job) {
        const BackupResult &result = job->result();
        backup.outcome = HistoryOutcome::Succeeded;
        backup.filePath = result.filePath;
        backup.size = result.size;
        backup.sha256 = result.sha256;
    } else if (entry.state == Job::State::Cancelled) {
        backup.outcome = HistoryOutcome::Cancelled;
        backup.error = entry.error;
    } else {
        backup.outcome = HistoryOutcome::Failed;
        backup.error = entry.error;
        addFailure(tr("backup of %1").arg(label(backup.collection)), entry.error);
    }
    if (m_pendingJobs.isEmpty())
        startLocalRetention();
}

void ScheduleRun::startLocalRetention()
{
    if (m_cancelRequested) {
        finishRun();
        return;
    }
    QList<ScheduledPruneTask::Target> targets;
    if (!m_retention.isEmpty()) {
        for (const ScheduleRunSummary::Backup &backup : std::as_const(m_summary.backups)) {
            if (backup.outcome != HistoryOutcome::Succeeded)
                continue; // a failing backup must never cost the backups that are still there
            const Result<QString> folder = retentionFolder(backup.collection);
            if (folder)
                targets.append(ScheduledPruneTask::Target{ *folder, backup.collection });
            else
                addFailure(tr("retention for %1").arg(label(backup.collection)), folder.error());
        }
    }
    if (targets.isEmpty()) {
        startServerRetention();
        return;
    }
    setStage(Phase::LocalRetention, tr("applying the retention policy (%1)").arg(m_retention.describe()));
    m_pruneTask = std::make_unique<ScheduledPruneTask>(targets, m_retention, m_context.zone);
    connect(m_pruneTask.get(), &ScheduledPruneTask::finished, this, &ScheduleRun::onLocalRetentionFinished);
    m_pruneTask->start();
}

void ScheduleRun::onLocalRetentionFinished()
{
    const std::unique_ptr<ScheduledPruneTask> task = std::move(m_pruneTask);
    HistoryRecord record;
    record.kind = JobKind::Delete;
    record.host = m_summary.host;
    record.profileName = m_profile.name;
    record.title = tr("Apply the retention policy of schedule \"%1\"").arg(m_schedule.name);
    record.startedAt = m_context.clock.now();
    QList<HistoryLogEntry> log;
    const auto line = [this, &log](HistoryLogLevel level, const QString &text) {
        log.append(HistoryLogEntry{ m_context.clock.now(), level, text });
    };
    line(HistoryLogLevel::Info, m_retention.describe());
    bool failed = false;
    for (const Result<LocalPruneReport> &report : task->results()) {
        if (!report) {
            failed = failed || report.error().kind != ErrorKind::Cancelled;
            if (report.error().kind != ErrorKind::Cancelled)
                addFailure(tr("retention"), report.error());
            line(HistoryLogLevel::Error, report.error().userMessage());
            continue;
        }
        for (const LocalPruneOutcome &outcome : report->outcomes) {
            if (outcome.removed) {
                m_summary.prunedFiles.append(outcome.snapshotPath);
                line(HistoryLogLevel::Info, tr("removed %1").arg(QDir::toNativeSeparators(outcome.snapshotPath)));
            } else if (outcome.error) {
                failed = true;
                addFailure(tr("removing %1").arg(QDir::toNativeSeparators(outcome.snapshotPath)), *outcome.error);
                line(HistoryLogLevel::Error, outcome.error->userMessage());
            }
        }
        m_summary.prunedBytes += report->bytesFreed;
    }
    line(HistoryLogLevel::Info, tr("%n old backup(s) removed", nullptr, int(m_summary.prunedFiles.size())));
    if (m_context.history && m_context.history->isOpen()) {
        record.bytes = m_summary.prunedBytes;
        record.finishedAt = m_context.clock.now();
        const HistoryOutcome outcome = failed ? HistoryOutcome::Failed : HistoryOutcome::Succeeded;
        const Result<qint64> row = m_context.history->recordStarted(record);
        const VoidResult written = row.and_then([this, &log, &record, outcome](qint64 id) {
            return m_context.history->appendLogEntries(id, log).and_then([this, &record, outcome, id] {
                return m_context.history->recordFinished(id, outcome, record);
            });
        });
        if (!written)
            m_summary.warnings.append(tr("the history was not updated: %1").arg(written.error().userMessage()));
    }
    startServerRetention();
}

void ScheduleRun::startServerRetention()
{
    if (m_cancelRequested) {
        finishRun();
        return;
    }
    if (m_schedule.keepOnServer > 0) {
        for (const ScheduleRunSummary::Backup &backup : std::as_const(m_summary.backups)) {
            if (backup.outcome != HistoryOutcome::Succeeded || backup.collection.isEmpty())
                continue;
            ServerPruneRequest request;
            request.collection = backup.collection;
            request.keepNewest = m_schedule.keepOnServer;
            const JobId id = enqueue(std::make_unique<ServerSnapshotPruner>(m_context.client, request),
                JobKind::Delete,
                backup.collection,
                tr("Keep the %1 newest snapshots of %2 on the server")
                    .arg(m_schedule.keepOnServer)
                    .arg(backup.collection));
            m_pendingJobs.insert(id, -1);
        }
    }
    if (m_pendingJobs.isEmpty()) {
        startDrills();
        return;
    }
    setStage(Phase::ServerRetention, tr("removing old snapshots from the server"));
}

void ScheduleRun::onServerRetentionFinished(JobId id)
{
    m_pendingJobs.remove(id);
    const JobSnapshot entry = m_context.queue.snapshot(id);
    if (const auto *job = static_cast<const ServerSnapshotPruner *>(m_context.queue.job(id)))
        m_summary.prunedOnServer += job->deletedCount();
    if (entry.state == Job::State::Failed)
        addFailure(tr("removing old snapshots of %1 from the server").arg(entry.collection), entry.error);
    if (m_pendingJobs.isEmpty())
        startDrills();
}

void ScheduleRun::startDrills()
{
    if (m_cancelRequested) {
        finishRun();
        return;
    }
    const QDateTime now = m_context.clock.now();
    if (!isDrillDue(m_schedule, m_previousState, now, m_context.zone)) {
        sendWebhook();
        return;
    }
    const QString target = m_schedule.drill.targetProfileId;
    const QdrantClient *client = target.isEmpty() || target == m_profile.id ? &m_context.client : m_context.drillClient;
    m_summary.drillRan = true;
    if (!client) {
        addFailure(tr("restore drill"),
            Error::make(ErrorKind::InvalidArgument, tr("the drill's target connection is not available to this run")));
        finishDrills();
        return;
    }
    for (const ScheduleRunSummary::Backup &backup : std::as_const(m_summary.backups)) {
        // A drill restores a collection; a full-storage snapshot cannot be restored into one.
        if (backup.outcome != HistoryOutcome::Succeeded || backup.collection.isEmpty())
            continue;
        RestoreDrillRequest request;
        request.snapshotFile = backup.filePath;
        request.startedAt = now;
        const JobId id = enqueue(std::make_unique<RestoreDrillJob>(*client, request),
            JobKind::Verify,
            backup.collection,
            tr("Restore drill of %1 (schedule \"%2\")").arg(backup.collection, m_schedule.name));
        m_pendingJobs.insert(id, -1);
    }
    if (m_pendingJobs.isEmpty()) {
        m_summary.drillRan = false;
        sendWebhook();
        return;
    }
    setStage(Phase::Drill, tr("restore drill"));
}

void ScheduleRun::onDrillFinished(JobId id)
{
    m_pendingJobs.remove(id);
    const JobSnapshot entry = m_context.queue.snapshot(id);
    if (const auto *job = static_cast<const RestoreDrillJob *>(m_context.queue.job(id));
        job && entry.startedAt.isValid())
        m_summary.drills.append(job->report());
    if (entry.state == Job::State::Failed)
        addFailure(tr("restore drill of %1").arg(entry.collection), entry.error);
    if (m_pendingJobs.isEmpty())
        finishDrills();
}

void ScheduleRun::finishDrills()
{
    const bool passed = !m_summary.drills.isEmpty()
        && std::all_of(m_summary.drills.cbegin(), m_summary.drills.cend(), [](const DrillReport &report) {
               return report.passed;
           });
    if (m_cancelRequested) {
        // A cancelled drill proved nothing: the next run tries again.
        m_summary.drillOutcome = RunOutcome::Cancelled;
        finishRun();
        return;
    }
    m_summary.drillOutcome = passed ? RunOutcome::Succeeded : RunOutcome::Failed;
    if (VoidResult recorded = m_context.store.recordDrill(m_schedule.id, m_context.clock.now(), m_summary.drillOutcome);
        !recorded)
        m_summary.warnings.append(recorded.error().userMessage());
    sendWebhook();
}

void ScheduleRun::sendWebhook()
{
    m_summary.outcome = computeOutcome();
    m_summary.finishedAt = m_context.clock.now();
    const bool succeeded = m_summary.outcome == RunOutcome::Succeeded;
    const bool wanted = succeeded ? m_schedule.webhookOnSuccess : m_schedule.webhookOnFailure;
    if (m_cancelRequested || !wanted || m_schedule.webhookUrl.isEmpty()) {
        finishRun();
        return;
    }
    if (!m_context.network) {
        m_summary.warnings.append(tr("the webhook was not called: no network access in this run"));
        finishRun();
        return;
    }
    setStage(Phase::Webhook, tr("calling the webhook"));
    m_webhook =
        std::make_unique<WebhookNotifier>(*m_context.network, m_schedule.webhookUrl, m_summary.toWebhookSummary());
    connect(m_webhook.get(), &WebhookNotifier::finished, this, [this] {
        if (const VoidResult result = m_webhook->result(); !result && result.error().kind != ErrorKind::Cancelled)
            m_summary.warnings.append(tr("the webhook failed: %1").arg(result.error().userMessage()));
        m_webhook.release()->deleteLater();
        finishRun();
    });
    m_webhook->start();
}

void ScheduleRun::finishRun()
{
    if (m_phase == Phase::Done)
        return;
    if (m_cancelRequested || m_summary.outcome == RunOutcome::None)
        m_summary.outcome = computeOutcome();
    if (!m_summary.finishedAt.isValid() || m_cancelRequested)
        m_summary.finishedAt = m_context.clock.now();
    if (VoidResult recorded = m_context.store.recordRunFinished(
            m_schedule.id, m_summary.finishedAt, m_summary.outcome, m_summary.message());
        !recorded)
        m_summary.warnings.append(recorded.error().userMessage());
    for (const QString &failure : std::as_const(m_summary.failures))
        qCWarning(lcJobs).noquote() << "schedule" << m_schedule.id << failure;
    m_lock.reset(); // releases the lock
    m_phase = Phase::Done;
    Q_EMIT finished(m_summary);
}

void ScheduleRun::stopWithError(const Error &error)
{
    m_summary.error = error;
    m_summary.failures.append(error.userMessage());
    if (m_lock && m_lock->isLocked()) {
        sendWebhook();
        return;
    }
    // The lock was never taken: another process may be running; its state is not ours to touch.
    m_summary.outcome = RunOutcome::Failed;
    m_summary.finishedAt = m_context.clock.now();
    m_phase = Phase::Done;
    Q_EMIT finished(m_summary);
}

void ScheduleRun::setStage(Phase phase, const QString &stage)
{
    m_phase = phase;
    Q_EMIT stageChanged(stage);
}

void ScheduleRun::addFailure(const QString &what, const Error &error)
{
    m_summary.failures.append(what + u": "_s + error.userMessage());
}

RunOutcome ScheduleRun::computeOutcome() const
{
    if (m_cancelRequested)
        return RunOutcome::Cancelled;
    if (m_summary.error)
        return RunOutcome::Failed;
    const int succeeded = m_summary.succeededBackups();
    if (!m_summary.backups.isEmpty() && succeeded == 0)
        return RunOutcome::Failed;
    return m_summary.failures.isEmpty() ? RunOutcome::Succeeded : RunOutcome::PartiallyFailed;
}

Result<QString> ScheduleRun::backupFolder(const QString &collection) const
{
    const FolderTemplate::Values values{ m_profile.name, m_profile.baseUrl.host(), collection };
    return FolderTemplate::folderFor(
        m_profile.defaultBackupFolder, m_schedule.folderTemplate, values, m_summary.startedAt, m_context.zone);
}

Result<QString> ScheduleRun::retentionFolder(const QString &collection) const
{
    QStringList fixed;
    for (const QString &segment : m_schedule.folderTemplate.split(u'/', Qt::SkipEmptyParts)) {
        const bool changesPerRun =
            std::any_of(TIME_PLACEHOLDERS.cbegin(), TIME_PLACEHOLDERS.cend(), [&segment](QLatin1StringView name) {
                return segment.contains(name);
            });
        if (changesPerRun)
            break;
        fixed.append(segment);
    }
    const FolderTemplate::Values values{ m_profile.name, m_profile.baseUrl.host(), collection };
    return FolderTemplate::folderFor(
        m_profile.defaultBackupFolder, fixed.join(u'/'), values, m_summary.startedAt, m_context.zone);
}

} // namespace Snapdock
