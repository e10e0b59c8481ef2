// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHostAddress>
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

    // TLS trust. Verification is always on; these only widen what passes it.
    QString caCertificatesFile; // PEM file of the CAs to trust instead of the system's (like curl --cacert)
    // SHA-256 of one server certificate (hex; colons and case ignored) accepted although it fails
    // verification, e.g. a self-signed one. Never a reason to refuse a certificate that verifies.
    QByteArray pinnedCertificateSha256;
    // Send the API key over plain http:// to a host that is not loopback. Off by default: the key would
    // travel unencrypted; the caller must have asked the person (or the person asked for it).
    bool allowKeyOverPlainHttp = false;

    // A JSON call that receives no byte for this long fails with Timeout.
    int requestTimeoutMs = 60'000;
    // A transfer that moves no byte for this long fails with Timeout. Snapshot creation with wait=true
    // legitimately sends nothing for minutes, so it uses no timeout at all.
    int transferStallTimeoutMs = 120'000;

    // True when the key would cross the network readable by anyone on the path: a key, plain http://, and a
    // host that is not this machine (localhost or a loopback address).
    [[nodiscard]] bool sendsKeyUnencrypted() const
    {
        const QString host = baseUrl.host();
        return !apiKey.isEmpty() && baseUrl.scheme() == QLatin1StringView("http")
            && host.compare(QLatin1StringView("localhost"), Qt::CaseInsensitive) != 0
            && !QHostAddress(host).isLoopback();
    }

    // `hex` as 64 lowercase hex digits without colons (the form Qt's digest().toHex() gives), or empty
    // when it is not a SHA-256 fingerprint.
    [[nodiscard]] static QByteArray normalizedFingerprint(QByteArrayView hex)
    {
        QByteArray digits;
        digits.reserve(64);
        for (const char c : hex) {
            if (c == ':')
                continue;
            const char lower = (c >= 'A' && c <= 'F') ? char(c - 'A' + 'a') : c;
            if (!((lower >= '0' && lower <= '9') || (lower >= 'a' && lower <= 'f')))
                return {};
            digits.append(lower);
        }
        return digits.size() == 64 ? digits : QByteArray();
    }

    // The base URL for display and metadata: never with user info.
    [[nodiscard]] QString displayUrl() const
    {
        return baseUrl.toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
    }
};

} // namespace Snapdock
