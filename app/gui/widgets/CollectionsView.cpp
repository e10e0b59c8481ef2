// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/widgets/CollectionsView.h"

#include "gui/models/CollectionTableModel.h"
#include "gui/widgets/BrowserTable.h"
#include "gui/widgets/LoadStateBanner.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Snapdock {

CollectionsView::CollectionsView(CollectionTableModel &model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(new QLineEdit(this))
    , m_banner(new LoadStateBanner(this))
    , m_table(new QTableView(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_filter->setPlaceholderText(tr("Filter collections"));
    m_filter->setClearButtonEnabled(true);

    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1); // any column: name, aliases, vectors, status
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    BrowserTable::setUp(*m_table,
        *m_proxy,
        m_model,
        CollectionTableModel::SortRole,
        CollectionTableModel::NameColumn,
        Qt::AscendingOrder);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setAccessibleName(tr("Collections"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_banner);
    layout->addWidget(m_table, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(
        m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CollectionsView::selectionChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &CollectionsView::selectionChanged);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        Q_EMIT collectionActivated(index.data(CollectionTableModel::CollectionNameRole).toString());
    });
    // Columns fit their content once the first details arrive; afterwards the person's widths are kept.
    connect(&m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_model.rowCount() > 0)
            m_table->resizeColumnsToContents();
    });
}

QStringList CollectionsView::selectedCollections() const
{
    return BrowserTable::selectedValues(*m_table, CollectionTableModel::CollectionNameRole);
}

QString CollectionsView::currentCollection() const
{
    return BrowserTable::currentValue(*m_table, CollectionTableModel::CollectionNameRole);
}

void CollectionsView::selectCollections(const QStringList &names)
{
    QItemSelection selection;
    for (const QString &name : names) {
        const int row = m_model.rowOf(name);
        if (row < 0)
            continue;
        const QModelIndex index = m_proxy->mapFromSource(m_model.index(row, 0));
        if (index.isValid())
            selection.select(index, index);
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (!selection.isEmpty())
        m_table->selectionModel()->setCurrentIndex(selection.indexes().constFirst(), QItemSelectionModel::NoUpdate);
}

} // namespace Snapdock
