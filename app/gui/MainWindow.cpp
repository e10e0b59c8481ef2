// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/MainWindow.h"

#include "core/history/HistoryDatabase.h"
#include "core/jobs/JobQueue.h"
#include "core/profiles/ProfileStore.h"
#include "core/scheduling/ScheduleStore.h"
#include "gui/AppContext.h"
#include "gui/HostSession.h"
#include "gui/RestoreSource.h"
#include "gui/SessionManager.h"
#include "gui/controllers/AutostartEntry.h"
#include "gui/controllers/DrillLauncher.h"
#include "gui/controllers/InterruptedJobsController.h"
#include "gui/controllers/Notifier.h"
#include "gui/controllers/RecoveryPointMonitor.h"
#include "gui/controllers/ScheduleRunner.h"
#include "gui/controllers/TrayController.h"
#include "gui/dialogs/DrillResultDialog.h"
#include "gui/dialogs/PreferencesDialog.h"
#include "gui/dialogs/RestoreDialog.h"
#include "gui/models/HistoryTableModel.h"
#include "gui/models/JobTableModel.h"
#include "gui/models/LocalBackupModel.h"
#include "gui/models/ScheduleTableModel.h"
#include "gui/widgets/HistoryView.h"
#include "gui/widgets/HostBrowser.h"
#include "gui/widgets/ProfileSidebar.h"
#include "gui/widgets/QueueView.h"
#include "gui/widgets/SchedulesView.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

namespace {

// Jobs shorter than this finish while the person is still looking; only longer ones deserve a notification.
constexpr qint64 NOTIFY_AFTER_MS = 5000;

} // namespace

