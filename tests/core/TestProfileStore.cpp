// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/profiles/MemorySecretStore.h"
#include "core/profiles/Profile.h"
#include "core/profiles/ProfileStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Snapdock;

namespace {

// A key no other text in the settings file could contain by accident.
const QString API_KEY = u"sk-ÜNÏQUE-🔑-wxyzqvtk"_s;

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

Profile sampleProfile(const QString &name = u"Production"_s)
{
    Profile profile;
    profile.name = name;
    profile.baseUrl = QUrl(u"https://qdrant.example.com:6333"_s);
    profile.authScheme = AuthScheme::Bearer;
    profile.pinnedCertificateSha256 = QByteArray(32, 'a') + QByteArray(32, 'B');
    profile.defaultBackupFolder = u"/srv/backups/qdrant ünïcödé"_s;
    profile.nodeUrls = { QUrl(u"https://node-1.example.com:6333"_s), QUrl(u"https://node-2.example.com:6333"_s) };
    profile.allowKeyOverPlainHttp = false;
    profile.snapshotsPathOnServer = u"/qdrant/snapshots"_s;
    return profile;
}

} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void addUpdateRemoveDuplicate_reopenedStore_seesEveryChange();
    void add_withoutId_assignsUuidWithoutBraces();
    void add_takenId_isAlreadyExists();
    void add_malformedId_isRefused();
    void add_invalidProfile_isRefusedAndNothingSaved();
    void update_unknownId_isNotFound();
    void remove_unknownId_isNotFound();
    void duplicate_unknownId_isNotFound();
    void profiles_keepInsertionOrderAcrossReopen();
    void signals_carryTheProfileId();

    void exportImport_intoFreshStore_keepsEveryField();
    void importJson_clashingIds_getNewIds();
    void exportJson_unknownIds_areSkipped();
    void importJson_malformed_isRefusedClearly_data();
    void importJson_malformed_isRefusedClearly();
    void importJson_documentWithKey_neverStoresTheKey();

    void settingsFile_afterEverything_containsNoKey();

    void toJsonFromJson_roundTrip_isLossless();
    void toJson_hasNoKeyMember();
    void validate_acceptsGoodProfiles_data();
    void validate_acceptsGoodProfiles();
    void validate_refusesBadProfiles_data();
    void validate_refusesBadProfiles();
    void needsInsecureConsent_data();
    void needsInsecureConsent();
    void endpoint_carriesProfileSettingsAndKey();

private:
    [[nodiscard]] QString iniPath() const { return m_dir->filePath(u"profiles.ini"_s); }

    std::unique_ptr<QTemporaryDir> m_dir; // fresh for every test
    QTemporaryDir m_caDir;
    QString m_caFile;
};

void TestProfileStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Lives for the whole run: _data() tables are built before init() and keep the path.
    QVERIFY(m_caDir.isValid());
    m_caFile = m_caDir.filePath(u"ca.pem"_s);
    QFile ca(m_caFile);
    QVERIFY(ca.open(QIODevice::WriteOnly));
    ca.write("-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n");
}

void TestProfileStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestProfileStore::addUpdateRemoveDuplicate_reopenedStore_seesEveryChange()
{
    QString productionId;
    QString stagingId;
    QString copyId;
    {
        ProfileStore store(iniPath());
        Profile production = sampleProfile();
        production.caCertificatesFile = m_caFile;
        const Result<Profile> added = store.add(production);
        QVERIFY2(added, qPrintable(added ? QString() : added.error().userMessage()));
        productionId = added->id;

        const Result<Profile> staging = store.add(sampleProfile(u"Staging"_s));
        QVERIFY(staging);
        stagingId = staging->id;

        Profile changed = *added;
        changed.baseUrl = QUrl(u"http://10.0.0.5:6333"_s);
        changed.allowKeyOverPlainHttp = true;
        changed.nodeUrls.clear();
        changed.caCertificatesFile.clear();
        QVERIFY(store.update(changed));

        const Result<Profile> copy = store.duplicate(productionId);
        QVERIFY(copy);
        copyId = copy->id;
        QVERIFY(copyId != productionId);
        QCOMPARE(copy->name, u"Production (copy)"_s);
        QCOMPARE(copy->baseUrl, changed.baseUrl);

        QVERIFY(store.remove(stagingId));
    }

    const ProfileStore reopened(iniPath());
    QCOMPARE(reopened.ids(), (QStringList{ productionId, copyId }));
    const Result<Profile> production = reopened.profile(productionId);
    QVERIFY(production);
    QCOMPARE(production->name, u"Production"_s);
    QCOMPARE(production->baseUrl, QUrl(u"http://10.0.0.5:6333"_s));
    QVERIFY(production->allowKeyOverPlainHttp);
    QVERIFY(production->nodeUrls.isEmpty());
    QVERIFY(production->caCertificatesFile.isEmpty());
    QCOMPARE(production->authScheme, AuthScheme::Bearer);
    QCOMPARE(production->defaultBackupFolder, u"/srv/backups/qdrant ünïcödé"_s);
    QCOMPARE(production->snapshotsPathOnServer, u"/qdrant/snapshots"_s);
    QCOMPARE(production->pinnedCertificateSha256, sampleProfile().pinnedCertificateSha256);

    const Result<Profile> copy = reopened.profile(copyId);
    QVERIFY(copy);
    QCOMPARE(copy->name, u"Production (copy)"_s);
    QVERIFY(!reopened.contains(stagingId));
    QCOMPARE(reopened.profile(stagingId).error().kind, ErrorKind::NotFound);
}

void TestProfileStore::add_withoutId_assignsUuidWithoutBraces()
{
    ProfileStore store(iniPath());
    const Result<Profile> added = store.add(sampleProfile());
    QVERIFY(added);
    QCOMPARE(added->id.size(), 36);
    QVERIFY(!added->id.contains(u'{'));
    QVERIFY(!QUuid::fromString(added->id).isNull());
}

void TestProfileStore::add_takenId_isAlreadyExists()
{
    ProfileStore store(iniPath());
    const Result<Profile> added = store.add(sampleProfile());
    QVERIFY(added);
    const Result<Profile> again = store.add(*added);
    QVERIFY(!again);
    QCOMPARE(again.error().kind, ErrorKind::AlreadyExists);
    QCOMPARE(store.profiles().size(), 1);
}

void TestProfileStore::add_malformedId_isRefused()
{
    ProfileStore store(iniPath());
    Profile profile = sampleProfile();
    profile.id = u"../general/evil"_s;
    const Result<Profile> added = store.add(profile);
    QVERIFY(!added);
    QCOMPARE(added.error().kind, ErrorKind::InvalidArgument);
    QVERIFY(store.profiles().isEmpty());
}

void TestProfileStore::add_invalidProfile_isRefusedAndNothingSaved()
{
    ProfileStore store(iniPath());
    QSignalSpy added(&store, &ProfileStore::profileAdded);
    Profile profile = sampleProfile();
    profile.baseUrl = QUrl(u"ftp://qdrant.example.com"_s);
    const Result<Profile> result = store.add(profile);
    QVERIFY(!result);
    QCOMPARE(result.error().kind, ErrorKind::InvalidArgument);
    QCOMPARE(added.count(), 0);
    QVERIFY(ProfileStore(iniPath()).profiles().isEmpty());
}

void TestProfileStore::update_unknownId_isNotFound()
{
    ProfileStore store(iniPath());
    Profile profile = sampleProfile();
    profile.id = Profile::createId();
    const VoidResult updated = store.update(profile);
    QVERIFY(!updated);
    QCOMPARE(updated.error().kind, ErrorKind::NotFound);
}

void TestProfileStore::remove_unknownId_isNotFound()
{
    ProfileStore store(iniPath());
    const VoidResult removed = store.remove(Profile::createId());
    QVERIFY(!removed);
    QCOMPARE(removed.error().kind, ErrorKind::NotFound);
}

void TestProfileStore::duplicate_unknownId_isNotFound()
{
    ProfileStore store(iniPath());
    const Result<Profile> copy = store.duplicate(Profile::createId());
    QVERIFY(!copy);
    QCOMPARE(copy.error().kind, ErrorKind::NotFound);
}

