// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/history/HistoryDatabase.h"
#include "core/history/HistoryRecorder.h"
#include "core/jobs/JobQueue.h"
#include "core/profiles/MemorySecretStore.h"
#include "core/profiles/ProfileStore.h"
#include "core/retention/RetentionPolicy.h"
#include "core/scheduling/ScheduleStore.h"
#include "core/storage/SnapshotMetadata.h"
#include "emulator/QdrantEmulator.h"
#include "gui/AppContext.h"
#include "gui/HostSession.h"
#include "gui/MainWindow.h"
#include "gui/SessionManager.h"
#include "gui/controllers/DrillLauncher.h"
#include "gui/controllers/Notifier.h"
#include "gui/controllers/PruneController.h"
#include "gui/controllers/RecoveryPointMonitor.h"
#include "gui/controllers/ScheduleRunner.h"
#include "gui/controllers/TrayController.h"
#include "gui/dialogs/DrillResultDialog.h"
#include "gui/dialogs/PruneDialog.h"
#include "gui/dialogs/ScheduleDialog.h"
#include "gui/models/CollectionTableModel.h"
#include "gui/models/ScheduleTableModel.h"
#include "gui/widgets/HostBrowser.h"
#include "gui/widgets/SchedulesView.h"
#include "gui/widgets/TrayIcon.h"
#include "support/ManualClock.h"
#include "support/TestFiles.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Snapdock;

// The desktop side of schedules in the assembled window: hiding to the tray on close, runs through the queue with
// notifications only for failures, prune's dry run before anything is removed, recovery-point breaches notified
// once and shown on the collections, and "verify by restoring" through the queue against the emulator.
class TestScheduleWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void close_withEnabledSchedules_hidesToTray_hintOnce();
    void close_withoutEnabledSchedulesOrTray_closes();
    void viewActions_toggleDuplicateAndDeleteAfterConfirmation();
    void runNow_goesThroughTheQueue_andOnlyAFailureNotifies();
    void pruneNow_dryRunListsReasons_andRemovesNothingUntilConfirmed();
    void recoveryBreach_isNotifiedOnce_andShownOnTheCollection();
    void verifyByRestoring_runsADrillThroughTheQueue_andShowsTheChecks();

private:
    [[nodiscard]] Schedule addSchedule(const QString &name, const QStringList &collections);
    // A backup file of `collection` taken at `at`, with its metadata, in the schedule's default layout.
    [[nodiscard]] QString writeBackup(const QString &collection, const QDateTime &at) const;

    QNetworkAccessManager m_network;
    QTemporaryDir m_userSettings; // where QSettings() writes (the tray hint, the window's last profile)
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Emulator::QdrantEmulator> m_emulator;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<SessionManager> m_sessions;
    std::unique_ptr<JobQueue> m_jobs;
    std::unique_ptr<HistoryDatabase> m_history;
    std::unique_ptr<HistoryRecorder> m_recorder;
    std::unique_ptr<TestSupport::ManualClock> m_clock;
    std::unique_ptr<ScheduleStore> m_schedules;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<ScheduleRunner> m_runner;
    std::unique_ptr<MainWindow> m_window;
    Profile m_profile;
};

void TestScheduleWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_network.setProxy(QNetworkProxy::NoProxy);
    // A hidden or closed window must not end the test's event loops.
    QApplication::setQuitOnLastWindowClosed(false);
    QVERIFY(m_userSettings.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_userSettings.path());
}

