// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QSettings;

namespace Snapdock {

class AutostartEntry;

// Small application preferences: start at login (straight to the tray, via AutostartEntry) and which desktop
// notifications to show (all / failures only / none, Notifier's setting). Save writes both; a login item that
// cannot be written is reported in the dialog, which then stays open. The settings and the entry are not owned and
// must outlive the dialog. Use open(); never exec().
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    PreferencesDialog(QSettings &settings, const AutostartEntry &autostart, QWidget *parent = nullptr);

    void save();

    [[nodiscard]] QCheckBox *startAtLoginBox() const { return m_startAtLogin; }
    [[nodiscard]] QComboBox *notificationBox() const { return m_notifications; }
    [[nodiscard]] QString statusText() const;

Q_SIGNALS:
    void saved();

private:
    QSettings &m_settings;
    const AutostartEntry &m_autostart;
    QCheckBox *m_startAtLogin;
    QComboBox *m_notifications;
    QLabel *m_status;
};

} // namespace Snapdock
