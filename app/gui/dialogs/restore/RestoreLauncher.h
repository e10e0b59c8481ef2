// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jobs/JobId.h"
#include "core/jobs/RestorePlan.h"
#include "core/profiles/Profile.h"

#include <QCoreApplication>

namespace Snapdock {

class HostSession;
class JobQueue;

// Turns a planned restore into a queue entry: a RestorePlan job plus a JobDescription (kind Restore) whose factory
// builds a fresh plan with the session's client at retry time. Also knows where safety snapshots go and how a
// server addresses its own snapshots. Not a QObject; holds references only. GUI thread only.
class RestoreLauncher
{
    Q_DECLARE_TR_FUNCTIONS(RestoreLauncher)

public:
    explicit RestoreLauncher(JobQueue &jobs);

    JobId enqueue(HostSession &session, const RestorePlanRequest &request);

    // <profile's backup folder>/safety/<collection> (BackupLauncher::profileFolder(), parts made file-name safe).
    [[nodiscard]] static QString safetyFolder(const Profile &profile, const QString &collection);
    // Where a server finds its own snapshot `name` of `collection`: file://<snapshotsPathOnServer>/<c>/<name> when
    // the profile knows that folder, else the server's own download URL (recovered with the key as api_key).
    [[nodiscard]] static QUrl serverSnapshotLocation(
        const Profile &profile, const QUrl &baseUrl, const QString &collection, const QString &name);
    [[nodiscard]] static QString title(const RestorePlanRequest &request);

private:
    JobQueue &m_jobs;
};

} // namespace Snapdock
