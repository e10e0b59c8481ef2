// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/profiles/KeychainSecretStore.h"
#include "core/profiles/Profile.h"
#include "core/profiles/ProfileStore.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Snapdock;

namespace {

// Longer than any job may take, shorter than the CTest timeout; a failure here means a hang, not a slow keyring.
constexpr int WAIT_MS = 30'000;

// Waits for the job's one finished(). Returns false on a hang or a second emission.
[[nodiscard]] bool waitForFinished(SecretJob *job)
{
    QSignalSpy spy(job, &SecretJob::finished);
    if (!job->isFinished() && !spy.wait(WAIT_MS))
        return false;
    return job->isFinished() && spy.count() <= 1;
}

QString describe(const Result<QString> &result)
{
    return result ? u"success"_s : result.error().userMessage();
}

} // namespace

// Runs against the real Secret Service: tests/with-keyring.sh starts a throwaway GNOME Keyring inside
// dbus-run-session (CTest does this, see tests/core/CMakeLists.txt) and sets SNAPDOCK_TEST_KEYRING.
class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void writeThenRead_returnsTheSameKey_data();
    void writeThenRead_returnsTheSameKey();
    void write_twice_readReturnsTheLatestKey();
    void remove_thenRead_isNotFound();
    void remove_keyNeverStored_succeeds();
    void read_keyNeverStored_isNotFoundNotUnavailable();
    void secondStore_readsWhatTheFirstWrote();
    void write_storesUnderServiceSnapdockAndProfileKey();
    void jobDeletedBeforeFinishing_laterJobsStillWork();
    void profilesSettingsFile_neverContainsTheKey();
    void backendName_isNotEmpty();

private:
    [[nodiscard]] QString newProfileId();

    KeychainSecretStore m_store;
    QStringList m_usedIds; // removed from the keyring after each test, so tests do not see each other's keys
};

void TestKeychainSecretStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (qEnvironmentVariableIsEmpty("SNAPDOCK_TEST_KEYRING")) {
        QSKIP("Needs a throwaway keyring: run through ctest, or "
              "dbus-run-session -- tests/with-keyring.sh <this test>, so it never touches your own keychain.");
    }
}

void TestKeychainSecretStore::cleanup()
{
    for (const QString &id : std::as_const(m_usedIds)) {
        std::unique_ptr<SecretJob> job(m_store.remove(id));
        QVERIFY(waitForFinished(job.get()));
    }
    m_usedIds.clear();
}

QString TestKeychainSecretStore::newProfileId()
{
    m_usedIds.append(Profile::createId());
    return m_usedIds.last();
}

void TestKeychainSecretStore::writeThenRead_returnsTheSameKey_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("ascii") << u"6f1b3c0e-qdrant-api-key"_s;
    QTest::newRow("unicode") << u"clé-ключ-鍵-🔑-Ωμέγα"_s;
    QTest::newRow("spaces and symbols") << u"  a b\t\"quoted\" ;%&=+/\\ "_s;
    QTest::newRow("long") << QString(u"0123456789abcdef"_s).repeated(64);
}

void TestKeychainSecretStore::writeThenRead_returnsTheSameKey()
{
    QFETCH(QString, key);
    const QString id = newProfileId();

    std::unique_ptr<SecretJob> write(m_store.write(id, key));
    QCOMPARE(write->operation(), SecretJob::Operation::Write);
    QCOMPARE(write->profileId(), id);
    QVERIFY(waitForFinished(write.get()));
    QVERIFY2(write->status(), qPrintable(describe(write->result())));

    std::unique_ptr<SecretJob> read(m_store.read(id));
    QVERIFY(waitForFinished(read.get()));
    QVERIFY2(read->result(), qPrintable(describe(read->result())));
    QCOMPARE(*read->result(), key);
}

void TestKeychainSecretStore::write_twice_readReturnsTheLatestKey()
{
    const QString id = newProfileId();
    std::unique_ptr<SecretJob> first(m_store.write(id, u"first-key"_s));
    std::unique_ptr<SecretJob> second(m_store.write(id, u"second-kéy"_s));
    QVERIFY(waitForFinished(first.get()));
    QVERIFY(waitForFinished(second.get()));
    QVERIFY2(first->status() && second->status(), qPrintable(describe(second->result())));

    std::unique_ptr<SecretJob> read(m_store.read(id));
    QVERIFY(waitForFinished(read.get()));
    QVERIFY2(read->result(), qPrintable(describe(read->result())));
    QCOMPARE(*read->result(), u"second-kéy"_s);
}

void TestKeychainSecretStore::remove_thenRead_isNotFound()
{
    const QString id = newProfileId();
    std::unique_ptr<SecretJob> write(m_store.write(id, u"to-be-removed"_s));
    QVERIFY(waitForFinished(write.get()));
    QVERIFY2(write->status(), qPrintable(describe(write->result())));

    std::unique_ptr<SecretJob> remove(m_store.remove(id));
    QCOMPARE(remove->operation(), SecretJob::Operation::Remove);
    QVERIFY(waitForFinished(remove.get()));
    QVERIFY2(remove->status(), qPrintable(describe(remove->result())));

    std::unique_ptr<SecretJob> read(m_store.read(id));
    QVERIFY(waitForFinished(read.get()));
    QVERIFY(!read->result());
    QCOMPARE(read->result().error().kind, ErrorKind::NotFound);
}

