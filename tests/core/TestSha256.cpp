// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Sha256.h"
#include "support/TestFiles.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

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

} // namespace

class TestSha256 : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void hexDigest_knownVectors_match_data();
    void hexDigest_knownVectors_match();
    void addData_inPieces_equalsOneShot_data();
    void addData_inPieces_equalsOneShot();
    void hexDigest_startsNewStream();
    void reset_discardsAddedData();
    void move_keepsStateAndEmptiesSource();
    void hashFile_64MiBGeneratedFile_equalsIndependentHash();
    void hashFile_emptyFile_isEmptyDigest();
    void hashFile_missingFile_isLocalIoErrorNamingThePath();
    void hashFile_folder_isLocalIoError();
    void hashFile_unreadableFile_isPermissionDenied();
    void isValidHexDigest_data();
    void isValidHexDigest();

private:
    QTemporaryDir m_dir;
};

void TestSha256::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestSha256::hexDigest_knownVectors_match_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    // FIPS 180-2 examples.
    QTest::newRow("empty") << QByteArray() << "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_ba;
    QTest::newRow("abc") << "abc"_ba
                         << "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_ba;
    QTest::newRow("two blocks") << "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"_ba
                                << "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"_ba;
}

void TestSha256::hexDigest_knownVectors_match()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    Sha256 hasher;
    hasher.addData(input);
    QCOMPARE(hasher.hexDigest(), expected);
}

void TestSha256::addData_inPieces_equalsOneShot_data()
{
    QTest::addColumn<int>("pieceSize");
    QTest::newRow("1 byte") << 1;
    QTest::newRow("63 bytes (not block aligned)") << 63;
    QTest::newRow("64 bytes (one block)") << 64;
    QTest::newRow("4097 bytes") << 4097;
}

void TestSha256::addData_inPieces_equalsOneShot()
{
    QFETCH(int, pieceSize);
    QByteArray data(100'000, Qt::Uninitialized);
    for (qsizetype i = 0; i < data.size(); ++i)
        data[i] = char((i * 131) % 251);

    Sha256 pieces;
    for (qsizetype offset = 0; offset < data.size(); offset += pieceSize)
        pieces.addData(data.constData() + offset, std::min<qint64>(pieceSize, data.size() - offset));
    QCOMPARE(pieces.hexDigest(), TestSupport::sha256Of(data));
}

void TestSha256::hexDigest_startsNewStream()
{
    Sha256 hasher;
    hasher.addData("first"_ba);
    QCOMPARE(hasher.hexDigest(), TestSupport::sha256Of("first"_ba));
    hasher.addData("abc"_ba);
    QCOMPARE(hasher.hexDigest(), TestSupport::sha256Of("abc"_ba));
}

void TestSha256::reset_discardsAddedData()
{
    Sha256 hasher;
    hasher.addData("garbage"_ba);
    hasher.reset();
    hasher.addData("abc"_ba);
    QCOMPARE(hasher.hexDigest(), TestSupport::sha256Of("abc"_ba));
}

void TestSha256::move_keepsStateAndEmptiesSource()
{
    Sha256 source;
    source.addData("ab"_ba);
    Sha256 target(std::move(source));
    target.addData("c"_ba);
    QCOMPARE(target.hexDigest(), TestSupport::sha256Of("abc"_ba));

    Sha256 assigned;
    assigned = std::move(target);
    assigned.addData("abc"_ba);
    QCOMPARE(assigned.hexDigest(), TestSupport::sha256Of("abc"_ba));
}

void TestSha256::hashFile_64MiBGeneratedFile_equalsIndependentHash()
{
    const QString path = m_dir.filePath(u"generated.snapshot"_s);
    const QByteArray expected = TestSupport::writeGeneratedFile(path, qint64(64) << 20, 7);
    QVERIFY(!expected.isEmpty());
    const Result<QByteArray> digest = Sha256::hashFile(path);
    QVERIFY2(digest.has_value(), qPrintable(digest ? QString() : digest.error().detail));
    QCOMPARE(*digest, expected);
    QFile::remove(path);
}

void TestSha256::hashFile_emptyFile_isEmptyDigest()
{
    const QString path = m_dir.filePath(u"empty"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const Result<QByteArray> digest = Sha256::hashFile(path);
    QVERIFY(digest.has_value());
    QCOMPARE(*digest, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_ba);
}

void TestSha256::hashFile_missingFile_isLocalIoErrorNamingThePath()
{
    const QString path = m_dir.filePath(u"does-not-exist.snapshot"_s);
    const Result<QByteArray> digest = Sha256::hashFile(path);
    QVERIFY(!digest.has_value());
    QCOMPARE(digest.error().kind, ErrorKind::LocalIoError);
    QVERIFY2(digest.error().detail.contains(path), qPrintable(digest.error().detail));
}

void TestSha256::hashFile_folder_isLocalIoError()
{
    const Result<QByteArray> digest = Sha256::hashFile(m_dir.path());
    QVERIFY(!digest.has_value());
    QCOMPARE(digest.error().kind, ErrorKind::LocalIoError);
}

void TestSha256::hashFile_unreadableFile_isPermissionDenied()
{
    if (isRoot())
        QSKIP("running as root: file permissions are not enforced");
    const QString path = m_dir.filePath(u"secret"_s);
    QVERIFY(!TestSupport::writeGeneratedFile(path, 16).isEmpty());
    QVERIFY(QFile::setPermissions(path, QFileDevice::WriteOwner));
    const Result<QByteArray> digest = Sha256::hashFile(path);
    QVERIFY(!digest.has_value());
    QCOMPARE(digest.error().kind, ErrorKind::LocalPermissionDenied);
}

void TestSha256::isValidHexDigest_data()
{
    QTest::addColumn<QString>("digest");
    QTest::addColumn<bool>("valid");
    const QString good = u"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_s;
    QTest::newRow("lowercase") << good << true;
    QTest::newRow("uppercase") << good.toUpper() << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("63 chars") << good.left(63) << false;
    QTest::newRow("65 chars") << QString(good + u'0') << false;
    QTest::newRow("non-hex letter") << QString(good.left(63) + u'g') << false;
    QTest::newRow("space") << QString(good.left(63) + u' ') << false;
}

void TestSha256::isValidHexDigest()
{
    QFETCH(QString, digest);
    QFETCH(bool, valid);
    QCOMPARE(Sha256::isValidHexDigest(digest), valid);
}

QTEST_GUILESS_MAIN(TestSha256)
#include "TestSha256.moc"
