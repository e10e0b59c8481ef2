// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/PartFile.h"
#include "support/TestFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;
using namespace Snapdock;

namespace {

// Root ignores file permissions, so permission tests cannot fail the way they should.
bool isRoot()
{
#ifdef Q_OS_UNIX
    return geteuid() == 0;
#else
    return false;
#endif
}

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

QString describe(const VoidResult &result)
{
    return result ? u"ok"_s : result.error().detail;
}

} // namespace

class TestPartFile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void commit_writesFinalFileAndLeavesNoPart();
    void open_missingParentFolders_areCreated();
    void commit_existingFinalFile_isReplacedOnlyAtCommit();
    void discard_leavesNeitherFileAndKeepsExistingFinal();
    void destructor_withoutCommit_removesPart();
    void destructor_keepOnDestroy_keepsPartForResume();
    void destructor_neverOpened_leavesEarlierPartAlone();
    void open_append_keepsBytesAndReportsSize();
    void open_truncate_dropsEarlierBytes();
    void write_manyChunks_hashMatches();
    void write_notOpen_isError();
    void open_twice_isError();
    void open_readOnlyFolder_isPermissionDenied();
    void open_parentIsRegularFile_isErrorNamingTheFolder();
    void commit_finalPathIsFolder_failsAndKeepsFolder();
    void availableSpace_existingFolder_isPositive();
    void availableSpace_missingFolder_measuresNearestAncestor();

private:
    QTemporaryDir m_dir;
    QString m_folder;
    int m_counter = 0;
};

void TestPartFile::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestPartFile::init()
{
    // A fresh folder per test, so one test's leftovers cannot satisfy another's expectations.
    m_folder = m_dir.filePath(u"case%1"_s.arg(++m_counter));
    QVERIFY(QDir().mkpath(m_folder));
}

void TestPartFile::commit_writesFinalFileAndLeavesNoPart()
{
    const QString path = m_folder + u"/x.snapshot"_s;
    PartFile part(path);
    QCOMPARE(part.partPath(), path + u".part"_s);
    QVERIFY2(part.open(), "open");
    QVERIFY(QFileInfo::exists(part.partPath()));
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(part.write("hello ", 6));
    QVERIFY(part.write("world", 5));
    QCOMPARE(part.size(), 11);
    const VoidResult committed = part.commit();
    QVERIFY2(committed, qPrintable(describe(committed)));
    QVERIFY(part.isCommitted());
    QVERIFY(!part.isOpen());
    QCOMPARE(contentsOf(path), "hello world"_ba);
    QVERIFY(!QFileInfo::exists(part.partPath()));
    QCOMPARE(QDir(m_folder).entryList(QDir::Files | QDir::Hidden), QStringList{ u"x.snapshot"_s });
}

void TestPartFile::open_missingParentFolders_areCreated()
{
    const QString path = m_folder + u"/a/b/c/x.snapshot"_s;
    {
        PartFile part(path);
        QVERIFY(part.open());
        QVERIFY(part.write("data", 4));
        QVERIFY(part.commit());
    }
    QCOMPARE(contentsOf(path), "data"_ba);
}

void TestPartFile::commit_existingFinalFile_isReplacedOnlyAtCommit()
{
    const QString path = m_folder + u"/x.snapshot"_s;
    QVERIFY(writeFile(path, "old contents"_ba));
    PartFile part(path);
    QVERIFY(part.open());
    QVERIFY(part.write("new", 3));
    QCOMPARE(contentsOf(path), "old contents"_ba);
    QVERIFY(part.commit());
    QCOMPARE(contentsOf(path), "new"_ba);
    QVERIFY(!QFileInfo::exists(part.partPath()));
}

void TestPartFile::discard_leavesNeitherFileAndKeepsExistingFinal()
{
    const QString fresh = m_folder + u"/fresh.snapshot"_s;
    PartFile first(fresh);
    QVERIFY(first.open());
    QVERIFY(first.write("abc", 3));
    first.discard();
    QVERIFY(!first.isOpen());
    QVERIFY(!QFileInfo::exists(fresh));
    QVERIFY(!QFileInfo::exists(first.partPath()));

    const QString existing = m_folder + u"/existing.snapshot"_s;
    QVERIFY(writeFile(existing, "keep me"_ba));
    PartFile second(existing);
    QVERIFY(second.open());
    QVERIFY(second.write("abc", 3));
    second.discard();
    QCOMPARE(contentsOf(existing), "keep me"_ba);
    QVERIFY(!QFileInfo::exists(second.partPath()));
}

void TestPartFile::destructor_withoutCommit_removesPart()
{
    const QString path = m_folder + u"/x.snapshot"_s;
    {
        PartFile part(path);
        QVERIFY(part.open());
        QVERIFY(part.write("abc", 3));
    }
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(!QFileInfo::exists(path + u".part"_s));
}

void TestPartFile::destructor_keepOnDestroy_keepsPartForResume()
{
    const QString path = m_folder + u"/x.snapshot"_s;
    {
        PartFile part(path);
        part.setKeepOnDestroy(true);
        QVERIFY(part.keepOnDestroy());
        QVERIFY(part.open());
        QVERIFY(part.write("abc", 3));
    }
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(contentsOf(path + u".part"_s), "abc"_ba);
}

