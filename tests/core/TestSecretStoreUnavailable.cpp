// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/profiles/KeychainSecretStore.h"
#include "core/profiles/Profile.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Snapdock;

namespace {

constexpr int STORE_TIMEOUT_MS = 10'000;

} // namespace

// KeychainSecretStore on a machine where no Secret Service can be reached: every operation must fail fast and
// clearly, as "keychain unavailable", never hang and never pass a read off as "no key stored". Its own executable
// because qtkeychain and GLib pick and cache the backend and the session bus once per process.
class TestSecretStoreUnavailable : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void write_noSecretService_failsAsKeychainUnavailable();
    void read_noSecretService_isUnavailableNotNotFound();
    void remove_noSecretService_failsAsKeychainUnavailable();

private:
    void verifyUnavailable(SecretJob *job);

    KeychainSecretStore m_store;
};

void TestSecretStoreUnavailable::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Before the first job: a session bus address that leads nowhere. Without DISPLAY, D-Bus cannot autolaunch a bus
    // (which would start a real keyring and, with a display, a password prompt nobody answers).
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/snapdock-test/bus");
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
    // The desktop decides which backend qtkeychain tries first; without one it takes libsecret, the common case.
    qunsetenv("XDG_CURRENT_DESKTOP");
    qunsetenv("DESKTOP_SESSION");
    qunsetenv("KDE_FULL_SESSION");
    m_store.setTimeoutMs(STORE_TIMEOUT_MS);
}

void TestSecretStoreUnavailable::verifyUnavailable(SecretJob *job)
{
    QSignalSpy finished(job, &SecretJob::finished);
    QVERIFY(finished.wait(STORE_TIMEOUT_MS + 20'000));
    QCOMPARE(finished.count(), 1);
    QVERIFY(!job->result());
    const Error error = job->result().error();
    QCOMPARE(error.kind, ErrorKind::LocalIoError);
    QVERIFY2(error.detail.contains(u"keychain is unavailable"_s), qPrintable(error.detail));
    // The keychain's own reason is passed on, and it is a real answer, not our timeout.
    QVERIFY(!error.serverMessage.isEmpty());
    QVERIFY2(!error.serverMessage.contains(u"no answer within"_s), qPrintable(error.serverMessage));
    QVERIFY2(error.userMessage().contains(u"session only"_s), qPrintable(error.userMessage()));
}

void TestSecretStoreUnavailable::write_noSecretService_failsAsKeychainUnavailable()
{
    std::unique_ptr<SecretJob> write(m_store.write(Profile::createId(), u"never-stored"_s));
    verifyUnavailable(write.get());
}

void TestSecretStoreUnavailable::read_noSecretService_isUnavailableNotNotFound()
{
    std::unique_ptr<SecretJob> read(m_store.read(Profile::createId()));
    verifyUnavailable(read.get());
}

void TestSecretStoreUnavailable::remove_noSecretService_failsAsKeychainUnavailable()
{
    std::unique_ptr<SecretJob> remove(m_store.remove(Profile::createId()));
    verifyUnavailable(remove.get());
}

QTEST_GUILESS_MAIN(TestSecretStoreUnavailable)
#include "TestSecretStoreUnavailable.moc"
