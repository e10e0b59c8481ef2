// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jobs/BackupJob.h"
#include "core/jobs/JobJournal.h"
#include "core/jobs/JobQueue.h"
#include "core/jobs/JobRebuilder.h"
#include "core/jobs/QueueJournalRecorder.h"
#include "core/profiles/MemorySecretStore.h"
#include "core/profiles/ProfileStore.h"
#include "core/qdrant/QdrantClient.h"
#include "emulator/QdrantEmulator.h"
#include "gui/SessionManager.h"
#include "gui/controllers/InterruptedJobsController.h"
#include "gui/models/JobTableModel.h"
#include "gui/widgets/InterruptedJobsBanner.h"
#include "gui/widgets/QueueView.h"
#include "support/JournalRows.h"
#include "support/TestFiles.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QProcess>
#include <QPushButton>
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
const QString SECRET_KEY = u"banner-test-key-0c77e2"_s;

// Hands a row to a process that is gone, as a killed application or CLI run leaves it.
bool orphan(const QString &path, qint64 id)
{
    return setJournalRowOwner(path, id, goneProcessId(), u"killed"_s);
}

} // namespace

// The queue view's banner of interrupted jobs, against the emulator: a download a killed process left is offered,
// resumed in the queue from its .part (Range) to the right SHA-256 and its row is gone; discarding removes the row and
// the .part; a row without a matching profile stays and says why.
class TestInterruptedJobs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void resume_continuesThePartInTheQueue();
    void discard_removesRowAndPart();
    void resume_withoutProfile_staysAndSaysWhy();

private:
    [[nodiscard]] QString journalPath() const { return m_dir->filePath(u"data/queue.sqlite"_s); }
    [[nodiscard]] QString outputFolder() const { return m_dir->filePath(u"backups"_s); }
    // A killed CLI download of a fresh snapshot of "products" with 2 MiB in its .part; its row's id.
    [[nodiscard]] qint64 leaveInterruptedDownload(QString *checksum, QString *part);

    QNetworkAccessManager m_network;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Emulator::QdrantEmulator> m_emulator;
    std::unique_ptr<QdrantClient> m_client;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<SessionManager> m_sessions;
    std::unique_ptr<JobJournal> m_journal;
};

void TestInterruptedJobs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_network.setProxy(QNetworkProxy::NoProxy);
}

void TestInterruptedJobs::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    Emulator::EmulatorConfig config;
    config.walBytes = 6 * MiB;
    config.apiKey = SECRET_KEY;
    m_emulator = std::make_unique<Emulator::QdrantEmulator>(config);
    QVERIFY(m_emulator->listen());
    Emulator::CollectionSpec spec;
    spec.name = u"products"_s;
    spec.vectors = QJsonObject{ { u"size"_s, 4 }, { u"distance"_s, u"Dot"_s } };
    spec.pointsCount = 42;
    m_emulator->addCollection(spec);
    ServerEndpoint endpoint;
    endpoint.baseUrl = m_emulator->baseUrl();
    endpoint.apiKey = SECRET_KEY;
    m_client = std::make_unique<QdrantClient>(m_network, endpoint);

    m_profiles = std::make_unique<ProfileStore>(m_dir->filePath(u"settings.ini"_s));
    Profile profile;
    profile.name = u"Local emulator"_s;
    profile.baseUrl = m_emulator->baseUrl();
    const QString id = m_profiles->add(profile).value().id;
    m_secrets = std::make_unique<MemorySecretStore>();
    SecretJob *write = m_secrets->write(id, SECRET_KEY);
    QSignalSpy written(write, &SecretJob::finished);
    QVERIFY(written.wait(5000));
    write->deleteLater();
    m_sessions = std::make_unique<SessionManager>(m_network, *m_profiles, *m_secrets);
    m_journal = std::make_unique<JobJournal>();
    QVERIFY(m_journal->open(journalPath()));
}

void TestInterruptedJobs::cleanup()
{
    m_journal.reset();
    m_sessions.reset();
    m_secrets.reset();
    m_profiles.reset();
    m_client.reset();
    m_emulator.reset();
    m_dir.reset();
}

