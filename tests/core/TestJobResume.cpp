// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClientTestFixture.h"
#include "core/history/HistoryDatabase.h"
#include "core/jobs/BackupJob.h"
#include "core/jobs/JobBookkeeper.h"
#include "core/jobs/JobJournal.h"
#include "core/jobs/JobRebuilder.h"
#include "core/qdrant/QdrantClient.h"
#include "core/support/ProcessLiveness.h"
#include "emulator/QdrantEmulator.h"
#include "support/TestFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Snapdock;
using namespace Snapdock::TestSupport;
using Emulator::Fault;
using Emulator::FaultKind;

namespace {

constexpr qint64 MiB = 1024 * 1024;
const QString SECRET_KEY = u"journal-test-key-9d41c7"_s;

bool runToEnd(Job &job)
{
    QSignalSpy finished(&job, &Job::finished);
    job.start();
    if (!job.isFinished() && !finished.wait(120'000))
        return false;
    QTest::qWait(0);
    return finished.count() == 1;
}

} // namespace

// Jobs built again from journal rows (JobRebuilder): the request and TLS settings survive, the key never is stored;
// a backup continues from the .part a killed run left (Range + If-Range, SHA-256 over the whole file), fails clearly
// when its snapshot is gone, and starts over without a checkpoint. JobBookkeeper keeps journal and history in step.
class TestJobResume : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void rebuilder_keepsTheRequestAndNeverTheKey();
    void resumedBackup_continuesFromThePartOfAKilledRun();
    void resumedBackup_snapshotGone_failsNotFoundAndRemovesPart();
    void resumedBackup_withoutCheckpoint_runsFromTheStart();

private:
    [[nodiscard]] QString journalPath() const { return m_dir->filePath(u"data/queue.sqlite"_s); }
    [[nodiscard]] QString outputFolder() const { return m_dir->filePath(u"backups"_s); }
    [[nodiscard]] QString createSnapshot(QString *checksum);
    [[nodiscard]] QList<Emulator::RecordedRequest> snapshotGets() const;

    QNetworkAccessManager m_network;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Emulator::QdrantEmulator> m_emulator;
    std::unique_ptr<QdrantClient> m_client;
};

void TestJobResume::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_network.setProxy(QNetworkProxy::NoProxy);
}

void TestJobResume::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    Emulator::EmulatorConfig config;
    config.walBytes = 6 * MiB;
    config.apiKey = SECRET_KEY;
    m_emulator = std::make_unique<Emulator::QdrantEmulator>(config);
    QVERIFY(m_emulator->listen());
    Emulator::CollectionSpec spec;
    spec.name = u"articles"_s;
    spec.vectors = QJsonObject{ { u"size"_s, 4 }, { u"distance"_s, u"Dot"_s } };
    spec.pointsCount = 42;
    m_emulator->addCollection(spec);
    ServerEndpoint endpoint;
    endpoint.baseUrl = m_emulator->baseUrl();
    endpoint.apiKey = SECRET_KEY;
    m_client = std::make_unique<QdrantClient>(m_network, endpoint);
}

void TestJobResume::cleanup()
{
    m_client.reset();
    m_emulator.reset();
    m_dir.reset();
}

QString TestJobResume::createSnapshot(QString *checksum)
{
    RequestPtr<ApiCall<SnapshotDescription>> call(
        m_client->createSnapshot(SnapshotScope::forCollection(u"articles"_s)));
    if (!finishes(call.get()) || !call->result())
        return {};
    *checksum = call->result()->checksum;
    return call->result()->name;
}

QList<Emulator::RecordedRequest> TestJobResume::snapshotGets() const
{
    QList<Emulator::RecordedRequest> gets;
    for (const auto &request : m_emulator->requests()) {
        if (request.method == "GET"_ba && request.path.startsWith(u"/collections/articles/snapshots/"_s))
            gets.append(request);
    }
    return gets;
}

