// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/profiles/Profile.h"
#include "core/scheduling/Schedule.h"
#include "core/support/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace Snapdock {

// Where a schedule's backups are, for the window's checks (prune now, recovery points): below the profile's backup
// folder, along the schedule's folder template. The parts of the template that change per run ({date}, {time} …)
// are never expanded: every run of a collection lies below the folder before the first of them, as ScheduleRun
// assumes when it applies retention. Stateless; safe from any thread.
class ScheduleFolders
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleFolders)

public:
    ScheduleFolders() = delete;

    // The folder holding every backup of the schedule: the template up to its first per-run or {collection}
    // placeholder. InvalidArgument when the profile has no backup folder or the template is not valid.
    [[nodiscard]] static Result<QString> scanRoot(
        const Schedule &schedule, const Profile &profile, const QDateTime &now, const QTimeZone &zone);
    // The folder holding every run of one collection (empty: the full storage): the template up to its first
    // per-run placeholder.
    [[nodiscard]] static Result<QString> collectionFolder(const Schedule &schedule,
        const Profile &profile,
        const QString &collection,
        const QDateTime &now,
        const QTimeZone &zone);
    // Whether `path` lies below `folder` (both cleaned; never `folder` itself).
    [[nodiscard]] static bool isInside(const QString &path, const QString &folder);
};

} // namespace Snapdock
