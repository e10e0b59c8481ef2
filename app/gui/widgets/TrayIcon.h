// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QList>
#include <QObject>
#include <QPair>

#include <memory>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace Snapdock {

// The tray icon that keeps Snapdock reachable while its window is closed and schedules are enabled: the
// application icon with a state badge (ok, running, failed, paused) and a menu with Show window, Run schedule ▸,
// Pause schedules and Quit. Behaviour is the owner's: the menu only emits signals.
//
// Where the platform has no tray, isAvailable() is false and nothing is shown (the window then quits on close as
// usual); tests may force availability. Owns its QSystemTrayIcon and menu. GUI thread only.
class TrayIcon : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Ok,
        Running,
        Failed,
    };
    Q_ENUM(State)

    explicit TrayIcon(const QIcon &applicationIcon, QObject *parent = nullptr);
    ~TrayIcon() override;

    // Whether the desktop has a tray (QSystemTrayIcon::isSystemTrayAvailable() at construction).
    [[nodiscard]] bool isAvailable() const { return m_available; }
    void setAvailable(bool available) { m_available = available; }
    // Shows or hides the icon (nothing happens where there is no tray).
    void setVisible(bool visible);
    [[nodiscard]] bool isVisible() const;

    void setState(State state, const QString &toolTip);
    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] QIcon currentIcon() const;

    // The schedules offered under "Run schedule" (id, name), in menu order.
    void setSchedules(const QList<QPair<QString, QString>> &schedules);
    void setPaused(bool paused);
    [[nodiscard]] bool isPaused() const;

    [[nodiscard]] bool canShowMessages() const;
    void showMessage(const QString &title, const QString &text, bool isWarning);

    [[nodiscard]] QMenu *menu() const { return m_menu.get(); }
    [[nodiscard]] QMenu *runMenu() const { return m_runMenu; }
    [[nodiscard]] QAction *showWindowAction() const { return m_showWindow; }
    [[nodiscard]] QAction *pauseAction() const { return m_pause; }
    [[nodiscard]] QAction *quitAction() const { return m_quit; }

Q_SIGNALS:
    void showWindowRequested();
    void runScheduleRequested(const QString &scheduleId);
    void pausedChanged(bool paused);
    void quitRequested();

private:
    void updateIcon();

    QIcon m_applicationIcon;
    std::unique_ptr<QMenu> m_menu;
    QMenu *m_runMenu;
    QAction *m_showWindow;
    QAction *m_pause;
    QAction *m_quit;
    QSystemTrayIcon *m_tray;
    bool m_available;
    State m_state = State::Ok;
    QIcon m_icons[4]; // by badge: ok, running, failed, paused; painted on first use
};

} // namespace Snapdock
