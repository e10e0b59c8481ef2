// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/widgets/TrayIcon.h"

#include "gui/models/StatusIcons.h"

#include <QAction>
#include <QMenu>
#include <QSystemTrayIcon>

namespace Snapdock {

namespace {

enum IconIndex
{
    OkIcon,
    RunningIcon,
    FailedIcon,
    PausedIcon
};

} // namespace

TrayIcon::TrayIcon(const QIcon &applicationIcon, QObject *parent)
    : QObject(parent)
    , m_applicationIcon(applicationIcon)
    , m_menu(std::make_unique<QMenu>())
    , m_tray(new QSystemTrayIcon(this))
    , m_available(QSystemTrayIcon::isSystemTrayAvailable())
{
    m_showWindow = m_menu->addAction(tr("&Show Snapdock"));
    m_runMenu = m_menu->addMenu(tr("&Run Schedule"));
    m_pause = m_menu->addAction(tr("&Pause Schedules"));
    m_pause->setCheckable(true);
    m_menu->addSeparator();
    m_quit = m_menu->addAction(tr("&Quit"));
    m_runMenu->setEnabled(false);

    connect(m_showWindow, &QAction::triggered, this, &TrayIcon::showWindowRequested);
    connect(m_pause, &QAction::toggled, this, [this](bool paused) {
        updateIcon();
        Q_EMIT pausedChanged(paused);
    });
    connect(m_quit, &QAction::triggered, this, &TrayIcon::quitRequested);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT showWindowRequested();
    });
    m_tray->setContextMenu(m_menu.get());
    updateIcon();
}

TrayIcon::~TrayIcon()
{
    // The tray icon refers to the menu; let it go first.
    delete m_tray;
}

void TrayIcon::setVisible(bool visible)
{
    m_tray->setVisible(visible && m_available);
}

bool TrayIcon::isVisible() const
{
    return m_tray->isVisible();
}

void TrayIcon::setState(State state, const QString &toolTip)
{
    m_state = state;
    m_tray->setToolTip(toolTip);
    updateIcon();
}

QIcon TrayIcon::currentIcon() const
{
    return m_tray->icon();
}

void TrayIcon::setSchedules(const QList<QPair<QString, QString>> &schedules)
{
    m_runMenu->clear();
    for (const auto &[id, name] : schedules) {
        QAction *action = m_runMenu->addAction(name);
        connect(action, &QAction::triggered, this, [this, id = id] {
            Q_EMIT runScheduleRequested(id);
        });
    }
    m_runMenu->setEnabled(!schedules.isEmpty());
}

void TrayIcon::setPaused(bool paused)
{
    m_pause->setChecked(paused);
}

bool TrayIcon::isPaused() const
{
    return m_pause->isChecked();
}

bool TrayIcon::canShowMessages() const
{
    return m_available && m_tray->isVisible() && QSystemTrayIcon::supportsMessages();
}

void TrayIcon::showMessage(const QString &title, const QString &text, bool isWarning)
{
    m_tray->showMessage(title, text, isWarning ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
}

void TrayIcon::updateIcon()
{
    int index = OkIcon;
    StatusIcons::Badge badge = StatusIcons::Badge::Ok;
    if (m_state == State::Failed) {
        index = FailedIcon;
        badge = StatusIcons::Badge::Failed;
    } else if (m_state == State::Running) {
        index = RunningIcon;
        badge = StatusIcons::Badge::Running;
    } else if (m_pause->isChecked()) {
        index = PausedIcon;
        badge = StatusIcons::Badge::Paused;
    }
    if (m_icons[index].isNull())
        m_icons[index] = StatusIcons::withBadge(m_applicationIcon, badge);
    m_tray->setIcon(m_icons[index]);
}

} // namespace Snapdock
