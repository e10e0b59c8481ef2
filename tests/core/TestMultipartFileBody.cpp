// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/qdrant/MultipartFileBody.h"
#include "support/TestFiles.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace Snapdock;

namespace {

const QString UPLOAD_NAME = u"snapdock-upload-20261127T120000Z-0123456789abcdef.snapshot"_s;

QByteArray preambleFor(const QByteArray &boundary)
{
    return "--"_ba + boundary + "\r\nContent-Disposition: form-data; name=\"snapshot\"; filename=\""_ba
        + UPLOAD_NAME.toUtf8() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n"_ba;
}

QByteArray epilogueFor(const QByteArray &boundary)
{
    return "\r\n--"_ba + boundary + "--\r\n"_ba;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

} // namespace

class TestMultipartFileBody : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void smallFile_servesExactBytes();
    void emptyFile_servesHeadersOnly();
    void seek_data();
    void seek();
    void reset_afterFullRead_servesSameBytesAgain();
    void oddChunkSizes_yieldIdenticalBytes();
    void largeFile_streamsCorrectTotalAndHash();
    void missingFile_failsToOpen();
    void writeMode_isRefused();
    void boundary_isRandomAndLong();

private:
    QString writeSmallFile(const QByteArray &content);

    QTemporaryDir m_dir;
    int m_fileCounter = 0;
};

void TestMultipartFileBody::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

QString TestMultipartFileBody::writeSmallFile(const QByteArray &content)
{
    const QString path = m_dir.filePath(u"small-%1.snapshot"_s.arg(++m_fileCounter));
    if (!writeFile(path, content))
        return {};
    return path;
}

void TestMultipartFileBody::smallFile_servesExactBytes()
{
    const QByteArray content = "hello\r\n--not-a-boundary\r\nworld\0tail"_ba;
    const QString path = writeSmallFile(content);
    QVERIFY(!path.isEmpty());

    MultipartFileBody body(path, UPLOAD_NAME);
    QVERIFY(body.open(QIODevice::ReadOnly));
    QVERIFY(!body.isSequential());

    const QByteArray boundary = body.boundary();
    const QByteArray expected = preambleFor(boundary) + content + epilogueFor(boundary);
    QCOMPARE(body.contentType(), "multipart/form-data; boundary="_ba + boundary);
    QCOMPARE(body.size(), qint64(expected.size()));
    QCOMPARE(body.readAll(), expected);
    QVERIFY(body.atEnd());
    QCOMPARE(body.pos(), body.size());
}

void TestMultipartFileBody::emptyFile_servesHeadersOnly()
{
    const QString path = writeSmallFile({});
    QVERIFY(!path.isEmpty());

    MultipartFileBody body(path, UPLOAD_NAME);
    QVERIFY(body.open(QIODevice::ReadOnly));
    const QByteArray expected = preambleFor(body.boundary()) + epilogueFor(body.boundary());
    QCOMPARE(body.size(), qint64(expected.size()));
    QCOMPARE(body.readAll(), expected);
}

void TestMultipartFileBody::seek_data()
{
    QTest::addColumn<int>("where"); // 0 = preamble, 1 = file, 2 = epilogue, relative to its start
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("length");

    QTest::newRow("start of body") << 0 << 0 << 10;
    QTest::newRow("inside preamble, across into file") << 0 << 5 << 200;
    QTest::newRow("first file byte") << 1 << 0 << 3;
    QTest::newRow("inside file") << 1 << 17 << 9;
    QTest::newRow("file across into epilogue") << 1 << 90 << 30;
    QTest::newRow("start of epilogue") << 2 << 0 << 5;
    QTest::newRow("inside epilogue to the end") << 2 << 3 << 1000;
}

void TestMultipartFileBody::seek()
{
    QFETCH(int, where);
    QFETCH(int, offset);
    QFETCH(int, length);

    QByteArray content;
    for (int i = 0; i < 100; ++i)
        content.append(char('a' + i % 26));
    const QString path = writeSmallFile(content);
    QVERIFY(!path.isEmpty());

    MultipartFileBody body(path, UPLOAD_NAME);
    QVERIFY(body.open(QIODevice::ReadOnly));
    const QByteArray preamble = preambleFor(body.boundary());
    const QByteArray expected = preamble + content + epilogueFor(body.boundary());
    const qint64 starts[] = { 0, preamble.size(), preamble.size() + content.size() };
    const qint64 pos = starts[where] + offset;

    // Read somewhere else first, so the seek really has to move the file position.
    QCOMPARE(body.read(preamble.size() + 50).size(), preamble.size() + 50);
    QVERIFY(body.seek(pos));
    QCOMPARE(body.pos(), pos);
    QCOMPARE(body.read(length), expected.mid(pos, length));
    QCOMPARE(body.pos(), std::min(pos + length, qint64(expected.size())));
}

