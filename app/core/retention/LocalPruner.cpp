// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/retention/LocalPruner.h"

#include "core/support/Translation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <algorithm>
#include <set>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

namespace {

QString tr(const char *text)
{
    return translateWithFallback("Snapdock::LocalPruner", text);
}

QString cleanAbsolute(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

// Hosts are compared as text; "http://h:6333/" and "http://h:6333" are the same server.
QString groupHost(const QString &host)
{
    QString trimmed = host;
    while (trimmed.endsWith(u'/'))
        trimmed.chop(1);
    return trimmed;
}

bool isWriteProtected(const QFileInfo &file)
{
    return !(file.permissions() & QFileDevice::WriteOwner);
}

Error removalError(const QString &path, const QFile &file)
{
    // QFile reports no errno category for remove(); a folder we may not write is the usual cause.
    const QFileInfo folder(QFileInfo(path).absolutePath());
    const ErrorKind kind =
        folder.exists() && !folder.isWritable() ? ErrorKind::LocalPermissionDenied : ErrorKind::LocalIoError;
    return Error::make(kind, tr("removing %1: %2").arg(path, file.errorString()));
}

} // namespace

LocalPruner::LocalPruner(QString rootFolder)
    : m_root(cleanAbsolute(rootFolder))
{}

QList<RetentionCandidate> LocalPruner::candidatesFor(const QList<LocalBackup> &backups)
{
    QList<RetentionCandidate> candidates;
    candidates.reserve(backups.size());
    for (const LocalBackup &backup : backups) {
        RetentionCandidate candidate;
        candidate.id = backup.snapshotPath;
        if (!backup.hasMetadata) {
            // Without metadata there is no trustworthy backup time (a copy changes the file's mtime).
            candidate.notCountedReason = backup.metadataPath.isEmpty()
                ? tr("it has no metadata file, so its backup time is unknown")
                : tr("its metadata file cannot be read, so its backup time is unknown (%1)").arg(backup.metadataError);
        } else {
            const SnapshotMetadata &metadata = backup.metadata;
            candidate.host = groupHost(metadata.host);
            candidate.collection = metadata.collection;
            candidate.shardId = metadata.kind == u"shard" ? metadata.shardId : -1;
            // The start is the moment the data was captured (restic's snapshot time too).
            candidate.time = metadata.backupStartedAt.isValid() ? metadata.backupStartedAt : metadata.backupFinishedAt;
            candidate.pinned = metadata.pinned;
            if (backup.snapshotMissing)
                candidate.notCountedReason = tr("its snapshot file is missing, so no rule counts it");
        }
        candidates.append(candidate);
    }
    return candidates;
}

LocalPruneReport LocalPruner::apply(
    const QList<LocalBackup> &backups, const QList<RetentionDecision> &decisions, bool dryRun) const
{
    QHash<QString, const LocalBackup *> byPath;
    for (const LocalBackup &backup : backups)
        byPath.insert(backup.snapshotPath, &backup);

    LocalPruneReport report;
    QStringList touchedFolders;
    for (const RetentionDecision &decision : decisions) {
        LocalPruneOutcome outcome;
        outcome.decision = decision;
        const LocalBackup *backup = byPath.value(decision.backup.id);
        if (backup) {
            outcome.snapshotPath = backup->snapshotMissing ? QString() : backup->snapshotPath;
            outcome.metadataPath = backup->metadataPath;
            outcome.size = std::max<qint64>(0, backup->fileSize);
        }
        if (decision.keep) {
            ++report.keptCount;
        } else if (!backup) {
            outcome.error = Error::make(ErrorKind::InvalidArgument,
                tr("%1 is not among the scanned backups, so it was left alone").arg(decision.backup.id));
        } else if (dryRun) {
            ++report.removedCount;
            report.bytesFreed += outcome.size;
        } else if (auto error = removeBackup(*backup)) {
            outcome.error = *error;
        } else {
            outcome.removed = true;
            ++report.removedCount;
            report.bytesFreed += outcome.size;
            touchedFolders.append(QFileInfo(backup->snapshotPath).absolutePath());
            if (!backup->metadataPath.isEmpty())
                touchedFolders.append(QFileInfo(backup->metadataPath).absolutePath());
        }
        if (outcome.error)
            ++report.failedCount;
        report.outcomes.append(outcome);
    }
    removeEmptiedFolders(touchedFolders, report.removedFolders);
    return report;
}

std::optional<Error> LocalPruner::removeBackup(const LocalBackup &backup) const
{
    QStringList files;
    if (!backup.snapshotMissing)
        files.append(backup.snapshotPath);
    if (!backup.metadataPath.isEmpty())
        files.append(backup.metadataPath);
    // Check everything before deleting anything, so that a refusal leaves the backup whole.
    for (const QString &path : std::as_const(files)) {
        if (!isInsideRoot(path))
            return Error::make(ErrorKind::InvalidArgument,
                tr("%1 is outside the backup folder %2, so it was left alone").arg(path, m_root));
        const QFileInfo info(path);
        if (info.exists() && isWriteProtected(info))
            return Error::make(ErrorKind::LocalPermissionDenied,
                tr("%1 is write-protected, so the backup was left in place (make it writable to let prune "
                   "remove it, or pin it to keep it)")
                    .arg(path));
    }
    // The snapshot goes first: if its metadata then cannot be removed, what is left is a small file that
    // the catalog shows as "snapshot missing", never a snapshot without its checksum.
    for (const QString &path : std::as_const(files)) {
        QFile file(path);
        if (file.exists() && !file.remove())
            return removalError(path, file);
    }
    return std::nullopt;
}

bool LocalPruner::isInsideRoot(const QString &path) const
{
    const QString clean = cleanAbsolute(path);
    const QString prefix = m_root.endsWith(u'/') ? m_root : m_root + u'/';
    return clean.startsWith(prefix) && clean.size() > prefix.size();
}

void LocalPruner::removeEmptiedFolders(const QStringList &folders, QStringList &removed) const
{
    // Deepest first, so that a parent is looked at only after every emptied folder below it is gone.
    const auto deeperFirst = [](const QString &a, const QString &b) {
        const qsizetype depthA = a.count(u'/');
        const qsizetype depthB = b.count(u'/');
        return depthA != depthB ? depthA > depthB : a < b;
    };
    std::set<QString, decltype(deeperFirst)> pending(deeperFirst);
    for (const QString &folder : folders) {
        if (isInsideRoot(folder))
            pending.insert(cleanAbsolute(folder));
    }
    while (!pending.empty()) {
        const QString folder = *pending.begin();
        pending.erase(pending.begin());
        // rmdir() refuses a folder that is not empty, so a file appearing meanwhile is never lost.
        if (!QDir(folder).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)
            || !QDir().rmdir(folder))
            continue;
        removed.append(folder);
        const QString parent = QFileInfo(folder).absolutePath();
        if (isInsideRoot(parent))
            pending.insert(parent);
    }
}

} // namespace Snapdock
