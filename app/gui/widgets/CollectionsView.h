// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace Snapdock {

class CollectionTableModel;
class LoadStateBanner;

// The collections table of one host: a filter line, a state banner (loading, errors with Retry) and a sortable
// table with extended selection. Shows the injected model through its own QSortFilterProxyModel (sorting by
// CollectionTableModel::SortRole, filtering on the name and aliases). Context-menu actions are the table's
// actions (Qt::ActionsContextMenu); the owner adds them.
class CollectionsView : public QWidget
{
    Q_OBJECT

public:
    // `model` must outlive the view.
    explicit CollectionsView(CollectionTableModel &model, QWidget *parent = nullptr);

    // Names of the selected rows, in display order.
    [[nodiscard]] QStringList selectedCollections() const;
    // The collection of the current row, or empty.
    [[nodiscard]] QString currentCollection() const;
    void selectCollections(const QStringList &names);

    [[nodiscard]] QTableView *tableView() const { return m_table; }
    [[nodiscard]] QLineEdit *filterEdit() const { return m_filter; }
    [[nodiscard]] LoadStateBanner *banner() const { return m_banner; }
    [[nodiscard]] QSortFilterProxyModel *proxyModel() const { return m_proxy; }

Q_SIGNALS:
    void selectionChanged();
    // Double-click or Return on a row.
    void collectionActivated(const QString &collection);

private:
    CollectionTableModel &m_model;
    QLineEdit *m_filter;
    LoadStateBanner *m_banner;
    QTableView *m_table;
    QSortFilterProxyModel *m_proxy;
};

} // namespace Snapdock
