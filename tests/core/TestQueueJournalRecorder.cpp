// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClientTestFixture.h"
#include "core/jobs/BackupJob.h"
#include "core/jobs/JobJournal.h"
#include "core/jobs/JobQueue.h"
#include "core/jobs/JobRebuilder.h"
#include "core/jobs/QueueJournalRecorder.h"
#include "core/qdrant/QdrantClient.h"
#include "core/support/ProcessLiveness.h"
#include "emulator/QdrantEmulator.h"
#include "support/JournalRows.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
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
const QString SECRET_KEY = u"recorder-test-key-51be03"_s;

} // namespace

// QueueJournalRecorder against a real JobQueue and the emulator: a queued job's row exists before it starts, follows
// its download checkpoint and goes when it ends in any way; a resumed job keeps the row it was claimed from.
class TestQueueJournalRecorder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void rowExistsBeforeStart_followsCheckpoint_goneAfterSuccess();
    void rowGoneAfterFailureCancelAndRemove();
    void killedProcess_rowIsInterrupted_adoptedByTheResumedJob();

private:
    [[nodiscard]] QString journalPath() const { return m_dir->filePath(u"data/queue.sqlite"_s); }
    [[nodiscard]] QString outputFolder() const { return m_dir->filePath(u"backups"_s); }
    [[nodiscard]] JobDescription description(const QString &title) const;
    [[nodiscard]] BackupRequest request(const QString &collection) const;

    QNetworkAccessManager m_network;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Emulator::QdrantEmulator> m_emulator;
    std::unique_ptr<QdrantClient> m_client;
};

void TestQueueJournalRecorder::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_network.setProxy(QNetworkProxy::NoProxy);
}

void TestQueueJournalRecorder::init()
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

void TestQueueJournalRecorder::cleanup()
{
    m_client.reset();
    m_emulator.reset();
    m_dir.reset();
}

JobDescription TestQueueJournalRecorder::description(const QString &title) const
{
    JobDescription description;
    description.kind = JobKind::Backup;
    description.hostKey = u"profile-7"_s;
    description.serverUrl = m_emulator->baseUrl();
    description.profileName = u"local"_s;
    description.collection = u"articles"_s;
    description.title = title;
    return description;
}

BackupRequest TestQueueJournalRecorder::request(const QString &collection) const
{
    BackupRequest request;
    request.scope = SnapshotScope::forCollection(collection);
    request.outputFolder = outputFolder();
    return request;
}

