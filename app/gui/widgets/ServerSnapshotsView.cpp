// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/widgets/ServerSnapshotsView.h"

#include "gui/models/ServerSnapshotModel.h"
#include "gui/widgets/BrowserTable.h"
#include "gui/widgets/LoadStateBanner.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Snapdock {

namespace {

constexpr int FULL_STORAGE_ROLE = Qt::UserRole + 1;
constexpr int COLLECTION_ROLE = Qt::UserRole + 2;

} // namespace

ServerSnapshotsView::ServerSnapshotsView(ServerSnapshotModel &model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_scopeCombo(new QComboBox(this))
    , m_banner(new LoadStateBanner(this))
    , m_table(new QTableView(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_scopeCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_scopeCombo->setAccessibleName(tr("Snapshots of"));
    auto *scopeLabel = new QLabel(tr("Snapshots &of:"), this);
    scopeLabel->setBuddy(m_scopeCombo);

    BrowserTable::setUp(*m_table,
        *m_proxy,
        m_model,
        ServerSnapshotModel::SortRole,
        ServerSnapshotModel::CreatedColumn,
        Qt::DescendingOrder);
    m_table->setAccessibleName(tr("Server snapshots"));

    auto *top = new QHBoxLayout;
    top->addWidget(scopeLabel);
    top->addWidget(m_scopeCombo);
    top->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addWidget(m_table, 1);

    connect(m_scopeCombo, &QComboBox::currentIndexChanged, this, &ServerSnapshotsView::scopeChanged);
    connect(m_table->selectionModel(),
        &QItemSelectionModel::selectionChanged,
        this,
        &ServerSnapshotsView::selectionChanged);
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &ServerSnapshotsView::selectionChanged);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        Q_EMIT snapshotActivated(index.data(ServerSnapshotModel::SnapshotNameRole).toString());
    });
    connect(&m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_table->resizeColumnsToContents();
    });
}

void ServerSnapshotsView::setCollections(const QStringList &collections, bool hasHost)
{
    const bool hadScope = hasScope();
    const SnapshotScope previous = currentScope();
    {
        const QSignalBlocker blocker(m_scopeCombo);
        m_scopeCombo->clear();
        if (hasHost) {
            m_scopeCombo->addItem(tr("Full storage"));
            m_scopeCombo->setItemData(0, true, FULL_STORAGE_ROLE);
            for (const QString &collection : collections) {
                m_scopeCombo->addItem(collection);
                m_scopeCombo->setItemData(m_scopeCombo->count() - 1, false, FULL_STORAGE_ROLE);
                m_scopeCombo->setItemData(m_scopeCombo->count() - 1, collection, COLLECTION_ROLE);
            }
        }
        int index = hadScope ? indexOfScope(previous) : -1;
        if (index < 0 && m_scopeCombo->count() > 0)
            index = m_scopeCombo->count() > 1 ? 1 : 0; // the first collection, else the full storage
        m_scopeCombo->setCurrentIndex(index);
    }
    const SnapshotScope now = currentScope();
    if (hadScope != hasScope() || now.kind != previous.kind || now.collection != previous.collection)
        Q_EMIT scopeChanged();
}

bool ServerSnapshotsView::hasScope() const
{
    return m_scopeCombo->currentIndex() >= 0;
}

SnapshotScope ServerSnapshotsView::currentScope() const
{
    const int index = m_scopeCombo->currentIndex();
    if (index < 0)
        return {};
    if (m_scopeCombo->itemData(index, FULL_STORAGE_ROLE).toBool())
        return SnapshotScope::fullStorage();
    return SnapshotScope::forCollection(m_scopeCombo->itemData(index, COLLECTION_ROLE).toString());
}

void ServerSnapshotsView::setCurrentScope(const SnapshotScope &scope)
{
    const int index = indexOfScope(scope);
    if (index >= 0)
        m_scopeCombo->setCurrentIndex(index);
}

QStringList ServerSnapshotsView::selectedSnapshotNames() const
{
    return BrowserTable::selectedValues(*m_table, ServerSnapshotModel::SnapshotNameRole);
}

QString ServerSnapshotsView::currentSnapshotName() const
{
    return BrowserTable::currentValue(*m_table, ServerSnapshotModel::SnapshotNameRole);
}

int ServerSnapshotsView::indexOfScope(const SnapshotScope &scope) const
{
    for (int i = 0; i < m_scopeCombo->count(); ++i) {
        const bool full = m_scopeCombo->itemData(i, FULL_STORAGE_ROLE).toBool();
        const bool matches = scope.kind == SnapshotScope::Kind::FullStorage
            ? full
            : (!full && m_scopeCombo->itemData(i, COLLECTION_ROLE).toString() == scope.collection);
        if (matches)
            return i;
    }
    return -1;
}

} // namespace Snapdock
