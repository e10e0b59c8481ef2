// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jobs/DrillReport.h"
#include "core/jobs/JobId.h"
#include "core/support/Error.h"

#include <QObject>
#include <QSet>

namespace Snapdock {

class HostSession;
class JobQueue;

// "Verify by restoring…": queues a RestoreDrillJob for a local backup on a chosen host (it then shows in the queue
// and the history like every job) and reports its DrillReport when it ends. A retry from the queue view builds a
// fresh drill with the session's client at that time.
//
// Signals: drillFinished() once per drill queued here, when the queue reports it finished. The queue must outlive
// the launcher; sessions live for the whole run (SessionManager). GUI thread only.
class DrillLauncher : public QObject
{
    Q_OBJECT

public:
    explicit DrillLauncher(JobQueue &jobs, QObject *parent = nullptr);

    // Restores `snapshotPath` (a collection snapshot with its metadata; `collection` for display) into a scratch
    // collection on `target`'s host.
    JobId verifyByRestoring(HostSession &target, const QString &snapshotPath, const QString &collection);

Q_SIGNALS:
    // `error` is meaningful when !passed (a mismatch is ErrorKind::InvalidSnapshot; a cancel, Cancelled).
    void drillFinished(
        Snapdock::JobId id, const Snapdock::DrillReport &report, bool passed, const Snapdock::Error &error);

private:
    void onJobFinished(JobId id);

    JobQueue &m_jobs;
    QSet<JobId> m_pending;
};

} // namespace Snapdock
