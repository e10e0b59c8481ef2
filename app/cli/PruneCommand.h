// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/Command.h"
#include "core/catalog/LocalBackup.h"
#include "core/retention/RetentionPolicy.h"

#include <QJsonArray>
#include <QSet>
#include <QTimeZone>

namespace Snapdock {
class Job;
struct LocalPruneReport;
struct PendingJob;
} // namespace Snapdock

namespace Snapdock::Cli {

class JobRunner;

// `prune`: applies restic-style retention rules to the backups below --dir (searched recursively, grouped per
// host and collection, --collection filters) and, with --keep-on-server K and --host, keeps only the K newest
// snapshots of each of those collections on the server. Every decision is printed with its reasons, a table per
// group, then a summary; --dry-run decides and prints but deletes nothing; --json prints one document with every
// decision. Periods are local calendar periods of this machine's time zone (TZ).
//
// The local part is synchronous (file deletions), the server part runs one ServerSnapshotPruner per collection
// through a JobRunner; cancel() stops the server part. Exit code: 0; 1 when some deletion failed (the others
// still happen); 2 for usage errors found here (no folder, --keep-on-server without --host); 130 when cancelled.
class PruneCommand final : public Command
{
    Q_OBJECT

public:
    explicit PruneCommand(const CommandContext &context, QObject *parent = nullptr);

    void start() override;
    void cancel() override;

private:
    [[nodiscard]] RetentionPolicy policy() const;
    void pruneLocal(const QList<LocalBackup> &backups);
    void printLocalTables(const LocalPruneReport &report);
    // The collections whose server snapshots to prune: --collection, else those of backups of --host.
    [[nodiscard]] QStringList serverCollections(const QList<LocalBackup> &backups);
    // The jobs in the job journal (running, or interrupted and resumable); empty, with a warning, when unreadable.
    [[nodiscard]] QList<PendingJob> journaledJobs() const;
    // The snapshots of `collection` on --host that those jobs download: never deleted.
    [[nodiscard]] QSet<QString> namesInUse(const QList<PendingJob> &jobs, const QString &collection) const;
    void pruneServer(const QStringList &collections);
    void onServerJobFinished(Job *job);
    void finish();

    QString m_dir; // absolute
    QTimeZone m_zone;
    JobRunner *m_runner = nullptr;
    bool m_cancelRequested = false;
    bool m_cancelled = false;
    int m_localFailures = 0;
    int m_serverFailures = 0;
    int m_serverToRemove = 0; // planned (dry run: would be deleted)
    int m_serverDeleted = 0;
    int m_serverKept = 0;
    qint64 m_serverBytesFreed = 0;
    QJsonArray m_serverJson;
};

} // namespace Snapdock::Cli
