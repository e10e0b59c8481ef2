// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dialogs/restore/RestoreLauncher.h"

#include "core/jobs/JobQueue.h"
#include "core/qdrant/SnapshotScope.h"
#include "gui/HostSession.h"
#include "gui/controllers/BackupLauncher.h"

#include <QDir>
#include <QFileInfo>
#include <QPointer>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

RestoreLauncher::RestoreLauncher(JobQueue &jobs)
    : m_jobs(jobs)
{}

JobId RestoreLauncher::enqueue(HostSession &session, const RestorePlanRequest &request)
{
    // A retry asks the session for its current client (a corrected key is picked up); the client the job started
    // with stays valid as long as the session and is the fallback.
    const QPointer<HostSession> sessionGuard(&session);
    const QdrantClient *fallbackClient = &session.client();
    auto factory = [sessionGuard, fallbackClient, request]() -> std::unique_ptr<Job> {
        const QdrantClient &client = sessionGuard ? sessionGuard->client() : *fallbackClient;
        RestorePlanRequest again = request;
        if (again.source == RestorePlanRequest::Source::Location && !again.sourceApiKey.isEmpty())
            again.sourceApiKey = client.endpoint().apiKey;
        return std::make_unique<RestorePlan>(client, again);
    };

    const Profile &profile = session.profile();
    JobDescription description;
    description.kind = JobKind::Restore;
    description.hostKey = profile.id.isEmpty() ? profile.baseUrl.toString() : profile.id;
    description.serverUrl = profile.baseUrl.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    description.profileName = profile.name;
    description.collection = request.collection;
    description.title = title(request);
    description.factory = factory;
    return m_jobs.enqueue(factory(), std::move(description));
}

QString RestoreLauncher::safetyFolder(const Profile &profile, const QString &collection)
{
    return QDir(BackupLauncher::profileFolder(profile))
        .filePath(u"safety/"_s + BackupLauncher::safePathPart(collection));
}

QUrl RestoreLauncher::serverSnapshotLocation(
    const Profile &profile, const QUrl &baseUrl, const QString &collection, const QString &name)
{
    if (!profile.snapshotsPathOnServer.isEmpty()) {
        QString folder = QDir::cleanPath(profile.snapshotsPathOnServer);
        while (folder.endsWith(u'/') && folder.size() > 1)
            folder.chop(1);
        return QUrl::fromLocalFile(folder + u'/' + collection + u'/' + name);
    }
    QUrl url = baseUrl.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    QByteArray path = url.path(QUrl::FullyEncoded).toUtf8();
    while (path.endsWith('/'))
        path.chop(1);
    path += SnapshotScope::forCollection(collection).encodedSnapshotsPath() + '/' + encodePathSegment(name);
    url.setPath(QString::fromUtf8(path), QUrl::TolerantMode);
    return url;
}

QString RestoreLauncher::title(const RestorePlanRequest &request)
{
    const QString from = request.source == RestorePlanRequest::Source::LocalFile
        ? QFileInfo(request.snapshotFile).fileName()
        : request.location.fileName();
    return request.target == RestoreTarget::ReplaceExisting
        ? tr("Restore %1 from %2 (replace)").arg(request.collection, from)
        : tr("Restore %1 from %2 (new)").arg(request.collection, from);
}

} // namespace Snapdock
