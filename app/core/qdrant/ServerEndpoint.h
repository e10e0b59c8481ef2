// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace Snapdock {

// How the API key travels. Qdrant accepts either; `api-key` is checked first by the server.
enum class AuthScheme
{
    ApiKeyHeader, // api-key: KEY
    Bearer, // Authorization: Bearer KEY
};

// Everything needed to talk to one Qdrant node. Plain value; the key is held in memory only.
struct ServerEndpoint
{
    QUrl baseUrl; // e.g. http://localhost:6333 (a path prefix behind a reverse proxy is kept)
    QString apiKey; // empty: send no credentials
    AuthScheme authScheme = AuthScheme::ApiKeyHeader;

    QString caCertificatesFile; // extra trusted CAs (PEM) for self-signed servers
    QByteArray pinnedCertificateSha256; // hex SHA-256 of the server certificate accepted despite TLS errors

    // A JSON call that receives no byte for this long fails with Timeout.
    int requestTimeoutMs = 60'000;
    // A transfer that moves no byte for this long fails with Timeout. Snapshot creation with wait=true
    // legitimately sends nothing for minutes, so it uses no timeout at all.
    int transferStallTimeoutMs = 120'000;

    // The base URL for display and metadata: never with user info.
    [[nodiscard]] QString displayUrl() const
    {
        return baseUrl.toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
    }
};

} // namespace Snapdock
