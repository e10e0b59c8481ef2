// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/profiles/Profile.h"
#include "core/qdrant/QdrantClient.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QNetworkAccessManager;

namespace Snapdock {

class SecretStore;

// One connection profile in use: its API key (read asynchronously from the keychain) and the QdrantClient
// built from both. Views ask it for the client; jobs keep using the client they were created with, so a
// session is never destroyed while the application runs (SessionManager keeps them).
class HostSession : public QObject
{
    Q_OBJECT

public:
    enum class KeyState
    {
        Unknown, // not asked yet
        Loading, // waiting for the keychain
        Available, // a key is known (from the keychain or for this run only)
        NotStored, // the keychain has none: the host may need no key, or the person must enter one
        KeychainUnavailable, // no keychain could be reached; the person may give a key for this run only
    };
    Q_ENUM(KeyState)

    HostSession(QNetworkAccessManager &network, SecretStore &secrets, Profile profile, QObject *parent = nullptr);
    ~HostSession() override;

    [[nodiscard]] const Profile &profile() const { return m_profile; }
    // A changed profile (URL, TLS, …) rebuilds the client; running jobs keep their old one.
    void setProfile(const Profile &profile);

    [[nodiscard]] KeyState keyState() const { return m_keyState; }
    [[nodiscard]] QString keyError() const { return m_keyError; }
    [[nodiscard]] bool hasKey() const { return !m_key.isEmpty(); }
    // Reads the key from the keychain (again); keyStateChanged() follows.
    void loadKey();
    // A key given for this run only (no keychain): kept in memory, never written anywhere.
    void setSessionKey(const QString &key);

    // The client for this host with the current key; never null. Stays valid for the whole run.
    [[nodiscard]] const QdrantClient &client() const { return *m_client; }

Q_SIGNALS:
    void keyStateChanged();
    void clientChanged();

private:
    void rebuildClient();

    QNetworkAccessManager &m_network;
    SecretStore &m_secrets;
    Profile m_profile;
    QString m_key;
    QString m_keyError;
    KeyState m_keyState = KeyState::Unknown;
    // Every client ever built: jobs hold references to them, so old ones live as long as the session.
    std::vector<std::unique_ptr<QdrantClient>> m_clients;
    QdrantClient *m_client = nullptr;
    QPointer<QObject> m_pendingRead;
};

} // namespace Snapdock
