// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/widgets/HostBrowser.h"

#include "core/jobs/JobQueue.h"
#include "core/storage/SnapshotName.h"
#include "gui/HostSession.h"
#include "gui/controllers/BackupLauncher.h"
#include "gui/controllers/CollectionLoader.h"
#include "gui/controllers/HostBrowserActions.h"
#include "gui/controllers/LocalBackupController.h"
#include "gui/controllers/ServerSnapshotController.h"
#include "gui/models/CollectionTableModel.h"
#include "gui/models/LocalBackupModel.h"
#include "gui/models/ServerSnapshotModel.h"
#include "gui/widgets/CollectionsView.h"
#include "gui/widgets/Confirmation.h"
#include "gui/widgets/LoadStateBanner.h"
#include "gui/widgets/LocalBackupsView.h"
#include "gui/widgets/ServerSnapshotsView.h"
#include "gui/widgets/SnapshotDetailsPanel.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

namespace {

constexpr int AGE_REFRESH_INTERVAL_MS = 60'000;
constexpr int MAX_NAMES_IN_CONFIRMATION = 5;

// "a", "b" and 3 more: names for a confirmation text, each quoted safely.
QString quotedNames(const QStringList &names)
{
    QStringList shown;
    for (int i = 0; i < names.size() && i < MAX_NAMES_IN_CONFIRMATION; ++i)
        shown.append(SnapshotName::quoted(names.at(i)));
    QString text = shown.join(u", "_s);
    if (names.size() > MAX_NAMES_IN_CONFIRMATION)
        text = HostBrowser::tr("%1 and %n more", nullptr, int(names.size() - MAX_NAMES_IN_CONFIRMATION)).arg(text);
    return text;
}

} // namespace

HostBrowser::HostBrowser(JobQueue &jobs, QWidget *parent)
    : QWidget(parent)
    , m_jobs(jobs)
    , m_collectionModel(new CollectionTableModel(this))
    , m_serverModel(new ServerSnapshotModel(this))
    , m_localModel(new LocalBackupModel(this))
    , m_collectionLoader(new CollectionLoader(*m_collectionModel, this))
    , m_serverController(new ServerSnapshotController(*m_serverModel, this))
    , m_localController(new LocalBackupController(*m_localModel, this))
    , m_launcher(std::make_unique<BackupLauncher>(jobs))
    , m_actions(new HostBrowserActions(this))
    , m_collectionsView(new CollectionsView(*m_collectionModel, this))
    , m_tabs(new QTabWidget(this))
    , m_serverView(new ServerSnapshotsView(*m_serverModel, this))
    , m_localView(new LocalBackupsView(*m_localModel, this))
    , m_details(new SnapshotDetailsPanel(this))
    , m_ageTimer(new QTimer(this))
{
    buildLayout();
    addContextActions();
    connectActions();

    connect(m_collectionLoader, &CollectionLoader::listed, this, &HostBrowser::onCollectionsListed);
    connect(m_collectionLoader, &CollectionLoader::failed, this, &HostBrowser::onCollectionsFailed);
    connect(m_collectionsView->banner(), &LoadStateBanner::retryRequested, this, &HostBrowser::refresh);
    connect(m_collectionsView, &CollectionsView::selectionChanged, this, &HostBrowser::updateActions);
    connect(m_collectionsView, &CollectionsView::collectionActivated, this, &HostBrowser::showServerSnapshotsOf);
    connect(m_collectionModel, &QAbstractItemModel::rowsInserted, this, &HostBrowser::updateActions);
    connect(m_collectionModel, &QAbstractItemModel::rowsRemoved, this, &HostBrowser::updateActions);

    connect(m_serverView, &ServerSnapshotsView::scopeChanged, this, &HostBrowser::loadServerSnapshots);
    connect(m_serverView->banner(), &LoadStateBanner::retryRequested, this, &HostBrowser::loadServerSnapshots);
    connect(m_serverView, &ServerSnapshotsView::selectionChanged, this, [this] {
        updateActions();
        updateDetails();
    });
    connect(m_serverView, &ServerSnapshotsView::snapshotActivated, this, &HostBrowser::restoreSelected);
    connect(m_serverController, &ServerSnapshotController::loaded, this, [this] {
        if (m_serverModel->rowCount() == 0)
            m_serverView->banner()->showMessage(
                tr("No snapshots on the server for %1.").arg(m_serverModel->scope().describe()));
        else
            m_serverView->banner()->clear();
        updateActions();
    });
    connect(m_serverController, &ServerSnapshotController::loadFailed, this, &HostBrowser::onServerSnapshotsFailed);
    connect(m_serverController, &ServerSnapshotController::deleted, this, [this] {
        if (m_serverModel->scope().kind == SnapshotScope::Kind::Collection)
            m_collectionModel->setSnapshotCount(m_serverModel->scope().collection, m_serverModel->rowCount());
        updateActions();
        updateDetails();
    });
    connect(m_serverController,
        &ServerSnapshotController::deleteFailed,
        this,
        [this](const QString &name, const Error &error) {
            m_serverView->banner()->showError(
                tr("Could not delete snapshot %1: %2").arg(SnapshotName::quoted(name), error.userMessage()));
        });

    connect(m_localView, &LocalBackupsView::selectionChanged, this, [this] {
        updateActions();
        updateDetails();
    });
    connect(m_localView, &LocalBackupsView::backupActivated, this, &HostBrowser::restoreSelected);
    connect(m_localView, &LocalBackupsView::chooseFolderRequested, this, &HostBrowser::chooseLocalFolder);
    connect(m_localView->banner(), &LoadStateBanner::retryRequested, m_localController, &LocalBackupController::rescan);
    connect(m_localController, &LocalBackupController::scanned, this, [this] {
        if (m_localModel->rowCount() == 0 && !m_localController->folder().isEmpty())
            m_localView->banner()->showMessage(tr("No backups in this folder yet."));
        else
            m_localView->banner()->clear();
        updateActions();
    });
    connect(m_localController, &LocalBackupController::scanFailed, this, &HostBrowser::onLocalScanFailed);
    connect(m_localController, &LocalBackupController::verified, this, &HostBrowser::updateDetails);

    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        updateActions();
        updateDetails();
    });
    connect(&m_jobs, &JobQueue::jobFinished, this, &HostBrowser::onJobFinished);

    m_ageTimer->setInterval(AGE_REFRESH_INTERVAL_MS);
    connect(m_ageTimer, &QTimer::timeout, m_collectionModel, &CollectionTableModel::refreshAges);
    m_ageTimer->start();

    setSession(nullptr);
}

