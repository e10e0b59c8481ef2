// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/history/HistoryDatabase.h"
#include "core/history/HistoryRecorder.h"
#include "core/jobs/JobQueue.h"
#include "core/profiles/MemorySecretStore.h"
#include "core/profiles/ProfileStore.h"
#include "core/retention/RetentionPolicy.h"
#include "core/scheduling/ScheduleStore.h"
#include "core/support/SystemClock.h"
#include "emulator/QdrantEmulator.h"
#include "gui/AppContext.h"
#include "gui/HostSession.h"
#include "gui/MainWindow.h"
#include "gui/SessionManager.h"
#include "gui/controllers/RecoveryPointMonitor.h"
#include "gui/controllers/ScheduleRunner.h"
#include "gui/dialogs/RestoreDialog.h"
#include "gui/dialogs/ScheduleDialog.h"
#include "gui/dialogs/schedule/SelectionEditor.h"
#include "gui/models/CollectionTableModel.h"
#include "gui/widgets/HostBrowser.h"
#include "gui/widgets/ProfileSidebar.h"
#include "gui/widgets/SchedulesView.h"

#include <QAction>
#include <QDir>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Snapdock;

// The assembled window, as a person sees it: hosts on the left, collections of the selected host, backups
// that run in the queue and land in history, and a dropped snapshot file opening the restore dialog.
class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void selectedHost_showsItsCollections_andScreenshotIsWritten();
    void backUpAll_runsInQueue_andLandsInHistory();
    void droppedSnapshotFile_opensRestoreDialog();
    void schedules_viewAndEditor_screenshotsAreWritten();

private:
    [[nodiscard]] static QString screenshotPath(const QString &name);

    QNetworkAccessManager m_network;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Emulator::QdrantEmulator> m_emulator;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<SessionManager> m_sessions;
    std::unique_ptr<JobQueue> m_jobs;
    std::unique_ptr<HistoryDatabase> m_history;
    std::unique_ptr<HistoryRecorder> m_recorder;
    SystemClock m_clock;
    std::unique_ptr<ScheduleStore> m_schedules;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<ScheduleRunner> m_runner;
    std::unique_ptr<MainWindow> m_window;
    QString m_backupFolder;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_network.setProxy(QNetworkProxy::NoProxy);
}

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_emulator = std::make_unique<Emulator::QdrantEmulator>();
    QVERIFY(m_emulator->listen());
    m_emulator->seedDemoCollections();

    m_profiles = std::make_unique<ProfileStore>(m_dir->filePath(u"settings.ini"_s));
    m_backupFolder = m_dir->filePath(u"backups"_s);
    Profile profile;
    profile.name = u"Demo emulator"_s;
    profile.baseUrl = m_emulator->baseUrl();
    profile.defaultBackupFolder = m_backupFolder;
    QVERIFY(m_profiles->add(profile));

    m_secrets = std::make_unique<MemorySecretStore>();
    m_sessions = std::make_unique<SessionManager>(m_network, *m_profiles, *m_secrets);
    m_jobs = std::make_unique<JobQueue>();
    m_history = std::make_unique<HistoryDatabase>();
    QVERIFY(m_history->open(m_dir->filePath(u"history.sqlite"_s)));
    m_recorder = std::make_unique<HistoryRecorder>(*m_jobs, *m_history);
    m_schedules = std::make_unique<ScheduleStore>(m_dir->filePath(u"settings.ini"_s));
    m_context = std::make_unique<AppContext>(
        AppContext{ m_network, *m_profiles, *m_secrets, *m_sessions, *m_jobs, m_history.get() });
    m_runner = std::make_unique<ScheduleRunner>(*m_context, *m_schedules, m_clock);
    m_context->schedules = m_schedules.get();
    m_context->scheduleRunner = m_runner.get();
    m_context->clock = &m_clock;
    m_window = std::make_unique<MainWindow>(*m_context, m_recorder.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_runner.reset();
    m_context.reset();
    m_schedules.reset();
    m_recorder.reset();
    m_history.reset();
    m_jobs.reset();
    m_sessions.reset();
    m_secrets.reset();
    m_profiles.reset();
    m_emulator.reset();
    m_dir.reset();
}

QString TestMainWindow::screenshotPath(const QString &name)
{
    const QString folder = QDir(QCoreApplication::applicationDirPath()).filePath(u"screenshots"_s);
    QDir().mkpath(folder);
    return QDir(folder).filePath(name);
}

