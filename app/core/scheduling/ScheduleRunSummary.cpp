// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scheduling/ScheduleRunSummary.h"

#include "core/support/Translation.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

namespace {

QString tr(const char *text, int n = -1)
{
    return translateWithFallback("Snapdock::ScheduleRunSummary", text, n);
}

} // namespace

int ScheduleRunSummary::succeededBackups() const
{
    return int(std::count_if(backups.cbegin(), backups.cend(), [](const Backup &backup) {
        return backup.outcome == HistoryOutcome::Succeeded;
    }));
}

QString ScheduleRunSummary::message() const
{
    if (alreadyRunning)
        return failures.value(0);
    if (error)
        return error->userMessage();
    QStringList parts;
    if (outcome == RunOutcome::Cancelled)
        parts.append(tr("cancelled"));
    parts.append(tr("%1 of %2 backups succeeded").arg(succeededBackups()).arg(backups.size()));
    if (!prunedFiles.isEmpty())
        parts.append(tr("%n old backup(s) removed", int(prunedFiles.size())));
    if (prunedOnServer > 0)
        parts.append(tr("%n server snapshot(s) deleted", prunedOnServer));
    if (drillRan)
        parts.append(drillOutcome == RunOutcome::Succeeded ? tr("restore drill passed") : tr("restore drill failed"));
    return parts.join(u"; "_s);
}

WebhookSummary ScheduleRunSummary::toWebhookSummary() const
{
    WebhookSummary summary;
    summary.schedule = scheduleName;
    summary.host = host;
    summary.startedAt = startedAt;
    summary.finishedAt = finishedAt;
    switch (outcome) {
    case RunOutcome::Succeeded:
        summary.outcome = historyOutcomeName(HistoryOutcome::Succeeded);
        break;
    case RunOutcome::Cancelled:
        summary.outcome = historyOutcomeName(HistoryOutcome::Cancelled);
        break;
    case RunOutcome::None:
    case RunOutcome::PartiallyFailed:
    case RunOutcome::Failed:
        summary.outcome = historyOutcomeName(HistoryOutcome::Failed);
        break;
    }
    for (const Backup &backup : backups) {
        summary.backups.append(WebhookSummary::Backup{ backup.collection,
            backup.filePath,
            backup.size,
            backup.sha256,
            historyOutcomeName(backup.outcome),
            backup.error ? backup.error->userMessage() : QString() });
    }
    summary.pruned = prunedFiles;
    // The webhook has room for one drill: the first that failed, else the first.
    const auto failed = std::find_if(drills.cbegin(), drills.cend(), [](const DrillReport &report) {
        return !report.passed;
    });
    if (failed != drills.cend())
        summary.drill = *failed;
    else if (!drills.isEmpty())
        summary.drill = drills.constFirst();
    return summary;
}

} // namespace Snapdock