void TestProfileStore::profiles_keepInsertionOrderAcrossReopen()
{
    QStringList expected;
    {
        ProfileStore store(iniPath());
        // Names in reverse alphabetical order, so an accidental sort by name or id would show.
        for (const QString &name : { u"Zulu"_s, u"Mike"_s, u"Alpha"_s, u"Echo"_s }) {
            const Result<Profile> added = store.add(sampleProfile(name));
            QVERIFY(added);
            expected.append(added->id);
        }
        Profile mike = *store.profile(expected.at(1));
        mike.name = u"Mike (renamed)"_s;
        QVERIFY(store.update(mike));
        QCOMPARE(store.ids(), expected);
    }
    QCOMPARE(ProfileStore(iniPath()).ids(), expected);
}

void TestProfileStore::signals_carryTheProfileId()
{
    ProfileStore store(iniPath());
    QSignalSpy added(&store, &ProfileStore::profileAdded);
    QSignalSpy changed(&store, &ProfileStore::profileChanged);
    QSignalSpy removed(&store, &ProfileStore::profileRemoved);

    const Result<Profile> profile = store.add(sampleProfile());
    QVERIFY(profile);
    QCOMPARE(added.count(), 1);
    QCOMPARE(added.at(0).at(0).toString(), profile->id);

    Profile renamed = *profile;
    renamed.name = u"Renamed"_s;
    QVERIFY(store.update(renamed));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), profile->id);
    // Saving the same values again is no change.
    QVERIFY(store.update(renamed));
    QCOMPARE(changed.count(), 1);

    const Result<Profile> copy = store.duplicate(profile->id);
    QVERIFY(copy);
    QCOMPARE(added.count(), 2);
    QCOMPARE(added.at(1).at(0).toString(), copy->id);

    QVERIFY(store.remove(profile->id));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(0).toString(), profile->id);
}

void TestProfileStore::exportImport_intoFreshStore_keepsEveryField()
{
    ProfileStore source(iniPath());
    Profile withCa = sampleProfile();
    withCa.caCertificatesFile = m_caFile;
    const Result<Profile> first = source.add(withCa);
    const Result<Profile> second = source.add(sampleProfile(u"Local"_s));
    QVERIFY(first && second);

    const QByteArray exported = source.exportJson(source.ids());
    ProfileStore target(m_dir->filePath(u"other.ini"_s));
    QSignalSpy added(&target, &ProfileStore::profileAdded);
    const Result<QList<Profile>> imported = target.importJson(exported);
    QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().userMessage()));
    QCOMPARE(imported->size(), 2);
    QCOMPARE(added.count(), 2);
    // No clash in an empty store: ids survive, so a re-import can be recognised.
    QCOMPARE(target.profiles(), source.profiles());
    QCOMPARE(ProfileStore(m_dir->filePath(u"other.ini"_s)).profiles(), source.profiles());
}

void TestProfileStore::importJson_clashingIds_getNewIds()
{
    ProfileStore store(iniPath());
    const Result<Profile> original = store.add(sampleProfile());
    QVERIFY(original);
    const QByteArray exported = store.exportJson({ original->id });

    const Result<QList<Profile>> imported = store.importJson(exported);
    QVERIFY(imported);
    QCOMPARE(imported->size(), 1);
    QVERIFY(imported->first().id != original->id);
    QCOMPARE(imported->first().name, original->name);
    QCOMPARE(store.ids(), (QStringList{ original->id, imported->first().id }));
    // The original is untouched.
    QCOMPARE(*store.profile(original->id), *original);
}

void TestProfileStore::exportJson_unknownIds_areSkipped()
{
    ProfileStore store(iniPath());
    const Result<Profile> profile = store.add(sampleProfile());
    QVERIFY(profile);
    const QJsonObject document =
        QJsonDocument::fromJson(store.exportJson({ Profile::createId(), profile->id })).object();
    QCOMPARE(document.value("format"_L1).toString(), u"snapdock-profiles"_s);
    QCOMPARE(document.value("profiles"_L1).toArray().size(), 1);
}

