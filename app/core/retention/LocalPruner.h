// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/LocalBackup.h"
#include "core/retention/RetentionPlanner.h"
#include "core/support/Error.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Snapdock {

// What became of one planned backup. Plain value type.
struct LocalPruneOutcome
{
    RetentionDecision decision;
    QString snapshotPath; // empty when the snapshot file was already missing
    QString metadataPath; // empty for a snapshot without metadata
    qint64 size = 0; // bytes of the snapshot file (what removing it frees); 0 when missing
    bool removed = false; // its files are gone (never in a dry run)
    std::optional<Error> error; // why a planned removal failed; the backup's files are then still there
};

struct LocalPruneReport
{
    QList<LocalPruneOutcome> outcomes; // in the plan's order
    QStringList removedFolders; // folders this run emptied and removed, deepest first
    int removedCount = 0; // backups removed (dry run: that would be removed)
    int keptCount = 0;
    int failedCount = 0;
    qint64 bytesFreed = 0; // dry run: that would be freed
};

// Applies a retention plan to a local backup folder: removes the snapshot file and its metadata file of every
// backup the plan removes. It only ever deletes the files of backups that are both in the plan and in the
// scanned list, and only below the folder it was given. A failure on one backup is reported for that backup
// (path and reason) and the others go on. A file without write permission counts as protected and is not
// removed (as `rm` would ask first), which also keeps a backup someone made read-only by hand. Folders that
// the removal left empty are removed too, up to but never including the root folder.
//
// Synchronous and blocking on the file system; stateless, so thread-safe (the GUI calls it on a worker thread).
class LocalPruner
{
public:
    // `rootFolder` is the folder that was scanned (BackupCatalog::scan).
    explicit LocalPruner(QString rootFolder);

    // What the planner needs to know about each scanned backup: the snapshot path as id, the metadata's host
    // (trailing slash removed), collection, shard, backupStartedAt (else backupFinishedAt) and pinned flag.
    // Backups without readable metadata, or whose snapshot file is missing, are not counted by any rule.
    [[nodiscard]] static QList<RetentionCandidate> candidatesFor(const QList<LocalBackup> &backups);

    // Removes what `decisions` (planned from candidatesFor(backups)) remove; with `dryRun` touches nothing and
    // reports what would happen.
    [[nodiscard]] LocalPruneReport apply(
        const QList<LocalBackup> &backups, const QList<RetentionDecision> &decisions, bool dryRun) const;

private:
    [[nodiscard]] std::optional<Error> removeBackup(const LocalBackup &backup) const;
    [[nodiscard]] bool isInsideRoot(const QString &path) const;
    void removeEmptiedFolders(const QStringList &folders, QStringList &removed) const;

    QString m_root; // absolute and clean, without a trailing slash
};

} // namespace Snapdock
