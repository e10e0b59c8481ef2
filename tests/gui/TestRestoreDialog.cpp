// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jobs/BackupJob.h"
#include "core/jobs/JobQueue.h"
#include "core/jobs/RestorePlan.h"
#include "core/profiles/MemorySecretStore.h"
#include "core/profiles/ProfileStore.h"
#include "emulator/QdrantEmulator.h"
#include "gui/AppContext.h"
#include "gui/HostSession.h"
#include "gui/SessionManager.h"
#include "gui/dialogs/RestoreDialog.h"
#include "gui/dialogs/restore/RestoreLauncher.h"

#include <QDir>
#include <QJsonObject>
#include <QLabel>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Snapdock;
using namespace Snapdock::Emulator;

namespace {

const QString API_KEY = u"restore-test-key"_s;

} // namespace

class TestRestoreDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void acceptsDrop_onlySingleSnapshotFile();
    void localBackup_intoNewCollection_restoresPoints();
    void invalidName_blocksBeforeAsking();
    void preflight_refusesIncompatibleTarget_beforeAnyUpload();
    void replace_needsTypedName_andKeepsSafetySnapshot();
    void serverSnapshot_restoresViaRecover();

private:
    [[nodiscard]] QString backUp(const QString &collection, bool keepOnServer, QString *snapshotName = nullptr);
    [[nodiscard]] bool waitForPreflight(RestoreDialog &dialog);
    [[nodiscard]] JobSnapshot restoreAndWait(RestoreDialog &dialog);
    [[nodiscard]] int uploadRequests() const;

    QNetworkAccessManager m_network;
    MemorySecretStore m_secrets;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QdrantEmulator> m_emulator;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SessionManager> m_sessions;
    std::unique_ptr<JobQueue> m_jobs;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<HostSession> m_session;
    Profile m_profile;
};

void TestRestoreDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_network.setProxy(QNetworkProxy::NoProxy);
}

void TestRestoreDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    EmulatorConfig config;
    config.apiKey = API_KEY;
    config.walBytes = 64 * 1024;
    m_emulator = std::make_unique<QdrantEmulator>(config);
    QVERIFY(m_emulator->listen());
    CollectionSpec articles;
    articles.name = u"articles"_s;
    articles.vectors = QJsonObject{ { u"size"_s, 4 }, { u"distance"_s, u"Cosine"_s } };
    articles.pointsCount = 321;
    articles.aliases = { u"news"_s };
    m_emulator->addCollection(articles);
    CollectionSpec products;
    products.name = u"products"_s;
    products.vectors = QJsonObject{ { u"size"_s, 8 }, { u"distance"_s, u"Dot"_s } };
    products.shardNumber = 2;
    products.pointsCount = 1500;
    m_emulator->addCollection(products);

    m_profiles = std::make_unique<ProfileStore>(m_dir->filePath(u"profiles.ini"_s));
    m_sessions = std::make_unique<SessionManager>(m_network, *m_profiles, m_secrets);
    m_jobs = std::make_unique<JobQueue>();
    m_context =
        std::unique_ptr<AppContext>(new AppContext{ m_network, *m_profiles, m_secrets, *m_sessions, *m_jobs, nullptr });
    m_profile = Profile();
    m_profile.id = Profile::createId();
    m_profile.name = u"Emulator"_s;
    m_profile.baseUrl = m_emulator->baseUrl();
    m_profile.defaultBackupFolder = m_dir->filePath(u"backups"_s);
    m_session = std::make_unique<HostSession>(m_network, m_secrets, m_profile);
    m_session->setSessionKey(API_KEY);
}

void TestRestoreDialog::cleanup()
{
    m_jobs.reset();
    m_session.reset();
    m_context.reset();
    m_sessions.reset();
    m_profiles.reset();
    m_emulator.reset();
    m_dir.reset();
}

QString TestRestoreDialog::backUp(const QString &collection, bool keepOnServer, QString *snapshotName)
{
    BackupRequest request;
    request.scope = SnapshotScope::forCollection(collection);
    request.outputFolder = m_dir->filePath(u"made-by-test"_s);
    request.deleteFromServerAfterDownload = !keepOnServer;
    BackupJob job(m_session->client(), request);
    QSignalSpy finished(&job, &Job::finished);
    job.start();
    if (!finished.wait(30000) || job.state() != Job::State::Succeeded)
        return {};
    if (snapshotName)
        *snapshotName = job.result().snapshotName;
    return job.result().filePath;
}

bool TestRestoreDialog::waitForPreflight(RestoreDialog &dialog)
{
    dialog.checkNow();
    return QTest::qWaitFor(
        [&dialog] {
            return !dialog.isPreflightRunning();
        },
        20000);
}

JobSnapshot TestRestoreDialog::restoreAndWait(RestoreDialog &dialog)
{
    QSignalSpy queued(&dialog, &RestoreDialog::restoreQueued);
    dialog.restoreButton()->click();
    if (queued.count() != 1)
        return {};
    const auto id = queued.at(0).at(0).value<JobId>();
    JobQueue &jobs = *m_jobs;
    std::ignore = QTest::qWaitFor( // the caller checks the state
        [&jobs, id] {
            return jobs.snapshot(id).isFinished();
        },
        60000);
    return jobs.snapshot(id);
}

