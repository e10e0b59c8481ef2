// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scheduling/ScheduledPruneTask.h"

#include "core/catalog/BackupCatalog.h"
#include "core/retention/RetentionPlanner.h"

#include <QDir>
#include <QPointer>
#include <QThread>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

namespace {

Result<LocalPruneReport> pruneTarget(
    const ScheduledPruneTask::Target &target, const RetentionPolicy &policy, const QTimeZone &zone)
{
    if (!QDir(target.folder).exists())
        return LocalPruneReport();
    const Result<QList<LocalBackup>> scanned = BackupCatalog::scan(target.folder);
    if (!scanned)
        return fail(scanned.error());
    // Only this collection's backups: another schedule (or a person) may keep other collections here.
    QList<LocalBackup> ours;
    for (const LocalBackup &backup : *scanned) {
        if (!backup.hasMetadata || !backup.metadataError.isEmpty())
            continue;
        const bool fullStorage = backup.metadata.kind == u"full"_s;
        if (target.collection.isEmpty() ? fullStorage : !fullStorage && backup.metadata.collection == target.collection)
            ours.append(backup);
    }
    const QList<RetentionDecision> decisions = RetentionPlanner::plan(LocalPruner::candidatesFor(ours), policy, zone);
    return LocalPruner(target.folder).apply(ours, decisions, false);
}

} // namespace

ScheduledPruneTask::ScheduledPruneTask(QList<Target> targets, RetentionPolicy policy, QTimeZone zone, QObject *parent)
    : QObject(parent)
    , m_targets(std::move(targets))
    , m_policy(policy)
    , m_zone(std::move(zone))
{}

ScheduledPruneTask::~ScheduledPruneTask()
{
    cancel();
    if (m_thread)
        m_thread->wait();
}

void ScheduledPruneTask::cancel()
{
    m_cancelled->store(true);
}

void ScheduledPruneTask::start()
{
    if (m_thread)
        return;
    QPointer<ScheduledPruneTask> self(this);
    m_thread.reset(
        QThread::create([self, targets = m_targets, policy = m_policy, zone = m_zone, cancelled = m_cancelled] {
            QList<Result<LocalPruneReport>> results;
            for (const Target &target : targets) {
                if (cancelled->load())
                    results.append(
                        fail(Error::make(ErrorKind::Cancelled, ScheduledPruneTask::tr("applying retention"))));
                else
                    results.append(pruneTarget(target, policy, zone));
            }
            // Queued: runs in the task's own thread, and not at all if the task is gone.
            QMetaObject::invokeMethod(
                self.data(),
                [self, results] {
                    if (self)
                        self->onWorkerDone(results);
                },
                Qt::QueuedConnection);
        }));
    m_thread->start();
}

void ScheduledPruneTask::onWorkerDone(const QList<Result<LocalPruneReport>> &results)
{
    m_results = results;
    Q_EMIT finished();
}

} // namespace Snapdock
