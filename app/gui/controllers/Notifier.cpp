// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/controllers/Notifier.h"

#include "gui/widgets/TrayIcon.h"

#include <QApplication>
#include <QSettings>
#include <QWidget>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

Notifier::Notifier(QWidget *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{}

void Notifier::setTray(TrayIcon *tray)
{
    m_tray = tray;
}

NotificationLevel Notifier::levelFrom(const QSettings &settings)
{
    const QString value = settings.value(SETTINGS_KEY).toString();
    if (value == u"all"_s)
        return NotificationLevel::All;
    if (value == u"none"_s)
        return NotificationLevel::None;
    return NotificationLevel::FailuresOnly;
}

void Notifier::storeLevel(QSettings &settings, NotificationLevel level)
{
    switch (level) {
    case NotificationLevel::All:
        settings.setValue(SETTINGS_KEY, u"all"_s);
        break;
    case NotificationLevel::FailuresOnly:
        settings.setValue(SETTINGS_KEY, u"failures"_s);
        break;
    case NotificationLevel::None:
        settings.setValue(SETTINGS_KEY, u"none"_s);
        break;
    }
}

bool Notifier::notify(const QString &title, const QString &text, bool isFailure)
{
    if (m_level == NotificationLevel::None || (m_level == NotificationLevel::FailuresOnly && !isFailure))
        return false;
    Q_EMIT notified(title, text, isFailure);
    if (m_tray && m_tray->canShowMessages()) {
        m_tray->showMessage(title, text, isFailure);
        return true;
    }
    if (m_window)
        QApplication::alert(m_window);
    return true;
}

} // namespace Snapdock
