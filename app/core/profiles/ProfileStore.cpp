// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/profiles/ProfileStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSettings>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

namespace {

// Identifies an export, so importing some other JSON file fails with a clear message instead of adding nonsense.
constexpr QLatin1StringView EXPORT_FORMAT("snapdock-profiles");
constexpr int EXPORT_VERSION = 1;

constexpr QLatin1StringView GROUP("profiles");
constexpr QLatin1StringView ORDER_KEY("order");

bool isWellFormedId(const QString &id)
{
    // Ids become QSettings group names: anything but a plain UUID could contain '/' and address other keys.
    const QUuid uuid = QUuid::fromString(id);
    return !uuid.isNull() && uuid.toString(QUuid::WithoutBraces) == id;
}

QString authSchemeKey(AuthScheme scheme)
{
    return scheme == AuthScheme::Bearer ? u"bearer"_s : u"api-key"_s;
}

Error invalidImport(const QString &detail)
{
    return Error::make(ErrorKind::InvalidArgument, detail);
}

// Written field by field (not as one JSON string) so that the INI file stays readable and editable by people.
void writeProfile(QSettings &settings, const Profile &profile)
{
    settings.beginGroup(profile.id);
    settings.setValue("name"_L1, profile.name);
    settings.setValue("baseUrl"_L1, profile.baseUrl.toString(QUrl::FullyEncoded));
    settings.setValue("authScheme"_L1, authSchemeKey(profile.authScheme));
    settings.setValue("allowKeyOverPlainHttp"_L1, profile.allowKeyOverPlainHttp);
    // Optional fields only when set: QSettings writes an empty list as "@Invalid()", which confuses people reading it.
    if (!profile.caCertificatesFile.isEmpty())
        settings.setValue("caCertificatesFile"_L1, profile.caCertificatesFile);
    if (!profile.pinnedCertificateSha256.isEmpty())
        settings.setValue("pinnedCertificateSha256"_L1, QString::fromLatin1(profile.pinnedCertificateSha256));
    if (!profile.defaultBackupFolder.isEmpty())
        settings.setValue("defaultBackupFolder"_L1, profile.defaultBackupFolder);
    if (!profile.nodeUrls.isEmpty()) {
        QStringList nodes;
        for (const QUrl &node : profile.nodeUrls)
            nodes.append(node.toString(QUrl::FullyEncoded));
        settings.setValue("nodeUrls"_L1, nodes);
    }
    if (!profile.snapshotsPathOnServer.isEmpty())
        settings.setValue("snapshotsPathOnServer"_L1, profile.snapshotsPathOnServer);
    settings.endGroup();
}

Profile readProfile(QSettings &settings, const QString &id)
{
    Profile profile;
    profile.id = id;
    settings.beginGroup(id);
    profile.name = settings.value("name"_L1).toString();
    profile.baseUrl = QUrl(settings.value("baseUrl"_L1).toString());
    profile.authScheme =
        settings.value("authScheme"_L1).toString() == u"bearer"_s ? AuthScheme::Bearer : AuthScheme::ApiKeyHeader;
    profile.allowKeyOverPlainHttp = settings.value("allowKeyOverPlainHttp"_L1, false).toBool();
    profile.caCertificatesFile = settings.value("caCertificatesFile"_L1).toString();
    profile.pinnedCertificateSha256 = settings.value("pinnedCertificateSha256"_L1).toString().toLatin1();
    profile.defaultBackupFolder = settings.value("defaultBackupFolder"_L1).toString();
    for (const QString &node : settings.value("nodeUrls"_L1).toStringList())
        profile.nodeUrls.append(QUrl(node));
    profile.snapshotsPathOnServer = settings.value("snapshotsPathOnServer"_L1).toString();
    settings.endGroup();
    return profile;
}

} // namespace

ProfileStore::ProfileStore(QObject *parent)
    : QObject(parent)
    , m_ownedSettings(std::make_unique<QSettings>())
    , m_settings(m_ownedSettings.get())
{
    load();
}

