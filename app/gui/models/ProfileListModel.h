// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QStringList>

namespace Snapdock {

class ProfileStore;

// The saved connection profiles, one row each, in the store's order. Follows the store's signals with exact
// row inserts and removals. Does no network work.
class ProfileListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        ProfileIdRole = Qt::UserRole + 1,
        UrlRole,
    };

    explicit ProfileListModel(ProfileStore &store, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] QString profileIdAt(int row) const;
    [[nodiscard]] int rowOf(const QString &profileId) const;

private:
    void onProfileAdded(const QString &id);
    void onProfileChanged(const QString &id);
    void onProfileRemoved(const QString &id);

    ProfileStore &m_store;
    QStringList m_ids;
};

} // namespace Snapdock
