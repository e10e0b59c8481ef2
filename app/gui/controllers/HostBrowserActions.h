// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace Snapdock {

// The host browser's actions: texts, icons, tooltips and shortcuts, without behaviour (HostBrowser connects
// them and keeps their enabled state). Toolbar-ready. All are children of the widget given to the constructor.
//
// Shortcuts: F5 refresh and Ctrl+B back up selected work anywhere in the window; Delete and Return (restore)
// work where the snapshot tables have focus, Return on the collections table opens its server snapshots —
// the owner adds those actions to the tables (their context menus show them too).
class HostBrowserActions : public QObject
{
    Q_OBJECT

public:
    explicit HostBrowserActions(QWidget *parent);

    [[nodiscard]] QAction *refresh() const { return m_refresh; }
    [[nodiscard]] QAction *backupSelected() const { return m_backupSelected; }
    [[nodiscard]] QAction *backupAll() const { return m_backupAll; }
    [[nodiscard]] QAction *showSnapshots() const { return m_showSnapshots; }
    [[nodiscard]] QAction *download() const { return m_download; }
    [[nodiscard]] QAction *downloadTo() const { return m_downloadTo; }
    [[nodiscard]] QAction *deleteSelected() const { return m_delete; }
    [[nodiscard]] QAction *restore() const { return m_restore; }
    [[nodiscard]] QAction *verify() const { return m_verify; }
    [[nodiscard]] QAction *reveal() const { return m_reveal; }
    [[nodiscard]] QAction *pin() const { return m_pin; }
    [[nodiscard]] QAction *unpin() const { return m_unpin; }
    [[nodiscard]] QAction *verifyByRestoring() const { return m_verifyByRestoring; }

    // A new separator for a context menu (each table needs its own instance).
    [[nodiscard]] QAction *makeSeparator();

private:
    QAction *m_refresh;
    QAction *m_backupSelected;
    QAction *m_backupAll;
    QAction *m_showSnapshots;
    QAction *m_download;
    QAction *m_downloadTo;
    QAction *m_delete;
    QAction *m_restore;
    QAction *m_verify;
    QAction *m_reveal;
    QAction *m_pin;
    QAction *m_unpin;
    QAction *m_verifyByRestoring;
};

} // namespace Snapdock
