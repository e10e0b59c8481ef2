// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/controllers/PruneController.h"

#include "core/catalog/BackupCatalog.h"
#include "core/history/HistoryDatabase.h"
#include "core/storage/SnapshotMetadata.h"
#include "core/support/Clock.h"
#include "gui/controllers/BackgroundRunner.h"
#include "gui/controllers/ScheduleFolders.h"

#include <QDir>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

PruneController::PruneController(HistoryDatabase *history, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_history(history)
    , m_clock(clock)
    , m_runner(new BackgroundRunner(this))
    , m_zone(QTimeZone::systemTimeZone())
{}

PruneController::~PruneController() = default;

Result<PrunePlan> PruneController::makePlan(
    const Schedule &schedule, const Profile &profile, const QDateTime &now, const QTimeZone &zone)
{
    auto policy = RetentionPolicy::fromJson(schedule.retention);
    if (!policy)
        return fail(policy.error());
    if (policy->isEmpty()) {
        return fail(Error::make(ErrorKind::InvalidArgument,
            tr("the schedule \"%1\" keeps every backup: set a retention rule first").arg(schedule.name)));
    }
    PrunePlan plan;
    plan.scheduleId = schedule.id;
    plan.scheduleName = schedule.name;
    plan.host = SnapshotMetadata::credentialFreeHost(profile.baseUrl.toString());
    plan.profileName = profile.name;
    plan.policy = *policy;
    const auto root = ScheduleFolders::scanRoot(schedule, profile, now, zone);
    if (!root)
        return fail(root.error());
    plan.rootFolder = *root;
    if (!QDir(plan.rootFolder).exists())
        return plan; // nothing backed up yet

    const auto scanned = BackupCatalog::scan(plan.rootFolder);
    if (!scanned)
        return fail(scanned.error());
    for (const LocalBackup &backup : *scanned) {
        if (!backup.hasMetadata || !backup.metadataError.isEmpty())
            continue;
        const bool fullStorage = backup.metadata.kind == u"full"_s;
        const QString collection = fullStorage ? QString() : backup.metadata.collection;
        if (fullStorage ? !schedule.selection.includeFullStorage : !schedule.selection.matches(collection))
            continue;
        // Only the folder this schedule keeps the collection's runs in, never a neighbour's.
        const auto folder = ScheduleFolders::collectionFolder(schedule, profile, collection, now, zone);
        if (folder && ScheduleFolders::isInside(backup.snapshotPath, *folder))
            plan.backups.append(backup);
    }
    plan.decisions = RetentionPlanner::plan(LocalPruner::candidatesFor(plan.backups), plan.policy, zone);
    plan.preview = LocalPruner(plan.rootFolder).apply(plan.backups, plan.decisions, true);
    return plan;
}

void PruneController::plan(const Schedule &schedule, const Profile &profile)
{
    if (m_busy)
        return;
    m_busy = true;
    const QDateTime now = m_clock.now();
    m_runner->run(
        [schedule, profile, now, zone = m_zone] {
            return makePlan(schedule, profile, now, zone);
        },
        [this](Result<PrunePlan> plan) {
            m_busy = false;
            if (plan)
                Q_EMIT planned(*plan);
            else
                Q_EMIT planFailed(plan.error());
        });
}

void PruneController::apply(const PrunePlan &plan)
{
    if (m_busy)
        return;
    m_busy = true;
    const QDateTime startedAt = m_clock.now();
    m_runner->run(
        [plan] {
            return LocalPruner(plan.rootFolder).apply(plan.backups, plan.decisions, false);
        },
        [this, plan, startedAt](LocalPruneReport report) {
            m_busy = false;
            record(plan, report, startedAt);
            Q_EMIT applied(plan, report);
        });
}

void PruneController::record(const PrunePlan &plan, const LocalPruneReport &report, const QDateTime &startedAt)
{
    if (!m_history || !m_history->isOpen())
        return;
    HistoryRecord record;
    record.kind = JobKind::Delete;
    record.host = plan.host;
    record.profileName = plan.profileName;
    record.title = tr("Prune the backups of schedule \"%1\"").arg(plan.scheduleName);
    record.startedAt = startedAt;
    record.finishedAt = m_clock.now();
    record.bytes = report.bytesFreed;
    QList<HistoryLogEntry> log;
    log.append(HistoryLogEntry{ startedAt, HistoryLogLevel::Info, plan.policy.describe() });
    for (const LocalPruneOutcome &outcome : report.outcomes) {
        if (outcome.removed) {
            log.append(HistoryLogEntry{ record.finishedAt,
                HistoryLogLevel::Info,
                tr("removed %1").arg(QDir::toNativeSeparators(outcome.snapshotPath)) });
        } else if (outcome.error) {
            log.append(HistoryLogEntry{ record.finishedAt, HistoryLogLevel::Error, outcome.error->userMessage() });
        }
    }
    log.append(HistoryLogEntry{
        record.finishedAt, HistoryLogLevel::Info, tr("%n old backup(s) removed", nullptr, report.removedCount) });
    const HistoryOutcome outcome = report.failedCount > 0 ? HistoryOutcome::Failed : HistoryOutcome::Succeeded;
    if (report.failedCount > 0)
        record.errorText = tr("%n backup(s) could not be removed", nullptr, report.failedCount);
    // Best effort, like every history write: the files are gone either way.
    const auto row = m_history->recordStarted(record);
    if (row) {
        (void)m_history->appendLogEntries(*row, log);
        (void)m_history->recordFinished(*row, outcome, record);
    }
}

} // namespace Snapdock
