// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/HostSession.h"

#include "core/profiles/SecretJob.h"
#include "core/profiles/SecretStore.h"

namespace Snapdock {

HostSession::HostSession(QNetworkAccessManager &network, SecretStore &secrets, Profile profile, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_secrets(secrets)
    , m_profile(std::move(profile))
{
    rebuildClient();
}

HostSession::~HostSession() = default;

void HostSession::setProfile(const Profile &profile)
{
    m_profile = profile;
    rebuildClient();
}

void HostSession::loadKey()
{
    if (m_pendingRead)
        return;
    SecretJob *job = m_secrets.read(m_profile.id);
    m_pendingRead = job;
    m_keyState = KeyState::Loading;
    Q_EMIT keyStateChanged();
    connect(job, &SecretJob::finished, this, [this, job] {
        job->deleteLater();
        m_pendingRead = nullptr;
        const Result<QString> key = job->result();
        if (key) {
            m_key = *key;
            m_keyError.clear();
            m_keyState = KeyState::Available;
        } else if (key.error().kind == ErrorKind::NotFound) {
            // No key stored: the host may run without authentication; requests will tell.
            m_key.clear();
            m_keyError.clear();
            m_keyState = KeyState::NotStored;
        } else {
            m_key.clear();
            m_keyError = key.error().userMessage();
            m_keyState = KeyState::KeychainUnavailable;
        }
        rebuildClient();
        Q_EMIT keyStateChanged();
    });
}

void HostSession::setSessionKey(const QString &key)
{
    m_key = key;
    m_keyError.clear();
    m_keyState = KeyState::Available;
    rebuildClient();
    Q_EMIT keyStateChanged();
}

void HostSession::rebuildClient()
{
    m_clients.push_back(std::make_unique<QdrantClient>(m_network, m_profile.endpoint(m_key)));
    m_client = m_clients.back().get();
    Q_EMIT clientChanged();
}

} // namespace Snapdock