ProfileStore::ProfileStore(const QString &settingsFile, QObject *parent)
    : QObject(parent)
    , m_ownedSettings(std::make_unique<QSettings>(settingsFile, QSettings::IniFormat))
    , m_settings(m_ownedSettings.get())
{
    load();
}

ProfileStore::ProfileStore(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    Q_ASSERT(settings);
    load();
}

ProfileStore::~ProfileStore() = default;

void ProfileStore::load()
{
    m_profiles.clear();
    m_settings->beginGroup(GROUP);
    QStringList order = m_settings->value(ORDER_KEY).toStringList();
    // Profiles a person added by hand without listing them in "order" are kept too, after the listed ones.
    const QStringList groups = m_settings->childGroups();
    for (const QString &group : groups) {
        if (!order.contains(group))
            order.append(group);
    }
    QSet<QString> seen;
    for (const QString &id : std::as_const(order)) {
        if (!isWellFormedId(id) || !groups.contains(id) || seen.contains(id))
            continue;
        seen.insert(id);
        m_profiles.append(readProfile(*m_settings, id));
    }
    m_settings->endGroup();
}

VoidResult ProfileStore::save()
{
    // Rewriting the whole group keeps the file free of profiles removed meanwhile and of fields cleared since.
    m_settings->remove(GROUP);
    m_settings->beginGroup(GROUP);
    m_settings->setValue(ORDER_KEY, ids());
    for (const Profile &profile : std::as_const(m_profiles))
        writeProfile(*m_settings, profile);
    m_settings->endGroup();
    m_settings->sync();
    switch (m_settings->status()) {
    case QSettings::NoError:
        return {};
    case QSettings::AccessError:
        return fail(Error::make(ErrorKind::LocalPermissionDenied,
            tr("saving the connection profiles to \"%1\" failed").arg(m_settings->fileName())));
    case QSettings::FormatError:
        break;
    }
    return fail(Error::make(
        ErrorKind::LocalIoError, tr("saving the connection profiles to \"%1\" failed").arg(m_settings->fileName())));
}

QStringList ProfileStore::ids() const
{
    QStringList result;
    result.reserve(m_profiles.size());
    for (const Profile &profile : m_profiles)
        result.append(profile.id);
    return result;
}

qsizetype ProfileStore::indexOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).id == id)
            return i;
    }
    return -1;
}

bool ProfileStore::contains(const QString &id) const
{
    return indexOf(id) >= 0;
}

Result<Profile> ProfileStore::profile(const QString &id) const
{
    const qsizetype index = indexOf(id);
    if (index < 0)
        return fail(Error::make(ErrorKind::NotFound, tr("there is no connection profile with id \"%1\"").arg(id)));
    return m_profiles.at(index);
}

Result<Profile> ProfileStore::add(Profile profile)
{
    if (profile.id.isEmpty())
        profile.id = Profile::createId();
    if (!isWellFormedId(profile.id))
        return fail(Error::make(ErrorKind::InvalidArgument, tr("\"%1\" is not a valid profile id").arg(profile.id)));
    if (contains(profile.id)) {
        return fail(Error::make(
            ErrorKind::AlreadyExists, tr("a connection profile with id \"%1\" already exists").arg(profile.id)));
    }
    if (VoidResult valid = Profile::validate(profile); !valid)
        return fail(valid.error());

    m_profiles.append(profile);
    if (VoidResult saved = save(); !saved) {
        m_profiles.removeLast();
        return fail(saved.error());
    }
    emit profileAdded(profile.id);
    return profile;
}

VoidResult ProfileStore::update(const Profile &profile)
{
    const qsizetype index = indexOf(profile.id);
    if (index < 0) {
        return fail(
            Error::make(ErrorKind::NotFound, tr("there is no connection profile with id \"%1\"").arg(profile.id)));
    }
    if (VoidResult valid = Profile::validate(profile); !valid)
        return valid;

    const Profile previous = m_profiles.at(index);
    if (previous == profile)
        return {};
    m_profiles[index] = profile;
    if (VoidResult saved = save(); !saved) {
        m_profiles[index] = previous;
        return saved;
    }
    emit profileChanged(profile.id);
    return {};
}

