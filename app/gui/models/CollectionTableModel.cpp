// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/models/CollectionTableModel.h"

#include "gui/models/DisplayFormat.h"
#include "gui/models/StatusIcons.h"

#include <QColor>
#include <QIcon>
#include <QPainter>
#include <QPixmap>
#include <QSet>

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

namespace {

// A filled circle in the collection's status colour. Status colours are the one place the browser uses fixed
// colours: they mean the same in light and dark themes.
QIcon makeStatusIcon(const QString &status)
{
    QColor colour(0x9e, 0x9e, 0x9e);
    if (status == u"green"_s)
        colour = QColor(0x2e, 0xa0, 0x43);
    else if (status == u"yellow"_s)
        colour = QColor(0xe0, 0xa8, 0x00);
    else if (status == u"red"_s)
        colour = QColor(0xd0, 0x30, 0x30);
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawEllipse(1, 1, 10, 10);
    painter.end();
    return QIcon(pixmap);
}

} // namespace

CollectionTableModel::CollectionTableModel(QObject *parent)
    : BrowserTableModel(ColumnCount, parent)
    , m_clock([] {
        return QDateTime::currentDateTimeUtc();
    })
{}

void CollectionTableModel::setCollections(const QStringList &names)
{
    const QSet<QString> wanted(names.cbegin(), names.cend());
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (wanted.contains(m_rows.at(row).name))
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        rebuildIndex();
        endRemoveRows();
    }
    QStringList added;
    for (const QString &name : names) {
        if (!m_rowByName.contains(name) && !added.contains(name))
            added.append(name);
    }
    if (added.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    for (const QString &name : std::as_const(added)) {
        m_rowByName.insert(name, int(m_rows.size()));
        m_rows.append(Row{ name, std::nullopt, std::nullopt, -1, {} });
    }
    endInsertRows();
}

void CollectionTableModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginRemoveRows({}, 0, int(m_rows.size()) - 1);
    m_rows.clear();
    m_rowByName.clear();
    endRemoveRows();
}

void CollectionTableModel::setInfo(const CollectionInfo &info)
{
    const int row = rowOf(info.name);
    if (row < 0)
        return;
    m_rows[row].info = info;
    m_rows[row].error.clear();
    emitRowsChanged(row, row);
}

void CollectionTableModel::setAliases(const QString &collection, const QStringList &aliases)
{
    const int row = rowOf(collection);
    if (row < 0)
        return;
    m_rows[row].aliases = aliases;
    emitRowsChanged(row, row);
}

void CollectionTableModel::setSnapshotCount(const QString &collection, int count)
{
    const int row = rowOf(collection);
    if (row < 0)
        return;
    m_rows[row].snapshotCount = count;
    emitRowsChanged(row, row);
}

void CollectionTableModel::setDetailError(const QString &collection, const QString &message)
{
    const int row = rowOf(collection);
    if (row < 0)
        return;
    m_rows[row].error = message;
    emitRowsChanged(row, row);
}

void CollectionTableModel::setLastBackups(const QHash<QString, QDateTime> &lastBackups)
{
    m_lastBackups = lastBackups;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, LastBackupColumn), index(int(m_rows.size()) - 1, BackupAgeColumn));
}

void CollectionTableModel::setClock(Clock clock)
{
    m_clock = std::move(clock);
    refreshAges();
}

void CollectionTableModel::setRecoveryWarnings(const QHash<QString, QString> &warnings)
{
    if (warnings == m_warnings)
        return;
    m_warnings = warnings;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, LastBackupColumn), index(int(m_rows.size()) - 1, BackupAgeColumn));
}

void CollectionTableModel::refreshAges()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, BackupAgeColumn), index(int(m_rows.size()) - 1, BackupAgeColumn));
}

QStringList CollectionTableModel::collections() const
{
    QStringList names;
    names.reserve(m_rows.size());
    for (const Row &row : m_rows)
        names.append(row.name);
    return names;
}

QString CollectionTableModel::collectionAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).name : QString();
}

std::optional<CollectionInfo> CollectionTableModel::info(const QString &collection) const
{
    const int row = rowOf(collection);
    return row < 0 ? std::nullopt : m_rows.at(row).info;
}

int CollectionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CollectionTableModel::data(const QModelIndex &index, int role) const
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
    case CollectionNameRole:
        return row.name;
    case Qt::DecorationRole:
        if (index.column() == StatusColumn && row.info)
            return statusIcon(row.info->status);
        if (index.column() == LastBackupColumn && m_warnings.contains(row.name)) {
            if (m_warningIcon.isNull())
                m_warningIcon = StatusIcons::warning();
            return m_warningIcon;
        }
        return {};
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case PointsColumn:
        case ShardsColumn:
        case SnapshotsColumn:
            return numberAlignment();
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant CollectionTableModel::displayData(const Row &row, int column) const
{
    switch (column) {
    case NameColumn:
        return row.name;
    case StatusColumn:
        if (!row.error.isEmpty())
            return tr("error");
        if (!row.info)
            return tr("loading…");
        if (row.info->status == u"green"_s)
            return tr("green");
        if (row.info->status == u"yellow"_s)
            return tr("yellow");
        if (row.info->status == u"grey"_s)
            return tr("grey");
        if (row.info->status == u"red"_s)
            return tr("red");
        return row.info->status;
    case PointsColumn:
        return row.info ? DisplayFormat::count(row.info->pointsCount) : QString();
    case VectorsColumn:
        return row.info ? row.info->vectorsSummary() : QString();
    case ShardsColumn:
        return row.info ? QString::number(row.info->shardNumber) : QString();
    case AliasesColumn:
        return row.aliases ? row.aliases->join(u", "_s) : QString();
    case LastBackupColumn: {
        const QDateTime last = m_lastBackups.value(row.name);
        return last.isValid() ? DisplayFormat::localTime(last) : tr("never");
    }
    case BackupAgeColumn:
        return DisplayFormat::age(backupAgeSeconds(row.name));
    case SnapshotsColumn:
        return row.snapshotCount >= 0 ? QString::number(row.snapshotCount) : QString();
    default:
        return {};
    }
}

QVariant CollectionTableModel::sortData(const Row &row, int column) const
{
    switch (column) {
    case NameColumn:
        return row.name;
    case StatusColumn:
        return row.info ? row.info->status : QString();
    case PointsColumn:
        return row.info ? row.info->pointsCount : qint64(-1);
    case VectorsColumn:
        return row.info ? row.info->vectorsSummary() : QString();
    case ShardsColumn:
        return row.info ? qint64(row.info->shardNumber) : qint64(-1);
    case AliasesColumn:
        return row.aliases ? row.aliases->join(u", "_s) : QString();
    case LastBackupColumn: {
        // Never backed up sorts as the oldest.
        const QDateTime last = m_lastBackups.value(row.name);
        return last.isValid() ? last.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    }
    case BackupAgeColumn: {
        const qint64 age = backupAgeSeconds(row.name);
        return age >= 0 ? age : std::numeric_limits<qint64>::max();
    }
    case SnapshotsColumn:
        return qint64(row.snapshotCount);
    default:
        return {};
    }
}

QVariant CollectionTableModel::toolTipData(const Row &row, int column) const
{
    if (!row.error.isEmpty())
        return row.error;
    if (column == LastBackupColumn || column == BackupAgeColumn) {
        const QDateTime last = m_lastBackups.value(row.name);
        const QString time = last.isValid() ? DisplayFormat::utcTime(last) : tr("No successful backup recorded");
        const QString warning = m_warnings.value(row.name);
        return warning.isEmpty() ? time : tr("⚠ %1\n%2").arg(warning, time);
    }
    return {};
}

QVariant CollectionTableModel::columnTitle(int column) const
{
    switch (column) {
    case NameColumn:
        return tr("Collection");
    case StatusColumn:
        return tr("Status");
    case PointsColumn:
        return tr("Points");
    case VectorsColumn:
        return tr("Vectors");
    case ShardsColumn:
        return tr("Shards");
    case AliasesColumn:
        return tr("Aliases");
    case LastBackupColumn:
        return tr("Last backup");
    case BackupAgeColumn:
        return tr("Age");
    case SnapshotsColumn:
        return tr("Snapshots");
    default:
        return {};
    }
}

QIcon CollectionTableModel::statusIcon(const QString &status) const
{
    auto it = m_statusIcons.find(status);
    if (it == m_statusIcons.end())
        it = m_statusIcons.insert(status, makeStatusIcon(status));
    return *it;
}

qint64 CollectionTableModel::backupAgeSeconds(const QString &collection) const
{
    const QDateTime last = m_lastBackups.value(collection);
    if (!last.isValid())
        return -1;
    return std::max<qint64>(0, last.secsTo(m_clock()));
}

void CollectionTableModel::rebuildIndex()
{
    m_rowByName.clear();
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowByName.insert(m_rows.at(row).name, row);
}

} // namespace Snapdock