void TestPartFile::destructor_neverOpened_leavesEarlierPartAlone()
{
    const QString path = m_folder + u"/x.snapshot"_s;
    QVERIFY(writeFile(path + u".part"_s, "resumable"_ba));
    {
        PartFile part(path);
        part.discard();
    }
    QCOMPARE(contentsOf(path + u".part"_s), "resumable"_ba);
}

void TestPartFile::open_append_keepsBytesAndReportsSize()
{
    const QString path = m_folder + u"/x.snapshot"_s;
    QVERIFY(writeFile(path + u".part"_s, "first half "_ba));
    PartFile part(path);
    QVERIFY(part.open(PartFile::OpenMode::Append));
    QCOMPARE(part.size(), 11);
    QVERIFY(part.write("second half", 11));
    QCOMPARE(part.size(), 22);
    QVERIFY(part.commit());
    QCOMPARE(contentsOf(path), "first half second half"_ba);
}

void TestPartFile::open_truncate_dropsEarlierBytes()
{
    const QString path = m_folder + u"/x.snapshot"_s;
    QVERIFY(writeFile(path + u".part"_s, "stale bytes"_ba));
    PartFile part(path);
    QVERIFY(part.open(PartFile::OpenMode::Truncate));
    QCOMPARE(part.size(), 0);
    QVERIFY(part.write("fresh", 5));
    QVERIFY(part.commit());
    QCOMPARE(contentsOf(path), "fresh"_ba);
}

void TestPartFile::write_manyChunks_hashMatches()
{
    const QString path = m_folder + u"/x.snapshot"_s;
    QByteArray data(3 * 1024 * 1024 + 17, Qt::Uninitialized);
    for (qsizetype i = 0; i < data.size(); ++i)
        data[i] = char((i * 7919) % 256);
    PartFile part(path);
    QVERIFY(part.open());
    constexpr qsizetype CHUNK = 65'536;
    for (qsizetype offset = 0; offset < data.size(); offset += CHUNK)
        QVERIFY(part.write(data.constData() + offset, std::min(CHUNK, data.size() - offset)));
    QCOMPARE(part.size(), data.size());
    QVERIFY(part.commit());
    QCOMPARE(TestSupport::sha256OfFile(path), TestSupport::sha256Of(data));
}

void TestPartFile::write_notOpen_isError()
{
    PartFile part(m_folder + u"/x.snapshot"_s);
    const VoidResult written = part.write("abc", 3);
    QVERIFY(!written);
    QVERIFY(written.error().detail.contains(part.partPath()));
    QVERIFY(!part.commit());
}

void TestPartFile::open_twice_isError()
{
    PartFile part(m_folder + u"/x.snapshot"_s);
    QVERIFY(part.open());
    QVERIFY(!part.open());
    QVERIFY(part.isOpen());
}

void TestPartFile::open_readOnlyFolder_isPermissionDenied()
{
    if (isRoot())
        QSKIP("running as root: folder permissions are not enforced");
    const QString folder = m_folder + u"/readonly"_s;
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    const QString path = folder + u"/x.snapshot"_s;
    PartFile part(path);
    const VoidResult opened = part.open();
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QVERIFY(!opened);
    QCOMPARE(opened.error().kind, ErrorKind::LocalPermissionDenied);
    QVERIFY2(opened.error().detail.contains(part.partPath()), qPrintable(opened.error().detail));
    QVERIFY(!QFileInfo::exists(path));
}

void TestPartFile::open_parentIsRegularFile_isErrorNamingTheFolder()
{
    const QString blocker = m_folder + u"/not-a-folder"_s;
    QVERIFY(writeFile(blocker, "I am a file"_ba));
    PartFile part(blocker + u"/x.snapshot"_s);
    const VoidResult opened = part.open();
    QVERIFY(!opened);
    QCOMPARE(opened.error().kind, ErrorKind::LocalIoError);
    QVERIFY2(opened.error().detail.contains(blocker), qPrintable(opened.error().detail));
    QVERIFY(!part.isOpen());
    QVERIFY(!part.write("abc", 3));
    QCOMPARE(contentsOf(blocker), "I am a file"_ba);
}

void TestPartFile::commit_finalPathIsFolder_failsAndKeepsFolder()
{
    const QString path = m_folder + u"/x.snapshot"_s;
    QVERIFY(QDir().mkpath(path + u"/inside"_s));
    {
        PartFile part(path);
        QVERIFY(part.open());
        QVERIFY(part.write("abc", 3));
        const VoidResult committed = part.commit();
        QVERIFY(!committed);
        QVERIFY2(committed.error().detail.contains(path), qPrintable(committed.error().detail));
        QVERIFY(!part.isCommitted());
    }
    QVERIFY(QFileInfo(path + u"/inside"_s).isDir());
    QVERIFY(!QFileInfo::exists(path + u".part"_s));
}

void TestPartFile::availableSpace_existingFolder_isPositive()
{
    const Result<qint64> space = PartFile::availableSpace(m_folder);
    QVERIFY2(space.has_value(), qPrintable(space ? QString() : space.error().detail));
    QVERIFY(*space > 0);
}

void TestPartFile::availableSpace_missingFolder_measuresNearestAncestor()
{
    const Result<qint64> space = PartFile::availableSpace(m_folder + u"/not/yet/created"_s);
    QVERIFY2(space.has_value(), qPrintable(space ? QString() : space.error().detail));
    QVERIFY(*space > 0);
}

QTEST_GUILESS_MAIN(TestPartFile)
#include "TestPartFile.moc"