void TestProfileStore::importJson_malformed_isRefusedClearly_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expectedInDetail");

    const QByteArray good = R"("name": "A", "baseUrl": "https://a.example.com")";
    const auto wrap = [](const QByteArray &profiles) -> QByteArray {
        return R"({"format": "snapdock-profiles", "version": 1, "profiles": )" + profiles + "}";
    };
    QTest::newRow("empty") << QByteArray() << u"not valid JSON"_s;
    QTest::newRow("truncated") << wrap("[{" + good + "}").chopped(3) << u"not valid JSON"_s;
    QTest::newRow("binary garbage") << QByteArray("\x00\xff\xfe{", 4) << u"not valid JSON"_s;
    QTest::newRow("array root") << QByteArray("[]") << u"not a Snapdock profile export"_s;
    QTest::newRow("other JSON") << QByteArray(R"({"hello": "world"})") << u"not a Snapdock profile export"_s;
    QTest::newRow("no version") << QByteArray(R"({"format": "snapdock-profiles", "profiles": []})")
                                << u"format version"_s;
    QTest::newRow("newer version") << QByteArray(R"({"format": "snapdock-profiles", "version": 99, "profiles": []})")
                                   << u"newer Snapdock"_s;
    QTest::newRow("profiles not a list") << wrap("{}") << u"no list of profiles"_s;
    QTest::newRow("entry not an object") << wrap("[42]") << u"profile 1 in the file is not a JSON object"_s;
    QTest::newRow("missing name") << wrap(R"([{"baseUrl": "https://a.example.com"}])") << u"no \"name\""_s;
    QTest::newRow("empty name") << wrap(R"([{"name": " ", "baseUrl": "https://a.example.com"}])") << u"needs a name"_s;
    QTest::newRow("missing URL") << wrap(R"([{"name": "A"}])") << u"no \"baseUrl\""_s;
    QTest::newRow("URL wrong type") << wrap(R"([{"name": "A", "baseUrl": 6333}])") << u"\"baseUrl\" is not a string"_s;
    QTest::newRow("ftp URL") << wrap(R"([{"name": "A", "baseUrl": "ftp://a.example.com"}])") << u"http://"_s;
    QTest::newRow("bad pin") << wrap("[{" + good + R"(, "pinnedCertificateSha256": "abc"}])") << u"64 hexadecimal"_s;
    QTest::newRow("bad scheme") << wrap("[{" + good + R"(, "authScheme": "basic"}])") << u"basic"_s;
    QTest::newRow("nodeUrls not a list") << wrap("[{" + good + R"(, "nodeUrls": "x"}])") << u"nodeUrls"_s;
    QTest::newRow("allow not a bool") << wrap("[{" + good + R"(, "allowKeyOverPlainHttp": "yes"}])")
                                      << u"allowKeyOverPlainHttp"_s;
    QTest::newRow("second bad, first good")
        << wrap("[{" + good + R"(}, {"name": "Broken", "baseUrl": "nope"}])") << u"profile \"Broken\""_s;
}

void TestProfileStore::importJson_malformed_isRefusedClearly()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expectedInDetail);

    ProfileStore store(iniPath());
    const Result<Profile> existing = store.add(sampleProfile());
    QVERIFY(existing);
    QSignalSpy added(&store, &ProfileStore::profileAdded);

    const Result<QList<Profile>> imported = store.importJson(json);
    QVERIFY(!imported);
    QCOMPARE(imported.error().kind, ErrorKind::InvalidArgument);
    QVERIFY2(imported.error().detail.contains(expectedInDetail), qPrintable(imported.error().detail));
    // All or nothing.
    QCOMPARE(added.count(), 0);
    QCOMPARE(store.ids(), QStringList{ existing->id });
    QCOMPARE(ProfileStore(iniPath()).ids(), QStringList{ existing->id });
}

void TestProfileStore::importJson_documentWithKey_neverStoresTheKey()
{
    ProfileStore store(iniPath());
    const QByteArray json = R"({"format": "snapdock-profiles", "version": 1, "profiles": [
        {"name": "Hand-edited", "baseUrl": "https://a.example.com", "apiKey": ")"
        + API_KEY.toUtf8() + R"(", "api-key": ")" + API_KEY.toUtf8() + R"("}]})";
    const Result<QList<Profile>> imported = store.importJson(json);
    QVERIFY(imported);
    QCOMPARE(imported->size(), 1);

    QVERIFY(!readFile(iniPath()).isEmpty());
    QVERIFY(!readFile(iniPath()).contains(API_KEY.toUtf8()));
    QVERIFY(!store.exportJson(store.ids()).contains(API_KEY.toUtf8()));
}

