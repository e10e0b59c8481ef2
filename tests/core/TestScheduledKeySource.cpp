// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/profiles/KeychainSecretStore.h"
#include "core/profiles/MemorySecretStore.h"
#include "core/profiles/Profile.h"
#include "core/profiles/ScheduledKeySource.h"
#include "core/profiles/SecretJob.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Snapdock;

namespace {

constexpr int STORE_TIMEOUT_MS = 10'000;
const QString KEY = u"sched-key-6a1f0e"_s;

QString writeKeyFile(const QDir &folder, const QString &name, const QByteArray &content, QFileDevice::Permissions mode)
{
    const QString path = folder.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    file.close();
    file.setPermissions(mode);
    return path;
}

const QFileDevice::Permissions MODE_600 = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
const QFileDevice::Permissions MODE_644 = MODE_600 | QFileDevice::ReadGroup | QFileDevice::ReadOther;

} // namespace

// How an unattended run finds its key: keychain, else a private key file, else QDRANT_API_KEY, else a clear error.
// The keychain that "fails cleanly" is the real KeychainSecretStore with no Secret Service reachable (its own
// executable: qtkeychain caches the session bus per process); the one holding a key is a MemorySecretStore.
class TestScheduledKeySource : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void keychainHoldsTheKey_usesItAndNoFile();
    void keychainUnavailable_fallsBackToAPrivateKeyFile();
    void keyFile0644_isRefusedNamingChmod600();
    void firstKeyFileSet_isTheOneUsed();
    void profileKeyFile_comesBeforeTheOthers();
    void noKeyFile_fallsBackToTheEnvironment();
    void nothingAnywhere_isAClearErrorWithoutTheKey();
    void noKeyStoredForTheProfile_runsWithoutAKey();
    void readKeyFile_notARegularFileOrEmpty_isRefused();
    void cancel_finishesOnceAsCancelled();

private:
    std::unique_ptr<ScheduledKeySource> run(SecretStore &store,
        const QStringList &keyFiles,
        const QProcessEnvironment &environment = QProcessEnvironment());

    KeychainSecretStore m_unavailableKeychain;
    QTemporaryDir m_folder;
};

void TestScheduledKeySource::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_folder.isValid());
    // Before the first keychain job: a session bus that leads nowhere, and no display to autolaunch one with.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/snapdock-test/bus");
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
    qunsetenv("XDG_CURRENT_DESKTOP");
    qunsetenv("DESKTOP_SESSION");
    qunsetenv("KDE_FULL_SESSION");
    m_unavailableKeychain.setTimeoutMs(STORE_TIMEOUT_MS);
}

