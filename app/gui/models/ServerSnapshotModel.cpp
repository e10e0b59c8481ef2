// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/models/ServerSnapshotModel.h"

#include "gui/models/DisplayFormat.h"

#include <QSet>

#include <limits>

namespace Snapdock {

namespace {

bool sameScope(const SnapshotScope &a, const SnapshotScope &b)
{
    return a.kind == b.kind && a.collection == b.collection && a.shardId == b.shardId;
}

bool sameSnapshot(const SnapshotDescription &a, const SnapshotDescription &b)
{
    return a.name == b.name && a.creationTime == b.creationTime && a.size == b.size && a.checksum == b.checksum;
}

} // namespace

ServerSnapshotModel::ServerSnapshotModel(QObject *parent)
    : BrowserTableModel(ColumnCount, parent)
{}

void ServerSnapshotModel::setSnapshots(const SnapshotScope &scope, const QList<SnapshotDescription> &snapshots)
{
    if (!m_hasScope || !sameScope(scope, m_scope)) {
        beginResetModel();
        m_scope = scope;
        m_hasScope = true;
        m_rows.clear();
        m_rowByName.clear();
        for (const SnapshotDescription &snapshot : snapshots) {
            if (!m_rowByName.contains(snapshot.name) && !snapshot.name.isEmpty()) {
                m_rowByName.insert(snapshot.name, int(m_rows.size()));
                m_rows.append(snapshot);
            }
        }
        rebuildIndex();
        endResetModel();
        return;
    }

    QHash<QString, SnapshotDescription> listed;
    for (const SnapshotDescription &snapshot : snapshots) {
        if (!snapshot.name.isEmpty() && !listed.contains(snapshot.name))
            listed.insert(snapshot.name, snapshot);
    }
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (listed.contains(m_rows.at(row).name))
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    rebuildIndex();

    // One dataChanged over the range of rows whose values changed.
    int firstChanged = -1;
    int lastChanged = -1;
    for (int row = 0; row < m_rows.size(); ++row) {
        const SnapshotDescription &fresh = listed.value(m_rows.at(row).name);
        if (sameSnapshot(fresh, m_rows.at(row)))
            continue;
        m_rows[row] = fresh;
        if (firstChanged < 0)
            firstChanged = row;
        lastChanged = row;
    }
    if (firstChanged >= 0)
        emitRowsChanged(firstChanged, lastChanged);

    QList<SnapshotDescription> added;
    for (const SnapshotDescription &snapshot : snapshots) {
        if (!m_rowByName.contains(snapshot.name) && listed.contains(snapshot.name)) {
            added.append(listed.take(snapshot.name));
        }
    }
    if (added.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    m_rows.append(added);
    rebuildIndex();
    endInsertRows();
}

void ServerSnapshotModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_rowByName.clear();
    m_scope = {};
    m_hasScope = false;
    endResetModel();
}

void ServerSnapshotModel::removeSnapshot(const QString &name)
{
    const int row = rowOf(name);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    rebuildIndex();
    endRemoveRows();
}

std::optional<SnapshotDescription> ServerSnapshotModel::snapshot(const QString &name) const
{
    const int row = rowOf(name);
    return row < 0 ? std::nullopt : std::optional(m_rows.at(row));
}

QString ServerSnapshotModel::snapshotNameAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).name : QString();
}

int ServerSnapshotModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ServerSnapshotModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SnapshotDescription &snapshot = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return snapshot.name;
        case CreatedColumn:
            return snapshot.creationTime.isValid() ? DisplayFormat::localTime(snapshot.creationTime) : tr("unknown");
        case SizeColumn:
            return DisplayFormat::size(snapshot.size);
        case ChecksumColumn:
            return snapshot.checksum.isEmpty() ? tr("none") : DisplayFormat::shortChecksum(snapshot.checksum);
        default:
            return {};
        }
    case SortRole:
        switch (column) {
        case NameColumn:
            return snapshot.name;
        case CreatedColumn:
            // Unknown times sort as the oldest.
            return snapshot.creationTime.isValid() ? snapshot.creationTime.toMSecsSinceEpoch()
                                                   : std::numeric_limits<qint64>::min();
        case SizeColumn:
            return snapshot.size;
        case ChecksumColumn:
            return snapshot.checksum;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (column) {
        case NameColumn:
            return snapshot.name;
        case CreatedColumn:
            return snapshot.creationTime.isValid() ? DisplayFormat::utcTime(snapshot.creationTime)
                                                   : tr("The server did not report a creation time");
        case SizeColumn:
            return tr("%n byte(s)", nullptr, int(std::min<qint64>(snapshot.size, std::numeric_limits<int>::max())));
        case ChecksumColumn:
            return snapshot.checksum.isEmpty() ? tr("The server reported no SHA-256 for this snapshot")
                                               : snapshot.checksum;
        default:
            return {};
        }
    case SnapshotNameRole:
        return snapshot.name;
    case Qt::TextAlignmentRole:
        if (column == SizeColumn)
            return numberAlignment();
        return {};
    default:
        return {};
    }
}

QVariant ServerSnapshotModel::columnTitle(int column) const
{
    switch (column) {
    case NameColumn:
        return tr("Snapshot");
    case CreatedColumn:
        return tr("Created");
    case SizeColumn:
        return tr("Size");
    case ChecksumColumn:
        return tr("SHA-256");
    default:
        return {};
    }
}

void ServerSnapshotModel::rebuildIndex()
{
    m_rowByName.clear();
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowByName.insert(m_rows.at(row).name, row);
}

} // namespace Snapdock
