// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jobs/JobQueue.h"
#include "core/profiles/KeychainSecretStore.h"
#include "core/profiles/ProfileStore.h"
#include "core/profiles/SecretJob.h"
#include "emulator/QdrantEmulator.h"
#include "gui/AppContext.h"
#include "gui/SessionManager.h"
#include "gui/dialogs/ProfileDialog.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Snapdock;

namespace {

const QString API_KEY = u"dialog-key-Ωmega-4711"_s;
const QString READ_ONLY_KEY = u"dialog-read-only-0815"_s;

} // namespace

// Adding a host through the dialog puts its key in the real OS keychain (a throwaway GNOME Keyring, see
// tests/with-keyring.sh) and nowhere else; "Test connection" tells a working key from a read-only one.
class TestProfileDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void addProfile_keyGoesToKeychainNotToSettings();
    void testConnection_reportsVersionAndReadOnlyKey();
    void plainHttpToRemoteHost_needsExplicitConsent();

private:
    [[nodiscard]] Result<QString> readKeychain(const QString &profileId);

    QNetworkAccessManager m_network;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Emulator::QdrantEmulator> m_emulator;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<KeychainSecretStore> m_secrets;
    std::unique_ptr<SessionManager> m_sessions;
    std::unique_ptr<JobQueue> m_jobs;
    std::unique_ptr<AppContext> m_context;
};

void TestProfileDialog::initTestCase()
{
    if (qEnvironmentVariable("SNAPDOCK_TEST_KEYRING") != u"1"_s)
        QSKIP("needs the throwaway keyring of tests/with-keyring.sh (ctest runs it so); never the person's own");
    QStandardPaths::setTestModeEnabled(true);
    m_network.setProxy(QNetworkProxy::NoProxy);
}

void TestProfileDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    Emulator::EmulatorConfig config;
    config.apiKey = API_KEY;
    config.readOnlyApiKey = READ_ONLY_KEY;
    m_emulator = std::make_unique<Emulator::QdrantEmulator>(config);
    QVERIFY(m_emulator->listen());
    m_emulator->seedDemoCollections();
    m_profiles = std::make_unique<ProfileStore>(m_dir->filePath(u"settings.ini"_s));
    m_secrets = std::make_unique<KeychainSecretStore>();
    m_sessions = std::make_unique<SessionManager>(m_network, *m_profiles, *m_secrets);
    m_jobs = std::make_unique<JobQueue>();
    m_context = std::make_unique<AppContext>(AppContext{ m_network, *m_profiles, *m_secrets, *m_sessions, *m_jobs });
}

void TestProfileDialog::cleanup()
{
    m_context.reset();
    m_jobs.reset();
    m_sessions.reset();
    m_secrets.reset();
    m_profiles.reset();
    m_emulator.reset();
    m_dir.reset();
}

Result<QString> TestProfileDialog::readKeychain(const QString &profileId)
{
    SecretJob *job = m_secrets->read(profileId);
    QSignalSpy done(job, &SecretJob::finished);
    if (!done.wait(20'000))
        return fail(Error::make(ErrorKind::Timeout, u"keychain read"_s));
    const Result<QString> result = job->result();
    job->deleteLater();
    return result;
}

void TestProfileDialog::addProfile_keyGoesToKeychainNotToSettings()
{
    ProfileDialog dialog(*m_context, Profile());
    dialog.nameEdit()->setText(u"Production"_s);
    dialog.urlEdit()->setText(m_emulator->baseUrl().toString());
    dialog.keyEdit()->setText(API_KEY);
    QSignalSpy saved(&dialog, &ProfileDialog::saved);
    dialog.save();
    QVERIFY2(saved.wait(20'000), qPrintable(dialog.statusText()));
    const QString id = saved.first().first().toString();

    auto stored = readKeychain(id);
    QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().userMessage()));
    QCOMPARE(*stored, API_KEY);

    QFile settings(m_dir->filePath(u"settings.ini"_s));
    QVERIFY(settings.open(QIODevice::ReadOnly));
    const QByteArray ini = settings.readAll();
    QVERIFY(ini.contains("Production"));
    QVERIFY(!ini.contains(API_KEY.toUtf8()));
    QVERIFY(!ini.contains("4711"));
}

void TestProfileDialog::testConnection_reportsVersionAndReadOnlyKey()
{
    ProfileDialog dialog(*m_context, Profile());
    dialog.nameEdit()->setText(u"Read only"_s);
    dialog.urlEdit()->setText(m_emulator->baseUrl().toString());
    dialog.keyEdit()->setText(READ_ONLY_KEY);
    QSignalSpy tested(&dialog, &ProfileDialog::connectionTested);
    dialog.testConnection();
    QVERIFY(tested.wait(20'000));
    QVERIFY2(dialog.statusText().contains(u"1.19.0"_s), qPrintable(dialog.statusText()));
    QVERIFY2(dialog.statusText().contains(u"only read"_s), qPrintable(dialog.statusText()));

    dialog.keyEdit()->setText(u"wrong"_s);
    dialog.testConnection();
    QVERIFY(tested.wait(20'000));
    QVERIFY2(dialog.statusText().contains(u"rejected the API key"_s), qPrintable(dialog.statusText()));

    dialog.keyEdit()->setText(API_KEY);
    dialog.testConnection();
    QVERIFY(tested.wait(20'000));
    QVERIFY2(dialog.statusText().contains(u"may create snapshots and restore"_s), qPrintable(dialog.statusText()));
}

void TestProfileDialog::plainHttpToRemoteHost_needsExplicitConsent()
{
    ProfileDialog dialog(*m_context, Profile());
    dialog.nameEdit()->setText(u"Remote"_s);
    dialog.urlEdit()->setText(u"http://192.0.2.10:6333"_s);
    dialog.keyEdit()->setText(API_KEY);
    QSignalSpy saved(&dialog, &ProfileDialog::saved);
    dialog.save();
    QCOMPARE(saved.count(), 0);
    QVERIFY(m_profiles->ids().isEmpty());
    QVERIFY2(dialog.statusText().contains(u"unencrypted"_s), qPrintable(dialog.statusText()));

    dialog.insecureConsentBox()->setChecked(true);
    dialog.save();
    QVERIFY2(saved.wait(20'000), qPrintable(dialog.statusText()));
    const auto profile = m_profiles->profile(saved.first().first().toString());
    QVERIFY(profile);
    QVERIFY(profile->allowKeyOverPlainHttp); // remembered for this profile
}

QTEST_MAIN(TestProfileDialog)
#include "TestProfileDialog.moc"
