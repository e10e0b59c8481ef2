// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/qdrant/ServerEndpoint.h"
#include "core/support/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

namespace Snapdock {

// One saved connection to a Qdrant server or cluster. Plain value type.
//
// A profile never holds an API key: there is no field for one, so neither the settings file nor an export can
// contain it. The key lives in a SecretStore under the profile's id and joins the profile only in endpoint().
struct Profile
{
    QString id; // QUuid without braces; ProfileStore assigns it when empty
    QString name; // what people see in lists, e.g. "Production"
    QUrl baseUrl; // REST URL of the node to talk to, e.g. https://qdrant.example.com:6333
    AuthScheme authScheme = AuthScheme::ApiKeyHeader;
    QString caCertificatesFile; // PEM file of CAs to trust instead of the system's; empty: system trust
    QByteArray pinnedCertificateSha256; // hex SHA-256 of an accepted certificate (colons and case ignored)
    QString defaultBackupFolder; // where downloads go unless the person chooses another folder
    QList<QUrl> nodeUrls; // optional REST URLs of every node of a multi-node cluster
    // The person's remembered "I understand" for sending the key over plain http:// to a host that is not this machine.
    bool allowKeyOverPlainHttp = false;
    QString snapshotsPathOnServer; // optional: the server's snapshots folder, for file:// recovery

    // A new random id in the form profiles use (a QUuid without braces).
    [[nodiscard]] static QString createId();

    // The profile as JSON (for settings export). Never contains a key.
    [[nodiscard]] QJsonObject toJson() const;
    // Reads what toJson() wrote. Unknown members (including any "apiKey" a hand-edited file may carry) are ignored,
    // so a key can never enter a profile this way. Fails with InvalidArgument on wrong types or a missing URL.
    [[nodiscard]] static Result<Profile> fromJson(const QJsonObject &json);

    // True when the key would travel unencrypted to another machine: plain http:// to a host that is neither
    // localhost nor a loopback address, for the base URL or any node URL. The GUI then asks before sending it,
    // unless allowKeyOverPlainHttp remembers that the person already agreed.
    [[nodiscard]] bool needsInsecureConsent() const;

    // What the Qdrant client needs to talk to baseUrl with `apiKey` (may be empty: no credentials).
    [[nodiscard]] ServerEndpoint endpoint(const QString &apiKey) const;

    // Checks what a person typed: a name, an http(s) URL with a host and without user info (a key belongs in the
    // keychain, not in the URL), a pin of 64 hex digits, an existing CA file. Fails with InvalidArgument and a
    // message naming the field.
    [[nodiscard]] static VoidResult validate(const Profile &profile);

    friend bool operator==(const Profile &, const Profile &) = default;
};

} // namespace Snapdock
