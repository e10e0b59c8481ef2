// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/controllers/TrayController.h"

#include "core/jobs/JobQueue.h"
#include "core/scheduling/ScheduleStore.h"
#include "gui/controllers/Notifier.h"
#include "gui/controllers/ScheduleRunner.h"
#include "gui/models/ScheduleTableModel.h"
#include "gui/widgets/TrayIcon.h"

#include <QSettings>
#include <QWidget>

#include <algorithm>

namespace Snapdock {

TrayController::TrayController(QWidget &window,
    JobQueue &jobs,
    ScheduleStore &schedules,
    ScheduleRunner &runner,
    Notifier &notifier,
    QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_jobs(jobs)
    , m_schedules(schedules)
    , m_runner(runner)
    , m_notifier(notifier)
    , m_tray(new TrayIcon(window.windowIcon(), this))
{
    m_notifier.setTray(m_tray);
    connect(m_tray, &TrayIcon::showWindowRequested, this, &TrayController::showWindow);
    connect(m_tray, &TrayIcon::quitRequested, this, &TrayController::quitRequested);
    connect(m_tray, &TrayIcon::runScheduleRequested, this, [this](const QString &id) {
        if (auto started = m_runner.runNow(id); !started)
            m_notifier.notify(tr("Snapdock"), started.error().userMessage(), true);
    });
    connect(m_tray, &TrayIcon::pausedChanged, this, [this](bool paused) {
        m_runner.setPaused(paused);
        if (m_model)
            m_model->setPaused(paused);
        updateState();
    });

    connect(&m_jobs, &JobQueue::jobStarted, this, &TrayController::updateState);
    connect(&m_jobs, &JobQueue::jobFinished, this, &TrayController::updateState);
    connect(&m_runner, &ScheduleRunner::runStarted, this, &TrayController::updateState);
    connect(&m_runner, &ScheduleRunner::runFinished, this, &TrayController::onRunFinished);
    for (const auto signal :
        { &ScheduleStore::scheduleAdded, &ScheduleStore::scheduleChanged, &ScheduleStore::scheduleRemoved }) {
        connect(&m_schedules, signal, this, &TrayController::updateScheduleMenu);
    }
    updateScheduleMenu();
    updateState();
}

TrayController::~TrayController() = default;

void TrayController::setModel(ScheduleTableModel *model)
{
    m_model = model;
}

bool TrayController::shouldHideOnClose() const
{
    if (!m_tray->isAvailable() || m_runner.isPaused())
        return false;
    const QList<Schedule> schedules = m_schedules.schedules();
    return std::any_of(schedules.cbegin(), schedules.cend(), [](const Schedule &schedule) {
        return schedule.enabled;
    });
}

void TrayController::hideWindowToTray()
{
    m_tray->setVisible(true);
    m_window.hide();
    QSettings settings;
    if (settings.value(HINT_SHOWN_KEY, false).toBool())
        return;
    settings.setValue(HINT_SHOWN_KEY, true);
    // Once, whatever the notification level: the person must learn where the window went.
    if (m_tray->canShowMessages()) {
        m_tray->showMessage(tr("Snapdock is still running"),
            tr("Schedules keep running in the background. Quit from the tray icon's menu."),
            false);
    }
    Q_EMIT hintShown();
}

void TrayController::showWindow()
{
    m_window.show();
    m_window.setWindowState((m_window.windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    m_window.raise();
    m_window.activateWindow();
}

void TrayController::updateState()
{
    const int runningJobs = m_jobs.runningCount();
    const int runningSchedules = m_runner.runningCount();
    if (runningJobs > 0 || runningSchedules > 0) {
        m_tray->setState(TrayIcon::State::Running,
            tr("Snapdock — %n task(s) running", nullptr, std::max(runningJobs, runningSchedules)));
    } else if (!m_failing.isEmpty()) {
        m_tray->setState(TrayIcon::State::Failed,
            tr("Snapdock — the last run of %n schedule(s) failed", nullptr, int(m_failing.size())));
    } else {
        m_tray->setState(
            TrayIcon::State::Ok, m_runner.isPaused() ? tr("Snapdock — schedules paused") : tr("Snapdock — all good"));
    }
}

void TrayController::updateScheduleMenu()
{
    QList<QPair<QString, QString>> entries;
    bool anyEnabled = false;
    for (const Schedule &schedule : m_schedules.schedules()) {
        entries.append({ schedule.id, schedule.name });
        anyEnabled = anyEnabled || schedule.enabled;
    }
    m_tray->setSchedules(entries);
    // The icon is there while something may run in the background, and always while the window is in the tray.
    m_tray->setVisible(anyEnabled || !m_window.isVisible());
    // A schedule that is gone no longer fails.
    const QStringList ids = m_schedules.ids();
    for (auto it = m_failing.begin(); it != m_failing.end();) {
        if (ids.contains(*it))
            ++it;
        else
            it = m_failing.erase(it);
    }
    updateState();
}

void TrayController::onRunFinished(const QString &scheduleId, const ScheduleRunSummary &summary)
{
    const bool failed = summary.outcome == RunOutcome::Failed || summary.outcome == RunOutcome::PartiallyFailed;
    if (failed)
        m_failing.insert(scheduleId);
    else if (summary.outcome == RunOutcome::Succeeded)
        m_failing.remove(scheduleId);
    updateState();

    if (summary.alreadyRunning) {
        m_notifier.notify(tr("Snapdock"), summary.failures.value(0), false);
    } else if (failed || summary.error) {
        const QString reason = summary.failures.isEmpty()
            ? (summary.error ? summary.error->userMessage() : summary.message())
            : summary.failures.first();
        m_notifier.notify(tr("Schedule \"%1\" failed").arg(summary.scheduleName), reason, true);
    } else if (summary.outcome != RunOutcome::Cancelled) {
        m_notifier.notify(tr("Schedule \"%1\" finished").arg(summary.scheduleName), summary.message(), false);
    }
}

} // namespace Snapdock