HostBrowser::~HostBrowser() = default;

void HostBrowser::buildLayout()
{
    m_tabs->addTab(m_serverView, tr("Server Snapshots"));
    m_tabs->addTab(m_localView, tr("Local Backups"));
    m_tabs->setDocumentMode(true);

    auto *left = new QSplitter(Qt::Vertical, this);
    left->addWidget(m_collectionsView);
    left->addWidget(m_tabs);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 2);
    left->setChildrenCollapsible(false);

    auto *main = new QSplitter(Qt::Horizontal, this);
    main->addWidget(left);
    main->addWidget(m_details);
    main->setStretchFactor(0, 3);
    main->setStretchFactor(1, 1);
    main->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(main);
}

void HostBrowser::addContextActions()
{
    // Window-wide shortcuts need the actions on a widget of the window.
    addActions({ m_actions->refresh(), m_actions->backupSelected() });

    m_collectionsView->tableView()->addActions({ m_actions->showSnapshots(),
        m_actions->backupSelected(),
        m_actions->backupAll(),
        m_actions->makeSeparator(),
        m_actions->refresh() });
    m_serverView->tableView()->addActions({ m_actions->restore(),
        m_actions->download(),
        m_actions->downloadTo(),
        m_actions->makeSeparator(),
        m_actions->deleteSelected(),
        m_actions->makeSeparator(),
        m_actions->refresh() });
    m_localView->tableView()->addActions({ m_actions->restore(),
        m_actions->verify(),
        m_actions->verifyByRestoring(),
        m_actions->makeSeparator(),
        m_actions->pin(),
        m_actions->unpin(),
        m_actions->reveal(),
        m_actions->makeSeparator(),
        m_actions->deleteSelected(),
        m_actions->makeSeparator(),
        m_actions->refresh() });
}

void HostBrowser::connectActions()
{
    connect(m_actions->refresh(), &QAction::triggered, this, &HostBrowser::refresh);
    connect(m_actions->backupSelected(), &QAction::triggered, this, &HostBrowser::backUpSelected);
    connect(m_actions->backupAll(), &QAction::triggered, this, &HostBrowser::backUpAll);
    connect(m_actions->showSnapshots(), &QAction::triggered, this, [this] {
        showServerSnapshotsOf(m_collectionsView->currentCollection());
    });
    connect(m_actions->download(), &QAction::triggered, this, [this] {
        download({});
    });
    connect(m_actions->downloadTo(), &QAction::triggered, this, &HostBrowser::chooseDownloadFolder);
    connect(m_actions->deleteSelected(), &QAction::triggered, this, &HostBrowser::deleteSelected);
    connect(m_actions->restore(), &QAction::triggered, this, &HostBrowser::restoreSelected);
    connect(m_actions->verify(), &QAction::triggered, this, &HostBrowser::verifySelected);
    connect(m_actions->reveal(), &QAction::triggered, this, &HostBrowser::revealSelected);
    connect(m_actions->pin(), &QAction::triggered, this, [this] {
        setSelectedPinned(true);
    });
    connect(m_actions->unpin(), &QAction::triggered, this, [this] {
        setSelectedPinned(false);
    });
    connect(m_actions->verifyByRestoring(), &QAction::triggered, this, [this] {
        Q_EMIT verifyByRestoringRequested(m_localView->currentPath());
    });
}

