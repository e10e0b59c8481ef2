// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jobs/JobId.h"
#include "gui/RestoreSource.h"
#include "gui/controllers/HostBrowserActions.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QWidget>

#include <memory>

class QAction;
class QTabWidget;
class QTimer;

namespace Snapdock {

class BackupLauncher;
class CollectionLoader;
class CollectionTableModel;
class CollectionsView;
class HostSession;
class JobQueue;
class LocalBackupController;
class LocalBackupModel;
class LocalBackupsView;
class ServerSnapshotController;
class ServerSnapshotModel;
class ServerSnapshotsView;
class SnapshotDetailsPanel;
struct Error;

// Browses one host (the selected profile's HostSession): its collections, the snapshots on its server, the
// backups in its local backup folder and the details of the selected snapshot. Backups and downloads become
// jobs in the injected JobQueue; restores are handed to the owner through restoreRequested().
//
// Owns its models, views and controllers. The session is not owned (null = no host); the queue must outlive
// the browser. Network and file work is asynchronous; background errors show in the views' banners, never in
// a modal box. Confirmations (delete) are window-modal boxes opened with open(), never exec().
class HostBrowser : public QWidget
{
    Q_OBJECT

public:
    explicit HostBrowser(JobQueue &jobs, QWidget *parent = nullptr);
    ~HostBrowser() override;

    // Shows `session`'s host (null: none) and starts loading it. Follows its key and client changes.
    void setSession(HostSession *session);
    [[nodiscard]] HostSession *session() const { return m_session; }

    // Reads collections, the chosen server snapshots and the local folder again.
    void refresh();

    // Last successful backup time (UTC) per collection of this host, from the history database; MainWindow
    // fills it after setSession() and whenever a backup finishes.
    void setLastBackups(const QHash<QString, QDateTime> &lastBackups);
    // Collections of this host whose recovery point breaches a schedule's maximum age, with the reason
    // (RecoveryPointMonitor); shown as a warning on their last-backup column. Replaces the previous set.
    void setRecoveryWarnings(const QHash<QString, QString> &warnings);

    // The local backup folder shown; by default <profile default folder>/<profile name>. Overriding it lasts
    // until the next setSession().
    [[nodiscard]] QString localBackupFolder() const;
    void setLocalBackupFolder(const QString &folder);

    // Toolbar-ready actions (also in the tables' context menus).
    [[nodiscard]] QAction *refreshAction() const { return m_actions->refresh(); }
    [[nodiscard]] QAction *backupSelectedAction() const { return m_actions->backupSelected(); }
    [[nodiscard]] QAction *backupAllAction() const { return m_actions->backupAll(); }
    [[nodiscard]] QAction *downloadAction() const { return m_actions->download(); }
    [[nodiscard]] QAction *downloadToAction() const { return m_actions->downloadTo(); }
    [[nodiscard]] QAction *deleteAction() const { return m_actions->deleteSelected(); }
    [[nodiscard]] QAction *restoreAction() const { return m_actions->restore(); }
    [[nodiscard]] QAction *verifyAction() const { return m_actions->verify(); }
    [[nodiscard]] QAction *revealAction() const { return m_actions->reveal(); }
    [[nodiscard]] QAction *pinAction() const { return m_actions->pin(); }
    [[nodiscard]] QAction *unpinAction() const { return m_actions->unpin(); }
    [[nodiscard]] QAction *verifyByRestoringAction() const { return m_actions->verifyByRestoring(); }

    // The parts, for tests and for saving the layout.
    [[nodiscard]] CollectionsView *collectionsView() const { return m_collectionsView; }
    [[nodiscard]] ServerSnapshotsView *serverSnapshotsView() const { return m_serverView; }
    [[nodiscard]] LocalBackupsView *localBackupsView() const { return m_localView; }
    [[nodiscard]] SnapshotDetailsPanel *detailsPanel() const { return m_details; }
    [[nodiscard]] QTabWidget *snapshotTabs() const { return m_tabs; }
    [[nodiscard]] CollectionTableModel &collectionModel() const { return *m_collectionModel; }
    [[nodiscard]] ServerSnapshotModel &serverSnapshotModel() const { return *m_serverModel; }
    [[nodiscard]] LocalBackupModel &localBackupModel() const { return *m_localModel; }

    // Which tab the snapshot actions (delete, restore) act on.
    [[nodiscard]] bool isServerTabActive() const;
    void showServerSnapshotsOf(const QString &collection);
    void showLocalBackups();

Q_SIGNALS:
    // The person asked to restore `source`; MainWindow opens the restore dialog.
    void restoreRequested(const Snapdock::RestoreSource &source);
    // "Verify by restoring…" on a local backup; MainWindow asks for the target host and queues the drill.
    void verifyByRestoringRequested(const QString &snapshotPath);
    // Jobs were added to the queue from this browser (backups, downloads).
    void jobsEnqueued(const QList<Snapdock::JobId> &ids);
    // The collection list of the current host arrived (a good moment to call setLastBackups()).
    void collectionsListed();

private:
    void buildLayout();
    void connectActions();
    void addContextActions();
    void onCollectionsListed();
    void onCollectionsFailed(const Error &error);
    void loadServerSnapshots();
    void onServerSnapshotsFailed(const Error &error);
    void onLocalScanFailed(const Error &error);
    void onJobFinished(JobId id);
    void updateActions();
    void updateDetails();

    [[nodiscard]] QStringList withoutPendingBackups(const QStringList &collections) const;
    void backUpSelected();
    void backUpAll();
    void download(const QString &folder);
    void chooseDownloadFolder();
    void deleteSelected();
    void restoreSelected();
    void verifySelected();
    void revealSelected();
    void setSelectedPinned(bool pinned);
    void chooseLocalFolder();

    JobQueue &m_jobs;
    QPointer<HostSession> m_session;
    QString m_localFolderOverride;

    CollectionTableModel *m_collectionModel;
    ServerSnapshotModel *m_serverModel;
    LocalBackupModel *m_localModel;
    CollectionLoader *m_collectionLoader;
    ServerSnapshotController *m_serverController;
    LocalBackupController *m_localController;
    std::unique_ptr<BackupLauncher> m_launcher;
    HostBrowserActions *m_actions;

    CollectionsView *m_collectionsView;
    QTabWidget *m_tabs;
    ServerSnapshotsView *m_serverView;
    LocalBackupsView *m_localView;
    SnapshotDetailsPanel *m_details;
    QTimer *m_ageTimer;
    QList<JobId> m_ownJobs; // jobs enqueued here that have not finished yet
};

} // namespace Snapdock
