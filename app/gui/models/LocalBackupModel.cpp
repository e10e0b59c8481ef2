// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/models/LocalBackupModel.h"

#include "gui/models/DisplayFormat.h"
#include "gui/models/StatusIcons.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <limits>

namespace Snapdock {

namespace {

// Same file, same content as far as the catalog can tell without hashing.
bool sameBackup(const LocalBackup &a, const LocalBackup &b)
{
    return a.snapshotPath == b.snapshotPath && a.metadataPath == b.metadataPath && a.hasMetadata == b.hasMetadata
        && a.metadataError == b.metadataError && a.snapshotMissing == b.snapshotMissing
        && a.sizeMatches == b.sizeMatches && a.fileSize == b.fileSize && a.fileModified == b.fileModified
        && a.metadata.sha256 == b.metadata.sha256 && a.metadata.pointsCount == b.metadata.pointsCount
        && a.metadata.collection == b.metadata.collection && a.metadata.pinned == b.metadata.pinned;
}

} // namespace

LocalBackupModel::LocalBackupModel(QObject *parent)
    : BrowserTableModel(ColumnCount, parent)
{}

void LocalBackupModel::setBackups(const QList<LocalBackup> &backups)
{
    QHash<QString, LocalBackup> listed;
    for (const LocalBackup &backup : backups) {
        if (!backup.snapshotPath.isEmpty() && !listed.contains(backup.snapshotPath))
            listed.insert(backup.snapshotPath, backup);
    }
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (listed.contains(m_rows.at(row).backup.snapshotPath))
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    rebuildIndex();

    int firstChanged = -1;
    int lastChanged = -1;
    for (int row = 0; row < m_rows.size(); ++row) {
        Row &current = m_rows[row];
        const LocalBackup fresh = listed.value(current.backup.snapshotPath);
        if (sameBackup(fresh, current.backup))
            continue;
        // The file changed on disk: an earlier verification no longer says anything about it.
        current.backup = fresh;
        current.verifyStatus.reset();
        current.verifyDetail.clear();
        if (firstChanged < 0)
            firstChanged = row;
        lastChanged = row;
    }
    if (firstChanged >= 0)
        emitRowsChanged(firstChanged, lastChanged);

    QList<Row> added;
    for (const LocalBackup &backup : backups) {
        if (!m_rowByPath.contains(backup.snapshotPath) && listed.contains(backup.snapshotPath))
            added.append(Row{ listed.take(backup.snapshotPath), std::nullopt, {} });
    }
    if (added.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    m_rows.append(added);
    rebuildIndex();
    endInsertRows();
}

void LocalBackupModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginRemoveRows({}, 0, int(m_rows.size()) - 1);
    m_rows.clear();
    m_rowByPath.clear();
    endRemoveRows();
}

void LocalBackupModel::removeBackup(const QString &snapshotPath)
{
    const int row = rowOf(snapshotPath);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    rebuildIndex();
    endRemoveRows();
}

void LocalBackupModel::setPinned(const QString &snapshotPath, bool pinned)
{
    const int row = rowOf(snapshotPath);
    if (row < 0 || !m_rows.at(row).backup.hasMetadata || m_rows.at(row).backup.metadata.pinned == pinned)
        return;
    m_rows[row].backup.metadata.pinned = pinned;
    emitRowsChanged(row, row);
}

void LocalBackupModel::setVerifyStatus(const QString &snapshotPath, Status status, const QString &detail)
{
    const int row = rowOf(snapshotPath);
    if (row < 0)
        return;
    if (status != Status::Verifying && status != Status::Verified && status != Status::Mismatch
        && status != Status::VerifyFailed)
        return;
    m_rows[row].verifyStatus = status;
    m_rows[row].verifyDetail = detail;
    emitRowsChanged(row, row);
}

std::optional<LocalBackup> LocalBackupModel::backup(const QString &snapshotPath) const
{
    const int row = rowOf(snapshotPath);
    return row < 0 ? std::nullopt : std::optional(m_rows.at(row).backup);
}

QString LocalBackupModel::snapshotPathAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).backup.snapshotPath : QString();
}

LocalBackupModel::Status LocalBackupModel::status(const QString &snapshotPath) const
{
    const int row = rowOf(snapshotPath);
    return row < 0 ? Status::SnapshotMissing : rowStatus(m_rows.at(row));
}

bool LocalBackupModel::anyPinnedEquals(const QStringList &snapshotPaths, bool pinned) const
{
    return std::any_of(snapshotPaths.cbegin(), snapshotPaths.cend(), [this, pinned](const QString &path) {
        const int row = rowOf(path);
        return row >= 0 && m_rows.at(row).backup.hasMetadata && m_rows.at(row).backup.metadata.pinned == pinned;
    });
}

int LocalBackupModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant LocalBackupModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case SortRole:
        return sortData(row, index.column());
    case Qt::ToolTipRole:
        return toolTipData(row, index.column());
    case SnapshotPathRole:
        return row.backup.snapshotPath;
    case StatusRole:
        return int(rowStatus(row));
    case PinnedRole:
        return row.backup.hasMetadata && row.backup.metadata.pinned;
    case Qt::DecorationRole:
        if (index.column() != PinnedColumn || !row.backup.hasMetadata || !row.backup.metadata.pinned)
            return {};
        if (m_pinIcon.isNull())
            m_pinIcon = StatusIcons::pin();
        return m_pinIcon;
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn || index.column() == PointsColumn)
            return numberAlignment();
        return {};
    default:
        return {};
    }
}

QVariant LocalBackupModel::columnTitle(int column) const
{
    switch (column) {
    case PinnedColumn:
        return tr("Pinned");
    case CollectionColumn:
        return tr("Collection");
    case FileColumn:
        return tr("Snapshot file");
    case BackupTimeColumn:
        return tr("Backed up");
    case SizeColumn:
        return tr("Size");
    case PointsColumn:
        return tr("Points");
    case ChecksumColumn:
        return tr("SHA-256");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

LocalBackupModel::Status LocalBackupModel::baseStatus(const LocalBackup &backup)
{
    if (backup.snapshotMissing)
        return Status::SnapshotMissing;
    if (!backup.metadataError.isEmpty())
        return Status::MetadataUnreadable;
    if (!backup.hasMetadata)
        return Status::NoMetadata;
    if (!backup.sizeMatches)
        return Status::SizeMismatch;
    return Status::Ok;
}

LocalBackupModel::Status LocalBackupModel::rowStatus(const Row &row)
{
    return row.verifyStatus.value_or(baseStatus(row.backup));
}

QString LocalBackupModel::statusText(Status status) const
{
    switch (status) {
    case Status::Mismatch:
        return tr("mismatch ✗");
    case Status::SnapshotMissing:
        return tr("snapshot missing");
    case Status::MetadataUnreadable:
        return tr("metadata unreadable");
    case Status::SizeMismatch:
        return tr("size differs ✗");
    case Status::VerifyFailed:
        return tr("cannot verify");
    case Status::NoMetadata:
        return tr("no metadata");
    case Status::Verifying:
        return tr("verifying…");
    case Status::Ok:
        return tr("ok");
    case Status::Verified:
        return tr("verified ✓");
    }
    return {};
}

QVariant LocalBackupModel::displayData(const Row &row, int column) const
{
    const LocalBackup &backup = row.backup;
    switch (column) {
    case PinnedColumn:
        return QString(); // the icon says it
    case CollectionColumn:
        if (backup.metadata.kind == QLatin1StringView("full"))
            return tr("Full storage");
        return backup.metadata.collection;
    case FileColumn:
        return QFileInfo(backup.snapshotPath).fileName();
    case BackupTimeColumn:
        return DisplayFormat::localTime(backup.sortTime());
    case SizeColumn:
        return DisplayFormat::size(backup.snapshotMissing ? backup.metadata.size : backup.fileSize);
    case PointsColumn:
        return backup.hasMetadata ? DisplayFormat::count(backup.metadata.pointsCount) : QString();
    case ChecksumColumn:
        return DisplayFormat::shortChecksum(backup.metadata.sha256);
    case StatusColumn:
        return statusText(rowStatus(row));
    default:
        return {};
    }
}

QVariant LocalBackupModel::sortData(const Row &row, int column) const
{
    const LocalBackup &backup = row.backup;
    switch (column) {
    case PinnedColumn:
        return backup.hasMetadata && backup.metadata.pinned;
    case CollectionColumn:
        return backup.metadata.collection;
    case FileColumn:
        return QFileInfo(backup.snapshotPath).fileName();
    case BackupTimeColumn: {
        const QDateTime time = backup.sortTime();
        return time.isValid() ? time.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    }
    case SizeColumn:
        return backup.snapshotMissing ? backup.metadata.size : backup.fileSize;
    case PointsColumn:
        return backup.hasMetadata ? backup.metadata.pointsCount : qint64(-1);
    case ChecksumColumn:
        return backup.metadata.sha256;
    case StatusColumn:
        return int(rowStatus(row));
    default:
        return {};
    }
}

QVariant LocalBackupModel::toolTipData(const Row &row, int column) const
{
    const LocalBackup &backup = row.backup;
    switch (column) {
    case PinnedColumn:
        return backup.hasMetadata && backup.metadata.pinned ? tr("Pinned: retention never removes this backup")
                                                            : QVariant();
    case FileColumn:
        return QDir::toNativeSeparators(backup.snapshotPath);
    case BackupTimeColumn:
        return DisplayFormat::utcTime(backup.sortTime());
    case ChecksumColumn:
        return backup.metadata.sha256;
    case StatusColumn:
        if (!row.verifyDetail.isEmpty())
            return row.verifyDetail;
        if (!backup.metadataError.isEmpty())
            return backup.metadataError;
        return {};
    default:
        return {};
    }
}

void LocalBackupModel::rebuildIndex()
{
    m_rowByPath.clear();
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowByPath.insert(m_rows.at(row).backup.snapshotPath, row);
}

} // namespace Snapdock