void TestProfileStore::settingsFile_afterEverything_containsNoKey()
{
    MemorySecretStore secrets;
    {
        ProfileStore store(iniPath());
        const Result<Profile> profile = store.add(sampleProfile());
        QVERIFY(profile);
        std::unique_ptr<SecretJob> write(secrets.write(profile->id, API_KEY));
        QSignalSpy written(write.get(), &SecretJob::finished);
        QVERIFY(written.wait());
        QVERIFY(write->status());

        Profile changed = *profile;
        changed.name = u"Changed"_s;
        QVERIFY(store.update(changed));
        QVERIFY(store.duplicate(profile->id));
        QVERIFY(store.importJson(store.exportJson(store.ids())));
        QCOMPARE(store.profiles().size(), 4);
        QVERIFY(!store.exportJson(store.ids()).contains(API_KEY.toUtf8()));
    }
    const QByteArray ini = readFile(iniPath());
    QVERIFY(ini.contains("Changed"));
    QVERIFY(!ini.contains(API_KEY.toUtf8()));
    // QSettings may escape non-ASCII; the ASCII tail of the key must not be there either.
    QVERIFY(!ini.contains("wxyzqvtk"));
}

void TestProfileStore::toJsonFromJson_roundTrip_isLossless()
{
    Profile profile = sampleProfile();
    profile.id = Profile::createId();
    profile.caCertificatesFile = m_caFile;
    profile.allowKeyOverPlainHttp = true;
    const Result<Profile> back = Profile::fromJson(profile.toJson());
    QVERIFY(back);
    QCOMPARE(*back, profile);
}

void TestProfileStore::toJson_hasNoKeyMember()
{
    const QJsonObject json = sampleProfile().toJson();
    for (const QString &member : json.keys())
        QVERIFY2(!member.contains(u"key"_s, Qt::CaseInsensitive) || member == u"allowKeyOverPlainHttp"_s,
            qPrintable(member));
}

void TestProfileStore::validate_acceptsGoodProfiles_data()
{
    QTest::addColumn<Profile>("profile");
    Profile minimal;
    minimal.name = u"Local"_s;
    minimal.baseUrl = QUrl(u"http://localhost:6333"_s);
    QTest::newRow("minimal") << minimal;
    QTest::newRow("full") << sampleProfile();
    Profile colonPin = minimal;
    colonPin.pinnedCertificateSha256 = QByteArray("AB:").repeated(31) + "AB";
    QTest::newRow("pin with colons") << colonPin;
    Profile withCa = minimal;
    withCa.caCertificatesFile = m_caFile;
    QTest::newRow("existing CA file") << withCa;
    Profile proxied = minimal;
    proxied.baseUrl = QUrl(u"https://proxy.example.com/qdrant/"_s);
    QTest::newRow("path prefix behind proxy") << proxied;
    Profile ipv6 = minimal;
    ipv6.baseUrl = QUrl(u"http://[::1]:6333"_s);
    QTest::newRow("IPv6 literal") << ipv6;
}

void TestProfileStore::validate_acceptsGoodProfiles()
{
    QFETCH(Profile, profile);
    const VoidResult valid = Profile::validate(profile);
    QVERIFY2(valid, qPrintable(valid ? QString() : valid.error().detail));
}

