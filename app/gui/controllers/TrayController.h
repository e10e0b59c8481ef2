// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/scheduling/ScheduleRunSummary.h"

#include <QObject>
#include <QPointer>
#include <QSet>

class QWidget;

namespace Snapdock {

class JobQueue;
class Notifier;
class ScheduleRunner;
class ScheduleStore;
class ScheduleTableModel;
class TrayIcon;

// Snapdock's presence while its window is closed: the tray icon (shown while a schedule is enabled or the window
// is hidden; state ok / running / failed, the Run schedule ▸ menu, Pause schedules, Show window, Quit), hiding the
// window to the tray on close while schedules are enabled (the first time with a one-line notification saying so), and
// the notifications about finished schedule runs (through the Notifier, so the person's level applies).
//
// The state is "running" while any job or schedule run is going, "failed" while the last run of any schedule
// failed (until it succeeds again), else "ok". Nothing here owns the window, queue, store, runner or notifier; all
// must outlive the controller. The model (optional) shows the paused state. GUI thread only.
class TrayController : public QObject
{
    Q_OBJECT

public:
    static constexpr QLatin1StringView HINT_SHOWN_KEY{ "ui/trayHintShown" };

    TrayController(QWidget &window,
        JobQueue &jobs,
        ScheduleStore &schedules,
        ScheduleRunner &runner,
        Notifier &notifier,
        QObject *parent = nullptr);
    ~TrayController() override;

    [[nodiscard]] TrayIcon *trayIcon() const { return m_tray; }
    void setModel(ScheduleTableModel *model);

    // Closing the window hides it instead: the tray exists, and an enabled schedule is not paused.
    [[nodiscard]] bool shouldHideOnClose() const;
    // Hides the window; the first time ever, a tray message says that Snapdock keeps running.
    void hideWindowToTray();
    void showWindow();

Q_SIGNALS:
    // The tray's Quit.
    void quitRequested();
    // The one-time "still running in the tray" message was shown.
    void hintShown();

private:
    void updateState();
    void updateScheduleMenu();
    void onRunFinished(const QString &scheduleId, const ScheduleRunSummary &summary);

    QWidget &m_window;
    JobQueue &m_jobs;
    ScheduleStore &m_schedules;
    ScheduleRunner &m_runner;
    Notifier &m_notifier;
    TrayIcon *m_tray;
    QPointer<ScheduleTableModel> m_model;
    QSet<QString> m_failing; // schedules whose last run failed
};

} // namespace Snapdock
