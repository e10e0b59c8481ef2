// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/profiles/Profile.h"

#include "core/support/Translation.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QUuid>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

namespace {

QString tr(const char *text)
{
    return translateWithFallback("Snapdock::Profile", text);
}

// Names, not numbers, in the settings file and exports: they survive reordering the enum and read well.
QString authSchemeToString(AuthScheme scheme)
{
    switch (scheme) {
    case AuthScheme::ApiKeyHeader:
        return u"api-key"_s;
    case AuthScheme::Bearer:
        return u"bearer"_s;
    }
    return u"api-key"_s;
}

Error invalid(const QString &detail)
{
    return Error::make(ErrorKind::InvalidArgument, detail);
}

bool isPlainHttpToAnotherMachine(const QUrl &url)
{
    if (url.scheme().compare(u"http"_s, Qt::CaseInsensitive) != 0)
        return false;
    const QString host = url.host();
    return host.compare(u"localhost"_s, Qt::CaseInsensitive) != 0 && !QHostAddress(host).isLoopback();
}

VoidResult validateUrl(const QUrl &url, const QString &what)
{
    if (url.isEmpty())
        return fail(invalid(tr("%1 is empty").arg(what)));
    if (!url.isValid())
        return fail(invalid(tr("%1 is not a valid URL: %2").arg(what, url.errorString())));
    const QString scheme = url.scheme().toLower();
    if (scheme != u"http"_s && scheme != u"https"_s)
        return fail(invalid(tr("%1 must start with http:// or https://").arg(what)));
    if (url.host().isEmpty())
        return fail(invalid(tr("%1 has no host name").arg(what)));
    // A key typed into the URL would end up in the settings file in plain text.
    if (!url.userInfo().isEmpty())
        return fail(invalid(tr("%1 must not contain a user name or password; enter the API key separately").arg(what)));
    return {};
}

Result<QString> stringMember(const QJsonObject &json, QLatin1StringView name, bool required)
{
    const QJsonValue value = json.value(name);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            return fail(invalid(tr("the profile has no \"%1\"").arg(name)));
        return QString();
    }
    if (!value.isString())
        return fail(invalid(tr("the profile's \"%1\" is not a string").arg(name)));
    return value.toString();
}

} // namespace

QString Profile::createId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject Profile::toJson() const
{
    QJsonArray nodes;
    for (const QUrl &node : nodeUrls)
        nodes.append(node.toString(QUrl::FullyEncoded));
    return QJsonObject{
        { u"id"_s, id },
        { u"name"_s, name },
        { u"baseUrl"_s, baseUrl.toString(QUrl::FullyEncoded) },
        { u"authScheme"_s, authSchemeToString(authScheme) },
        { u"caCertificatesFile"_s, caCertificatesFile },
        { u"pinnedCertificateSha256"_s, QString::fromLatin1(pinnedCertificateSha256) },
        { u"defaultBackupFolder"_s, defaultBackupFolder },
        { u"nodeUrls"_s, nodes },
        { u"allowKeyOverPlainHttp"_s, allowKeyOverPlainHttp },
        { u"snapshotsPathOnServer"_s, snapshotsPathOnServer },
    };
}