MainWindow::MainWindow(AppContext &context, HistoryRecorder *recorder, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_recorder(recorder)
    , m_autostart(std::make_unique<AutostartEntry>())
{
    setWindowTitle(tr("Snapdock"));
    setWindowIcon(QIcon(u":/icons/snapdock.svg"_s));
    setAcceptDrops(true);

    m_sidebar = new ProfileSidebar(context, this);
    m_browser = new HostBrowser(context.jobs, this);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_sidebar);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 200, 900 });
    setCentralWidget(splitter);

    m_notifier = new Notifier(this, this);
    m_notifier->setLevel(Notifier::levelFrom(m_settings));
    m_drills = new DrillLauncher(context.jobs, this);
    m_jobModel = new JobTableModel(context.jobs, this);
    m_queueView = new QueueView(context.jobs, *m_jobModel, this);
    auto *bottomTabs = new QTabWidget(this);
    m_bottomTabs = bottomTabs;
    bottomTabs->addTab(m_queueView, tr("&Queue"));
    if (context.journal && context.journalRecorder) {
        auto *interrupted = new InterruptedJobsController(
            *context.journal, context.jobs, *context.journalRecorder, context.sessions, context.profiles, this);
        m_queueView->setInterruptedJobs(*interrupted);
        interrupted->refresh();
    }
    if (context.history) {
        m_historyModel = new HistoryTableModel(*context.history, this);
        m_historyView = new HistoryView(*m_historyModel, this);
        m_queueView->setHistory(recorder, context.history);
        bottomTabs->addTab(m_historyView, tr("&History"));
        connect(m_historyView,
            &HistoryView::undoRestoreRequested,
            this,
            [this](const RestoreSource &source, const QString &collection, const QString &, const QString &profile) {
                openUndoRestore(source, collection, profile);
            });
    }
    auto *dock = new QDockWidget(tr("Tasks"), this);
    dock->setObjectName(u"tasksDock"_s);
    dock->setWidget(bottomTabs);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    resizeDocks({ dock }, { 260 }, Qt::Vertical);

    // Finished backups and restores change what the server and the folder hold; several finishing together
    // (back up all) refresh the browser once.
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(1500);
    connect(&m_refreshTimer, &QTimer::timeout, m_browser, &HostBrowser::refresh);

    setUpSchedules();
    buildMenus();

    connect(m_sidebar, &ProfileSidebar::profileSelected, this, &MainWindow::onProfileSelected);
    connect(m_browser, &HostBrowser::restoreRequested, this, &MainWindow::openRestoreDialog);
    connect(m_browser, &HostBrowser::collectionsListed, this, &MainWindow::refreshLastBackups);
    connect(m_browser, &HostBrowser::verifyByRestoringRequested, this, &MainWindow::verifyByRestoring);
    connect(m_drills,
        &DrillLauncher::drillFinished,
        this,
        [this](JobId, const DrillReport &report, bool passed, const Error &error) {
            (new DrillResultDialog(report, passed, error, this))->show();
            if (!passed)
                m_notifier->notify(tr("Restore drill failed"), error.userMessage(), true);
        });
    connect(&context.jobs, &JobQueue::jobFinished, this, [this](JobId id) {
        onJobFinished(id.value());
    });

    statusBar()->showMessage(context.history ? tr("Ready.")
                                             : tr("History is not available: the history database could not be "
                                                  "opened."));
    resize(1280, 820);

    const QString lastProfile = m_settings.value(u"ui/lastProfile"_s).toString();
    if (!context.profiles.ids().isEmpty())
        m_sidebar->selectProfile(context.profiles.contains(lastProfile) ? lastProfile : context.profiles.ids().first());
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *restoreFile = file->addAction(tr("&Restore from File…"));
    restoreFile->setShortcut(QKeySequence::Open);
    connect(restoreFile, &QAction::triggered, this, [this] {
        auto *chooser = new QFileDialog(this, tr("Restore a snapshot"), QString(), tr("Qdrant snapshots (*.snapshot)"));
        chooser->setAttribute(Qt::WA_DeleteOnClose);
        connect(chooser, &QFileDialog::fileSelected, this, [this](const QString &path) {
            openRestoreDialog(RestoreSource::localFile(path));
        });
        chooser->open();
    });
    file->addSeparator();
    file->addAction(m_sidebar->importAction());
    file->addAction(m_sidebar->exportAction());
    file->addSeparator();
    QAction *preferences = file->addAction(tr("&Preferences…"));
    preferences->setShortcut(QKeySequence::Preferences);
    connect(preferences, &QAction::triggered, this, &MainWindow::openPreferences);
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &MainWindow::quit);

    QMenu *host = menuBar()->addMenu(tr("&Host"));
    host->addAction(m_sidebar->addAction());
    host->addAction(m_sidebar->editAction());
    host->addAction(m_sidebar->duplicateAction());
    host->addAction(m_sidebar->removeAction());
    host->addSeparator();
    host->addAction(m_browser->refreshAction());

    QMenu *backup = menuBar()->addMenu(tr("&Backup"));
    backup->addAction(m_browser->backupSelectedAction());
    backup->addAction(m_browser->backupAllAction());
    backup->addSeparator();
    backup->addAction(m_browser->downloadAction());
    backup->addAction(m_browser->downloadToAction());
    backup->addAction(m_browser->restoreAction());
    backup->addAction(m_browser->verifyAction());
    backup->addAction(m_browser->verifyByRestoringAction());
    backup->addAction(m_browser->pinAction());
    backup->addAction(m_browser->unpinAction());
    backup->addAction(m_browser->revealAction());
    backup->addSeparator();
    backup->addAction(m_browser->deleteAction());

    if (m_schedulesView) {
        QMenu *schedules = menuBar()->addMenu(tr("S&chedules"));
        schedules->addActions({ m_schedulesView->newAction(),
            m_schedulesView->editAction(),
            m_schedulesView->duplicateAction(),
            m_schedulesView->deleteAction() });
        schedules->addSeparator();
        schedules->addActions({ m_schedulesView->runNowAction(),
            m_schedulesView->pruneNowAction(),
            m_schedulesView->toggleEnabledAction() });
    }

    QMenu *tasks = menuBar()->addMenu(tr("&Tasks"));
    tasks->addAction(m_queueView->cancelAction());
    tasks->addAction(m_queueView->retryAction());
    tasks->addAction(m_queueView->openLogAction());
    tasks->addAction(m_queueView->removeAction());
    tasks->addAction(m_queueView->clearFinishedAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Snapdock"));
    connect(about, &QAction::triggered, this, [this] {
        auto *box = new QMessageBox(QMessageBox::Information,
            tr("About Snapdock"),
            tr("<b>Snapdock %1</b><br>Backup and restore for Qdrant collections.")
                .arg(QApplication::applicationVersion()),
            QMessageBox::Ok,
            this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(u"mainToolbar"_s);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_sidebar->addAction());
    toolbar->addSeparator();
    toolbar->addAction(m_browser->refreshAction());
    toolbar->addAction(m_browser->backupSelectedAction());
    toolbar->addAction(m_browser->backupAllAction());
    toolbar->addAction(m_browser->restoreAction());
    toolbar->addAction(restoreFile);
}

void MainWindow::setUpSchedules()
{
    if (!m_context.schedules || !m_context.scheduleRunner || !m_context.clock)
        return;
    ScheduleStore &store = *m_context.schedules;
    m_scheduleModel = new ScheduleTableModel(store, m_context.profiles, *m_context.clock, this);
    m_schedulesView = new SchedulesView(m_context, *m_scheduleModel, this);
    m_bottomTabs->insertTab(1, m_schedulesView, tr("&Schedules"));
    connect(m_schedulesView, &SchedulesView::pruned, m_browser, &HostBrowser::refresh);

    m_recovery = new RecoveryPointMonitor(store, m_context.profiles, *m_context.clock, this);
    connect(m_recovery, &RecoveryPointMonitor::statusChanged, m_scheduleModel, &ScheduleTableModel::setRecovery);
    connect(m_recovery, &RecoveryPointMonitor::checked, this, &MainWindow::updateRecoveryWarnings);
    connect(m_recovery,
        &RecoveryPointMonitor::breached,
        this,
        [this](const QString &id, const QString &collection, const QString &reason) {
            const QString name = m_scheduleModel->schedule(id).value_or(Schedule()).name;
            m_notifier->notify(tr("Recovery point of \"%1\" too old").arg(name),
                collection.isEmpty() ? reason : tr("%1: %2").arg(collection, reason),
                true);
        });
    connect(m_context.scheduleRunner, &ScheduleRunner::runFinished, m_recovery, &RecoveryPointMonitor::check);
    for (const auto signal : { &ScheduleStore::scheduleAdded, &ScheduleStore::scheduleChanged })
        connect(&store, signal, m_recovery, &RecoveryPointMonitor::check);
    m_recovery->check();

    m_tray = new TrayController(*this, m_context.jobs, store, *m_context.scheduleRunner, *m_notifier, this);
    m_tray->setModel(m_scheduleModel);
    connect(m_tray, &TrayController::quitRequested, this, &MainWindow::quit);
}

void MainWindow::updateRecoveryWarnings()
{
    HostSession *session = m_browser->session();
    m_browser->setRecoveryWarnings(
        session && m_recovery ? m_recovery->warningsForProfile(session->profile().id) : QHash<QString, QString>());
}

void MainWindow::verifyByRestoring(const QString &snapshotPath)
{
    const auto backup = m_browser->localBackupModel().backup(snapshotPath);
    const QList<Profile> profiles = m_context.profiles.profiles();
    if (!backup || profiles.isEmpty())
        return;
    QStringList names;
    int current = 0;
    for (const Profile &profile : profiles) {
        if (m_browser->session() && profile.id == m_browser->session()->profile().id)
            current = int(names.size());
        names.append(profile.name);
    }
    auto *chooser = new QInputDialog(this);
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    chooser->setWindowTitle(tr("Verify by Restoring"));
    chooser->setLabelText(tr("Restore %1 into a scratch collection on:").arg(QFileInfo(snapshotPath).fileName()));
    chooser->setComboBoxItems(names);
    chooser->setTextValue(names.at(current));
    chooser->setOkButtonText(tr("Verify"));
    const QString collection = backup->metadata.collection;
    connect(chooser, &QInputDialog::finished, this, [this, chooser, profiles, snapshotPath, collection](int result) {
        const int index = int(chooser->comboBoxItems().indexOf(chooser->textValue()));
        if (result != QDialog::Accepted || index < 0)
            return;
        if (HostSession *target = m_context.sessions.session(profiles.at(index).id))
            m_drills->verifyByRestoring(*target, snapshotPath, collection);
    });
    chooser->open();
}

void MainWindow::openPreferences()
{
    auto *dialog = new PreferencesDialog(m_settings, *m_autostart, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PreferencesDialog::saved, this, [this] {
        m_notifier->setLevel(Notifier::levelFrom(m_settings));
    });
    dialog->open();
}

void MainWindow::onProfileSelected(const QString &profileId)
{
    HostSession *session = profileId.isEmpty() ? nullptr : m_context.sessions.session(profileId);
    m_browser->setSession(session);
    if (session) {
        m_settings.setValue(u"ui/lastProfile"_s, profileId);
        statusBar()->showMessage(tr("Connected to %1.").arg(session->profile().baseUrl.toString(QUrl::RemoveUserInfo)));
    }
    updateRecoveryWarnings();
}

void MainWindow::refreshLastBackups()
{
    HostSession *session = m_browser->session();
    if (!session || !m_context.history)
        return;
    HistoryFilter filter;
    filter.host = session->profile().baseUrl.toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
    filter.outcome = HistoryOutcome::Succeeded;
    filter.kind = JobKind::Backup;
    auto records = m_context.history->query(filter, 2000);
    if (!records)
        return;
    QHash<QString, QDateTime> newest;
    for (const HistoryRecord &record : *records) {
        if (!newest.contains(record.collection))
            newest.insert(record.collection, record.finishedAt); // newest first
    }
    m_browser->setLastBackups(newest);
}

void MainWindow::onJobFinished(quint64 rawId)
{
    const JobId id(rawId);
    const JobSnapshot snapshot = m_context.jobs.snapshot(id);
    // The debounced refresh lists the collections again, and that refills the last-backup times from history.
    HostSession *session = m_browser->session();
    if (session && snapshot.hostKey == session->profile().id && snapshot.state == Job::State::Succeeded)
        m_refreshTimer.start();
    const qint64 durationMs = snapshot.startedAt.isValid() && snapshot.finishedAt.isValid()
        ? snapshot.startedAt.msecsTo(snapshot.finishedAt)
        : 0;
    const bool ok = snapshot.state == Job::State::Succeeded;
    const QString text =
        ok ? tr("%1 finished.").arg(snapshot.title) : tr("%1 failed: %2").arg(snapshot.title, snapshot.errorMessage);
    statusBar()->showMessage(text, 10'000);
    if (isActiveWindow() || durationMs < NOTIFY_AFTER_MS || snapshot.state == Job::State::Cancelled)
        return;
    // While a schedule runs, its summary notification speaks for the jobs it started.
    if (m_context.scheduleRunner && m_context.scheduleRunner->runningCount() > 0)
        return;
    m_notifier->notify(tr("Snapdock"), text, !ok);
}

void MainWindow::openRestoreDialog(const RestoreSource &source)
{
    HostSession *session = m_browser->session();
    if (!session) {
        statusBar()->showMessage(tr("Select or add a host to restore into first."), 10'000);
        return;
    }
    auto *dialog = new RestoreDialog(m_context, *session, source, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::openUndoRestore(const RestoreSource &source, const QString &collection, const QString &profileName)
{
    for (const Profile &profile : m_context.profiles.profiles()) {
        if (profile.name == profileName) {
            m_sidebar->selectProfile(profile.id);
            break;
        }
    }
    HostSession *session = m_browser->session();
    if (!session) {
        statusBar()->showMessage(tr("The host \"%1\" of this restore is no longer configured.").arg(profileName));
        return;
    }
    auto *dialog = new RestoreDialog(m_context, *session, source, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setTarget(RestoreTarget::ReplaceExisting, collection);
    dialog->open();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (RestoreDialog::acceptsDrop(event->mimeData()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = RestoreDialog::droppedSnapshotPath(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    openRestoreDialog(RestoreSource::localFile(path));
}

void MainWindow::quit()
{
    m_quitRequested = true;
    if (m_context.jobs.runningCount() == 0 && !(m_context.scheduleRunner && m_context.scheduleRunner->runningCount())) {
        QApplication::quit();
        return;
    }
    // Ask in the window, which may be in the tray right now.
    if (m_tray)
        m_tray->showWindow();
    close();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_quitRequested && m_tray && m_tray->shouldHideOnClose()) {
        event->ignore();
        m_tray->hideWindowToTray();
        return;
    }
    if (m_context.jobs.runningCount() == 0) {
        event->accept();
        if (m_quitRequested)
            QApplication::quit();
        return;
    }
    // Closing would cut running transfers; say so instead of losing them silently.
    auto *question = new QMessageBox(QMessageBox::Warning,
        tr("Tasks are running"),
        tr("%n task(s) are still running. Quit and cancel them?", nullptr, m_context.jobs.runningCount()),
        QMessageBox::Yes | QMessageBox::No,
        this);
    question->setAttribute(Qt::WA_DeleteOnClose);
    connect(question, &QMessageBox::finished, this, [this](int button) {
        if (button != QMessageBox::Yes) {
            m_quitRequested = false;
            return;
        }
        if (m_context.scheduleRunner)
            m_context.scheduleRunner->cancelAll();
        for (const JobId id : m_context.jobs.jobIds())
            m_context.jobs.cancel(id);
        QApplication::quit();
    });
    question->open();
    event->ignore();
}

} // namespace Snapdock