void HostBrowser::setSession(HostSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_localFolderOverride.clear();
    m_collectionLoader->cancel();
    m_serverController->cancel();
    m_collectionModel->clear();
    m_collectionModel->setLastBackups({});
    m_collectionModel->setRecoveryWarnings({});
    m_serverModel->clear();
    m_details->clearDetails();
    // The scope chooser fills once the collections are listed (or fail to be).
    m_serverView->setCollections({}, false);

    if (!session) {
        m_collectionsView->banner()->showMessage(tr("Choose a host to see its collections."));
        m_serverView->banner()->clear();
        m_localView->setFolder({});
        m_localController->scan({});
        m_localView->banner()->clear();
        updateActions();
        return;
    }
    connect(session, &HostSession::keyStateChanged, this, [this] {
        if (m_session && m_session->keyState() != HostSession::KeyState::Loading)
            refresh();
    });
    connect(session, &HostSession::clientChanged, this, &HostBrowser::refresh);
    m_localView->setFolder(localBackupFolder());
    refresh();
}

void HostBrowser::refresh()
{
    updateActions();
    if (!m_session)
        return;
    m_localView->setFolder(localBackupFolder());
    m_localView->banner()->showLoading(tr("Looking for backups…"));
    m_localController->scan(localBackupFolder());

    if (m_session->keyState() == HostSession::KeyState::Loading) {
        m_collectionsView->banner()->showLoading(tr("Reading the API key from the keychain…"));
        return;
    }
    m_collectionsView->banner()->showLoading(
        tr("Loading collections from %1…").arg(m_session->client().endpoint().displayUrl()));
    m_collectionLoader->load(m_session->client());
    loadServerSnapshots();
}

void HostBrowser::setLastBackups(const QHash<QString, QDateTime> &lastBackups)
{
    m_collectionModel->setLastBackups(lastBackups);
}

void HostBrowser::setRecoveryWarnings(const QHash<QString, QString> &warnings)
{
    m_collectionModel->setRecoveryWarnings(warnings);
}

QString HostBrowser::localBackupFolder() const
{
    if (!m_localFolderOverride.isEmpty())
        return m_localFolderOverride;
    return m_session ? BackupLauncher::profileFolder(m_session->profile()) : QString();
}

void HostBrowser::setLocalBackupFolder(const QString &folder)
{
    m_localFolderOverride = folder;
    m_localView->setFolder(localBackupFolder());
    m_localView->banner()->showLoading(tr("Looking for backups…"));
    m_localController->scan(localBackupFolder());
}

bool HostBrowser::isServerTabActive() const
{
    return m_tabs->currentWidget() == m_serverView;
}

void HostBrowser::showServerSnapshotsOf(const QString &collection)
{
    if (collection.isEmpty())
        return;
    m_tabs->setCurrentWidget(m_serverView);
    m_serverView->setCurrentScope(SnapshotScope::forCollection(collection));
}

void HostBrowser::showLocalBackups()
{
    m_tabs->setCurrentWidget(m_localView);
}

void HostBrowser::onCollectionsListed()
{
    const QStringList names = m_collectionModel->collections();
    if (names.isEmpty())
        m_collectionsView->banner()->showMessage(tr("There are no collections on this server."));
    else
        m_collectionsView->banner()->clear();
    m_serverView->setCollections(names);
    updateActions();
    Q_EMIT collectionsListed();
}

void HostBrowser::onCollectionsFailed(const Error &error)
{
    m_collectionsView->banner()->showError(tr("Could not load the collections: %1").arg(error.userMessage()));
    // The full storage may still be listable (and shows its own error if not).
    m_serverView->setCollections({});
    updateActions();
}

void HostBrowser::loadServerSnapshots()
{
    if (!m_session || !m_serverView->hasScope()) {
        m_serverController->cancel();
        m_serverModel->clear();
        updateActions();
        return;
    }
    if (m_session->keyState() == HostSession::KeyState::Loading)
        return;
    const SnapshotScope scope = m_serverView->currentScope();
    m_serverView->banner()->showLoading(tr("Loading the snapshots of %1…").arg(scope.describe()));
    m_serverController->load(m_session->client(), scope);
}

