// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/qdrant/SnapshotScope.h"

#include <QStringList>
#include <QWidget>

class QComboBox;
class QSortFilterProxyModel;
class QTableView;

namespace Snapdock {

class LoadStateBanner;
class ServerSnapshotModel;

// The snapshots on the server for one scope: a scope chooser ("Full storage" and each collection), a state
// banner and a sortable table of the injected model (sorted by ServerSnapshotModel::SortRole). Context-menu
// actions are the table's actions; the owner adds them.
class ServerSnapshotsView : public QWidget
{
    Q_OBJECT

public:
    // `model` must outlive the view.
    explicit ServerSnapshotsView(ServerSnapshotModel &model, QWidget *parent = nullptr);

    // Offers "Full storage" plus `collections`; keeps the current choice when it is still offered. Empty list
    // and `hasHost` false: nothing can be chosen.
    void setCollections(const QStringList &collections, bool hasHost = true);
    [[nodiscard]] bool hasScope() const;
    [[nodiscard]] SnapshotScope currentScope() const;
    // Chooses `scope` if offered; scopeChanged() follows when that changes the choice.
    void setCurrentScope(const SnapshotScope &scope);

    [[nodiscard]] QStringList selectedSnapshotNames() const;
    [[nodiscard]] QString currentSnapshotName() const;

    [[nodiscard]] QTableView *tableView() const { return m_table; }
    [[nodiscard]] QComboBox *scopeCombo() const { return m_scopeCombo; }
    [[nodiscard]] LoadStateBanner *banner() const { return m_banner; }

Q_SIGNALS:
    void scopeChanged();
    void selectionChanged();
    // Double-click on a row.
    void snapshotActivated(const QString &name);

private:
    [[nodiscard]] int indexOfScope(const SnapshotScope &scope) const;

    ServerSnapshotModel &m_model;
    QComboBox *m_scopeCombo;
    LoadStateBanner *m_banner;
    QTableView *m_table;
    QSortFilterProxyModel *m_proxy;
};

} // namespace Snapdock
