// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/controllers/DrillLauncher.h"

#include "core/jobs/JobQueue.h"
#include "core/jobs/RestoreDrillJob.h"
#include "gui/HostSession.h"

#include <QFileInfo>
#include <QPointer>

namespace Snapdock {

DrillLauncher::DrillLauncher(JobQueue &jobs, QObject *parent)
    : QObject(parent)
    , m_jobs(jobs)
{
    connect(&m_jobs, &JobQueue::jobFinished, this, &DrillLauncher::onJobFinished);
}

JobId DrillLauncher::verifyByRestoring(HostSession &target, const QString &snapshotPath, const QString &collection)
{
    RestoreDrillRequest request;
    request.snapshotFile = snapshotPath;
    // As in BackupLauncher: a retry uses the session's client of that moment (a corrected key is picked up).
    const QPointer<HostSession> sessionGuard(&target);
    const QdrantClient *fallbackClient = &target.client();
    auto factory = [sessionGuard, fallbackClient, request]() -> std::unique_ptr<Job> {
        const QdrantClient &client = sessionGuard ? sessionGuard->client() : *fallbackClient;
        return std::make_unique<RestoreDrillJob>(client, request);
    };

    JobDescription description;
    description.kind = JobKind::Verify;
    description.hostKey = target.profile().id.isEmpty() ? target.profile().baseUrl.toString() : target.profile().id;
    description.serverUrl =
        target.profile().baseUrl.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    description.profileName = target.profile().name;
    description.collection = collection;
    description.title = tr("Verify %1 by restoring").arg(QFileInfo(snapshotPath).fileName());
    description.factory = factory;
    const JobId id = m_jobs.enqueue(factory(), std::move(description));
    m_pending.insert(id);
    return id;
}

void DrillLauncher::onJobFinished(JobId id)
{
    if (!m_pending.remove(id))
        return;
    const auto *drill = qobject_cast<const RestoreDrillJob *>(m_jobs.job(id));
    if (!drill)
        return;
    const bool passed = drill->state() == Job::State::Succeeded;
    Q_EMIT drillFinished(id, drill->report(), passed, drill->error());
}

} // namespace Snapdock