void TestScheduleWindow::init()
{
    QSettings().remove(TrayController::HINT_SHOWN_KEY);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_emulator = std::make_unique<Emulator::QdrantEmulator>();
    QVERIFY(m_emulator->listen());
    m_emulator->seedDemoCollections();
    const QString settings = m_dir->filePath(u"snapdock.conf"_s);
    m_profiles = std::make_unique<ProfileStore>(settings);
    Profile profile;
    profile.name = u"Production"_s;
    profile.baseUrl = m_emulator->baseUrl();
    profile.defaultBackupFolder = m_dir->filePath(u"backups"_s);
    auto added = m_profiles->add(profile);
    QVERIFY(added);
    m_profile = *added;
    m_secrets = std::make_unique<MemorySecretStore>();
    m_sessions = std::make_unique<SessionManager>(m_network, *m_profiles, *m_secrets);
    m_jobs = std::make_unique<JobQueue>();
    m_history = std::make_unique<HistoryDatabase>();
    QVERIFY(m_history->open(m_dir->filePath(u"history.sqlite"_s)));
    m_recorder = std::make_unique<HistoryRecorder>(*m_jobs, *m_history);
    m_clock = std::make_unique<TestSupport::ManualClock>(QDateTime::currentDateTimeUtc());
    m_schedules = std::make_unique<ScheduleStore>(settings);
    m_schedules->setClock(m_clock.get());
    m_context = std::make_unique<AppContext>(
        AppContext{ m_network, *m_profiles, *m_secrets, *m_sessions, *m_jobs, m_history.get() });
    m_runner = std::make_unique<ScheduleRunner>(*m_context, *m_schedules, *m_clock);
    m_context->schedules = m_schedules.get();
    m_context->scheduleRunner = m_runner.get();
    m_context->clock = m_clock.get();
    m_window = std::make_unique<MainWindow>(*m_context, m_recorder.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestScheduleWindow::cleanup()
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
    m_clock.reset();
    m_dir.reset();
}

Schedule TestScheduleWindow::addSchedule(const QString &name, const QStringList &collections)
{
    Schedule schedule;
    schedule.name = name;
    schedule.profileId = m_profile.id;
    schedule.selection.mode = ScheduleSelection::Mode::List;
    schedule.selection.names = collections;
    RetentionPolicy policy;
    policy.keepDaily = 3;
    schedule.retention = policy.toJson();
    auto added = m_schedules->add(schedule);
    return added ? *added : Schedule();
}

QString TestScheduleWindow::writeBackup(const QString &collection, const QDateTime &at) const
{
    const QString folder = QDir(m_profile.defaultBackupFolder)
                               .filePath(u"Production/%1/%2"_s.arg(collection, at.toString(u"yyyy-MM-dd"_s)));
    QDir().mkpath(folder);
    const QString name = u"%1-%2.snapshot"_s.arg(collection, at.toString(u"yyyy-MM-dd-HH-mm-ss"_s));
    const QString path = QDir(folder).filePath(name);
    const QByteArray sha = TestSupport::writeGeneratedFile(path, 4096, quint32(at.toSecsSinceEpoch()));
    SnapshotMetadata metadata;
    metadata.kind = u"collection"_s;
    metadata.host = SnapshotMetadata::credentialFreeHost(m_profile.baseUrl.toString());
    metadata.collection = collection;
    metadata.snapshotName = name;
    metadata.fileName = name;
    metadata.size = 4096;
    metadata.sha256 = QString::fromLatin1(sha);
    metadata.backupStartedAt = at;
    metadata.backupFinishedAt = at.addSecs(5);
    if (!metadata.writeTo(SnapshotMetadata::metadataPathFor(path)))
        return {};
    return path;
}

void TestScheduleWindow::close_withEnabledSchedules_hidesToTray_hintOnce()
{
    QVERIFY(!addSchedule(u"Nightly"_s, { u"products"_s }).id.isEmpty());
    TrayController *tray = m_window->trayController();
    QVERIFY(tray);
    // The offscreen platform has no tray; pretend it has one, as a desktop would.
    tray->trayIcon()->setAvailable(true);
    QSignalSpy hint(tray, &TrayController::hintShown);

    QVERIFY(!m_window->close()); // the close is refused …
    QVERIFY(!m_window->isVisible()); // … and the window hides instead
    QCOMPARE(hint.count(), 1);
    QVERIFY(QSettings().value(TrayController::HINT_SHOWN_KEY).toBool());

    // Back from the tray and closed again: hidden again, without a second hint.
    tray->trayIcon()->showWindowAction()->trigger();
    QVERIFY(m_window->isVisible());
    QVERIFY(!m_window->close());
    QVERIFY(!m_window->isVisible());
    QCOMPARE(hint.count(), 1);
    QVERIFY(tray->trayIcon()->runMenu()->isEnabled());
    QCOMPARE(tray->trayIcon()->runMenu()->actions().size(), 1);
}

void TestScheduleWindow::close_withoutEnabledSchedulesOrTray_closes()
{
    Schedule schedule = addSchedule(u"Nightly"_s, { u"products"_s });
    TrayController *tray = m_window->trayController();
    tray->trayIcon()->setAvailable(false);
    QVERIFY(!tray->shouldHideOnClose()); // no tray: the window must stay reachable, so it closes
    tray->trayIcon()->setAvailable(true);
    tray->trayIcon()->pauseAction()->trigger();
    QVERIFY(m_runner->isPaused());
    QVERIFY(!tray->shouldHideOnClose()); // paused: nothing would run in the background
    tray->trayIcon()->pauseAction()->trigger();
    QVERIFY(tray->shouldHideOnClose());

    schedule.enabled = false;
    QVERIFY(m_schedules->update(schedule));
    QVERIFY(!tray->shouldHideOnClose());
    QVERIFY(m_window->close());
    QVERIFY(!m_window->isVisible());
}

void TestScheduleWindow::viewActions_toggleDuplicateAndDeleteAfterConfirmation()
{
    const Schedule schedule = addSchedule(u"Nightly"_s, { u"products"_s });
    SchedulesView *view = m_window->schedulesView();
    view->selectSchedule(schedule.id);
    QCOMPARE(view->currentScheduleId(), schedule.id);

    view->toggleEnabledAction()->trigger();
    QVERIFY(!m_schedules->schedule(schedule.id)->enabled);
    QCOMPARE(view->toggleEnabledAction()->text(), u"Ena&ble"_s);
    view->toggleEnabledAction()->trigger();
    QVERIFY(m_schedules->schedule(schedule.id)->enabled);

    // Duplicate opens the editor on a copy; saving it adds a second schedule.
    view->duplicateAction()->trigger();
    auto *editor = view->findChild<ScheduleDialog *>();
    QVERIFY(editor);
    QCOMPARE(editor->nameEdit()->text(), u"Copy of Nightly"_s);
    editor->save();
    QCOMPARE(m_schedules->schedules().size(), 2);

    // Delete asks first; Cancel keeps it.
    view->selectSchedule(schedule.id);
    view->deleteAction()->trigger();
    auto *question = view->findChild<QMessageBox *>();
    QVERIFY(question);
    QVERIFY(question->text().contains(u"Nightly"_s));
    question->button(QMessageBox::Cancel)->click();
    QVERIFY(m_schedules->contains(schedule.id));
    QTRY_VERIFY(view->findChild<QMessageBox *>() == nullptr);

    view->deleteAction()->trigger();
    question = view->findChild<QMessageBox *>();
    QVERIFY(question);
    question->button(QMessageBox::Yes)->click();
    QVERIFY(!m_schedules->contains(schedule.id));
    QCOMPARE(m_schedules->schedules().size(), 1);
}

void TestScheduleWindow::runNow_goesThroughTheQueue_andOnlyAFailureNotifies()
{
    Notifier *notifier = m_window->notifier();
    QCOMPARE(notifier->level(), NotificationLevel::FailuresOnly);
    QSignalSpy notified(notifier, &Notifier::notified);
    QSignalSpy finished(m_runner.get(), &ScheduleRunner::runFinished);

    const Schedule good = addSchedule(u"Products"_s, { u"products"_s });
    m_window->schedulesView()->runNow(good.id);
    QVERIFY(m_runner->isRunning(good.id));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30'000);
    QCOMPARE(finished.first().at(1).value<ScheduleRunSummary>().outcome, RunOutcome::Succeeded);
    // The backup ran as a job of the application's queue, so it is in the queue view and the history.
    QCOMPARE(m_jobs->jobIds().size(), 1);
    QCOMPARE(m_jobs->snapshot(m_jobs->jobIds().first()).collection, u"products"_s);
    HistoryFilter backups;
    backups.kind = JobKind::Backup;
    QTRY_COMPARE_WITH_TIMEOUT(m_history->count(backups).value_or(0), 1, 10'000);
    QVERIFY2(notified.isEmpty(),
        qPrintable(notified.value(0).value(0).toString() + u": "_s + notified.value(0).value(1).toString()));
    QCOMPARE(notified.count(), 0); // success, and the level is "failures only"

    const Schedule bad = addSchedule(u"Retired"_s, { u"retired-collection"_s });
    m_window->schedulesView()->runNow(bad.id);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30'000);
    QCOMPARE(notified.count(), 1);
    QVERIFY(notified.first().at(0).toString().contains(u"Retired"_s));
    QVERIFY(notified.first().at(2).toBool());
    QVERIFY2(notified.first().at(1).toString().contains(u"retired-collection"_s),
        qPrintable(notified.first().at(1).toString()));
    QCOMPARE(m_window->trayController()->trayIcon()->state(), TrayIcon::State::Failed);

    // With "all", the successful run is announced too.
    notifier->setLevel(NotificationLevel::All);
    m_window->schedulesView()->runNow(good.id);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 30'000);
    QCOMPARE(notified.count(), 2);
    QVERIFY(!notified.last().at(2).toBool());
}

void TestScheduleWindow::pruneNow_dryRunListsReasons_andRemovesNothingUntilConfirmed()
{
    const Schedule schedule = addSchedule(u"Nightly"_s, { u"products"_s }); // keeps 3 daily
    QStringList files;
    const QDateTime newest = QDateTime::currentDateTimeUtc().addSecs(-3600);
    for (int day = 0; day < 6; ++day)
        files.append(writeBackup(u"products"_s, newest.addDays(-day)));
    // Another collection in the same folder tree is not this schedule's to prune.
    const QString neighbour = writeBackup(u"shop-archive"_s, newest.addDays(-30));
    QVERIFY(!files.contains(QString()) && !neighbour.isEmpty());

    SchedulesView *view = m_window->schedulesView();
    view->pruneNow(schedule.id);
    PruneDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = view->findChild<PruneDialog *>()) != nullptr, 10'000);
    QTableWidget *table = dialog->table();
    QCOMPARE(table->rowCount(), 6);
    int removals = 0;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QString reason = table->item(row, PruneDialog::ReasonColumn)->text();
        QVERIFY(!reason.isEmpty());
        if (table->item(row, PruneDialog::DecisionColumn)->text() == u"remove"_s) {
            ++removals;
            QVERIFY2(reason.startsWith(u"removed:"_s), qPrintable(reason));
        } else {
            QVERIFY2(reason.contains(u"daily"_s), qPrintable(reason));
        }
    }
    QCOMPARE(removals, 3);
    QVERIFY(dialog->removeButton()->isEnabled());
    QVERIFY(dialog->removeButton()->text().contains(u"3"_s));
    // Nothing is gone before the button is clicked.
    for (const QString &file : std::as_const(files))
        QVERIFY(QFile::exists(file));

    QSignalSpy pruned(dialog, &PruneDialog::pruned);
    dialog->removeButton()->click();
    QVERIFY(pruned.wait(10'000));
    for (int day = 0; day < 6; ++day) {
        QCOMPARE(QFile::exists(files.at(day)), day < 3);
        QCOMPARE(QFile::exists(SnapshotMetadata::metadataPathFor(files.at(day))), day < 3);
    }
    QVERIFY(QFile::exists(neighbour));
    QVERIFY(dialog->summaryText().contains(u"Removed 3 backup(s)"_s));
    HistoryFilter deletes;
    deletes.kind = JobKind::Delete;
    const auto rows = m_history->query(deletes);
    QVERIFY(rows);
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().outcome, HistoryOutcome::Succeeded);
    QVERIFY(m_history->log(rows->first().id)->join(u'\n').contains(QFileInfo(files.last()).fileName()));
}

void TestScheduleWindow::recoveryBreach_isNotifiedOnce_andShownOnTheCollection()
{
    Schedule schedule = addSchedule(u"Nightly"_s, { u"products"_s });
    schedule.maxAgeHours = 26;
    QVERIFY(m_schedules->update(schedule));
    QVERIFY(!writeBackup(u"products"_s, QDateTime::currentDateTimeUtc().addDays(-3)).isEmpty());

    RecoveryPointMonitor *monitor = m_window->recoveryMonitor();
    QSignalSpy breached(monitor, &RecoveryPointMonitor::breached);
    QSignalSpy checked(monitor, &RecoveryPointMonitor::checked);
    QSignalSpy notified(m_window->notifier(), &Notifier::notified);
    monitor->check();
    QTRY_VERIFY_WITH_TIMEOUT(!checked.isEmpty() && !monitor->isChecking(), 10'000);
    QCOMPARE(breached.count(), 1);
    QCOMPARE(breached.first().at(1).toString(), u"products"_s);
    QVERIFY(breached.first().at(2).toString().contains(u"old"_s));
    QCOMPARE(notified.count(), 1);
    QVERIFY(monitor->status(schedule.id).breached);

    // The schedules table and the collections of the host show it.
    ScheduleTableModel *model = qobject_cast<ScheduleTableModel *>(
        qobject_cast<QSortFilterProxyModel *>(m_window->schedulesView()->tableView()->model())->sourceModel());
    QVERIFY(model);
    QVERIFY(model->recovery(schedule.id).breached);
    CollectionTableModel &collections = m_window->hostBrowser()->collectionModel();
    QTRY_VERIFY_WITH_TIMEOUT(collections.rowOf(u"products"_s) >= 0, 15'000);
    QTRY_VERIFY(!collections.recoveryWarning(u"products"_s).isEmpty());
    const QModelIndex lastBackup =
        collections.index(collections.rowOf(u"products"_s), CollectionTableModel::LastBackupColumn);
    QVERIFY(lastBackup.data(Qt::ToolTipRole).toString().startsWith(u"⚠"_s));
    QVERIFY(!lastBackup.data(Qt::DecorationRole).value<QIcon>().isNull());

    // The next round finds the same breach: no second notification.
    checked.clear();
    monitor->check();
    QTRY_VERIFY_WITH_TIMEOUT(!checked.isEmpty() && !monitor->isChecking(), 10'000);
    QCOMPARE(breached.count(), 1);
    QCOMPARE(notified.count(), 1);

    // A fresh backup clears it.
    QVERIFY(!writeBackup(u"products"_s, QDateTime::currentDateTimeUtc().addSecs(-60)).isEmpty());
    checked.clear();
    monitor->check();
    QTRY_VERIFY_WITH_TIMEOUT(!checked.isEmpty() && !monitor->isChecking(), 10'000);
    QVERIFY(!monitor->status(schedule.id).breached);
    QTRY_VERIFY(collections.recoveryWarning(u"products"_s).isEmpty());
}

void TestScheduleWindow::verifyByRestoring_runsADrillThroughTheQueue_andShowsTheChecks()
{
    // A real backup first, through the browser's "back up".
    CollectionTableModel &collections = m_window->hostBrowser()->collectionModel();
    QTRY_VERIFY_WITH_TIMEOUT(collections.rowOf(u"products"_s) >= 0, 15'000);
    QSignalSpy finished(m_jobs.get(), &JobQueue::jobFinished);
    m_window->hostBrowser()->backupAllAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 4, 60'000);
    const QDir folder(QDir(m_profile.defaultBackupFolder).filePath(u"Production/products"_s));
    const QStringList snapshots = folder.entryList({ u"*.snapshot"_s }, QDir::Files);
    QCOMPARE(snapshots.size(), 1);
    const QString snapshot = folder.filePath(snapshots.first());

    QSignalSpy drilled(m_window->drillLauncher(), &DrillLauncher::drillFinished);
    HostSession *session = m_sessions->session(m_profile.id);
    const JobId id = m_window->drillLauncher()->verifyByRestoring(*session, snapshot, u"products"_s);
    QCOMPARE(m_jobs->snapshot(id).kind, JobKind::Verify);
    QVERIFY(drilled.wait(30'000));
    QVERIFY2(drilled.first().at(2).toBool(), qPrintable(drilled.first().at(3).value<Error>().userMessage()));
    const auto report = drilled.first().at(1).value<DrillReport>();
    QVERIFY(report.scratchRemoved);
    QVERIFY(!m_emulator->hasCollection(report.scratchCollection));

    DrillResultDialog *dialog = m_window->findChild<DrillResultDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->table()->rowCount(), int(report.checks.size()));
    QVERIFY(dialog->table()->rowCount() >= 4);
    for (int row = 0; row < dialog->table()->rowCount(); ++row)
        QCOMPARE(dialog->table()->item(row, DrillResultDialog::ResultColumn)->text(), u"✓ matches"_s);
    QVERIFY(dialog->summaryText().contains(report.scratchCollection));
    dialog->close();
}

QTEST_MAIN(TestScheduleWindow)
#include "TestScheduleWindow.moc"
