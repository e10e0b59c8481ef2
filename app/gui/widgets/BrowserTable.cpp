// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/widgets/BrowserTable.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSortFilterProxyModel>
#include <QTableView>

#include <algorithm>

namespace Snapdock {

void BrowserTable::setUp(QTableView &table,
    QSortFilterProxyModel &proxy,
    QAbstractItemModel &source,
    int sortRole,
    int sortColumn,
    Qt::SortOrder sortOrder)
{
    proxy.setSourceModel(&source);
    proxy.setSortRole(sortRole);
    table.setModel(&proxy);
    table.setSortingEnabled(true);
    table.sortByColumn(sortColumn, sortOrder);
    table.setSelectionBehavior(QAbstractItemView::SelectRows);
    table.setSelectionMode(QAbstractItemView::ExtendedSelection);
    table.setAlternatingRowColors(true);
    table.setWordWrap(false);
    table.setContextMenuPolicy(Qt::ActionsContextMenu);
    table.verticalHeader()->hide();
    table.horizontalHeader()->setStretchLastSection(true);
}

QStringList BrowserTable::selectedValues(const QTableView &table, int role)
{
    // selectedRows() comes in the order the rows were selected; callers act in the order the person sees.
    QModelIndexList rows = table.selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) {
        return a.row() < b.row();
    });
    QStringList values;
    for (const QModelIndex &index : std::as_const(rows))
        values.append(index.data(role).toString());
    return values;
}

QString BrowserTable::currentValue(const QTableView &table, int role)
{
    const QModelIndex current = table.selectionModel()->currentIndex();
    return current.isValid() ? current.data(role).toString() : QString();
}

} // namespace Snapdock