void TestJobResume::rebuilder_keepsTheRequestAndNeverTheKey()
{
    ServerEndpoint endpoint;
    endpoint.baseUrl = QUrl(u"https://admin:pw@qdrant.example:6333"_s);
    endpoint.apiKey = SECRET_KEY;
    endpoint.authScheme = AuthScheme::Bearer;
    endpoint.caCertificatesFile = u"/etc/ssl/private-ca.pem"_s;
    endpoint.pinnedCertificateSha256 = QByteArray(64, 'a');
    endpoint.allowKeyOverPlainHttp = true;

    BackupRequest backup;
    backup.scope = SnapshotScope::forCollection(u"articles"_s);
    backup.outputFolder = u"relative/backups"_s;
    backup.deleteFromServerAfterDownload = true;
    backup.source = BackupRequest::Source::ExistingLatest;
    RestoreRequest restore;
    restore.snapshotFile = u"local.snapshot"_s;
    restore.collection = u"articles copy"_s;
    restore.target = RestoreTarget::CreateNew;
    restore.priority = SnapshotPriority::Replica;
    restore.keepUploadedCopy = true;

    JobJournal journal;
    QVERIFY(journal.open(journalPath()));
    const qint64 backupId = *journal.add(JobRebuilder::describeBackup(JobKind::Download, backup, endpoint));
    const qint64 restoreId = *journal.add(JobRebuilder::describeRestore(restore, endpoint));
    journal.close();

    // No trace of the key anywhere in the files, whatever SQLite has flushed where.
    for (const QString &suffix : { u""_s, u"-wal"_s, u"-shm"_s }) {
        QFile file(journalPath() + suffix);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        QVERIFY2(!bytes.contains(SECRET_KEY.toUtf8()), qPrintable(suffix));
        QVERIFY(!bytes.contains("admin:pw"));
    }

    QVERIFY(journal.open(journalPath()));
    const PendingJob backupRow = *journal.job(backupId);
    QCOMPARE(backupRow.host, u"https://qdrant.example:6333"_s);
    QCOMPARE(backupRow.kind, JobKind::Download);
    const BackupRequest readBack = *JobRebuilder::backupRequest(backupRow);
    QCOMPARE(readBack.scope.collection, u"articles"_s);
    QCOMPARE(readBack.outputFolder, QDir(u"relative/backups"_s).absolutePath()); // another cwd finds it too
    QVERIFY(readBack.deleteFromServerAfterDownload);
    QCOMPARE(readBack.source, BackupRequest::Source::ExistingLatest);
    QCOMPARE(JobRebuilder::targetFile(backupRow), readBack.outputFolder);

    const PendingJob restoreRow = *journal.job(restoreId);
    const RestoreRequest restored = *JobRebuilder::restoreRequest(restoreRow);
    QCOMPARE(restored.snapshotFile, QFileInfo(u"local.snapshot"_s).absoluteFilePath());
    QCOMPARE(restored.collection, u"articles copy"_s);
    QCOMPARE(restored.target, RestoreTarget::CreateNew);
    QCOMPARE(restored.priority, SnapshotPriority::Replica);
    QVERIFY(restored.keepUploadedCopy);

    // The key comes from whoever resumes; the rest of the connection from the row unless given.
    ServerEndpoint base;
    base.apiKey = u"key-of-the-resuming-run"_s;
    ServerEndpoint resumed = *JobRebuilder::endpointFor(restoreRow, base);
    QCOMPARE(resumed.baseUrl, QUrl(u"https://qdrant.example:6333"_s));
    QCOMPARE(resumed.apiKey, u"key-of-the-resuming-run"_s);
    QCOMPARE(resumed.authScheme, AuthScheme::Bearer);
    QCOMPARE(resumed.caCertificatesFile, u"/etc/ssl/private-ca.pem"_s);
    QCOMPARE(resumed.pinnedCertificateSha256, QByteArray(64, 'a'));
    QVERIFY(resumed.allowKeyOverPlainHttp);
    base.caCertificatesFile = u"/tmp/given.pem"_s;
    resumed = *JobRebuilder::endpointFor(restoreRow, base);
    QCOMPARE(resumed.caCertificatesFile, u"/tmp/given.pem"_s);

    PendingJob broken = restoreRow;
    broken.request.remove(u"collection"_s);
    QVERIFY(!JobRebuilder::rebuild(broken, *m_client));
    broken.host = u"ftp://x"_s;
    QVERIFY(!JobRebuilder::endpointFor(broken, base));
}

