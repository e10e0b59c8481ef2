// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/widgets/LocalBackupsView.h"

#include "gui/models/LocalBackupModel.h"
#include "gui/widgets/BrowserTable.h"
#include "gui/widgets/LoadStateBanner.h"

#include <QDir>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Snapdock {

LocalBackupsView::LocalBackupsView(LocalBackupModel &model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_folderLabel(new QLabel(this))
    , m_chooseButton(new QPushButton(tr("Choose &folder…"), this))
    , m_banner(new LoadStateBanner(this))
    , m_table(new QTableView(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_folderLabel->setTextFormat(Qt::PlainText);
    m_folderLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_folderLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    BrowserTable::setUp(*m_table,
        *m_proxy,
        m_model,
        LocalBackupModel::SortRole,
        LocalBackupModel::BackupTimeColumn,
        Qt::DescendingOrder);
    m_table->setAccessibleName(tr("Local backups"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_folderLabel, 1);
    top->addWidget(m_chooseButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addWidget(m_table, 1);

    connect(m_chooseButton, &QPushButton::clicked, this, &LocalBackupsView::chooseFolderRequested);
    connect(
        m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LocalBackupsView::selectionChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &LocalBackupsView::selectionChanged);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        Q_EMIT backupActivated(index.data(LocalBackupModel::SnapshotPathRole).toString());
    });
    connect(&m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        m_table->resizeColumnsToContents();
    });
}

void LocalBackupsView::setFolder(const QString &folder)
{
    m_folderLabel->setText(
        folder.isEmpty() ? tr("No backup folder") : tr("Folder: %1").arg(QDir::toNativeSeparators(folder)));
    m_folderLabel->setToolTip(QDir::toNativeSeparators(folder));
}

QStringList LocalBackupsView::selectedPaths() const
{
    return BrowserTable::selectedValues(*m_table, LocalBackupModel::SnapshotPathRole);
}

QString LocalBackupsView::currentPath() const
{
    return BrowserTable::currentValue(*m_table, LocalBackupModel::SnapshotPathRole);
}

} // namespace Snapdock
