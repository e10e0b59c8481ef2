// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/MainWindow.h"

#include "core/history/HistoryDatabase.h"
#include "core/jobs/JobQueue.h"
#include "core/profiles/ProfileStore.h"
#include "gui/AppContext.h"
#include "gui/HostSession.h"
#include "gui/RestoreSource.h"
#include "gui/SessionManager.h"
#include "gui/dialogs/RestoreDialog.h"
#include "gui/models/HistoryTableModel.h"
#include "gui/models/JobTableModel.h"
#include "gui/widgets/HistoryView.h"
#include "gui/widgets/HostBrowser.h"
#include "gui/widgets/ProfileSidebar.h"
#include "gui/widgets/QueueView.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QSystemTrayIcon>
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

    m_jobModel = new JobTableModel(context.jobs, this);
    m_queueView = new QueueView(context.jobs, *m_jobModel, this);
    auto *bottomTabs = new QTabWidget(this);
    bottomTabs->addTab(m_queueView, tr("&Queue"));
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

    buildMenus();

    connect(m_sidebar, &ProfileSidebar::profileSelected, this, &MainWindow::onProfileSelected);
    connect(m_browser, &HostBrowser::restoreRequested, this, &MainWindow::openRestoreDialog);
    connect(m_browser, &HostBrowser::collectionsListed, this, &MainWindow::refreshLastBackups);
    connect(&context.jobs, &JobQueue::jobFinished, this, [this](JobId id) {
        onJobFinished(id.value());
    });

    statusBar()->showMessage(context.history ? tr("Ready.")
                                             : tr("History is not available: the history database could not be "
                                                  "opened."));
    resize(1280, 820);

    const QString lastProfile = QSettings().value(u"ui/lastProfile"_s).toString();
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
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

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
    backup->addAction(m_browser->revealAction());
    backup->addSeparator();
    backup->addAction(m_browser->deleteAction());

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

void MainWindow::onProfileSelected(const QString &profileId)
{
    HostSession *session = profileId.isEmpty() ? nullptr : m_context.sessions.session(profileId);
    m_browser->setSession(session);
    if (session) {
        QSettings().setValue(u"ui/lastProfile"_s, profileId);
        statusBar()->showMessage(tr("Connected to %1.").arg(session->profile().baseUrl.toString(QUrl::RemoveUserInfo)));
    }
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
    QApplication::alert(this);
    if (QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages()) {
        auto *tray = findChild<QSystemTrayIcon *>();
        if (!tray) {
            tray = new QSystemTrayIcon(windowIcon(), this);
            tray->show();
        }
        tray->showMessage(tr("Snapdock"), text, ok ? QSystemTrayIcon::Information : QSystemTrayIcon::Warning);
    }
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

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_context.jobs.runningCount() == 0) {
        event->accept();
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
        if (button != QMessageBox::Yes)
            return;
        for (const JobId id : m_context.jobs.jobIds())
            m_context.jobs.cancel(id);
        QApplication::quit();
    });
    question->open();
    event->ignore();
}

} // namespace Snapdock