void TestMainWindow::selectedHost_showsItsCollections_andScreenshotIsWritten()
{
    // The only host is selected at start and its collections load without any click.
    QCOMPARE(m_window->sidebar()->currentProfileId(), m_profiles->ids().first());
    CollectionTableModel &collections = m_window->hostBrowser()->collectionModel();
    QTRY_COMPARE_WITH_TIMEOUT(collections.rowCount(), 4, 15'000);
    QVERIFY(m_window->grab().save(screenshotPath(u"main-window.png"_s)));
}

void TestMainWindow::backUpAll_runsInQueue_andLandsInHistory()
{
    CollectionTableModel &collections = m_window->hostBrowser()->collectionModel();
    QTRY_COMPARE_WITH_TIMEOUT(collections.rowCount(), 4, 15'000);
    const QString neverText = collections.index(0, CollectionTableModel::LastBackupColumn).data().toString();
    QSignalSpy finished(m_jobs.get(), &JobQueue::jobFinished);
    m_window->hostBrowser()->backupAllAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 4, 60'000);
    for (const JobId id : m_jobs->jobIds())
        QCOMPARE(m_jobs->snapshot(id).state, Job::State::Succeeded);

    HistoryFilter succeeded;
    succeeded.outcome = HistoryOutcome::Succeeded;
    QTRY_COMPARE_WITH_TIMEOUT(m_history->count(succeeded).value_or(0), 4, 10'000);
    // The collections table follows: each collection now has one snapshot on the server and a last backup.
    for (int row = 0; row < collections.rowCount(); ++row) {
        QTRY_COMPARE_WITH_TIMEOUT(collections.index(row, CollectionTableModel::SnapshotsColumn)
                                      .data(CollectionTableModel::SortRole)
                                      .toLongLong(),
            1,
            10'000);
        QTRY_VERIFY(collections.index(row, CollectionTableModel::LastBackupColumn).data().toString() != neverText);
    }
    QVERIFY(m_window->grab().save(screenshotPath(u"main-window-after-backup.png"_s)));
}

void TestMainWindow::droppedSnapshotFile_opensRestoreDialog()
{
    const QString file = m_dir->filePath(u"dropped.snapshot"_s);
    QFile snapshot(file);
    QVERIFY(snapshot.open(QIODevice::WriteOnly));
    snapshot.write(QByteArray(1024, '\0'));
    snapshot.close();

    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(file) });
    const QPoint centre = m_window->rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(centre), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &drop);

    auto *dialog = m_window->findChild<RestoreDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->source().path, file);

    QMimeData text;
    text.setText(u"not a file"_s);
    QDragEnterEvent refused(centre, Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    refused.setAccepted(false);
    QCoreApplication::sendEvent(m_window.get(), &refused);
    QVERIFY(!refused.isAccepted());
}

void TestMainWindow::schedules_viewAndEditor_screenshotsAreWritten()
{
    // The example: daily, 7 daily / 4 weekly / 6 monthly, a weekly drill, a 26 h recovery point.
    Schedule nightly;
    nightly.name = u"Nightly production"_s;
    nightly.profileId = m_profiles->ids().first();
    nightly.timing = *ScheduleTiming::daily({ QTime(2, 30) });
    RetentionPolicy policy;
    policy.keepDaily = 7;
    policy.keepWeekly = 4;
    policy.keepMonthly = 6;
    nightly.retention = policy.toJson();
    nightly.drill.enabled = true;
    nightly.maxAgeHours = 26;
    auto stored = m_schedules->add(nightly);
    QVERIFY(stored);
    Schedule products;
    products.name = u"Products every 6 hours"_s;
    products.profileId = nightly.profileId;
    products.timing = *ScheduleTiming::everyHours(6);
    products.selection.mode = ScheduleSelection::Mode::Pattern;
    products.selection.pattern = u"prod*"_s;
    products.selection.includeFullStorage = true;
    products.folderTemplate = u"{profile}/{collection}"_s;
    RetentionPolicy keepLast;
    keepLast.keepLast = 12;
    products.retention = keepLast.toJson();
    products.maxAgeHours = 8;
    products.enabled = false;
    QVERIFY(m_schedules->add(products));

    // Run the nightly schedule once, through the window's queue.
    QSignalSpy finished(m_runner.get(), &ScheduleRunner::runFinished);
    m_window->schedulesView()->runNow(stored->id);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60'000);
    QCOMPARE(finished.first().at(1).value<ScheduleRunSummary>().outcome, RunOutcome::Succeeded);
    QSignalSpy checked(m_window->recoveryMonitor(), &RecoveryPointMonitor::checked);
    m_window->recoveryMonitor()->check();
    QVERIFY(checked.wait(10'000));

    // The collections table follows the run's backups (their history rows).
    CollectionTableModel &collections = m_window->hostBrowser()->collectionModel();
    const auto productsBackedUp = [&collections] {
        const int row = collections.rowOf(u"products"_s);
        return row >= 0
            && collections.index(row, CollectionTableModel::LastBackupColumn)
                   .data(CollectionTableModel::SortRole)
                   .toLongLong()
            > 0;
    };
    QTRY_VERIFY_WITH_TIMEOUT(productsBackedUp(), 15'000);

    auto *tabs = qobject_cast<QTabWidget *>(m_window->schedulesView()->parentWidget()->parentWidget());
    QVERIFY(tabs);
    tabs->setCurrentWidget(m_window->schedulesView());
    m_window->schedulesView()->selectSchedule(stored->id);
    QTest::qWait(200);
    QVERIFY(m_window->grab().save(screenshotPath(u"schedules.png"_s)));

    m_window->schedulesView()->openEditor(*m_schedules->schedule(stored->id));
    auto *editor = m_window->schedulesView()->findChild<ScheduleDialog *>();
    QVERIFY(editor);
    QTRY_VERIFY_WITH_TIMEOUT(editor->selectionEditor()->hasCollectionList(), 10'000);
    QTest::qWait(200);
    QVERIFY(editor->grab().save(screenshotPath(u"schedule-editor.png"_s)));
    editor->tabs()->setCurrentIndex(1);
    QVERIFY(editor->grab().save(screenshotPath(u"schedule-editor-retention.png"_s)));
    editor->tabs()->setCurrentIndex(2);
    QVERIFY(editor->grab().save(screenshotPath(u"schedule-editor-background.png"_s)));
    editor->reject();
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
