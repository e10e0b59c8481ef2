// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/history/HistoryRecord.h"
#include "core/jobs/DrillReport.h"
#include "core/monitoring/WebhookSummary.h"
#include "core/scheduling/ScheduleRunState.h"
#include "core/support/Error.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Snapdock {

// What one run of a schedule did: the backup of each collection, what retention removed, the restore drills, and
// everything that failed. Plain value type, complete once ScheduleRun::finished() was emitted. Holds no key.
struct ScheduleRunSummary
{
    // One collection's backup (an empty collection: the full storage).
    struct Backup
    {
        QString collection;
        HistoryOutcome outcome = HistoryOutcome::Failed;
        QString filePath; // empty unless it succeeded
        qint64 size = -1;
        QString sha256;
        std::optional<Error> error;
    };

    QString scheduleId;
    QString scheduleName;
    QString host; // the server's URL, without credentials
    QDateTime slot; // UTC: the slot the run stands for
    QDateTime startedAt; // UTC, from the run's clock
    QDateTime finishedAt;
    RunOutcome outcome = RunOutcome::None;

    // The run did not happen because another process runs the schedule; `failures` names the holder.
    bool alreadyRunning = false;
    // Why the run stopped before backing anything up (the collections could not be listed, the profile has no backup
    // folder, the lock file could not be created); none when it got that far.
    std::optional<Error> error;

    QList<Backup> backups;
    QStringList prunedFiles; // local snapshot files retention removed
    qint64 prunedBytes = 0;
    int prunedOnServer = 0; // server snapshots deleted to keep `keepOnServer`
    bool drillRan = false;
    RunOutcome drillOutcome = RunOutcome::None;
    QList<DrillReport> drills; // one per collection drilled
    QStringList failures; // one line per failure, for people and the log
    QStringList warnings; // what did not fail the run (e.g. the webhook could not be reached)

    [[nodiscard]] int succeededBackups() const;
    // One line for people and ScheduleRunState::lastMessage: "3 of 4 backups succeeded; 2 old backups removed;
    // restore drill passed". Translated.
    [[nodiscard]] QString message() const;
    // The document the schedule's webhook receives.
    [[nodiscard]] WebhookSummary toWebhookSummary() const;
};

} // namespace Snapdock