int TestRestoreDialog::uploadRequests() const
{
    int uploads = 0;
    const QList<RecordedRequest> requests = m_emulator->requests();
    for (const RecordedRequest &request : requests)
        uploads += request.path.endsWith(u"/snapshots/upload"_s) ? 1 : 0;
    return uploads;
}

void TestRestoreDialog::acceptsDrop_onlySingleSnapshotFile()
{
    QMimeData one;
    one.setUrls({ QUrl::fromLocalFile(u"/tmp/a.snapshot"_s) });
    QVERIFY(RestoreDialog::acceptsDrop(&one));
    QCOMPARE(RestoreDialog::droppedSnapshotPath(&one), u"/tmp/a.snapshot"_s);
    QMimeData two;
    two.setUrls({ QUrl::fromLocalFile(u"/tmp/a.snapshot"_s), QUrl::fromLocalFile(u"/tmp/b.snapshot"_s) });
    QVERIFY(!RestoreDialog::acceptsDrop(&two));
    QMimeData other;
    other.setUrls({ QUrl::fromLocalFile(u"/tmp/a.txt"_s) });
    QVERIFY(!RestoreDialog::acceptsDrop(&other));
    QMimeData remote;
    remote.setUrls({ QUrl(u"https://example.com/a.snapshot"_s) });
    QVERIFY(!RestoreDialog::acceptsDrop(&remote));
    QVERIFY(!RestoreDialog::acceptsDrop(nullptr));
}

void TestRestoreDialog::localBackup_intoNewCollection_restoresPoints()
{
    const QString file = backUp(u"articles"_s, false);
    QVERIFY(!file.isEmpty());
    RestoreDialog dialog(*m_context, *m_session, RestoreSource::localFile(file));
    dialog.show();
    QCOMPARE(dialog.targetCollection(), u"articles"_s); // recorded in the .snapdock.json
    QVERIFY(waitForPreflight(dialog));
    QVERIFY(!dialog.restoreButton()->isEnabled()); // "articles" exists: a new name is needed
    QVERIFY(dialog.blockingReason().contains(u"already exists"_s));

    dialog.setTarget(RestoreTarget::CreateNew, u"articles-restored"_s);
    dialog.setPriority(SnapshotPriority::Snapshot);
    QVERIFY(waitForPreflight(dialog));
    QVERIFY2(dialog.restoreButton()->isEnabled(), qPrintable(dialog.blockingReason()));
    QVERIFY(dialog.preflightLines().join(u'\n').contains(u"Versions fit"_s));
    QVERIFY(dialog.grab().save(QCoreApplication::applicationDirPath() + u"/screenshot-restore-dialog.png"_s));

    const JobSnapshot job = restoreAndWait(dialog);
    QCOMPARE(job.state, Job::State::Succeeded);
    QCOMPARE(job.kind, JobKind::Restore);
    QCOMPARE(job.collection, u"articles-restored"_s);
    QVERIFY(m_emulator->hasCollection(u"articles-restored"_s));
    QCOMPARE(m_emulator->collection(u"articles-restored"_s).pointsCount, 321);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(uploadRequests(), 1);
    // The uploaded copy is gone from the snapshot list.
    QVERIFY(m_emulator->snapshotNames(u"articles-restored"_s).isEmpty());
}

void TestRestoreDialog::invalidName_blocksBeforeAsking()
{
    const QString file = backUp(u"articles"_s, false);
    QVERIFY(!file.isEmpty());
    RestoreDialog dialog(*m_context, *m_session, RestoreSource::localFile(file));
    for (const QString &bad : { u"a/b"_s, u"what?"_s, QString(256, u'x'), QString() }) {
        dialog.setTarget(RestoreTarget::CreateNew, bad);
        QVERIFY(waitForPreflight(dialog));
        QVERIFY(!dialog.restoreButton()->isEnabled());
        QVERIFY(!dialog.blockingReason().isEmpty());
    }
    dialog.setTarget(RestoreTarget::CreateNew, u"fine name ü"_s);
    QVERIFY(waitForPreflight(dialog));
    QVERIFY2(dialog.restoreButton()->isEnabled(), qPrintable(dialog.blockingReason()));
}

void TestRestoreDialog::preflight_refusesIncompatibleTarget_beforeAnyUpload()
{
    const QString file = backUp(u"articles"_s, false);
    QVERIFY(!file.isEmpty());
    m_emulator->clearRequests();
    RestoreDialog dialog(*m_context, *m_session, RestoreSource::localFile(file));
    dialog.show();
    dialog.setTarget(RestoreTarget::ReplaceExisting, u"products"_s);
    dialog.setConfirmationText(u"products"_s);
    QVERIFY(waitForPreflight(dialog));
    QVERIFY(!dialog.restoreButton()->isEnabled());
    QVERIFY2(dialog.blockingReason().contains(u"refuse"_s), qPrintable(dialog.blockingReason()));
    auto *reason = dialog.findChild<QLabel *>(u"blockingReason"_s);
    QVERIFY(reason);
    QVERIFY(reason->isVisible());
    QVERIFY(reason->text().contains(u"disabled"_s));
    QVERIFY(dialog.preflightLines().contains(dialog.blockingReason())); // the full reason, in the list
    QVERIFY(dialog.grab().save(QCoreApplication::applicationDirPath() + u"/screenshot-restore-refused.png"_s));

    dialog.restoreButton()->click(); // disabled: nothing happens
    QVERIFY(m_jobs->jobIds().isEmpty());
    QCOMPARE(uploadRequests(), 0);
    QCOMPARE(m_emulator->collection(u"products"_s).pointsCount, 1500);
}

