// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/profiles/MemorySecretStore.h"
#include "core/profiles/Profile.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Snapdock;

// The SecretStore contract, through MemorySecretStore: the "this session only" fallback and the stand-in other
// components' tests use. The real keychain has its own test (TestKeychainSecretStore).
class TestSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void memory_writeReadRemove_roundTrip();
    void memory_readNeverWritten_isNotFound();
    void memory_removeNeverWritten_succeeds();
    void memory_storesPerProfile();
    void memory_newStore_startsEmpty();
    void job_finishesExactlyOnceAndNeverDuringTheCall();
    void job_deletedBeforeFinishing_isNeverDelivered();
    void job_readSeesTheStateAtTheTimeOfTheCall();
    void memory_backendName_saysSessionOnly();
};

void TestSecretStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSecretStore::memory_writeReadRemove_roundTrip()
{
    MemorySecretStore store;
    const QString id = Profile::createId();
    const QString key = u"clé-ключ-🔑"_s;

    std::unique_ptr<SecretJob> write(store.write(id, key));
    QSignalSpy written(write.get(), &SecretJob::finished);
    QVERIFY(written.wait());
    QVERIFY(write->status());
    QCOMPARE(write->operation(), SecretJob::Operation::Write);

    std::unique_ptr<SecretJob> read(store.read(id));
    QSignalSpy readDone(read.get(), &SecretJob::finished);
    QVERIFY(readDone.wait());
    QVERIFY(read->result());
    QCOMPARE(*read->result(), key);

    std::unique_ptr<SecretJob> remove(store.remove(id));
    QSignalSpy removed(remove.get(), &SecretJob::finished);
    QVERIFY(removed.wait());
    QVERIFY(remove->status());

    std::unique_ptr<SecretJob> readAgain(store.read(id));
    QSignalSpy readAgainDone(readAgain.get(), &SecretJob::finished);
    QVERIFY(readAgainDone.wait());
    QCOMPARE(readAgain->result().error().kind, ErrorKind::NotFound);
}

void TestSecretStore::memory_readNeverWritten_isNotFound()
{
    MemorySecretStore store;
    std::unique_ptr<SecretJob> read(store.read(Profile::createId()));
    QSignalSpy done(read.get(), &SecretJob::finished);
    QVERIFY(done.wait());
    QVERIFY(!read->result());
    QCOMPARE(read->result().error().kind, ErrorKind::NotFound);
    QVERIFY(!read->status());
}

void TestSecretStore::memory_removeNeverWritten_succeeds()
{
    MemorySecretStore store;
    std::unique_ptr<SecretJob> remove(store.remove(Profile::createId()));
    QSignalSpy done(remove.get(), &SecretJob::finished);
    QVERIFY(done.wait());
    QVERIFY(remove->status());
}

void TestSecretStore::memory_storesPerProfile()
{
    MemorySecretStore store;
    const QString a = Profile::createId();
    const QString b = Profile::createId();
    std::unique_ptr<SecretJob> writeA(store.write(a, u"key-a"_s));
    std::unique_ptr<SecretJob> writeB(store.write(b, u"key-b"_s));
    std::unique_ptr<SecretJob> readA(store.read(a));
    std::unique_ptr<SecretJob> readB(store.read(b));
    QTRY_VERIFY(readA->isFinished() && readB->isFinished());
    QCOMPARE(readA->result().value_or(QString()), u"key-a"_s);
    QCOMPARE(readB->result().value_or(QString()), u"key-b"_s);
}

void TestSecretStore::memory_newStore_startsEmpty()
{
    const QString id = Profile::createId();
    {
        MemorySecretStore first;
        std::unique_ptr<SecretJob> write(first.write(id, u"gone-with-the-store"_s));
        QTRY_VERIFY(write->isFinished());
    }
    MemorySecretStore second;
    std::unique_ptr<SecretJob> read(second.read(id));
    QTRY_VERIFY(read->isFinished());
    QCOMPARE(read->result().error().kind, ErrorKind::NotFound);
}

void TestSecretStore::job_finishesExactlyOnceAndNeverDuringTheCall()
{
    MemorySecretStore store;
    std::unique_ptr<SecretJob> write(store.write(Profile::createId(), u"k"_s));
    // Connecting after the call must not miss the signal.
    QVERIFY(!write->isFinished());
    QSignalSpy done(write.get(), &SecretJob::finished);
    QVERIFY(done.wait());
    // Give any stray second emission its chance to arrive.
    std::unique_ptr<SecretJob> later(store.read(Profile::createId()));
    QTRY_VERIFY(later->isFinished());
    QCOMPARE(done.count(), 1);
}

void TestSecretStore::job_deletedBeforeFinishing_isNeverDelivered()
{
    MemorySecretStore store;
    const QString id = Profile::createId();
    delete store.write(id, u"still-written"_s);
    // Deleting the job drops the notification, not the operation; and nothing touches the deleted job.
    std::unique_ptr<SecretJob> read(store.read(id));
    QTRY_VERIFY(read->isFinished());
    QCOMPARE(read->result().value_or(QString()), u"still-written"_s);
}

void TestSecretStore::job_readSeesTheStateAtTheTimeOfTheCall()
{
    MemorySecretStore store;
    const QString id = Profile::createId();
    std::unique_ptr<SecretJob> write(store.write(id, u"old"_s));
    std::unique_ptr<SecretJob> read(store.read(id));
    std::unique_ptr<SecretJob> overwrite(store.write(id, u"new"_s));
    QTRY_VERIFY(overwrite->isFinished());
    QVERIFY(read->isFinished());
    QCOMPARE(read->result().value_or(QString()), u"old"_s);
}

void TestSecretStore::memory_backendName_saysSessionOnly()
{
    QVERIFY(MemorySecretStore().backendName().contains(u"session"_s));
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "TestSecretStore.moc"
