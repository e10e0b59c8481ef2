// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/qdrant/dto/CollectionInfo.h"
#include "gui/models/BrowserTableModel.h"

#include <QDateTime>
#include <QHash>
#include <QIcon>
#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

namespace Snapdock {

// The collections of one host, one row per collection name. Adapts what CollectionLoader fetched (names,
// CollectionInfo, aliases, snapshot counts) and what the history knows (last successful backup); it starts no
// network work itself. Rows are keyed by collection name; setters for a name that has no row are ignored.
//
// Every column has DisplayRole text and a raw SortRole value (numbers, UTC times) for QSortFilterProxyModel.
// Signals: exact beginInsertRows/beginRemoveRows around row changes; one dataChanged per updated row, and one
// for the whole backup columns when the history or the clock moves. GUI thread only.
class CollectionTableModel : public BrowserTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        StatusColumn,
        PointsColumn,
        VectorsColumn,
        ShardsColumn,
        AliasesColumn,
        LastBackupColumn,
        BackupAgeColumn,
        SnapshotsColumn,
        ColumnCount
    };

    enum Role
    {
        SortRole = Qt::UserRole + 1, // raw value: qint64 counts, UTC QDateTime, age in seconds, plain strings
        CollectionNameRole, // the row's collection name, in every column
    };

    using Clock = std::function<QDateTime()>;

    explicit CollectionTableModel(QObject *parent = nullptr);

    // Makes the rows match `names`: rows of names no longer listed are removed, new names are appended, and
    // rows that stay keep their details.
    void setCollections(const QStringList &names);
    void clear();

    // Details of one collection (keyed by info.name); clears that row's error.
    void setInfo(const CollectionInfo &info);
    void setAliases(const QString &collection, const QStringList &aliases);
    // Snapshots the server holds for the collection; -1 = unknown.
    void setSnapshotCount(const QString &collection, int count);
    // Details could not be read; shown in the row's tooltip. Empty clears it.
    void setDetailError(const QString &collection, const QString &message);

    // The time of the last successful backup of each collection (UTC), from the history database. Collections
    // missing from the hash show as never backed up. Hook for MainWindow; may be called at any time.
    void setLastBackups(const QHash<QString, QDateTime> &lastBackups);
    // Collections whose recovery point breaches a schedule's maximum age, with the reason for people. Their
    // last-backup column shows a warning icon and the reason first in its tooltip. Replaces the previous set.
    void setRecoveryWarnings(const QHash<QString, QString> &warnings);
    [[nodiscard]] QString recoveryWarning(const QString &collection) const { return m_warnings.value(collection); }
    // The "now" the age column is measured from (tests); default: the current time.
    void setClock(Clock clock);
    // Re-evaluates the age column (call periodically): one dataChanged for that column.
    void refreshAges();

    [[nodiscard]] QStringList collections() const;
    [[nodiscard]] QString collectionAt(int row) const;
    // -1 when there is no row for `collection`.
    [[nodiscard]] int rowOf(const QString &collection) const { return m_rowByName.value(collection, -1); }
    [[nodiscard]] std::optional<CollectionInfo> info(const QString &collection) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString name;
        std::optional<CollectionInfo> info;
        std::optional<QStringList> aliases;
        int snapshotCount = -1;
        QString error;
    };

    [[nodiscard]] QVariant columnTitle(int column) const override;
    [[nodiscard]] QVariant displayData(const Row &row, int column) const;
    [[nodiscard]] QVariant sortData(const Row &row, int column) const;
    [[nodiscard]] QVariant toolTipData(const Row &row, int column) const;
    [[nodiscard]] QIcon statusIcon(const QString &status) const;
    [[nodiscard]] qint64 backupAgeSeconds(const QString &collection) const;
    void rebuildIndex();

    QList<Row> m_rows;
    QHash<QString, int> m_rowByName;
    QHash<QString, QDateTime> m_lastBackups;
    QHash<QString, QString> m_warnings;
    mutable QIcon m_warningIcon; // painted on first use
    Clock m_clock;
    mutable QHash<QString, QIcon> m_statusIcons; // painted on first use
};

} // namespace Snapdock