void TestProfileStore::validate_refusesBadProfiles_data()
{
    QTest::addColumn<Profile>("profile");
    QTest::addColumn<QString>("expectedInDetail");
    const Profile good = sampleProfile();

    Profile p = good;
    p.name.clear();
    QTest::newRow("empty name") << p << u"needs a name"_s;
    p = good;
    p.name = u"   "_s;
    QTest::newRow("blank name") << p << u"needs a name"_s;
    p = good;
    p.baseUrl = QUrl();
    QTest::newRow("no URL") << p << u"server URL is empty"_s;
    p = good;
    p.baseUrl = QUrl(u"qdrant.example.com:6333"_s);
    QTest::newRow("no scheme") << p << u"http:// or https://"_s;
    p = good;
    p.baseUrl = QUrl(u"ftp://qdrant.example.com"_s);
    QTest::newRow("ftp") << p << u"http:// or https://"_s;
    p = good;
    p.baseUrl = QUrl(u"http:///path"_s);
    QTest::newRow("no host") << p << u"no host"_s;
    p = good;
    p.baseUrl = QUrl(u"https://user:secret@qdrant.example.com"_s);
    QTest::newRow("password in URL") << p << u"user name or password"_s;
    p = good;
    p.nodeUrls.append(QUrl(u"file:///tmp"_s));
    QTest::newRow("bad node URL") << p << u"node URL"_s;
    p = good;
    p.pinnedCertificateSha256 = "abcd";
    QTest::newRow("short pin") << p << u"64 hexadecimal"_s;
    p = good;
    p.pinnedCertificateSha256 = QByteArray(63, 'a') + 'g';
    QTest::newRow("non-hex pin") << p << u"64 hexadecimal"_s;
    p = good;
    p.pinnedCertificateSha256 = QByteArray(66, 'a');
    QTest::newRow("long pin") << p << u"64 hexadecimal"_s;
    p = good;
    p.caCertificatesFile = u"/nonexistent/snapdock/ca.pem"_s;
    QTest::newRow("missing CA file") << p << u"does not exist"_s;
    p = good;
    p.caCertificatesFile = QDir::tempPath();
    QTest::newRow("CA file is a folder") << p << u"not a readable file"_s;
}

void TestProfileStore::validate_refusesBadProfiles()
{
    QFETCH(Profile, profile);
    QFETCH(QString, expectedInDetail);
    const VoidResult valid = Profile::validate(profile);
    QVERIFY(!valid);
    QCOMPARE(valid.error().kind, ErrorKind::InvalidArgument);
    QVERIFY2(valid.error().detail.contains(expectedInDetail), qPrintable(valid.error().detail));
}

void TestProfileStore::needsInsecureConsent_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("expected");
    QTest::newRow("http localhost") << u"http://localhost:6333"_s << false;
    QTest::newRow("http LOCALHOST") << u"http://LOCALHOST:6333"_s << false;
    QTest::newRow("http 127.0.0.1") << u"http://127.0.0.1:6333"_s << false;
    QTest::newRow("http 127.1.2.3") << u"http://127.1.2.3:6333"_s << false;
    QTest::newRow("http [::1]") << u"http://[::1]:6333"_s << false;
    QTest::newRow("http private address") << u"http://10.0.0.5:6333"_s << true;
    QTest::newRow("http internal name") << u"http://qdrant.internal:6333"_s << true;
    QTest::newRow("https remote") << u"https://x"_s << false;
    QTest::newRow("https private address") << u"https://10.0.0.5:6333"_s << false;
}

void TestProfileStore::needsInsecureConsent()
{
    QFETCH(QString, url);
    QFETCH(bool, expected);
    Profile profile = sampleProfile();
    profile.nodeUrls.clear();
    profile.baseUrl = QUrl(url);
    QCOMPARE(profile.needsInsecureConsent(), expected);
    // Agreeing once is remembered separately; it does not change what the URL is.
    profile.allowKeyOverPlainHttp = true;
    QCOMPARE(profile.needsInsecureConsent(), expected);
    // A plain-http node of the cluster receives the key too.
    profile.baseUrl = QUrl(u"https://x"_s);
    profile.nodeUrls = { QUrl(url) };
    QCOMPARE(profile.needsInsecureConsent(), expected);
}

void TestProfileStore::endpoint_carriesProfileSettingsAndKey()
{
    Profile profile = sampleProfile();
    profile.caCertificatesFile = m_caFile;
    profile.allowKeyOverPlainHttp = true;
    const ServerEndpoint endpoint = profile.endpoint(API_KEY);
    QCOMPARE(endpoint.baseUrl, profile.baseUrl);
    QCOMPARE(endpoint.apiKey, API_KEY);
    QCOMPARE(endpoint.authScheme, AuthScheme::Bearer);
    QCOMPARE(endpoint.caCertificatesFile, m_caFile);
    QCOMPARE(endpoint.pinnedCertificateSha256, profile.pinnedCertificateSha256);
    QVERIFY(endpoint.allowKeyOverPlainHttp);
    QVERIFY(profile.endpoint(QString()).apiKey.isEmpty());
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "TestProfileStore.moc"
