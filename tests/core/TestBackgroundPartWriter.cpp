// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/BackgroundPartWriter.h"
#include "core/storage/PartFile.h"
#include "support/TestFiles.h"

#include <QFile>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Snapdock;
using namespace Snapdock::TestSupport;

namespace {

constexpr qsizetype MiB = 1024 * 1024;

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    for (char &c : data)
        c = char(generator.generate() & 0xff);
    return data;
}

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Hands `data` over in pieces of 1 B, then roughly three times the previous size, up to a few MiB, and back.
void addInPieces(BackgroundPartWriter &writer, const QByteArray &data)
{
    qsizetype offset = 0;
    qsizetype size = 1;
    while (offset < data.size()) {
        const qsizetype n = std::min(size, data.size() - offset);
        writer.add(data.mid(offset, n));
        offset += n;
        size = size * 3 + 17;
        if (size > 3 * MiB)
            size = 5;
    }
}

} // namespace

// The worker that writes and hashes downloads off the network thread: the file and the digest match the stream,
// memory stays bounded with a signal to go on, a failed write stops it with the error, and the hash it hands over
// covers exactly the bytes in the file (what a download's resume point relies on).
class TestBackgroundPartWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void add_piecesOfMixedSizes_fileAndDigestMatchTheStream();
    void tryAdd_queueFull_refusesUntilSpaceAvailable();
    void attach_resumedFile_continuesFileAndHash();
    void write_fails_stopsAndReportsOnlyTheBytesWritten();
    void reset_afterTruncation_startsFileAndHashAgain();
    void takeBuffer_afterWriting_reusesTheChunksBuffer();
    void destroy_withChunksQueued_releasesThemAndReturns();

private:
    QTemporaryDir m_dir;
};

void TestBackgroundPartWriter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestBackgroundPartWriter::add_piecesOfMixedSizes_fileAndDigestMatchTheStream()
{
    const QByteArray data = randomBytes(9 * MiB + 12345, 7);
    PartFile file(m_dir.filePath(u"mixed.snapshot"_s));
    QVERIFY(file.open());
    BackgroundPartWriter writer(2);
    writer.attach(&file);
    addInPieces(writer, data);
    QVERIFY(writer.drain());
    QCOMPARE(writer.bytesWritten(), qint64(data.size()));
    QCOMPARE(file.size(), qint64(data.size()));
    QCOMPARE(writer.detach().hexDigest(), sha256Of(data));
    QVERIFY(file.commit());
    QCOMPARE(contentsOf(file.finalPath()), data);
}