void TestKeychainSecretStore::remove_keyNeverStored_succeeds()
{
    std::unique_ptr<SecretJob> remove(m_store.remove(newProfileId()));
    QVERIFY(waitForFinished(remove.get()));
    QVERIFY2(remove->status(), qPrintable(describe(remove->result())));
}

void TestKeychainSecretStore::read_keyNeverStored_isNotFoundNotUnavailable()
{
    std::unique_ptr<SecretJob> read(m_store.read(newProfileId()));
    QCOMPARE(read->operation(), SecretJob::Operation::Read);
    QVERIFY(waitForFinished(read.get()));
    QVERIFY(!read->result());
    QCOMPARE(read->result().error().kind, ErrorKind::NotFound);
    QVERIFY(!read->result().error().userMessage().isEmpty());
}

void TestKeychainSecretStore::secondStore_readsWhatTheFirstWrote()
{
    const QString id = newProfileId();
    {
        KeychainSecretStore first;
        std::unique_ptr<SecretJob> write(first.write(id, u"shared-kéy"_s));
        QVERIFY(waitForFinished(write.get()));
        QVERIFY2(write->status(), qPrintable(describe(write->result())));
    }
    KeychainSecretStore second;
    std::unique_ptr<SecretJob> read(second.read(id));
    QVERIFY(waitForFinished(read.get()));
    QVERIFY2(read->result(), qPrintable(describe(read->result())));
    QCOMPARE(*read->result(), u"shared-kéy"_s);
}

void TestKeychainSecretStore::write_storesUnderServiceSnapdockAndProfileKey()
{
    const QString secretTool = QStandardPaths::findExecutable(u"secret-tool"_s);
    if (secretTool.isEmpty())
        QSKIP("secret-tool (libsecret-tools) is not installed");
    const QString id = newProfileId();
    std::unique_ptr<SecretJob> write(m_store.write(id, u"looked-up-by-secret-tool"_s));
    QVERIFY(waitForFinished(write.get()));
    QVERIFY2(write->status(), qPrintable(describe(write->result())));

    // An independent client of the Secret Service finds it under qtkeychain's schema attributes.
    QProcess lookup;
    lookup.start(secretTool, { u"lookup"_s, u"server"_s, u"snapdock"_s, u"user"_s, u"snapdock/"_s + id });
    QVERIFY(lookup.waitForFinished(WAIT_MS));
    QCOMPARE(lookup.exitCode(), 0);
    QCOMPARE(lookup.readAllStandardOutput().trimmed(), QByteArray("looked-up-by-secret-tool"));
}

void TestKeychainSecretStore::jobDeletedBeforeFinishing_laterJobsStillWork()
{
    const QString id = newProfileId();
    delete m_store.write(id, u"written-by-an-abandoned-job"_s);
    delete m_store.read(id);

    // qtkeychain runs its jobs in order, so this read comes after the abandoned write.
    std::unique_ptr<SecretJob> read(m_store.read(id));
    QVERIFY(waitForFinished(read.get()));
    QVERIFY2(read->result(), qPrintable(describe(read->result())));
    QCOMPARE(*read->result(), u"written-by-an-abandoned-job"_s);
}

void TestKeychainSecretStore::profilesSettingsFile_neverContainsTheKey()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString iniPath = dir.filePath(u"profiles.ini"_s);
    const QString key = u"kéy-that-must-stay-in-the-keyring-zqxw"_s;
    {
        ProfileStore profiles(iniPath);
        Profile profile;
        profile.name = u"Keyring"_s;
        profile.baseUrl = QUrl(u"https://qdrant.example.com"_s);
        const Result<Profile> added = profiles.add(profile);
        QVERIFY(added);
        m_usedIds.append(added->id);

        std::unique_ptr<SecretJob> write(m_store.write(added->id, key));
        QVERIFY(waitForFinished(write.get()));
        QVERIFY2(write->status(), qPrintable(describe(write->result())));
        std::unique_ptr<SecretJob> read(m_store.read(added->id));
        QVERIFY(waitForFinished(read.get()));
        QCOMPARE(read->result().value_or(QString()), key);

        QVERIFY(profiles.duplicate(added->id));
        QVERIFY(!profiles.exportJson(profiles.ids()).contains("zqxw"));
    }
    QFile ini(iniPath);
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray contents = ini.readAll();
    QVERIFY(contents.contains("Keyring"));
    QVERIFY(!contents.contains(key.toUtf8()));
    QVERIFY(!contents.contains("zqxw"));
}

void TestKeychainSecretStore::backendName_isNotEmpty()
{
    QVERIFY(!m_store.backendName().isEmpty());
}

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "TestKeychainSecretStore.moc"