void TestMultipartFileBody::reset_afterFullRead_servesSameBytesAgain()
{
    const QString path = writeSmallFile("0123456789"_ba);
    QVERIFY(!path.isEmpty());

    MultipartFileBody body(path, UPLOAD_NAME);
    QVERIFY(body.open(QIODevice::ReadOnly));
    const QByteArray first = body.readAll();
    QVERIFY(body.atEnd());
    QVERIFY(body.reset());
    QCOMPARE(body.pos(), qint64(0));
    QCOMPARE(body.readAll(), first);
    QVERIFY(!body.seek(-1));
    QVERIFY(!body.seek(body.size() + 1));
}

void TestMultipartFileBody::oddChunkSizes_yieldIdenticalBytes()
{
    const QString path = m_dir.filePath(u"odd.snapshot"_s);
    QVERIFY(!TestSupport::writeGeneratedFile(path, 300 * 1024 + 7, 3).isEmpty());

    MultipartFileBody reference(path, UPLOAD_NAME);
    QVERIFY(reference.open(QIODevice::ReadOnly));
    const QByteArray expected = reference.readAll();
    QCOMPARE(qint64(expected.size()), reference.size());

    MultipartFileBody body(path, UPLOAD_NAME);
    QVERIFY(body.open(QIODevice::ReadOnly));
    // Same file, different boundary: compare with the reference's boundary swapped in.
    QByteArray expectedHere = expected;
    expectedHere.replace(reference.boundary(), body.boundary());

    const std::vector<qint64> chunkSizes{ 1, 7, 13, 4093, 16384, 65537, 3 };
    QByteArray collected;
    std::size_t turn = 0;
    while (!body.atEnd()) {
        const QByteArray piece = body.read(chunkSizes[turn++ % chunkSizes.size()]);
        QVERIFY(!piece.isEmpty());
        collected += piece;
    }
    QCOMPARE(collected.size(), expectedHere.size());
    QVERIFY(collected == expectedHere);
}

void TestMultipartFileBody::largeFile_streamsCorrectTotalAndHash()
{
    const qint64 fileSize = 64LL * 1024 * 1024;
    const QString path = m_dir.filePath(u"large.snapshot"_s);
    const QByteArray fileHash = TestSupport::writeGeneratedFile(path, fileSize, 7);
    QVERIFY(!fileHash.isEmpty());

    MultipartFileBody body(path, UPLOAD_NAME);
    QVERIFY(body.open(QIODevice::ReadOnly));
    const QByteArray preamble = preambleFor(body.boundary());
    const QByteArray epilogue = epilogueFor(body.boundary());
    QCOMPARE(body.size(), preamble.size() + fileSize + epilogue.size());

    // Stream with a reused buffer, as Qt does, and hash only the file part.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray buffer(1024 * 1024 + 3, Qt::Uninitialized);
    QByteArray head;
    QByteArray tail;
    qint64 total = 0;
    while (true) {
        const qint64 n = body.read(buffer.data(), buffer.size());
        QVERIFY(n >= 0);
        if (n == 0)
            break;
        const qint64 fileStart = std::max<qint64>(total, preamble.size());
        const qint64 fileEnd = std::min<qint64>(total + n, preamble.size() + fileSize);
        if (fileEnd > fileStart)
            hash.addData(QByteArrayView(buffer.constData() + (fileStart - total), fileEnd - fileStart));
        if (total < preamble.size())
            head += QByteArrayView(buffer.constData(), std::min<qint64>(n, preamble.size() - total));
        tail += QByteArrayView(buffer.constData(), n);
        tail = tail.right(epilogue.size());
        total += n;
    }
    QCOMPARE(total, body.size());
    QCOMPARE(head, preamble);
    QCOMPARE(tail, epilogue);
    QCOMPARE(hash.result().toHex(), fileHash);
}

void TestMultipartFileBody::missingFile_failsToOpen()
{
    MultipartFileBody body(m_dir.filePath(u"does-not-exist.snapshot"_s), UPLOAD_NAME);
    QVERIFY(!body.open(QIODevice::ReadOnly));
    QVERIFY(!body.isOpen());
    QVERIFY(!body.errorString().isEmpty());
}

void TestMultipartFileBody::writeMode_isRefused()
{
    const QString path = writeSmallFile("x"_ba);
    QVERIFY(!path.isEmpty());
    MultipartFileBody body(path, UPLOAD_NAME);
    QVERIFY(!body.open(QIODevice::ReadWrite));
    QVERIFY(!body.open(QIODevice::WriteOnly));
    QVERIFY(!body.isOpen());
}

void TestMultipartFileBody::boundary_isRandomAndLong()
{
    const QString path = writeSmallFile("x"_ba);
    QVERIFY(!path.isEmpty());
    const MultipartFileBody first(path, UPLOAD_NAME);
    const MultipartFileBody second(path, UPLOAD_NAME);
    const QRegularExpression pattern(u"^snapdock-[0-9a-f]{32}$"_s);
    QVERIFY(pattern.match(QString::fromLatin1(first.boundary())).hasMatch());
    QVERIFY(first.boundary() != second.boundary());
}

QTEST_GUILESS_MAIN(TestMultipartFileBody)
#include "TestMultipartFileBody.moc"
