// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/models/ProfileListModel.h"

#include "core/profiles/ProfileStore.h"

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

ProfileListModel::ProfileListModel(ProfileStore &store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_ids(store.ids())
{
    connect(&m_store, &ProfileStore::profileAdded, this, &ProfileListModel::onProfileAdded);
    connect(&m_store, &ProfileStore::profileChanged, this, &ProfileListModel::onProfileChanged);
    connect(&m_store, &ProfileStore::profileRemoved, this, &ProfileListModel::onProfileRemoved);
}

int ProfileListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_ids.size());
}

QVariant ProfileListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString id = m_ids.at(index.row());
    const auto profile = m_store.profile(id);
    if (!profile)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return profile->name;
    case Qt::ToolTipRole:
        return profile->baseUrl.toString(QUrl::RemoveUserInfo);
    case ProfileIdRole:
        return id;
    case UrlRole:
        return profile->baseUrl.toString(QUrl::RemoveUserInfo);
    default:
        return {};
    }
}

QHash<int, QByteArray> ProfileListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(ProfileIdRole, "profileId"_ba);
    names.insert(UrlRole, "url"_ba);
    return names;
}

QString ProfileListModel::profileIdAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : QString();
}

int ProfileListModel::rowOf(const QString &profileId) const
{
    return static_cast<int>(m_ids.indexOf(profileId));
}

void ProfileListModel::onProfileAdded(const QString &id)
{
    // The store keeps its own order; insert at the same position.
    const QStringList ids = m_store.ids();
    const int row = static_cast<int>(ids.indexOf(id));
    if (row < 0 || m_ids.contains(id))
        return;
    const int at = qMin(row, static_cast<int>(m_ids.size()));
    beginInsertRows({}, at, at);
    m_ids.insert(at, id);
    endInsertRows();
}

void ProfileListModel::onProfileChanged(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed);
}

void ProfileListModel::onProfileRemoved(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_ids.removeAt(row);
    endRemoveRows();
}

} // namespace Snapdock
