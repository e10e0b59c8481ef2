// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/LocalBackup.h"
#include "gui/models/BrowserTableModel.h"

#include <QHash>
#include <QIcon>
#include <QList>
#include <QStringList>

#include <optional>

namespace Snapdock {

// The backups found in a local folder (BackupCatalog::scan() results), one row per snapshot path, plus the
// outcome of verifications the view ran. Starts no work itself: scanning and hashing happen on worker threads
// in LocalBackupController.
//
// Every column has DisplayRole text (the pin column: a DecorationRole icon) and a raw SortRole value (UTC time,
// size in bytes, points, Status, pinned).
// Rescans keep the rows still present (one dataChanged for the changed range, verification results kept when
// the file is unchanged), remove gone ones and append new ones with exact begin/end signals. GUI thread only.
class LocalBackupModel : public BrowserTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        PinnedColumn, // a pin icon for backups retention never removes
        CollectionColumn,
        FileColumn,
        BackupTimeColumn,
        SizeColumn,
        PointsColumn,
        ChecksumColumn,
        StatusColumn,
        ColumnCount
    };

    enum Role
    {
        SortRole = Qt::UserRole + 1,
        SnapshotPathRole, // the row's snapshot path, in every column
        StatusRole, // the row's Status as int, in every column
        PinnedRole, // bool: the metadata's pinned flag, in every column
    };

    // What the status column says, worst first.
    enum class Status
    {
        Mismatch, // verification found different bytes
        SnapshotMissing,
        MetadataUnreadable,
        SizeMismatch, // the file's size differs from the metadata: damaged or truncated
        VerifyFailed, // the file could not be read to verify it
        NoMetadata,
        Verifying,
        Ok, // metadata and file present, sizes match, not verified yet
        Verified,
    };
    Q_ENUM(Status)

    explicit LocalBackupModel(QObject *parent = nullptr);

    void setBackups(const QList<LocalBackup> &backups);
    void clear();
    void removeBackup(const QString &snapshotPath);
    // The pinned flag of the row's metadata was written (LocalBackupController::setPinned()); ignored for rows
    // without metadata.
    void setPinned(const QString &snapshotPath, bool pinned);

    // Verification of one row started (`Verifying`) or ended (`Verified`, `Mismatch`, `VerifyFailed` with the
    // reason in `detail`). Other values are ignored.
    void setVerifyStatus(const QString &snapshotPath, Status status, const QString &detail = {});

    [[nodiscard]] std::optional<LocalBackup> backup(const QString &snapshotPath) const;
    [[nodiscard]] QString snapshotPathAt(int row) const;
    [[nodiscard]] int rowOf(const QString &snapshotPath) const { return m_rowByPath.value(snapshotPath, -1); }
    [[nodiscard]] Status status(const QString &snapshotPath) const;
    // Whether any of these rows has metadata whose pinned flag is `pinned` (what Pin and Unpin can act on).
    [[nodiscard]] bool anyPinnedEquals(const QStringList &snapshotPaths, bool pinned) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        LocalBackup backup;
        std::optional<Status> verifyStatus; // Verifying, Verified, Mismatch or VerifyFailed
        QString verifyDetail;
    };

    [[nodiscard]] static Status baseStatus(const LocalBackup &backup);
    [[nodiscard]] static Status rowStatus(const Row &row);
    [[nodiscard]] QString statusText(Status status) const;
    [[nodiscard]] QVariant columnTitle(int column) const override;
    [[nodiscard]] QVariant displayData(const Row &row, int column) const;
    [[nodiscard]] QVariant sortData(const Row &row, int column) const;
    [[nodiscard]] QVariant toolTipData(const Row &row, int column) const;
    void rebuildIndex();

    mutable QIcon m_pinIcon; // painted on first use

    QList<Row> m_rows;
    QHash<QString, int> m_rowByPath;
};

} // namespace Snapdock