void TestQueueJournalRecorder::rowExistsBeforeStart_followsCheckpoint_goneAfterSuccess()
{
    JobJournal journal;
    QVERIFY(journal.open(journalPath()));
    JobQueue queue;
    QueueJournalRecorder recorder(queue, journal);
    // The lookup hands over the key too; the row must not keep it.
    recorder.setEndpointLookup([this](const JobDescription &) {
        return m_client->endpoint();
    });

    auto owned = std::make_unique<BackupJob>(*m_client, request(u"articles"_s));
    BackupJob *job = owned.get();
    QList<PendingJob> rowsAtStart;
    connect(&queue, &JobQueue::jobStarted, this, [&] {
        rowsAtStart = journal.jobs().value_or(QList<PendingJob>());
    });
    QSignalSpy finished(&queue, &JobQueue::jobFinished);
    const JobId id = queue.enqueue(std::move(owned), description(u"Back up articles now"_s));

    QList<DownloadCheckpoint> checkpoints;
    // Connected after the recorder (which connects in enqueue()): sees the row as the recorder left it.
    connect(job, &BackupJob::downloadCheckpointChanged, this, [&] {
        const QList<PendingJob> rows = journal.jobs().value_or(QList<PendingJob>());
        if (!rows.isEmpty())
            checkpoints.append(rows.constFirst().checkpoint);
    });
    // Written inside enqueue(), while the job still waits for the event loop.
    QCOMPARE(job->state(), Job::State::Queued);
    const QList<PendingJob> rows = *journal.jobs();
    QCOMPARE(rows.size(), 1);
    const PendingJob row = rows.constFirst();
    QCOMPARE(recorder.rowId(id), row.id);
    QCOMPARE(row.kind, JobKind::Backup);
    QCOMPARE(row.title, u"Back up articles now"_s);
    QCOMPARE(row.profileId, u"profile-7"_s);
    QCOMPARE(row.profileName, u"local"_s);
    QCOMPARE(row.collection, u"articles"_s);
    QCOMPARE(row.ownerPid, currentProcessId());
    QCOMPARE(JobRebuilder::backupRequest(row)->outputFolder, outputFolder());

    QVERIFY(finished.wait(60'000));
    QVERIFY2(job->state() == Job::State::Succeeded, qPrintable(job->error().userMessage()));
    QCOMPARE(rowsAtStart.size(), 1);
    QCOMPARE(rowsAtStart.constFirst().id, row.id);
    QCOMPARE(checkpoints.size(), 1);
    QCOMPARE(checkpoints.constFirst().snapshotName, job->result().snapshotName);
    QCOMPARE(checkpoints.constFirst().partPath,
        QFileInfo(QDir(outputFolder()).filePath(job->result().snapshotName + u".part"_s)).absoluteFilePath());
    QCOMPARE(checkpoints.constFirst().expectedSha256, job->result().sha256);
    QVERIFY(journal.jobs()->isEmpty());
    QCOMPARE(recorder.rowId(id), 0);

    journal.close();
    for (const QString &suffix : { u""_s, u"-wal"_s }) {
        QFile file(journalPath() + suffix);
        if (file.open(QIODevice::ReadOnly))
            QVERIFY2(!file.readAll().contains(SECRET_KEY.toUtf8()), qPrintable(suffix));
    }
}

void TestQueueJournalRecorder::rowGoneAfterFailureCancelAndRemove()
{
    JobJournal journal;
    QVERIFY(journal.open(journalPath()));
    JobQueue queue;
    QueueJournalRecorder recorder(queue, journal);
    QSignalSpy finished(&queue, &JobQueue::jobFinished);

    // Failure: the collection does not exist.
    const JobId failing =
        queue.enqueue(std::make_unique<BackupJob>(*m_client, request(u"missing"_s)), description(u"Back up missing"_s));
    QCOMPARE(journal.jobs()->size(), 1);
    QVERIFY(finished.wait(60'000));
    QCOMPARE(queue.snapshot(failing).state, Job::State::Failed);
    QVERIFY(journal.jobs()->isEmpty());

    // Cancelled while running: the download stalls until cancelled.
    Fault stall;
    stall.kind = FaultKind::StallAfterBytes;
    stall.method = u"GET"_s;
    stall.pathPrefix = u"/collections/articles/snapshots/"_s;
    stall.value = MiB;
    m_emulator->injectFault(stall);
    auto owned = std::make_unique<BackupJob>(*m_client, request(u"articles"_s));
    QSignalSpy checkpointed(owned.get(), &BackupJob::downloadCheckpointChanged);
    const JobId cancelled = queue.enqueue(std::move(owned), description(u"Back up articles"_s));
    QVERIFY(checkpointed.wait(60'000));
    QVERIFY(journal.jobs()->constFirst().checkpoint.isValid());
    QVERIFY(queue.cancel(cancelled));
    QTRY_COMPARE_WITH_TIMEOUT(queue.snapshot(cancelled).state, Job::State::Cancelled, 30'000);
    QVERIFY(journal.jobs()->isEmpty());

    // Removed while queued: cancelled, then removed; no row either way.
    const JobId removed = queue.enqueue(
        std::make_unique<BackupJob>(*m_client, request(u"articles"_s)), description(u"Back up articles again"_s));
    QCOMPARE(journal.jobs()->size(), 1);
    QVERIFY(queue.remove(removed));
    QVERIFY(journal.jobs()->isEmpty());
    QVERIFY(!queue.contains(removed));
}

void TestQueueJournalRecorder::killedProcess_rowIsInterrupted_adoptedByTheResumedJob()
{
    JobJournal journal;
    QVERIFY(journal.open(journalPath()));
    // What a killed application left: a row whose owner is gone.
    BackupRequest killedRequest = request(u"articles"_s);
    const qint64 killed =
        *journal.add(JobRebuilder::describeBackup(JobKind::Backup, killedRequest, m_client->endpoint()));
    QVERIFY(setJournalRowOwner(journalPath(), killed, goneProcessId(), u"gone"_s));
    QCOMPARE(journal.interrupted()->size(), 1);

    JobQueue queue;
    QueueJournalRecorder recorder(queue, journal);
    const Result<PendingJob> claimed = journal.claim(killed);
    QVERIFY(claimed);
    Result<std::unique_ptr<Job>> rebuilt = JobRebuilder::rebuild(*claimed, *m_client);
    QVERIFY(rebuilt);
    QSignalSpy finished(&queue, &JobQueue::jobFinished);
    recorder.adoptNext(claimed->id);
    const JobId id = queue.enqueue(std::move(*rebuilt), description(u"Resume backup of articles"_s));

    // No second row: the resumed job runs on the claimed one, which is no longer interrupted.
    const QList<PendingJob> rows = *journal.jobs();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.constFirst().id, killed);
    QCOMPARE(rows.constFirst().ownerPid, currentProcessId());
    QCOMPARE(recorder.rowId(id), killed);
    QVERIFY(journal.interrupted()->isEmpty());

    QVERIFY(finished.wait(60'000));
    QCOMPARE(queue.snapshot(id).state, Job::State::Succeeded);
    QVERIFY(journal.jobs()->isEmpty());

    // The next job gets a row of its own again.
    queue.enqueue(std::make_unique<BackupJob>(*m_client, request(u"articles"_s)), description(u"Back up articles"_s));
    const QList<PendingJob> after = *journal.jobs();
    QCOMPARE(after.size(), 1);
    QVERIFY(after.constFirst().id != killed);
}

QTEST_GUILESS_MAIN(TestQueueJournalRecorder)
#include "TestQueueJournalRecorder.moc"
