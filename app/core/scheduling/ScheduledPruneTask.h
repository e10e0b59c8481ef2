// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/retention/LocalPruner.h"
#include "core/retention/RetentionPolicy.h"
#include "core/support/Result.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QTimeZone>

#include <atomic>
#include <memory>

class QThread;

namespace Snapdock {

// A schedule's local retention on a worker thread, so that scanning and deleting never block the event loop: for
// each target, scans its folder (BackupCatalog), keeps only the backups of its collection, plans with the policy
// (RetentionPlanner) and removes what the plan removes (LocalPruner, never outside the folder). Backups of other
// collections in the same folder are never touched.
//
// finished() is emitted once, in the task's thread; results() then holds one outcome per target, in order: its report,
// or why its folder could not be scanned (ErrorKind::Cancelled for the targets a cancel() skipped). A folder that
// does not exist yet counts as empty. Destroying the task waits for the worker to finish the target it is on.
class ScheduledPruneTask : public QObject
{
    Q_OBJECT

public:
    struct Target
    {
        QString folder; // absolute; only files below it are removed
        QString collection; // empty: full-storage backups
    };

    ScheduledPruneTask(QList<Target> targets, RetentionPolicy policy, QTimeZone zone, QObject *parent = nullptr);
    ~ScheduledPruneTask() override;

    void start();
    // Stops before the next target.
    void cancel();

    [[nodiscard]] const QList<Result<LocalPruneReport>> &results() const { return m_results; }

Q_SIGNALS:
    void finished();

private:
    void onWorkerDone(const QList<Result<LocalPruneReport>> &results);

    QList<Target> m_targets;
    RetentionPolicy m_policy;
    QTimeZone m_zone;
    std::unique_ptr<QThread> m_thread;
    std::shared_ptr<std::atomic_bool> m_cancelled = std::make_shared<std::atomic_bool>(false);
    QList<Result<LocalPruneReport>> m_results;
};

} // namespace Snapdock
