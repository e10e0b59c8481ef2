// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jobs/Job.h"
#include "core/qdrant/QdrantClient.h"

#include <QList>
#include <QSet>
#include <QStringList>

#include <optional>

namespace Snapdock {

struct ServerPruneRequest
{
    QString collection;
    int keepNewest = 1; // K: how many of the newest snapshots stay on the server (0: none; negative: refused)
    // Names a running Snapdock job is downloading: never deleted, whatever their age.
    QSet<QString> excludedNames{};
    bool dryRun = false; // list and decide, delete nothing
};

// What the pruner decided about one snapshot on the server, and what came of it. Plain value type.
struct ServerSnapshotDecision
{
    SnapshotDescription snapshot;
    bool keep = true;
    QStringList reasons; // "kept: one of the 3 newest on the server", "removed: older than the 3 newest"
    bool deleted = false; // gone from the server (never in a dry run)
    std::optional<Error> error; // why a planned deletion failed
};

// Keeps only the K newest snapshots of one collection on the server, because Qdrant servers fill their disks
// with old snapshots: lists them, orders them by creation time (ties, and snapshots without one, by name:
// Qdrant's names end in a UTC timestamp), and deletes the older ones one at a time. A deletion that fails is
// recorded for its snapshot and the others are still tried; the job then fails with the first such error.
// A snapshot already gone when it is deleted (404) counts as deleted. Requests are retried as Job describes.
//
// Lifetime and signals as for every Job: finished() exactly once; decisions() is complete afterwards (and
// holds what was done so far when it failed or was cancelled). `client` must outlive the job.
class ServerSnapshotPruner final : public Job
{
    Q_OBJECT

public:
    ServerSnapshotPruner(const QdrantClient &client, ServerPruneRequest request, QObject *parent = nullptr);

    [[nodiscard]] const ServerPruneRequest &request() const { return m_request; }
    // Newest first; empty until the listing succeeded.
    [[nodiscard]] const QList<ServerSnapshotDecision> &decisions() const { return m_decisions; }
    [[nodiscard]] int deletedCount() const;
    [[nodiscard]] int failedCount() const;
    [[nodiscard]] qint64 bytesFreed() const; // of the deleted snapshots (dry run: that would be freed)

    // The decision alone, newest first: the `keepNewest` (≥ 0) newest and the excluded ones are kept.
    [[nodiscard]] static QList<ServerSnapshotDecision> decide(
        QList<SnapshotDescription> snapshots, int keepNewest, const QSet<QString> &excludedNames);

protected:
    void run() override;

private:
    void deleteFrom(qsizetype index);
    void finishDeleting();

    const QdrantClient &m_client;
    ServerPruneRequest m_request;
    QList<ServerSnapshotDecision> m_decisions;
    int m_plannedDeletions = 0;
    int m_deletionsDone = 0;
};

} // namespace Snapdock
