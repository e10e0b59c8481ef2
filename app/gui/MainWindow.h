// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <QTimer>

namespace Snapdock {

class HistoryRecorder;
class HistoryTableModel;
class HistoryView;
class HostBrowser;
class JobTableModel;
class ProfileSidebar;
class QueueView;
struct AppContext;
struct RestoreSource;

// Composition only: the host list on the left, the host browser in the middle, queue and history in a dock
// below, and the menus and toolbar that reach their actions. Opens the restore dialog for restore requests,
// dropped .snapshot files and "undo this restore". Owns no state of its own beyond the widgets.
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

    // Opens the restore dialog for `source` on the selected host (what a drop or a restore action does).
    void openRestoreDialog(const RestoreSource &source);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
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
    QTimer m_refreshTimer;
};

} // namespace Snapdock
