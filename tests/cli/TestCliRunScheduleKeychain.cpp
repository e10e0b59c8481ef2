// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliTestSupport.h"
#include "cli/ScheduleSettings.h"
#include "core/profiles/KeychainSecretStore.h"
#include "core/profiles/SecretJob.h"

#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Snapdock;
using namespace Snapdock::TestSupport;

// `snapdock-cli run-schedule ID` with the key in an unlocked keychain (a throwaway GNOME Keyring on a private session
// bus, tests/with-keyring.sh): the scheduled path takes it from there, without a key file and without a prompt.
class TestCliRunScheduleKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void runSchedule_keyInTheKeychain_needsNoKeyFile();

private:
    CliFixture m_fixture;
};

void TestCliRunScheduleKeychain::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Only ever against the throwaway keyring, never a person's own.
    if (qEnvironmentVariableIsEmpty("SNAPDOCK_TEST_KEYRING"))
        QSKIP("not running under tests/with-keyring.sh");
    QVERIFY(m_fixture.start());
}

void TestCliRunScheduleKeychain::runSchedule_keyInTheKeychain_needsNoKeyFile()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const ScheduleSettings settings = ScheduleSettings::write(home, m_fixture.baseUrl());
    QVERIFY(!settings.scheduleId.isEmpty());

    KeychainSecretStore keychain;
    std::unique_ptr<SecretJob> write(keychain.write(settings.profileId, QString::fromLatin1(CliFixture::API_KEY)));
    QSignalSpy written(write.get(), &SecretJob::finished);
    QVERIFY(written.wait(30'000));
    QVERIFY2(write->status(), qPrintable(write->status() ? QString() : write->status().error().userMessage()));

    // The child inherits the session bus of the keyring; nothing else tells it the key.
    const QProcessEnvironment environment = ScheduleSettings::environment(home, CliFixture::cleanEnvironment());
    const CliRun run = m_fixture.run({ u"run-schedule"_s, settings.scheduleId }, home.path(), environment);
    QVERIFY2(run.exitCode == 0, qPrintable(run.outText() + run.errText()));
    QVERIFY2(run.outText().contains(u"comes from the keychain"_s), qPrintable(run.outText()));
    QVERIFY(!QFile::exists(settings.keyFile));
    QVERIFY(!run.out.contains(CliFixture::API_KEY));
    QVERIFY(!run.err.contains(CliFixture::API_KEY));

    std::unique_ptr<SecretJob> remove(keychain.remove(settings.profileId));
    QSignalSpy removed(remove.get(), &SecretJob::finished);
    QVERIFY(removed.wait(30'000));
}

QTEST_GUILESS_MAIN(TestCliRunScheduleKeychain)
#include "TestCliRunScheduleKeychain.moc"
