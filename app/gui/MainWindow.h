// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <QSettings>
#include <QTimer>

#include <memory>

class QTabWidget;

namespace Snapdock {

class AutostartEntry;
class DrillLauncher;
class HistoryRecorder;
class HistoryTableModel;
class HistoryView;
class HostBrowser;
class JobTableModel;
class Notifier;
class ProfileSidebar;
class QueueView;
class RecoveryPointMonitor;
class ScheduleTableModel;
class SchedulesView;
class TrayController;
struct AppContext;
struct RestoreSource;

// Composition only: the host list on the left, the host browser in the middle, queue, schedules and history in a
// dock below, and the menus and toolbar that reach their actions. Opens the restore dialog for restore requests,
// dropped .snapshot files and "undo this restore", and the drill for "verify by restoring". With scheduling in the
// context it also has the tray (TrayController: closing the window while schedules are enabled hides it there;
// quit() quits) and the recovery-point monitor. Notifications go through one Notifier, by the person's level.
// Owns no state of its own beyond the widgets and controllers.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `recorder` may be null (no history database).
    MainWindow(AppContext &context, HistoryRecorder *recorder, QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] ProfileSidebar *sidebar() const { return m_sidebar; }
    [[nodiscard]] HostBrowser *hostBrowser() const { return m_browser; }
    [[nodiscard]] QueueView *queueView() const { return m_queueView; }
    [[nodiscard]] HistoryView *historyView() const { return m_historyView; }
    // Null without scheduling in the context.
    [[nodiscard]] SchedulesView *schedulesView() const { return m_schedulesView; }
    [[nodiscard]] TrayController *trayController() const { return m_tray; }
    [[nodiscard]] RecoveryPointMonitor *recoveryMonitor() const { return m_recovery; }
    [[nodiscard]] Notifier *notifier() const { return m_notifier; }
    [[nodiscard]] DrillLauncher *drillLauncher() const { return m_drills; }
    [[nodiscard]] AutostartEntry &autostart() const { return *m_autostart; }

    // Quits the application (asking first when tasks are running), also while the window is in the tray.
    void quit();
    void openPreferences();

    // Opens the restore dialog for `source` on the selected host (what a drop or a restore action does).
    void openRestoreDialog(const RestoreSource &source);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void setUpSchedules();
    void updateRecoveryWarnings();
    void verifyByRestoring(const QString &snapshotPath);
    void onProfileSelected(const QString &profileId);
    void refreshLastBackups();
    void onJobFinished(quint64 rawId);
    void openUndoRestore(const RestoreSource &source, const QString &collection, const QString &profileName);

    AppContext &m_context;
    HistoryRecorder *m_recorder = nullptr;
    ProfileSidebar *m_sidebar = nullptr;
    HostBrowser *m_browser = nullptr;
    JobTableModel *m_jobModel = nullptr;
    HistoryTableModel *m_historyModel = nullptr;
    QueueView *m_queueView = nullptr;
    HistoryView *m_historyView = nullptr;
    QTabWidget *m_bottomTabs = nullptr;
    Notifier *m_notifier = nullptr;
    DrillLauncher *m_drills = nullptr;
    ScheduleTableModel *m_scheduleModel = nullptr;
    SchedulesView *m_schedulesView = nullptr;
    RecoveryPointMonitor *m_recovery = nullptr;
    TrayController *m_tray = nullptr;
    std::unique_ptr<AutostartEntry> m_autostart;
    QSettings m_settings;
    QTimer m_refreshTimer;
    bool m_quitRequested = false;
};

} // namespace Snapdock