qint64 TestInterruptedJobs::leaveInterruptedDownload(QString *checksum, QString *part)
{
    // The first run stalls after 2 MiB; what it left is kept, as a kill would leave it, before it is cancelled.
    BackupRequest request;
    request.scope = SnapshotScope::forCollection(u"products"_s);
    request.outputFolder = outputFolder();
    Fault stall;
    stall.kind = FaultKind::StallAfterBytes;
    stall.method = u"GET"_s;
    stall.pathPrefix = u"/collections/products/snapshots/"_s;
    stall.value = 2 * MiB;
    m_emulator->injectFault(stall);
    BackupJob first(*m_client, request);
    QSignalSpy checkpointed(&first, &BackupJob::downloadCheckpointChanged);
    first.start();
    if (!checkpointed.wait(30'000))
        return 0;
    DownloadCheckpoint checkpoint = first.downloadCheckpoint();
    *part = QFileInfo(checkpoint.partPath).absoluteFilePath();
    checkpoint.partPath = *part;
    *checksum = checkpoint.expectedSha256;
    const QString partPath = *part;
    if (!QTest::qWaitFor(
            [&partPath] {
                return QFileInfo(partPath).size() == 2 * MiB;
            },
            30'000))
        return 0;
    const QString kept = m_dir->filePath(u"kept.part"_s);
    if (!QFile::copy(*part, kept))
        return 0;
    QSignalSpy finished(&first, &Job::finished);
    first.cancel();
    if (finished.count() == 0 && !finished.wait(10'000))
        return 0;
    if (QFile::exists(*part) || !QFile::rename(kept, *part))
        return 0;

    // The row as the killed CLI wrote it: no profile, only the host.
    request.source = BackupRequest::Source::ExistingByName;
    request.snapshotName = checkpoint.snapshotName;
    const Result<qint64> id =
        m_journal->add(JobRebuilder::describeBackup(JobKind::Download, request, m_client->endpoint()));
    if (!id || !m_journal->setCheckpoint(*id, checkpoint) || !orphan(journalPath(), *id))
        return 0;
    m_emulator->clearRequests();
    return *id;
}

void TestInterruptedJobs::resume_continuesThePartInTheQueue()
{
    QString checksum;
    QString part;
    const qint64 rowId = leaveInterruptedDownload(&checksum, &part);
    QVERIFY(rowId > 0);
    QVERIFY(!checksum.isEmpty());

    JobQueue queue;
    QueueJournalRecorder recorder(queue, *m_journal);
    JobTableModel model(queue);
    QueueView view(queue, model);
    InterruptedJobsController controller(*m_journal, queue, recorder, *m_sessions, *m_profiles);
    view.setInterruptedJobs(controller);
    controller.refresh();
    view.resize(1100, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    InterruptedJobsBanner *banner = view.interruptedJobsBanner();
    QVERIFY(banner);
    QVERIFY(banner->isVisible());
    QVERIFY2(
        banner->text().contains(u"were interrupted when Snapdock or snapdock-cli stopped: products (2.0 MiB of "_s),
        qPrintable(banner->text()));
    QVERIFY(banner->detailsList()->isHidden()); // one job: the line says it all
    QVERIFY(view.grab().save(QCoreApplication::applicationDirPath() + u"/screenshot-interrupted-jobs.png"_s));

    QSignalSpy finished(&queue, &JobQueue::jobFinished);
    QTest::mouseClick(banner->resumeButton(), Qt::LeftButton);
    // The key comes from the (in-memory) keychain on the next turns; the job is enqueued once it did.
    QTRY_COMPARE_WITH_TIMEOUT(queue.jobIds().size(), 1, 10'000);
    QVERIFY(banner->isHidden());
    const JobId id = queue.jobIds().constFirst();
    QCOMPARE(queue.description(id)->title, u"Resume download of products"_s);
    QCOMPARE(queue.description(id)->profileName, u"Local emulator"_s);
    QCOMPARE(recorder.rowId(id), rowId); // the claimed row, not a second one
    QCOMPARE(m_journal->jobs()->size(), 1);
    QVERIFY(m_journal->interrupted()->isEmpty());

    QVERIFY(finished.wait(60'000));
    const auto *job = qobject_cast<const BackupJob *>(queue.job(id));
    QVERIFY(job);
    QVERIFY2(job->state() == Job::State::Succeeded, qPrintable(job->error().userMessage()));
    QCOMPARE(job->result().sha256, checksum);
    QCOMPARE(QString::fromLatin1(sha256OfFile(job->result().filePath)), checksum);
    QVERIFY(!QFile::exists(part));
    QList<Emulator::RecordedRequest> gets;
    for (const auto &request : m_emulator->requests()) {
        if (request.method == "GET"_ba && request.path.startsWith(u"/collections/products/snapshots/"_s))
            gets.append(request);
    }
    QCOMPARE(gets.size(), 1);
    QCOMPARE(gets.constFirst().headers.value("range"_ba), "bytes=" + QByteArray::number(2 * MiB) + '-');
    QVERIFY(m_journal->jobs()->isEmpty());
}

void TestInterruptedJobs::discard_removesRowAndPart()
{
    QString checksum;
    QString part;
    const qint64 rowId = leaveInterruptedDownload(&checksum, &part);
    QVERIFY(rowId > 0);
    QVERIFY(QFile::exists(part));

    JobQueue queue;
    QueueJournalRecorder recorder(queue, *m_journal);
    JobTableModel model(queue);
    QueueView view(queue, model);
    InterruptedJobsController controller(*m_journal, queue, recorder, *m_sessions, *m_profiles);
    view.setInterruptedJobs(controller);
    controller.refresh();
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    InterruptedJobsBanner *banner = view.interruptedJobsBanner();
    QVERIFY(banner->isVisible());

    QTest::mouseClick(banner->discardButton(), Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = view.findChild<QMessageBox *>()) != nullptr);
    // Nothing happens before the person agrees.
    QCOMPARE(m_journal->interrupted()->size(), 1);
    box->button(QMessageBox::Yes)->click();
    QTRY_VERIFY(m_journal->jobs()->isEmpty());
    QVERIFY(!QFile::exists(part));
    QVERIFY(banner->isHidden());
    QVERIFY(queue.jobIds().isEmpty());
}

void TestInterruptedJobs::resume_withoutProfile_staysAndSaysWhy()
{
    BackupRequest request;
    request.scope = SnapshotScope::forCollection(u"products"_s);
    request.outputFolder = outputFolder();
    ServerEndpoint elsewhere;
    elsewhere.baseUrl = QUrl(u"http://qdrant.elsewhere.example:6333"_s);
    QList<qint64> ids;
    // Four rows: the line names three, the list shows all.
    for (int i = 0; i < 4; ++i) {
        const qint64 id = *m_journal->add(JobRebuilder::describeBackup(JobKind::Backup, request, elsewhere));
        QVERIFY(orphan(journalPath(), id));
        ids.append(id);
    }

    JobQueue queue;
    QueueJournalRecorder recorder(queue, *m_journal);
    JobTableModel model(queue);
    QueueView view(queue, model);
    InterruptedJobsController controller(*m_journal, queue, recorder, *m_sessions, *m_profiles);
    view.setInterruptedJobs(controller);
    controller.refresh();
    view.show();
    InterruptedJobsBanner *banner = view.interruptedJobsBanner();
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().endsWith(u"products, products, products, …"_s));
    QVERIFY(banner->detailsList()->isVisible());
    QCOMPARE(banner->detailsList()->count(), 4);

    QTest::mouseClick(banner->resumeButton(), Qt::LeftButton);
    QVERIFY(banner->isVisible());
    QVERIFY2(
        banner->problemText().contains(
            u"no connection profile for http://qdrant.elsewhere.example:6333; add one or resume with snapdock-cli resume"_s),
        qPrintable(banner->problemText()));
    QCOMPARE(m_journal->interrupted()->size(), 4); // not claimed
    QVERIFY(queue.jobIds().isEmpty());
}

QTEST_MAIN(TestInterruptedJobs)
#include "TestInterruptedJobs.moc"
