// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ClientTestFixture.h"
#include "core/jobs/BackupJob.h"
#include "core/jobs/RestoreJob.h"
#include "core/qdrant/QdrantClient.h"
#include "emulator/QdrantEmulator.h"
#include "support/TestFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Snapdock;
using namespace Snapdock::TestSupport;

namespace {

constexpr qint64 MiB = 1024 * 1024;
constexpr qint64 SNAPSHOT_PAYLOAD = 600 * MiB;
// Far below the file size: a client that buffered the snapshot would blow through it.
constexpr qint64 ALLOWED_RSS_GROWTH = 160 * MiB;

// Peak resident set size of this process (VmHWM), or -1 where /proc is not available.
qint64 peakResidentBytes()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() * 1024;
    }
    return -1;
}

} // namespace

// Multi-hundred-MiB snapshots go through both directions in bounded memory and arrive bit-exact.
class TestLargeTransfers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void downloadAndUpload_600MiB_streamInBoundedMemory();
    void backup_1GiB_droppedFiveTimes_resumesAndVerifies();
};

void TestLargeTransfers::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestLargeTransfers::downloadAndUpload_600MiB_streamInBoundedMemory()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Emulator::EmulatorConfig config;
    config.walBytes = SNAPSHOT_PAYLOAD;
    Emulator::QdrantEmulator emulator(config);
    QVERIFY(emulator.listen());
    Emulator::CollectionSpec spec;
    spec.name = u"big"_s;
    spec.vectors = QJsonObject{ { u"size"_s, 768 }, { u"distance"_s, u"Cosine"_s } };
    spec.pointsCount = 1'000'000;
    emulator.addCollection(spec);

    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    ServerEndpoint endpoint;
    endpoint.baseUrl = emulator.baseUrl();
    QdrantClient client(network, endpoint);

    RequestPtr<ApiCall<SnapshotDescription>> create(client.createSnapshot(SnapshotScope::forCollection(u"big"_s)));
    QVERIFY(finishes(create.get(), 120'000));
    QVERIFY2(create->result(), qPrintable(create->error().userMessage()));
    const SnapshotDescription snapshot = *create->result();
    QVERIFY(snapshot.size > SNAPSHOT_PAYLOAD);

    const qint64 rssBefore = peakResidentBytes();
    RequestPtr<SnapshotDownload> download(
        client.downloadSnapshot(SnapshotScope::forCollection(u"big"_s), snapshot.name, dir.path(), snapshot.checksum));
    QVERIFY(finishes(download.get(), 300'000));
    QVERIFY2(download->result(), qPrintable(download->error().userMessage()));
    const DownloadedSnapshot file = *download->result();
    QCOMPARE(file.size, snapshot.size);
    QVERIFY(file.matchedServerChecksum);
    QCOMPARE(sha256OfFile(file.path), snapshot.checksum.toLatin1());

    RestoreJob restore(client, RestoreRequest{ file.path, u"big-restored"_s, RestoreTarget::CreateNew });
    QSignalSpy restored(&restore, &Job::finished);
    restore.start();
    QVERIFY(restored.wait(300'000));
    QVERIFY2(restore.state() == Job::State::Succeeded, qPrintable(restore.error().userMessage()));
    QCOMPARE(restore.result().pointsCount, 1'000'000);
    QCOMPARE(restore.result().sha256, snapshot.checksum);

    const qint64 rssAfter = peakResidentBytes();
    if (rssBefore > 0) {
        const qint64 growth = rssAfter - rssBefore;
        QVERIFY2(growth < ALLOWED_RSS_GROWTH,
            qPrintable(
                u"peak RSS grew by %1 MiB while moving %2 MiB twice"_s.arg(growth / MiB).arg(snapshot.size / MiB)));
    }
}

void TestLargeTransfers::backup_1GiB_droppedFiveTimes_resumesAndVerifies()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Emulator::EmulatorConfig config;
    config.walBytes = 1024 * MiB;
    Emulator::QdrantEmulator emulator(config);
    QVERIFY(emulator.listen());
    Emulator::CollectionSpec spec;
    spec.name = u"huge"_s;
    spec.vectors = QJsonObject{ { u"size"_s, 768 }, { u"distance"_s, u"Cosine"_s } };
    spec.pointsCount = 2'000'000;
    emulator.addCollection(spec);
    // Each attempt gets about a seventh of the file before the connection drops; the sixth gets the rest.
    Emulator::Fault drop;
    drop.kind = Emulator::FaultKind::DropAfterBytes;
    drop.method = u"GET"_s;
    drop.pathPrefix = u"/collections/huge/snapshots/huge-"_s;
    drop.value = config.walBytes / 7;
    drop.times = 5;
    emulator.injectFault(drop);

    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    ServerEndpoint endpoint;
    endpoint.baseUrl = emulator.baseUrl();
    QdrantClient client(network, endpoint);
    BackupRequest request;
    request.scope = SnapshotScope::forCollection(u"huge"_s);
    request.outputFolder = dir.path();
    BackupJob job(client, request);
    RetryPolicy policy;
    policy.maxAttempts = 6;
    policy.baseDelayMs = 10;
    policy.maxDelayMs = 50;
    job.setRetryPolicy(policy);
    QSignalSpy finished(&job, &Job::finished);
    job.start();
    QVERIFY(finished.wait(600'000));
    QVERIFY2(job.state() == Job::State::Succeeded, qPrintable(job.error().userMessage()));

    const BackupResult result = job.result();
    QVERIFY(result.size > config.walBytes);
    QVERIFY(result.matchedServerChecksum);
    QCOMPARE(sha256OfFile(result.filePath), result.metadata.serverChecksum.toLatin1());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name),
        (QStringList{ QFileInfo(result.filePath).fileName(), QFileInfo(result.metadataPath).fileName() }));

    int resumed = 0;
    int downloads = 0;
    for (const auto &recorded : emulator.requests()) {
        if (recorded.method != "GET"_ba || !recorded.path.startsWith(drop.pathPrefix))
            continue;
        ++downloads;
        if (recorded.headers.contains("range"_ba)) {
            QVERIFY(!recorded.headers.value("if-range"_ba).isEmpty());
            ++resumed;
        }
    }
    // Qt may resend a request itself after a closed connection, so count at least, not exactly.
    QVERIFY2(downloads >= 6, qPrintable(QString::number(downloads)));
    QVERIFY2(resumed >= 4, qPrintable(QString::number(resumed)));
}

QTEST_GUILESS_MAIN(TestLargeTransfers)
#include "TestLargeTransfers.moc"
