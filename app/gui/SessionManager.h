// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>

class QNetworkAccessManager;

namespace Snapdock {

class HostSession;
class ProfileStore;
class SecretStore;

// Hands out one HostSession per profile, created on first use and kept for the whole run (queued jobs hold
// references to their sessions' clients). Follows profile edits; a removed profile's session stays alive
// until the application quits so that its running jobs can finish.
class SessionManager : public QObject
{
    Q_OBJECT

public:
    SessionManager(
        QNetworkAccessManager &network, ProfileStore &profiles, SecretStore &secrets, QObject *parent = nullptr);

    // The session of `profileId`, or null when no such profile exists. The first call starts reading its key.
    [[nodiscard]] HostSession *session(const QString &profileId);

private:
    void onProfileChanged(const QString &profileId);

    QNetworkAccessManager &m_network;
    ProfileStore &m_profiles;
    SecretStore &m_secrets;
    QHash<QString, HostSession *> m_sessions; // children of this manager
};

} // namespace Snapdock
