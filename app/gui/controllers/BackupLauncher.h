// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jobs/JobId.h"
#include "core/qdrant/SnapshotScope.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Snapdock {

class HostSession;
class JobQueue;
class Profile;

// Turns "back up these collections" and "download this snapshot" into BackupJobs in the JobQueue, one job per
// collection or snapshot, each with a JobDescription whose factory builds a fresh job for retry (using the
// session's client at retry time, so a corrected key is picked up).
//
// Files go to <root>/<profile name>/<collection> (or <root>/<profile name>/full-storage), with every path
// part made safe for the file system. Not a QObject; holds only references. GUI thread only.
class BackupLauncher
{
    Q_DECLARE_TR_FUNCTIONS(BackupLauncher)

public:
    explicit BackupLauncher(JobQueue &jobs);

    // New snapshots of `collections`, downloaded below `root` (empty: the profile's default backup folder).
    QList<JobId> backUpCollections(HostSession &session, const QStringList &collections, const QString &root = {});
    // A snapshot already on the server. `folder` empty: <default root>/<profile>/<collection>; otherwise exactly
    // that folder (chosen by the person).
    JobId downloadSnapshot(
        HostSession &session, const SnapshotScope &scope, const QString &snapshotName, const QString &folder = {});

    // The profile's default backup folder, or Documents/Snapdock when it has none.
    [[nodiscard]] static QString defaultRoot(const Profile &profile);
    // <root>/<profile name>: where this profile's backups are kept and browsed.
    [[nodiscard]] static QString profileFolder(const Profile &profile, const QString &root = {});
    // <root>/<profile name>/<collection | full-storage>.
    [[nodiscard]] static QString scopeFolder(
        const Profile &profile, const SnapshotScope &scope, const QString &root = {});
    // `part` with characters that are unsafe in a file name on any platform replaced by '_' (SnapshotName's
    // rules); never empty, ".", ".." or a reserved device name.
    [[nodiscard]] static QString safePathPart(const QString &part);

private:
    JobId enqueueBackup(HostSession &session,
        const SnapshotScope &scope,
        const QString &folder,
        const QString &snapshotName,
        const QString &title);

    JobQueue &m_jobs;
};

} // namespace Snapdock
