// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QAbstractItemModel;
class QSortFilterProxyModel;
class QTableView;

namespace Snapdock {

// How the host browser's tables (collections, server snapshots, local backups) look and report their
// selection, so the three views behave alike. Stateless; GUI thread only.
class BrowserTable
{
public:
    BrowserTable() = delete;

    // Shows `source` in `table` through `proxy`, sorted on `sortRole` by `sortColumn`: whole-row extended
    // selection, alternating rows, no word wrap, the table's actions as context menu, no row numbers.
    // Ownership of all three is unchanged.
    static void setUp(QTableView &table,
        QSortFilterProxyModel &proxy,
        QAbstractItemModel &source,
        int sortRole,
        int sortColumn,
        Qt::SortOrder sortOrder);
    // `role` of the selected rows as strings, in display order.
    [[nodiscard]] static QStringList selectedValues(const QTableView &table, int role);
    // `role` of the current row as a string, or empty when there is no current row.
    [[nodiscard]] static QString currentValue(const QTableView &table, int role);
};

} // namespace Snapdock
