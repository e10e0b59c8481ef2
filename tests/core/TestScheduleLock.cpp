// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scheduling/Schedule.h"
#include "core/scheduling/ScheduleLock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <iostream>
#include <memory>
#include <string>

#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;
using namespace Snapdock;

namespace {

// Child mode: take the lock, say so on stdout, hold it until stdin closes (or the parent kills us).
int holdLock(const QString &scheduleId, const QString &path)
{
    ScheduleLock lock(scheduleId, path);
    const Result<bool> locked = lock.tryLock();
    if (!locked || !*locked) {
        std::fputs("busy\n", stdout);
        std::fflush(stdout);
        return 3;
    }
    std::printf("locked %lld\n", static_cast<long long>(QCoreApplication::applicationPid()));
    std::fflush(stdout);
    std::string line;
    while (std::getline(std::cin, line)) {}
    return 0;
}

// What tryLock() said, as text that reads well in a failed comparison.
QString outcome(const Result<bool> &locked)
{
    if (!locked)
        return u"error: "_s + locked.error().detail;
    return *locked ? u"locked"_s : u"busy"_s;
}

const QString LOCKED = u"locked"_s;
const QString BUSY = u"busy"_s;

} // namespace

// One schedule never runs twice at once, across processes; a dead holder's lock is taken over.
class TestScheduleLock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void tryLock_secondLockInSameProcess_isRefusedUntilReleased();
    void tryLock_twiceOnSameObject_staysHeld();
    void destructor_releasesTheLock();
    void holder_isDescribedWithPidAndHost();
    void tryLock_heldByChildProcess_isRefused();
    void tryLock_holderKilled_isTakenOver();
    void tryLock_longHeldByLiveProcess_isNotTakenOver();
    void tryLock_holderExited_isFree();
    void tryLock_malformedId_isRefused();
    void tryLock_unwritableFolder_isAnError();
    void tryLock_folderIsAFile_isAnError();
    void defaultLockPath_isInAppDataLocks();

private:
    [[nodiscard]] std::unique_ptr<QProcess> startHolder();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_id;
    QString m_path;
};

void TestScheduleLock::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestScheduleLock::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_id = Schedule::createId();
    // A folder that does not exist yet: tryLock() creates it.
    m_path = m_dir->filePath(u"locks/schedule-%1.lock"_s.arg(m_id));
}

std::unique_ptr<QProcess> TestScheduleLock::startHolder()
{
    auto child = std::make_unique<QProcess>();
    child->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child->start(QCoreApplication::applicationFilePath(), { u"--hold-lock"_s, m_id, m_path });
    if (!child->waitForStarted(30000))
        return nullptr;
    while (!child->canReadLine()) {
        if (!child->waitForReadyRead(30000))
            return nullptr;
    }
    const QByteArray line = child->readLine().trimmed();
    const QByteArray expected = QByteArray("locked ") + QByteArray::number(child->processId());
    if (line != expected)
        return nullptr;
    return child;
}

void TestScheduleLock::tryLock_secondLockInSameProcess_isRefusedUntilReleased()
{
    ScheduleLock first(m_id, m_path);
    ScheduleLock second(m_id, m_path);
    QCOMPARE(outcome(first.tryLock()), LOCKED);
    QVERIFY(first.isLocked());
    QVERIFY(QFileInfo::exists(m_path));
    QCOMPARE(outcome(second.tryLock()), BUSY);
    QVERIFY(!second.isLocked());

    first.unlock();
    QVERIFY(!first.isLocked());
    QVERIFY(!QFileInfo::exists(m_path));
    QCOMPARE(outcome(second.tryLock()), LOCKED);
    QCOMPARE(outcome(first.tryLock()), BUSY);
}

void TestScheduleLock::tryLock_twiceOnSameObject_staysHeld()
{
    ScheduleLock lock(m_id, m_path);
    QCOMPARE(outcome(lock.tryLock()), LOCKED);
    QCOMPARE(outcome(lock.tryLock()), LOCKED);
    QVERIFY(lock.isLocked());
}

void TestScheduleLock::destructor_releasesTheLock()
{
    {
        ScheduleLock lock(m_id, m_path);
        QCOMPARE(outcome(lock.tryLock()), LOCKED);
    }
    QVERIFY(!QFileInfo::exists(m_path));
    ScheduleLock again(m_id, m_path);
    QCOMPARE(outcome(again.tryLock()), LOCKED);
}

void TestScheduleLock::holder_isDescribedWithPidAndHost()
{
    ScheduleLock holder(m_id, m_path);
    ScheduleLock other(m_id, m_path);
    QVERIFY(other.holderDescription().isEmpty());
    QCOMPARE(other.alreadyRunningMessage(u"Nightly"_s), u"schedule \"Nightly\" is already running"_s);

    QCOMPARE(outcome(holder.tryLock()), LOCKED);
    QCOMPARE(outcome(other.tryLock()), BUSY);
    const QString expectedHolder =
        u"pid %1 on host %2"_s.arg(QString::number(QCoreApplication::applicationPid()), QSysInfo::machineHostName());
    QCOMPARE(other.holderDescription(), expectedHolder);
    QCOMPARE(other.alreadyRunningMessage(u"Nightly"_s),
        u"schedule \"Nightly\" is already running (%1)"_s.arg(expectedHolder));
}