void TestRestoreDialog::replace_needsTypedName_andKeepsSafetySnapshot()
{
    const QString file = backUp(u"articles"_s, false);
    QVERIFY(!file.isEmpty());
    m_emulator->setPointsCount(u"articles"_s, 7); // changed since the backup
    RestoreDialog dialog(*m_context, *m_session, RestoreSource::localFile(file));
    dialog.show();
    dialog.setTarget(RestoreTarget::ReplaceExisting, u"articles"_s);
    QVERIFY(waitForPreflight(dialog));
    QVERIFY(!dialog.restoreButton()->isEnabled());
    QVERIFY(dialog.blockingReason().contains(u"articles"_s));
    dialog.setConfirmationText(u"article"_s);
    QVERIFY(!dialog.restoreButton()->isEnabled());
    dialog.setConfirmationText(u"articles"_s);
    QVERIFY2(dialog.restoreButton()->isEnabled(), qPrintable(dialog.blockingReason()));
    QVERIFY(dialog.grab().save(QCoreApplication::applicationDirPath() + u"/screenshot-restore-replace.png"_s));
    const RestorePlanRequest planned = dialog.plannedRequest();
    QCOMPARE(planned.aliases, QStringList{ u"news"_s });
    QVERIFY(!planned.safetySnapshotFolder.isEmpty());

    const JobSnapshot job = restoreAndWait(dialog);
    QVERIFY2(job.state == Job::State::Succeeded, qPrintable(job.errorMessage));
    QCOMPARE(m_emulator->collection(u"articles"_s).pointsCount, 321);

    const QString safetyFolder = RestoreLauncher::safetyFolder(m_profile, u"articles"_s);
    QCOMPARE(planned.safetySnapshotFolder, safetyFolder);
    const QStringList safety = QDir(safetyFolder).entryList({ u"*.snapshot"_s }, QDir::Files);
    QCOMPARE(safety.size(), 1);
    const auto *plan = qobject_cast<const RestorePlan *>(m_jobs->job(job.id));
    QVERIFY(plan);
    QCOMPARE(plan->result().safetySnapshotPath, QDir(safetyFolder).filePath(safety.first()));
    QCOMPARE(plan->result().aliasesCreated, QStringList{ u"news"_s });
    QCOMPARE(RestorePlan::safetySnapshotFromLog(
                 { u"2026-01-01T00:00:00.000Z info: "_s + RestorePlan::safetySnapshotStage(u"/x/y.snapshot"_s) }),
        u"/x/y.snapshot"_s);
}

void TestRestoreDialog::serverSnapshot_restoresViaRecover()
{
    QString name;
    QVERIFY(!backUp(u"articles"_s, true, &name).isEmpty());
    QVERIFY(m_emulator->snapshotNames(u"articles"_s).contains(name));
    m_emulator->clearRequests();
    RestoreDialog dialog(
        *m_context, *m_session, RestoreSource::serverSnapshot(SnapshotScope::forCollection(u"articles"_s), name));
    dialog.show();
    dialog.setTarget(RestoreTarget::CreateNew, u"articles-from-server"_s);
    QVERIFY(waitForPreflight(dialog));
    QVERIFY2(dialog.restoreButton()->isEnabled(), qPrintable(dialog.blockingReason()));
    const RestorePlanRequest planned = dialog.plannedRequest();
    QCOMPARE(planned.source, RestorePlanRequest::Source::Location);
    QVERIFY(planned.location.toString().endsWith(u"/collections/articles/snapshots/"_s + name));
    QCOMPARE(planned.sourceApiKey, API_KEY);
    QVERIFY(!planned.sha256.isEmpty()); // the listed checksum

    const JobSnapshot job = restoreAndWait(dialog);
    QVERIFY2(job.state == Job::State::Succeeded, qPrintable(job.errorMessage));
    QVERIFY(m_emulator->hasCollection(u"articles-from-server"_s));
    QCOMPARE(m_emulator->collection(u"articles-from-server"_s).pointsCount, 321);
    QCOMPARE(uploadRequests(), 0);
    bool recovered = false;
    const QList<RecordedRequest> requests = m_emulator->requests();
    for (const RecordedRequest &request : requests)
        recovered = recovered || request.path == u"/collections/articles-from-server/snapshots/recover"_s;
    QVERIFY(recovered);
}

QTEST_MAIN(TestRestoreDialog)
#include "TestRestoreDialog.moc"
