// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/controllers/BackupLauncher.h"

#include "core/jobs/BackupJob.h"
#include "core/jobs/JobQueue.h"
#include "core/storage/SnapshotName.h"
#include "gui/HostSession.h"

#include <QDir>
#include <QPointer>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

BackupLauncher::BackupLauncher(JobQueue &jobs)
    : m_jobs(jobs)
{}

QList<JobId> BackupLauncher::backUpCollections(
    HostSession &session, const QStringList &collections, const QString &root)
{
    QList<JobId> ids;
    for (const QString &collection : collections) {
        const SnapshotScope scope = SnapshotScope::forCollection(collection);
        ids.append(enqueueBackup(
            session, scope, scopeFolder(session.profile(), scope, root), QString(), tr("Back up %1").arg(collection)));
    }
    return ids;
}

JobId BackupLauncher::downloadSnapshot(
    HostSession &session, const SnapshotScope &scope, const QString &snapshotName, const QString &folder)
{
    const QString target = folder.isEmpty() ? scopeFolder(session.profile(), scope) : folder;
    return enqueueBackup(session, scope, target, snapshotName, tr("Download %1").arg(snapshotName));
}

JobId BackupLauncher::enqueueBackup(HostSession &session,
    const SnapshotScope &scope,
    const QString &folder,
    const QString &snapshotName,
    const QString &title)
{
    BackupRequest request;
    request.scope = scope;
    request.outputFolder = folder;
    if (!snapshotName.isEmpty()) {
        request.source = BackupRequest::Source::ExistingByName;
        request.snapshotName = snapshotName;
    }
    // A retry asks the session for its current client (the key may have been corrected since); the client the
    // job started with stays valid as long as the session, and is the fallback if the session is gone.
    const QPointer<HostSession> sessionGuard(&session);
    const QdrantClient *fallbackClient = &session.client();
    auto factory = [sessionGuard, fallbackClient, request]() -> std::unique_ptr<Job> {
        const QdrantClient &client = sessionGuard ? sessionGuard->client() : *fallbackClient;
        return std::make_unique<BackupJob>(client, request);
    };

    JobDescription description;
    description.kind = snapshotName.isEmpty() ? JobKind::Backup : JobKind::Download;
    description.hostKey = session.profile().id.isEmpty() ? session.profile().baseUrl.toString() : session.profile().id;
    description.serverUrl =
        session.profile().baseUrl.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    description.profileName = session.profile().name;
    description.collection = scope.collection;
    description.title = title;
    description.factory = factory;
    return m_jobs.enqueue(factory(), std::move(description));
}

QString BackupLauncher::defaultRoot(const Profile &profile)
{
    if (!profile.defaultBackupFolder.isEmpty())
        return profile.defaultBackupFolder;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(u"Snapdock"_s);
}

QString BackupLauncher::profileFolder(const Profile &profile, const QString &root)
{
    const QString base = root.isEmpty() ? defaultRoot(profile) : root;
    return QDir(base).filePath(safePathPart(profile.name.isEmpty() ? profile.baseUrl.host() : profile.name));
}

QString BackupLauncher::scopeFolder(const Profile &profile, const SnapshotScope &scope, const QString &root)
{
    const QString part = scope.kind == SnapshotScope::Kind::FullStorage ? u"full-storage"_s : scope.collection;
    return QDir(profileFolder(profile, root)).filePath(safePathPart(part));
}

QString BackupLauncher::safePathPart(const QString &part)
{
    QString safe;
    safe.reserve(part.size());
    for (const QChar c : part) {
        const bool unsafe = c.unicode() < 0x20 || c.unicode() == 0x7f || QStringView(u"/\\:<>\"|?*").contains(c);
        safe.append(unsafe ? u'_' : c);
    }
    safe = safe.trimmed();
    while (safe.endsWith(u'.'))
        safe.chop(1);
    if (safe.isEmpty())
        return u"_"_s;
    if (!SnapshotName::isSafe(safe))
        safe.prepend(u'_'); // reserved device names (CON, NUL, …) or over-long names
    if (!SnapshotName::isSafe(safe)) {
        // Still unsafe: the name is too long for a file name. Keep a readable prefix.
        while (!safe.isEmpty() && !SnapshotName::isSafe(safe))
            safe.chop(1);
        if (safe.isEmpty())
            return u"_"_s;
    }
    return safe;
}

} // namespace Snapdock