Result<Profile> Profile::fromJson(const QJsonObject &json)
{
    Profile profile;
    // Each optional member may be missing (older or hand-written files), but a present one must have the right type:
    // silently dropping a mistyped pin or CA file would weaken TLS checks without anyone noticing.
    const auto read = [&json](QLatin1StringView name, QString &target, bool required = false) -> VoidResult {
        Result<QString> value = stringMember(json, name, required);
        if (!value)
            return fail(value.error());
        target = *value;
        return {};
    };
    QString baseUrl;
    QString authScheme;
    QString pin;
    for (const VoidResult &step : { read("id"_L1, profile.id),
             read("name"_L1, profile.name, true),
             read("baseUrl"_L1, baseUrl, true),
             read("authScheme"_L1, authScheme),
             read("caCertificatesFile"_L1, profile.caCertificatesFile),
             read("pinnedCertificateSha256"_L1, pin),
             read("defaultBackupFolder"_L1, profile.defaultBackupFolder),
             read("snapshotsPathOnServer"_L1, profile.snapshotsPathOnServer) }) {
        if (!step)
            return fail(step.error());
    }
    profile.baseUrl = QUrl(baseUrl, QUrl::StrictMode);
    profile.pinnedCertificateSha256 = pin.toLatin1();

    if (authScheme.isEmpty() || authScheme == u"api-key"_s)
        profile.authScheme = AuthScheme::ApiKeyHeader;
    else if (authScheme == u"bearer"_s)
        profile.authScheme = AuthScheme::Bearer;
    else
        return fail(
            invalid(tr("unknown authentication scheme \"%1\" (expected \"api-key\" or \"bearer\")").arg(authScheme)));

    const QJsonValue nodes = json.value("nodeUrls"_L1);
    if (!nodes.isUndefined() && !nodes.isNull()) {
        if (!nodes.isArray())
            return fail(invalid(tr("the profile's \"nodeUrls\" is not a list")));
        for (const QJsonValue &node : nodes.toArray()) {
            if (!node.isString())
                return fail(invalid(tr("the profile's \"nodeUrls\" contains something that is not a URL")));
            profile.nodeUrls.append(QUrl(node.toString(), QUrl::StrictMode));
        }
    }

    const QJsonValue allow = json.value("allowKeyOverPlainHttp"_L1);
    if (!allow.isUndefined() && !allow.isNull()) {
        if (!allow.isBool())
            return fail(invalid(tr("the profile's \"allowKeyOverPlainHttp\" is not true or false")));
        profile.allowKeyOverPlainHttp = allow.toBool();
    }
    return profile;
}

bool Profile::needsInsecureConsent() const
{
    if (isPlainHttpToAnotherMachine(baseUrl))
        return true;
    return std::any_of(nodeUrls.cbegin(), nodeUrls.cend(), isPlainHttpToAnotherMachine);
}

ServerEndpoint Profile::endpoint(const QString &apiKey) const
{
    ServerEndpoint endpoint;
    endpoint.baseUrl = baseUrl;
    endpoint.apiKey = apiKey;
    endpoint.authScheme = authScheme;
    endpoint.caCertificatesFile = caCertificatesFile;
    endpoint.pinnedCertificateSha256 = pinnedCertificateSha256;
    endpoint.allowKeyOverPlainHttp = allowKeyOverPlainHttp;
    return endpoint;
}

VoidResult Profile::validate(const Profile &profile)
{
    if (profile.name.trimmed().isEmpty())
        return fail(invalid(tr("the profile needs a name")));
    if (VoidResult url = validateUrl(profile.baseUrl, tr("the server URL")); !url)
        return url;
    for (const QUrl &node : profile.nodeUrls) {
        if (VoidResult url = validateUrl(node, tr("the node URL \"%1\"").arg(node.toDisplayString())); !url)
            return url;
    }
    if (!profile.pinnedCertificateSha256.isEmpty()
        && ServerEndpoint::normalizedFingerprint(profile.pinnedCertificateSha256).isEmpty()) {
        return fail(invalid(tr("the pinned certificate fingerprint must be a SHA-256 fingerprint: 64 hexadecimal "
                               "digits, optionally separated by colons")));
    }
    if (!profile.caCertificatesFile.isEmpty()) {
        const QFileInfo file(profile.caCertificatesFile);
        if (!file.exists())
            return fail(invalid(tr("the CA certificates file \"%1\" does not exist").arg(profile.caCertificatesFile)));
        if (!file.isFile() || !file.isReadable())
            return fail(
                invalid(tr("the CA certificates file \"%1\" is not a readable file").arg(profile.caCertificatesFile)));
    }
    return {};
}

} // namespace Snapdock
