// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/profiles/KeychainSecretStore.h"
#include "core/profiles/Profile.h"

#include <QLocalServer>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Snapdock;

namespace {

constexpr int STORE_TIMEOUT_MS = 500;

} // namespace

// KeychainSecretStore when the keychain never answers, like an unlock prompt nobody sees: the session bus is a
// socket that accepts connections and then stays silent. Jobs must fail with their own timeout instead of hanging.
// Its own executable because GLib caches the session bus connection once per process.
class TestSecretStoreTimeout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void write_keychainNeverAnswers_failsAfterTheTimeout();
    void read_queuedBehindAHungJob_failsAfterTheTimeoutToo();
    void lateAnswer_afterTheTimeout_emitsNoSecondFinished();

private:
    QTemporaryDir m_dir;
    QLocalServer m_silentBus;
    QList<QLocalSocket *> m_clients;
    std::unique_ptr<SecretJob> m_timedOutWrite;
    std::unique_ptr<QSignalSpy> m_timedOutWriteSpy;
};

void TestSecretStoreTimeout::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    const QString busPath = m_dir.filePath(u"bus"_s);
    QVERIFY2(m_silentBus.listen(busPath), qPrintable(m_silentBus.errorString()));
    // Keep the connections open (never read, never answer), so the D-Bus handshake waits forever.
    connect(&m_silentBus, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *client = m_silentBus.nextPendingConnection())
            m_clients.append(client);
    });
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + QFile::encodeName(busPath));
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
    qunsetenv("XDG_CURRENT_DESKTOP");
    qunsetenv("DESKTOP_SESSION");
    qunsetenv("KDE_FULL_SESSION");
}

void TestSecretStoreTimeout::write_keychainNeverAnswers_failsAfterTheTimeout()
{
    KeychainSecretStore store;
    store.setTimeoutMs(STORE_TIMEOUT_MS);
    m_timedOutWrite.reset(store.write(Profile::createId(), u"never-stored"_s));
    m_timedOutWriteSpy = std::make_unique<QSignalSpy>(m_timedOutWrite.get(), &SecretJob::finished);
    QVERIFY(m_timedOutWriteSpy->wait(STORE_TIMEOUT_MS + 20'000));
    // The write really went to the silent bus (and not, say, to a backend that needs no bus).
    QTRY_VERIFY(!m_clients.isEmpty());

    const Result<QString> result = m_timedOutWrite->result();
    QVERIFY(!result);
    QCOMPARE(result.error().kind, ErrorKind::LocalIoError);
    QVERIFY2(result.error().detail.contains(u"keychain is unavailable"_s), qPrintable(result.error().detail));
    QVERIFY2(result.error().serverMessage.contains(u"no answer within 0.5 seconds"_s),
        qPrintable(result.error().serverMessage));
}

void TestSecretStoreTimeout::read_queuedBehindAHungJob_failsAfterTheTimeoutToo()
{
    // qtkeychain runs one job at a time; the hung write (it cannot be cancelled) blocks this one.
    KeychainSecretStore store;
    store.setTimeoutMs(STORE_TIMEOUT_MS);
    std::unique_ptr<SecretJob> read(store.read(Profile::createId()));
    QSignalSpy finished(read.get(), &SecretJob::finished);
    QVERIFY(finished.wait(STORE_TIMEOUT_MS + 20'000));
    QVERIFY(!read->result());
    QCOMPARE(read->result().error().kind, ErrorKind::LocalIoError);
    QVERIFY(read->result().error().serverMessage.contains(u"no answer within"_s));
}

void TestSecretStoreTimeout::lateAnswer_afterTheTimeout_emitsNoSecondFinished()
{
    QVERIFY(m_timedOutWrite);
    // Hang up: the handshake fails, so the keychain jobs finish late, with an error.
    for (QLocalSocket *client : std::as_const(m_clients))
        client->abort();
    m_silentBus.close();

    // A job started now runs after the late ones, so when it finishes they have been delivered.
    KeychainSecretStore store;
    store.setTimeoutMs(20'000);
    std::unique_ptr<SecretJob> probe(store.remove(Profile::createId()));
    QSignalSpy probeFinished(probe.get(), &SecretJob::finished);
    QVERIFY(probeFinished.wait(30'000));
    QVERIFY(!probe->result());
    QVERIFY2(!probe->result().error().serverMessage.contains(u"no answer within"_s),
        qPrintable(probe->result().error().serverMessage));

    QCOMPARE(m_timedOutWriteSpy->count(), 1);
    QVERIFY(m_timedOutWrite->result().error().serverMessage.contains(u"no answer within"_s));
}

QTEST_GUILESS_MAIN(TestSecretStoreTimeout)
#include "TestSecretStoreTimeout.moc"
