// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/SessionManager.h"

#include "core/profiles/ProfileStore.h"
#include "gui/HostSession.h"

namespace Snapdock {

SessionManager::SessionManager(
    QNetworkAccessManager &network, ProfileStore &profiles, SecretStore &secrets, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_profiles(profiles)
    , m_secrets(secrets)
{
    connect(&m_profiles, &ProfileStore::profileChanged, this, &SessionManager::onProfileChanged);
}

HostSession *SessionManager::session(const QString &profileId)
{
    if (HostSession *existing = m_sessions.value(profileId))
        return existing;
    const auto profile = m_profiles.profile(profileId);
    if (!profile)
        return nullptr;
    auto *session = new HostSession(m_network, m_secrets, *profile, this);
    m_sessions.insert(profileId, session);
    session->loadKey();
    return session;
}

void SessionManager::onProfileChanged(const QString &profileId)
{
    HostSession *session = m_sessions.value(profileId);
    const auto profile = m_profiles.profile(profileId);
    if (session && profile)
        session->setProfile(*profile);
}

} // namespace Snapdock