void TestScheduleLock::tryLock_heldByChildProcess_isRefused()
{
    const std::unique_ptr<QProcess> child = startHolder();
    QVERIFY2(child, "the child process did not take the lock");

    ScheduleLock lock(m_id, m_path);
    QCOMPARE(outcome(lock.tryLock()), BUSY);
    QVERIFY(lock.holderDescription().contains(u"pid %1 "_s.arg(child->processId())));

    child->closeWriteChannel();
    QVERIFY(child->waitForFinished(30000));
    QCOMPARE(child->exitCode(), 0);
}

void TestScheduleLock::tryLock_holderKilled_isTakenOver()
{
    const std::unique_ptr<QProcess> child = startHolder();
    QVERIFY2(child, "the child process did not take the lock");
    child->kill();
    QVERIFY(child->waitForFinished(30000));
    // The lock file stays behind, naming a process that no longer exists.
    QVERIFY(QFileInfo::exists(m_path));

    ScheduleLock lock(m_id, m_path);
    QCOMPARE(outcome(lock.tryLock()), LOCKED);
    QVERIFY(lock.holderDescription().contains(u"pid %1 "_s.arg(QCoreApplication::applicationPid())));
}

// A backup may run for hours: the age of the lock file must never make it stale while its holder lives (the stale
// time is 0, and on Unix the holder's flock also keeps anyone from deleting the file).
void TestScheduleLock::tryLock_longHeldByLiveProcess_isNotTakenOver()
{
    const std::unique_ptr<QProcess> child = startHolder();
    QVERIFY2(child, "the child process did not take the lock");
    QFile lockFile(m_path);
    QVERIFY(lockFile.open(QIODevice::ReadWrite));
    QVERIFY(lockFile.setFileTime(QDateTime::currentDateTimeUtc().addDays(-1), QFileDevice::FileModificationTime));
    lockFile.close();

    ScheduleLock lock(m_id, m_path);
    QCOMPARE(outcome(lock.tryLock()), BUSY);

    child->closeWriteChannel();
    QVERIFY(child->waitForFinished(30000));
    QCOMPARE(outcome(lock.tryLock()), LOCKED);
}

void TestScheduleLock::tryLock_holderExited_isFree()
{
    const std::unique_ptr<QProcess> child = startHolder();
    QVERIFY2(child, "the child process did not take the lock");
    child->closeWriteChannel();
    QVERIFY(child->waitForFinished(30000));
    QCOMPARE(child->exitCode(), 0);
    QVERIFY(!QFileInfo::exists(m_path));

    ScheduleLock lock(m_id, m_path);
    QCOMPARE(outcome(lock.tryLock()), LOCKED);
}

void TestScheduleLock::tryLock_malformedId_isRefused()
{
    for (const QString &id : { QString(), u"../../etc/passwd"_s, u"{%1}"_s.arg(Schedule::createId()) }) {
        ScheduleLock lock(id, m_path);
        const Result<bool> locked = lock.tryLock();
        QVERIFY(!locked.has_value());
        QCOMPARE(locked.error().kind, ErrorKind::InvalidArgument);
        QVERIFY(!QFileInfo::exists(m_path));
    }
}

void TestScheduleLock::tryLock_unwritableFolder_isAnError()
{
#if defined(Q_OS_UNIX)
    if (::geteuid() == 0)
        QSKIP("root may write anywhere: permissions cannot be tested");
#endif
    const QString folder = m_dir->filePath(u"read-only"_s);
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    ScheduleLock lock(m_id, folder + u"/schedule.lock"_s);
    const Result<bool> locked = lock.tryLock();
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QVERIFY(!locked.has_value());
    QCOMPARE(locked.error().kind, ErrorKind::LocalPermissionDenied);
}

void TestScheduleLock::tryLock_folderIsAFile_isAnError()
{
    const QString file = m_dir->filePath(u"not-a-folder"_s);
    QFile blocker(file);
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    ScheduleLock lock(m_id, file + u"/locks/schedule.lock"_s);
    const Result<bool> locked = lock.tryLock();
    QVERIFY(!locked.has_value());
    QCOMPARE(locked.error().kind, ErrorKind::LocalIoError);
    QVERIFY2(locked.error().detail.contains(file), qPrintable(locked.error().detail));
}

void TestScheduleLock::defaultLockPath_isInAppDataLocks()
{
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QCOMPARE(ScheduleLock::defaultLockPath(m_id), QDir(dataDir).filePath(u"locks/schedule-%1.lock"_s.arg(m_id)));
    ScheduleLock lock(m_id);
    QCOMPARE(lock.lockFilePath(), ScheduleLock::defaultLockPath(m_id));
    QCOMPARE(outcome(lock.tryLock()), LOCKED);
    QVERIFY(QFileInfo::exists(ScheduleLock::defaultLockPath(m_id)));
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() == 4 && arguments.at(1) == u"--hold-lock"_s)
        return holdLock(arguments.at(2), arguments.at(3));
    TestScheduleLock test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "TestScheduleLock.moc"
