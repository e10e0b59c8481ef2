// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QSettings;
class QWidget;

namespace Snapdock {

class TrayIcon;

// Which desktop notifications a person wants (Preferences).
enum class NotificationLevel
{
    All, // finished runs and jobs too
    FailuresOnly, // the default: only what needs attention
    None,
};

// Desktop notifications by level: a tray message when the tray can show one, else QApplication::alert() on the
// window (the taskbar entry flashes). Everything that tells the person about a finished job, a finished or failed
// schedule run or a recovery-point breach goes through here, so that the level applies to all of it.
//
// The window and the tray are not owned and may be null (nothing is shown then, but notified() still says what
// would have been). GUI thread only.
class Notifier : public QObject
{
    Q_OBJECT

public:
    static constexpr QLatin1StringView SETTINGS_KEY{ "notifications/level" };

    explicit Notifier(QWidget *window, QObject *parent = nullptr);

    void setTray(TrayIcon *tray);
    [[nodiscard]] NotificationLevel level() const { return m_level; }
    void setLevel(NotificationLevel level) { m_level = level; }

    // The level stored in `settings` ("all", "failures", "none"); FailuresOnly when unset or unknown.
    [[nodiscard]] static NotificationLevel levelFrom(const QSettings &settings);
    static void storeLevel(QSettings &settings, NotificationLevel level);

    // Shows `text` when the level allows it; true when it did.
    bool notify(const QString &title, const QString &text, bool isFailure);

Q_SIGNALS:
    // A notification passed the level (shown, or nowhere to show it).
    void notified(const QString &title, const QString &text, bool isFailure);

private:
    QPointer<QWidget> m_window;
    QPointer<TrayIcon> m_tray;
    NotificationLevel m_level = NotificationLevel::FailuresOnly;
};

} // namespace Snapdock
