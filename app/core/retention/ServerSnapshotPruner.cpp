// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/retention/ServerSnapshotPruner.h"

#include "core/qdrant/SnapshotOrder.h"
#include "core/storage/SnapshotName.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

ServerSnapshotPruner::ServerSnapshotPruner(const QdrantClient &client, ServerPruneRequest request, QObject *parent)
    : Job(parent)
    , m_client(client)
    , m_request(std::move(request))
{}

int ServerSnapshotPruner::deletedCount() const
{
    return int(std::count_if(m_decisions.cbegin(), m_decisions.cend(), [](const ServerSnapshotDecision &d) {
        return d.deleted;
    }));
}

int ServerSnapshotPruner::failedCount() const
{
    return int(std::count_if(m_decisions.cbegin(), m_decisions.cend(), [](const ServerSnapshotDecision &d) {
        return d.error.has_value();
    }));
}

qint64 ServerSnapshotPruner::bytesFreed() const
{
    qint64 total = 0;
    for (const ServerSnapshotDecision &decision : m_decisions) {
        if (decision.deleted || (m_request.dryRun && !decision.keep))
            total += decision.snapshot.size;
    }
    return total;
}

QList<ServerSnapshotDecision> ServerSnapshotPruner::decide(
    QList<SnapshotDescription> snapshots, int keepNewest, const QSet<QString> &excludedNames)
{
    sortOldestFirst(snapshots);
    std::reverse(snapshots.begin(), snapshots.end());
    QList<ServerSnapshotDecision> decisions;
    decisions.reserve(snapshots.size());
    for (qsizetype i = 0; i < snapshots.size(); ++i) {
        ServerSnapshotDecision decision;
        decision.snapshot = snapshots.at(i);
        if (i < keepNewest) {
            decision.reasons.append(keepNewest == 1 ? tr("kept: the newest on the server")
                                                    : tr("kept: one of the %1 newest on the server").arg(keepNewest));
        }
        if (excludedNames.contains(decision.snapshot.name))
            decision.reasons.append(tr("kept: a running Snapdock job is downloading it"));
        decision.keep = !decision.reasons.isEmpty();
        if (!decision.keep) {
            decision.reasons.append(keepNewest == 0 ? tr("removed: no snapshots are to be kept on the server")
                    : keepNewest == 1               ? tr("removed: older than the newest")
                                                    : tr("removed: older than the %1 newest").arg(keepNewest));
        }
        decisions.append(decision);
    }
    return decisions;
}

void ServerSnapshotPruner::run()
{
    if (m_request.keepNewest < 0) {
        failWith(Error::make(ErrorKind::InvalidArgument,
            tr("the number of snapshots to keep on the server must not be negative (it is %1)")
                .arg(m_request.keepNewest)));
        return;
    }
    const SnapshotScope scope = SnapshotScope::forCollection(m_request.collection);
    setStage(tr("listing the snapshots of %1").arg(scope.describe()));
    auto make = [this, scope] {
        return m_client.listSnapshots(scope);
    };
    runRetriedStep(tr("snapshot listing"), make, [this](ApiCall<QList<SnapshotDescription>> &call) {
        auto snapshots = call.result();
        if (!snapshots) {
            failWith(snapshots.error());
            return;
        }
        m_decisions = decide(*snapshots, m_request.keepNewest, m_request.excludedNames);
        m_plannedDeletions = int(std::count_if(m_decisions.cbegin(), m_decisions.cend(), [](const auto &d) {
            return !d.keep;
        }));
        if (m_request.dryRun) {
            succeed();
            return;
        }
        deleteFrom(0);
    });
}

void ServerSnapshotPruner::deleteFrom(qsizetype index)
{
    while (index < m_decisions.size() && m_decisions.at(index).keep)
        ++index;
    if (index >= m_decisions.size()) {
        finishDeleting();
        return;
    }
    const SnapshotScope scope = SnapshotScope::forCollection(m_request.collection);
    const QString name = m_decisions.at(index).snapshot.name;
    ++m_deletionsDone;
    setStage(
        tr("deleting old snapshot %1 of %2 of %3").arg(m_deletionsDone).arg(m_plannedDeletions).arg(scope.describe()));
    auto make = [this, scope, name] {
        return m_client.deleteSnapshot(scope, name);
    };
    runRetriedStep(tr("snapshot deletion"), make, [this, index, name](ApiCall<OperationOutcome> &call) {
        auto outcome = call.result();
        ServerSnapshotDecision &decision = m_decisions[index];
        if (outcome) {
            decision.deleted = true;
        } else if (outcome.error().kind == ErrorKind::NotFound) {
            // Gone already: an earlier attempt whose answer was lost, or someone else; the goal is reached.
            decision.deleted = true;
            addWarning(tr("The snapshot %1 was already gone from the server.").arg(SnapshotName::quoted(name)));
        } else {
            decision.error = outcome.error();
        }
        deleteFrom(index + 1);
    });
}

void ServerSnapshotPruner::finishDeleting()
{
    const auto failed = std::find_if(m_decisions.cbegin(), m_decisions.cend(), [](const auto &d) {
        return d.error.has_value();
    });
    if (failed == m_decisions.cend()) {
        succeed();
        return;
    }
    const int failures = failedCount();
    if (failures > 1)
        addWarning(
            tr("%1 of %2 old snapshots could not be deleted from the server.").arg(failures).arg(m_plannedDeletions));
    failWith(*failed->error);
}

} // namespace Snapdock