void TestBackgroundPartWriter::tryAdd_queueFull_refusesUntilSpaceAvailable()
{
    const QByteArray chunk = randomBytes(MiB, 3);
    PartFile file(m_dir.filePath(u"full.snapshot"_s));
    QVERIFY(file.open());
    BackgroundPartWriter writer(1);
    writer.attach(&file);
    // Connected as a download connects it: emitted by the worker, delivered queued in this thread.
    int spaceSignals = 0;
    connect(&writer, &BackgroundPartWriter::spaceAvailable, this, [&spaceSignals] {
        ++spaceSignals;
    });
    // The caller adds far faster than 1 MiB is written and hashed (the same shared array, no copy): the queue fills.
    int added = 0;
    bool refused = false;
    while (added < 1000 && !refused) {
        if (writer.tryAdd(chunk))
            ++added;
        else
            refused = true;
    }
    QVERIFY2(refused, "a full queue refuses the next chunk");
    QTRY_COMPARE_WITH_TIMEOUT(spaceSignals, 1, 10'000);
    QVERIFY(writer.tryAdd(chunk));
    ++added;

    QVERIFY(writer.drain());
    QByteArray all;
    for (int i = 0; i < added; ++i)
        all += chunk;
    QCOMPARE(writer.detach().hexDigest(), sha256Of(all));
    QCOMPARE(file.size(), qint64(all.size()));
}

void TestBackgroundPartWriter::attach_resumedFile_continuesFileAndHash()
{
    const QByteArray data = randomBytes(5 * MiB, 11);
    const qsizetype cut = 3 * MiB + 1;
    PartFile file(m_dir.filePath(u"resumed.snapshot"_s));
    QVERIFY(file.open());
    Sha256 partial;
    {
        BackgroundPartWriter first;
        first.attach(&file);
        addInPieces(first, data.left(cut));
        QVERIFY(first.drain());
        partial = first.detach();
    }
    QCOMPARE(file.size(), qint64(cut));
    BackgroundPartWriter second;
    second.attach(&file, std::move(partial));
    second.add(data.mid(cut));
    QVERIFY(second.drain());
    QCOMPARE(second.detach().hexDigest(), sha256Of(data));
    QVERIFY(file.commit());
    QCOMPARE(contentsOf(file.finalPath()), data);
}

void TestBackgroundPartWriter::write_fails_stopsAndReportsOnlyTheBytesWritten()
{
    const QByteArray written = randomBytes(2 * MiB, 17);
    PartFile file(m_dir.filePath(u"failing.snapshot"_s));
    QVERIFY(file.open());
    BackgroundPartWriter writer;
    int failures = 0;
    connect(&writer, &BackgroundPartWriter::writeFailed, this, [&failures] {
        ++failures;
    });
    writer.attach(&file);
    writer.add(written);
    QVERIFY(writer.drain());
    // The owner may touch the file while the writer is drained; a closed file makes the next write fail.
    file.discard();
    for (int i = 0; i < 3; ++i)
        writer.add(randomBytes(MiB, 20 + i));
    const VoidResult drained = writer.drain();
    QVERIFY(!drained);
    QCOMPARE(drained.error().kind, ErrorKind::LocalIoError);
    QTRY_COMPARE_WITH_TIMEOUT(failures, 1, 10'000);
    QCOMPARE(writer.bytesWritten(), qint64(written.size()));
    // Later chunks are dropped, not hashed: the hash still covers exactly the bytes written before the failure.
    writer.add(randomBytes(MiB, 30));
    QVERIFY(!writer.drain());
    QCOMPARE(writer.detach().hexDigest(), sha256Of(written));
}

void TestBackgroundPartWriter::reset_afterTruncation_startsFileAndHashAgain()
{
    PartFile file(m_dir.filePath(u"restarted.snapshot"_s));
    QVERIFY(file.open());
    BackgroundPartWriter writer;
    writer.attach(&file);
    const QByteArray chunk = randomBytes(MiB, 5);
    for (int i = 0; i < 8; ++i)
        writer.add(chunk);
    // What a download does when the server sends the whole file instead of resuming: drop, truncate, start over.
    writer.reset();
    file.discard();
    QVERIFY(file.open(PartFile::OpenMode::Truncate));
    writer.add("the whole file again"_ba);
    QVERIFY(writer.drain());
    QCOMPARE(writer.bytesWritten(), qint64(20));
    QCOMPARE(writer.detach().hexDigest(), sha256Of("the whole file again"_ba));
    QVERIFY(file.commit());
    QCOMPARE(contentsOf(file.finalPath()), "the whole file again"_ba);
}

void TestBackgroundPartWriter::takeBuffer_afterWriting_reusesTheChunksBuffer()
{
    PartFile file(m_dir.filePath(u"buffers.snapshot"_s));
    QVERIFY(file.open());
    BackgroundPartWriter writer;
    writer.attach(&file);
    QByteArray first = writer.takeBuffer(MiB);
    QCOMPARE(first.size(), MiB);
    first.fill('a');
    const char *storage = first.constData();
    writer.add(std::move(first));
    QVERIFY(writer.drain());
    // The finished chunk's buffer comes back (no new allocation), also for a smaller chunk.
    QByteArray second = writer.takeBuffer(1000);
    QCOMPARE(second.size(), 1000);
    QCOMPARE(static_cast<const void *>(second.constData()), static_cast<const void *>(storage));
    // A chunk the caller still shares is not recycled: writing into it would have to copy it first.
    const QByteArray kept(4096, 'k');
    writer.add(kept);
    QVERIFY(writer.drain());
    QVERIFY(writer.takeBuffer(4096).constData() != kept.constData());
    QCOMPARE(writer.detach().hexDigest(), sha256Of(QByteArray(MiB, 'a') + kept));
}

void TestBackgroundPartWriter::destroy_withChunksQueued_releasesThemAndReturns()
{
    const QByteArray chunk = randomBytes(MiB, 13);
    PartFile file(m_dir.filePath(u"abandoned.snapshot"_s));
    QVERIFY(file.open());
    {
        BackgroundPartWriter writer(256);
        writer.attach(&file);
        for (int i = 0; i < 256; ++i)
            QVERIFY(writer.tryAdd(chunk));
    }
    QVERIFY(chunk.isDetached()); // the worker let go of every queued reference
    QVERIFY(file.size() % MiB == 0); // whole chunks only: the one being written was finished
}

QTEST_GUILESS_MAIN(TestBackgroundPartWriter)
#include "TestBackgroundPartWriter.moc"
