// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

namespace Snapdock {

// What the host browser's flat tables (collections, server snapshots, local backups) have in common: a fixed
// number of columns, horizontal header titles per column, whole-row dataChanged and right-aligned numbers.
// Subclasses keep their own rows and implement rowCount(), data() and columnTitle(). GUI thread only.
class BrowserTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const final;
    // Horizontal DisplayRole titles come from columnTitle(); everything else from QAbstractTableModel.
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const final;

protected:
    BrowserTableModel(int columnCount, QObject *parent);

    // The title of `column`, or an invalid QVariant for a column the model does not have.
    [[nodiscard]] virtual QVariant columnTitle(int column) const = 0;
    // One dataChanged over every column of rows `first` to `last`.
    void emitRowsChanged(int first, int last);
    // The Qt::TextAlignmentRole value of number columns.
    [[nodiscard]] static QVariant numberAlignment();

private:
    const int m_columnCount;
};

} // namespace Snapdock