std::unique_ptr<ScheduledKeySource> TestScheduledKeySource::run(
    SecretStore &store, const QStringList &keyFiles, const QProcessEnvironment &environment)
{
    auto source = std::make_unique<ScheduledKeySource>(store);
    source->setKeyFiles(keyFiles);
    source->setEnvironment(environment);
    QSignalSpy finished(source.get(), &ScheduledKeySource::finished);
    source->start(Profile::createId());
    if (!finished.wait(STORE_TIMEOUT_MS + 20'000) || finished.count() != 1)
        qFatal("the key source did not finish exactly once");
    return source;
}

void TestScheduledKeySource::keychainHoldsTheKey_usesItAndNoFile()
{
    MemorySecretStore store;
    const QString profileId = Profile::createId();
    std::unique_ptr<SecretJob> write(store.write(profileId, KEY));
    QSignalSpy written(write.get(), &SecretJob::finished);
    QVERIFY(written.wait());

    ScheduledKeySource source(store);
    // A refused key file is never even looked at when the keychain has the key.
    source.setKeyFiles({ writeKeyFile(QDir(m_folder.path()), u"unused"_s, "other\n", MODE_644) });
    QSignalSpy finished(&source, &ScheduledKeySource::finished);
    source.start(profileId);
    QCOMPARE(finished.count(), 0);
    QVERIFY(finished.wait());
    QVERIFY(source.result());
    QCOMPARE(source.result()->key, KEY);
    QCOMPARE(source.result()->origin, ScheduledKey::Origin::Keychain);
    QVERIFY(source.result()->keychainProblem.isEmpty());
}

void TestScheduledKeySource::keychainUnavailable_fallsBackToAPrivateKeyFile()
{
    const QString path = writeKeyFile(QDir(m_folder.path()), u"key-600"_s, KEY.toUtf8() + "\nsecond line\n", MODE_600);
    const auto source = run(m_unavailableKeychain, { QString(), path });
    QVERIFY2(source->result(), qPrintable(source->result() ? QString() : source->result().error().userMessage()));
    QCOMPARE(source->result()->key, KEY);
    QCOMPARE(source->result()->origin, ScheduledKey::Origin::KeyFile);
    QCOMPARE(source->result()->keyFile, path);
    QVERIFY2(source->result()->keychainProblem.contains(u"keychain is unavailable"_s),
        qPrintable(source->result()->keychainProblem));
    QVERIFY(!source->result()->originText().contains(KEY));
}

void TestScheduledKeySource::keyFile0644_isRefusedNamingChmod600()
{
#ifndef Q_OS_UNIX
    QSKIP("POSIX permissions");
#endif
    const QString path = writeKeyFile(QDir(m_folder.path()), u"key-644"_s, KEY.toUtf8() + "\n", MODE_644);
    QProcessEnvironment environment;
    environment.insert(u"QDRANT_API_KEY"_s, u"from-env"_s);
    const auto source = run(m_unavailableKeychain, { path }, environment);
    QVERIFY(!source->result());
    const Error error = source->result().error();
    QCOMPARE(error.kind, ErrorKind::LocalPermissionDenied);
    const QString message = error.userMessage();
    QVERIFY2(message.contains(u"chmod 600"_s), qPrintable(message));
    QVERIFY2(message.contains(path), qPrintable(message));
    QVERIFY2(message.contains(u"0644"_s), qPrintable(message));
    QVERIFY(!message.contains(KEY));
}

void TestScheduledKeySource::firstKeyFileSet_isTheOneUsed()
{
    const QDir folder(m_folder.path());
    const QString first = writeKeyFile(folder, u"first"_s, "first-key", MODE_600);
    const QString second = writeKeyFile(folder, u"second"_s, "second-key", MODE_600);
    const auto source = run(m_unavailableKeychain, { first, second });
    QVERIFY(source->result());
    QCOMPARE(source->result()->key, u"first-key"_s);
}

void TestScheduledKeySource::profileKeyFile_comesBeforeTheOthers()
{
    const QString profileId = Profile::createId();
    const QString path = ScheduledKeySource::defaultKeyFile(profileId);
    QVERIFY(path.endsWith(u"/keys/"_s + profileId + u".key"_s));
    QVERIFY(ScheduledKeySource::defaultKeyFile(u"../../etc/passwd"_s).isEmpty());
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QVERIFY(!writeKeyFile(QFileInfo(path).dir(), QFileInfo(path).fileName(), "profile-key\n", MODE_600).isEmpty());
    const QString other = writeKeyFile(QDir(m_folder.path()), u"other"_s, "other-key", MODE_600);

    ScheduledKeySource source(m_unavailableKeychain);
    source.setKeyFiles({ other });
    QSignalSpy finished(&source, &ScheduledKeySource::finished);
    source.start(profileId);
    QVERIFY(finished.wait(STORE_TIMEOUT_MS + 20'000));
    QFile::remove(path);
    QVERIFY(source.result());
    QCOMPARE(source.result()->key, u"profile-key"_s);
    QCOMPARE(source.result()->keyFile, path);
}

void TestScheduledKeySource::noKeyFile_fallsBackToTheEnvironment()
{
    QProcessEnvironment environment;
    environment.insert(u"QDRANT_API_KEY"_s, u"  env-key  "_s);
    const auto source = run(m_unavailableKeychain, {}, environment);
    QVERIFY(source->result());
    QCOMPARE(source->result()->key, u"env-key"_s);
    QCOMPARE(source->result()->origin, ScheduledKey::Origin::Environment);
}

void TestScheduledKeySource::nothingAnywhere_isAClearErrorWithoutTheKey()
{
    // The keychain cannot be asked (locked or absent), and no other source has a key.
    const auto source = run(m_unavailableKeychain, { QString() });
    QVERIFY(!source->result());
    const QString message = source->result().error().userMessage();
    QVERIFY2(message.contains(u"no API key found"_s), qPrintable(message));
    QVERIFY2(message.contains(u"QDRANT_API_KEY"_s), qPrintable(message));
    QVERIFY2(message.contains(u"key file"_s), qPrintable(message));
}

void TestScheduledKeySource::noKeyStoredForTheProfile_runsWithoutAKey()
{
    // The keychain answers, and holds no key for the profile: a server without authentication.
    MemorySecretStore empty;
    const auto source = run(empty, { QString() });
    QVERIFY(source->result());
    QVERIFY(source->result()->key.isEmpty());
    QCOMPARE(source->result()->origin, ScheduledKey::Origin::None);
}

void TestScheduledKeySource::readKeyFile_notARegularFileOrEmpty_isRefused()
{
    const QDir folder(m_folder.path());
    QVERIFY(folder.mkpath(u"a-folder"_s));
    const Result<QString> directory = ScheduledKeySource::readKeyFile(folder.filePath(u"a-folder"_s));
    QVERIFY(!directory);
    QVERIFY2(directory.error().detail.contains(u"not a regular file"_s), qPrintable(directory.error().detail));

    const Result<QString> missing = ScheduledKeySource::readKeyFile(folder.filePath(u"missing"_s));
    QVERIFY(!missing);
    QVERIFY2(missing.error().detail.contains(u"does not exist"_s), qPrintable(missing.error().detail));

    const Result<QString> empty =
        ScheduledKeySource::readKeyFile(writeKeyFile(folder, u"empty"_s, "\n\nkey-on-line-3\n", MODE_600));
    QVERIFY(!empty);
    QVERIFY2(empty.error().detail.contains(u"empty first line"_s), qPrintable(empty.error().detail));
}

void TestScheduledKeySource::cancel_finishesOnceAsCancelled()
{
    MemorySecretStore store;
    ScheduledKeySource source(store);
    QSignalSpy finished(&source, &ScheduledKeySource::finished);
    source.start(Profile::createId());
    source.cancel();
    QCOMPARE(finished.count(), 0);
    QVERIFY(finished.wait());
    QCoreApplication::processEvents(); // the read was dropped: no second finished() can follow
    QCOMPARE(finished.count(), 1);
    QCOMPARE(source.result().error().kind, ErrorKind::Cancelled);
}

QTEST_GUILESS_MAIN(TestScheduledKeySource)
#include "TestScheduledKeySource.moc"