void HostBrowser::onServerSnapshotsFailed(const Error &error)
{
    m_serverModel->clear();
    m_serverView->banner()->showError(tr("Could not list the snapshots: %1").arg(error.userMessage()));
    updateActions();
}

void HostBrowser::onLocalScanFailed(const Error &error)
{
    // A folder that does not exist yet just means nothing was backed up here.
    if (!QFileInfo::exists(m_localController->folder()))
        m_localView->banner()->showMessage(tr("No backups yet: the folder does not exist."));
    else
        m_localView->banner()->showError(tr("Could not read the backup folder: %1").arg(error.userMessage()));
    updateActions();
}

void HostBrowser::onJobFinished(JobId id)
{
    if (!m_ownJobs.removeOne(id))
        return;
    // A finished backup adds a file here and possibly a snapshot on the server.
    m_localController->rescan();
    if (m_session && m_serverView->hasScope() && !m_serverController->isLoading())
        m_serverController->load(m_session->client(), m_serverView->currentScope());
}

void HostBrowser::updateActions()
{
    const bool hasHost = m_session != nullptr;
    const bool serverTab = isServerTabActive();
    const bool collectionsSelected = !m_collectionsView->selectedCollections().isEmpty();
    const bool snapshotsSelected = !m_serverView->selectedSnapshotNames().isEmpty();
    const QStringList localPaths = m_localView->selectedPaths();
    const QString localCurrent = m_localView->currentPath();
    const bool localRestorable = !localCurrent.isEmpty() && m_localModel->backup(localCurrent)
        && !m_localModel->backup(localCurrent)->snapshotMissing;

    m_actions->refresh()->setEnabled(hasHost);
    m_actions->backupSelected()->setEnabled(hasHost && collectionsSelected);
    m_actions->backupAll()->setEnabled(hasHost && m_collectionModel->rowCount() > 0);
    m_actions->showSnapshots()->setEnabled(hasHost && !m_collectionsView->currentCollection().isEmpty());
    m_actions->download()->setEnabled(hasHost && serverTab && snapshotsSelected);
    m_actions->downloadTo()->setEnabled(hasHost && serverTab && snapshotsSelected);
    m_actions->deleteSelected()->setEnabled(serverTab ? hasHost && snapshotsSelected : !localPaths.isEmpty());
    m_actions->restore()->setEnabled(
        serverTab ? hasHost && !m_serverView->currentSnapshotName().isEmpty() : localRestorable);
    m_actions->verify()->setEnabled(!serverTab && !localPaths.isEmpty());
    m_actions->pin()->setEnabled(!serverTab && m_localModel->anyPinnedEquals(localPaths, false));
    m_actions->unpin()->setEnabled(!serverTab && m_localModel->anyPinnedEquals(localPaths, true));
    // A drill restores one collection snapshot; full-storage and shard snapshots cannot be restored that way.
    m_actions->verifyByRestoring()->setEnabled(
        !serverTab && localRestorable && m_localModel->backup(localCurrent)->metadata.kind == u"collection"_s);
    m_actions->reveal()->setEnabled(!serverTab && !localBackupFolder().isEmpty());
}

void HostBrowser::updateDetails()
{
    if (isServerTabActive()) {
        const auto snapshot = m_serverModel->snapshot(m_serverView->currentSnapshotName());
        if (snapshot)
            m_details->showServerSnapshot(m_serverModel->scope(), *snapshot);
        else
            m_details->clearDetails();
        return;
    }
    const auto backup = m_localModel->backup(m_localView->currentPath());
    if (backup)
        m_details->showLocalBackup(*backup);
    else
        m_details->clearDetails();
}

QStringList HostBrowser::withoutPendingBackups(const QStringList &collections) const
{
    // Qdrant names snapshots by the second: two backups of one collection at once would collide, and a person
    // pressing Ctrl+B twice means one backup.
    QStringList pending;
    for (const JobId id : m_ownJobs) {
        const JobDescription *description = m_jobs.description(id);
        if (description && description->kind == JobKind::Backup)
            pending.append(description->collection);
    }
    QStringList result;
    for (const QString &collection : collections) {
        if (!pending.contains(collection))
            result.append(collection);
    }
    return result;
}

void HostBrowser::backUpSelected()
{
    const QStringList names = withoutPendingBackups(m_collectionsView->selectedCollections());
    if (!m_session || names.isEmpty())
        return;
    const QList<JobId> ids = m_launcher->backUpCollections(*m_session, names);
    m_ownJobs.append(ids);
    Q_EMIT jobsEnqueued(ids);
}