void TestJobResume::resumedBackup_continuesFromThePartOfAKilledRun()
{
    QString checksum;
    const QString name = createSnapshot(&checksum);
    QVERIFY(!name.isEmpty());
    QVERIFY(!checksum.isEmpty());
    const QString snapshotPath = u"/collections/articles/snapshots/"_s + name;

    JobJournal journal;
    HistoryDatabase history;
    QVERIFY(journal.open(journalPath()));
    QVERIFY(history.open(m_dir->filePath(u"data/history.sqlite"_s)));
    JobBookkeeper bookkeeper(&journal, &history);

    // The first run stalls after 2 MiB; what it left is saved, as a kill would leave it, before it is cancelled.
    Fault stall;
    stall.kind = FaultKind::StallAfterBytes;
    stall.method = u"GET"_s;
    stall.pathPrefix = snapshotPath;
    stall.value = 2 * MiB;
    m_emulator->injectFault(stall);
    BackupRequest request;
    request.scope = SnapshotScope::forCollection(u"articles"_s);
    request.outputFolder = outputFolder();
    request.source = BackupRequest::Source::ExistingByName;
    request.snapshotName = name;
    BackupJob first(*m_client, request);
    bookkeeper.track(first, JobRebuilder::describeBackup(JobKind::Download, request, m_client->endpoint()));
    QCOMPARE(journal.jobs()->size(), 1); // written before the job starts
    QCOMPARE(history.count({}).value_or(-1), 0);
    bookkeeper.started(first);
    const HistoryRecord running = history.query({})->constFirst();
    QCOMPARE(running.outcome, HistoryOutcome::Running);
    QCOMPARE(running.ownerPid, currentProcessId());

    QSignalSpy checkpointed(&first, &BackupJob::downloadCheckpointChanged);
    first.start();
    const QString part = QDir(outputFolder()).filePath(name + u".part"_s);
    QTRY_COMPARE_WITH_TIMEOUT(QFileInfo(part).size(), 2 * MiB, 30'000);
    QCOMPARE(checkpointed.count(), 1);
    PendingJob row = journal.jobs()->constFirst();
    QCOMPARE(row.checkpoint.snapshotName, name);
    QCOMPARE(row.checkpoint.partPath, QFileInfo(part).absoluteFilePath());
    QVERIFY(!row.checkpoint.validator.isEmpty());
    QCOMPARE(row.checkpoint.totalSize, QFileInfo(m_emulator->snapshotFilePath(u"articles"_s, name)).size());
    QCOMPARE(row.checkpoint.expectedSha256, checksum);
    QCOMPARE(row.historyId, running.id);
    const QString kept = m_dir->filePath(u"kept.part"_s);
    QVERIFY(QFile::copy(part, kept));
    QSignalSpy finished(&first, &Job::finished);
    first.cancel();
    QVERIFY(finished.count() == 1 || finished.wait(10'000));
    // A finished job leaves no row, and its history row says how it ended.
    QVERIFY(journal.jobs()->isEmpty());
    QCOMPARE(history.record(running.id)->outcome, HistoryOutcome::Cancelled);
    QVERIFY(!QFile::exists(part));
    QVERIFY(QFile::rename(kept, part));

    m_emulator->clearRequests();
    Result<std::unique_ptr<Job>> rebuilt = JobRebuilder::rebuild(row, *m_client);
    QVERIFY(rebuilt);
    Job &resumed = **rebuilt;
    QVERIFY(runToEnd(resumed));
    QVERIFY2(resumed.state() == Job::State::Succeeded, qPrintable(resumed.error().userMessage()));
    const BackupResult &result = static_cast<BackupJob &>(resumed).result();
    QCOMPARE(result.snapshotName, name);
    QCOMPARE(result.sha256, checksum); // over the whole file, kept bytes included
    QVERIFY(result.matchedServerChecksum);
    QCOMPARE(QString::fromLatin1(sha256OfFile(result.filePath)), checksum);
    QVERIFY(!QFile::exists(part));

    const QList<Emulator::RecordedRequest> gets = snapshotGets();
    QCOMPARE(gets.size(), 1);
    QCOMPARE(gets.constFirst().headers.value("range"_ba), "bytes=" + QByteArray::number(2 * MiB) + '-');
    QCOMPARE(gets.constFirst().headers.value("if-range"_ba), row.checkpoint.validator);
    const QStringList warnings = resumed.warnings();
    QVERIFY2(warnings.join(u'\n').contains(u"continued the download an interrupted run had begun"_s),
        qPrintable(warnings.join(u'\n')));
    // No snapshot was created for the resume.
    QCOMPARE(m_emulator->snapshotNames(u"articles"_s), QStringList{ name });
}

void TestJobResume::resumedBackup_snapshotGone_failsNotFoundAndRemovesPart()
{
    BackupRequest request;
    request.scope = SnapshotScope::forCollection(u"articles"_s);
    request.outputFolder = outputFolder();
    PendingJob row = JobRebuilder::describeBackup(JobKind::Backup, request, m_client->endpoint());
    const QString part = QDir(outputFolder()).filePath(u"articles-deleted-meanwhile.snapshot.part"_s);
    QVERIFY(QDir().mkpath(outputFolder()));
    QVERIFY(!writeGeneratedFile(part, MiB).isEmpty());
    row.checkpoint = DownloadCheckpoint{ u"articles-deleted-meanwhile.snapshot"_s, part, "\"1-2\""_ba, 4 * MiB, {} };

    Result<std::unique_ptr<Job>> rebuilt = JobRebuilder::rebuild(row, *m_client);
    QVERIFY(rebuilt);
    QVERIFY(runToEnd(**rebuilt));
    QCOMPARE((*rebuilt)->state(), Job::State::Failed);
    const Error error = (*rebuilt)->error();
    QCOMPARE(error.kind, ErrorKind::NotFound);
    QVERIFY2(error.userMessage().contains(u"no longer on the server; run the backup again"_s),
        qPrintable(error.userMessage()));
    QVERIFY(!QFile::exists(part));
    QVERIFY(m_emulator->snapshotNames(u"articles"_s).isEmpty()); // nothing created instead
}

void TestJobResume::resumedBackup_withoutCheckpoint_runsFromTheStart()
{
    BackupRequest request;
    request.scope = SnapshotScope::forCollection(u"articles"_s);
    request.outputFolder = outputFolder();
    const PendingJob row = JobRebuilder::describeBackup(JobKind::Backup, request, m_client->endpoint());
    Result<std::unique_ptr<Job>> rebuilt = JobRebuilder::rebuild(row, *m_client);
    QVERIFY(rebuilt);
    QVERIFY(runToEnd(**rebuilt));
    QVERIFY2((*rebuilt)->state() == Job::State::Succeeded, qPrintable((*rebuilt)->error().userMessage()));
    QCOMPARE(m_emulator->snapshotNames(u"articles"_s).size(), 1); // created, as a fresh backup does
    const BackupResult &result = static_cast<BackupJob &>(**rebuilt).result();
    QCOMPARE(QString::fromLatin1(sha256OfFile(result.filePath)), result.sha256);
}

QTEST_GUILESS_MAIN(TestJobResume)
#include "TestJobResume.moc"