VoidResult ProfileStore::remove(const QString &id)
{
    const qsizetype index = indexOf(id);
    if (index < 0)
        return fail(Error::make(ErrorKind::NotFound, tr("there is no connection profile with id \"%1\"").arg(id)));

    const Profile removed = m_profiles.takeAt(index);
    if (VoidResult saved = save(); !saved) {
        m_profiles.insert(index, removed);
        return saved;
    }
    emit profileRemoved(id);
    return {};
}

Result<Profile> ProfileStore::duplicate(const QString &id)
{
    Result<Profile> original = profile(id);
    if (!original)
        return original;
    Profile copy = *original;
    copy.id = Profile::createId();
    copy.name = tr("%1 (copy)").arg(original->name);
    return add(std::move(copy));
}

QByteArray ProfileStore::exportJson(const QStringList &ids) const
{
    QJsonArray profiles;
    for (const QString &id : ids) {
        const qsizetype index = indexOf(id);
        if (index >= 0)
            profiles.append(m_profiles.at(index).toJson());
    }
    const QJsonObject document{
        { u"format"_s, EXPORT_FORMAT },
        { u"version"_s, EXPORT_VERSION },
        { u"profiles"_s, profiles },
    };
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

Result<QList<Profile>> ProfileStore::importJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return fail(invalidImport(tr("the profile file is not valid JSON (%1 at byte %2)")
                                      .arg(parseError.errorString(), QString::number(parseError.offset))));
    }
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value("format"_L1).toString() != EXPORT_FORMAT)
        return fail(invalidImport(tr("the file is not a Snapdock profile export")));
    const QJsonValue version = root.value("version"_L1);
    if (!version.isDouble() || version.toInt() < 1)
        return fail(invalidImport(tr("the profile file has no valid format version")));
    if (version.toInt() > EXPORT_VERSION) {
        return fail(invalidImport(
            tr("the profile file has format version %1, made by a newer Snapdock; this one reads up to version %2")
                .arg(version.toInt())
                .arg(EXPORT_VERSION)));
    }
    const QJsonValue list = root.value("profiles"_L1);
    if (!list.isArray())
        return fail(invalidImport(tr("the profile file has no list of profiles")));

    QList<Profile> imported;
    const QStringList existingIds = ids();
    QSet<QString> takenIds(existingIds.cbegin(), existingIds.cend());
    const QJsonArray entries = list.toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonValue entry = entries.at(i);
        if (!entry.isObject())
            return fail(invalidImport(tr("profile %1 in the file is not a JSON object").arg(i + 1)));
        Result<Profile> parsed = Profile::fromJson(entry.toObject());
        if (parsed) {
            if (VoidResult valid = Profile::validate(*parsed); !valid)
                parsed = fail(valid.error());
        }
        if (!parsed) {
            Error error = parsed.error();
            const QString name = entry.toObject().value("name"_L1).toString();
            error.detail = name.isEmpty() ? tr("profile %1 in the file: %2").arg(QString::number(i + 1), error.detail)
                                          : tr("profile \"%1\" in the file: %2").arg(name, error.detail);
            return fail(std::move(error));
        }
        // A clash with an existing profile (or an earlier one in the same file) must not replace it: importing the
        // same file twice gives two copies, never a silent overwrite.
        if (!isWellFormedId(parsed->id) || takenIds.contains(parsed->id))
            parsed->id = Profile::createId();
        takenIds.insert(parsed->id);
        imported.append(*parsed);
    }

    const qsizetype previousCount = m_profiles.size();
    m_profiles.append(imported);
    if (VoidResult saved = save(); !saved) {
        m_profiles.resize(previousCount);
        return fail(saved.error());
    }
    for (const Profile &profile : std::as_const(imported))
        emit profileAdded(profile.id);
    return imported;
}

} // namespace Snapdock
