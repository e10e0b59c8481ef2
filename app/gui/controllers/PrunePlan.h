// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/LocalBackup.h"
#include "core/retention/LocalPruner.h"
#include "core/retention/RetentionPlanner.h"
#include "core/retention/RetentionPolicy.h"

#include <QList>
#include <QString>

namespace Snapdock {

// What "Prune now" would do to a schedule's local backups, decided before anything is removed: the backups of the
// schedule's collections below its folder, a decision with its reasons for each, and the dry run's totals. The
// same plan is what PruneController::apply() carries out, so nothing is removed that the person was not shown.
// Plain value.
struct PrunePlan
{
    QString scheduleId;
    QString scheduleName;
    QString host; // the profile's server, credential-free
    QString profileName;
    QString rootFolder; // the folder scanned; nothing outside it is touched
    RetentionPolicy policy;
    QList<LocalBackup> backups; // the schedule's backups, as scanned
    QList<RetentionDecision> decisions; // one per counted backup, in the planner's order
    LocalPruneReport preview; // the dry run: what would be removed and freed

    [[nodiscard]] int removeCount() const { return preview.removedCount; }
};

} // namespace Snapdock
