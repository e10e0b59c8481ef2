// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/qdrant/SnapshotScope.h"
#include "core/qdrant/dto/SnapshotDescription.h"
#include "gui/models/BrowserTableModel.h"

#include <QHash>
#include <QList>

#include <optional>

namespace Snapdock {

// The snapshots the server lists for one scope (a collection or the full storage), one row per snapshot name.
// Adapts SnapshotDescription values that the view's loader fetched; starts no network work.
//
// Every column has DisplayRole text and a raw SortRole value: the name, the UTC creation time, the size in
// bytes (qint64), the full checksum. Updates keep rows that are still listed (one dataChanged for the changed
// range), remove gone ones and append new ones with exact begin/end signals. GUI thread only.
class ServerSnapshotModel : public BrowserTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        CreatedColumn,
        SizeColumn,
        ChecksumColumn,
        ColumnCount
    };

    enum Role
    {
        SortRole = Qt::UserRole + 1,
        SnapshotNameRole, // the row's snapshot name, in every column
    };

    explicit ServerSnapshotModel(QObject *parent = nullptr);

    // Shows `snapshots` of `scope`. For the scope already shown, rows are updated in place; for another scope
    // the model is reset.
    void setSnapshots(const SnapshotScope &scope, const QList<SnapshotDescription> &snapshots);
    // Empties the model (keeps no scope).
    void clear();
    void removeSnapshot(const QString &name);

    [[nodiscard]] const SnapshotScope &scope() const { return m_scope; }
    [[nodiscard]] bool hasScope() const { return m_hasScope; }
    [[nodiscard]] std::optional<SnapshotDescription> snapshot(const QString &name) const;
    [[nodiscard]] QString snapshotNameAt(int row) const;
    [[nodiscard]] int rowOf(const QString &name) const { return m_rowByName.value(name, -1); }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QVariant columnTitle(int column) const override;
    void rebuildIndex();

    SnapshotScope m_scope;
    bool m_hasScope = false;
    QList<SnapshotDescription> m_rows;
    QHash<QString, int> m_rowByName;
};

} // namespace Snapdock
