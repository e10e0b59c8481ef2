// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace Snapdock {

class LoadStateBanner;
class LocalBackupModel;

// The backups in a local folder: the folder's path with a "Choose folder…" button, a state banner and a
// sortable table of the injected model (sorted by LocalBackupModel::SortRole). Context-menu actions are the
// table's actions; the owner adds them.
class LocalBackupsView : public QWidget
{
    Q_OBJECT

public:
    // `model` must outlive the view.
    explicit LocalBackupsView(LocalBackupModel &model, QWidget *parent = nullptr);

    void setFolder(const QString &folder);
    [[nodiscard]] QStringList selectedPaths() const;
    [[nodiscard]] QString currentPath() const;

    [[nodiscard]] QTableView *tableView() const { return m_table; }
    [[nodiscard]] LoadStateBanner *banner() const { return m_banner; }
    [[nodiscard]] QPushButton *chooseFolderButton() const { return m_chooseButton; }

Q_SIGNALS:
    void selectionChanged();
    // Double-click on a row.
    void backupActivated(const QString &snapshotPath);
    void chooseFolderRequested();

private:
    LocalBackupModel &m_model;
    QLabel *m_folderLabel;
    QPushButton *m_chooseButton;
    LoadStateBanner *m_banner;
    QTableView *m_table;
    QSortFilterProxyModel *m_proxy;
};

} // namespace Snapdock