void HostBrowser::backUpAll()
{
    const QStringList names = withoutPendingBackups(m_collectionModel->collections());
    if (!m_session || names.isEmpty())
        return;
    const QList<JobId> ids = m_launcher->backUpCollections(*m_session, names);
    m_ownJobs.append(ids);
    Q_EMIT jobsEnqueued(ids);
}

void HostBrowser::download(const QString &folder)
{
    const QStringList names = m_serverView->selectedSnapshotNames();
    if (!m_session || names.isEmpty() || !m_serverModel->hasScope())
        return;
    QList<JobId> ids;
    for (const QString &name : names)
        ids.append(m_launcher->downloadSnapshot(*m_session, m_serverModel->scope(), name, folder));
    m_ownJobs.append(ids);
    Q_EMIT jobsEnqueued(ids);
}

void HostBrowser::chooseDownloadFolder()
{
    auto *dialog = new QFileDialog(this, tr("Download Snapshots To"), localBackupFolder());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &folder) {
        download(folder);
    });
    dialog->open();
}

void HostBrowser::deleteSelected()
{
    if (isServerTabActive()) {
        const QStringList names = m_serverView->selectedSnapshotNames();
        if (!m_session || names.isEmpty())
            return;
        const SnapshotScope scope = m_serverModel->scope();
        Confirmation::ask(this,
            tr("Delete Server Snapshots"),
            tr("Delete %n snapshot(s) of %1 from the server: %2?\n\nThis cannot be undone.", nullptr, int(names.size()))
                .arg(scope.describe(), quotedNames(names)),
            tr("Delete from Server"),
            [this, scope, names] {
                if (!m_session)
                    return;
                for (const QString &name : names)
                    m_serverController->deleteSnapshot(m_session->client(), scope, name);
            });
        return;
    }
    const QStringList paths = m_localView->selectedPaths();
    if (paths.isEmpty())
        return;
    QStringList fileNames;
    for (const QString &path : paths)
        fileNames.append(QFileInfo(path).fileName());
    Confirmation::ask(this,
        tr("Delete Local Backups"),
        tr("Delete %n local backup(s): %1?\n\nThe snapshot files and their .snapdock.json files are removed.",
            nullptr,
            int(paths.size()))
            .arg(quotedNames(fileNames)),
        tr("Delete Files"),
        [this, paths] {
            for (const QString &path : paths) {
                const auto removed = m_localController->deleteBackup(path);
                if (!removed)
                    m_localView->banner()->showError(removed.error().userMessage());
            }
            updateActions();
            updateDetails();
        });
}

void HostBrowser::restoreSelected()
{
    if (isServerTabActive()) {
        const QString name = m_serverView->currentSnapshotName();
        if (!m_session || name.isEmpty())
            return;
        RestoreSource source = RestoreSource::serverSnapshot(m_serverModel->scope(), name);
        source.profileId = m_session->profile().id;
        Q_EMIT restoreRequested(source);
        return;
    }
    const auto backup = m_localModel->backup(m_localView->currentPath());
    if (!backup || backup->snapshotMissing)
        return;
    SnapshotScope scope;
    if (backup->hasMetadata && backup->metadata.kind == u"full"_s)
        scope = SnapshotScope::fullStorage();
    else if (backup->hasMetadata)
        scope = SnapshotScope::forCollection(backup->metadata.collection);
    RestoreSource source = RestoreSource::localFile(backup->snapshotPath, scope);
    if (m_session)
        source.profileId = m_session->profile().id;
    Q_EMIT restoreRequested(source);
}

void HostBrowser::verifySelected()
{
    for (const QString &path : m_localView->selectedPaths())
        m_localController->verify(path);
}

void HostBrowser::revealSelected()
{
    const QString current = m_localView->currentPath();
    const QString folder = current.isEmpty() ? localBackupFolder() : QFileInfo(current).absolutePath();
    if (!folder.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
}

void HostBrowser::setSelectedPinned(bool pinned)
{
    for (const QString &path : m_localView->selectedPaths()) {
        if (auto written = m_localController->setPinned(path, pinned); !written)
            m_localView->banner()->showError(written.error().userMessage());
    }
    updateActions();
}

void HostBrowser::chooseLocalFolder()
{
    auto *dialog = new QFileDialog(this, tr("Show Backups In"), localBackupFolder());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    connect(dialog, &QFileDialog::fileSelected, this, &HostBrowser::setLocalBackupFolder);
    dialog->open();
}

} // namespace Snapdock
