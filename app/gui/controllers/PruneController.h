// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/profiles/Profile.h"
#include "core/scheduling/Schedule.h"
#include "core/support/Result.h"
#include "gui/controllers/PrunePlan.h"

#include <QObject>
#include <QTimeZone>

namespace Snapdock {

class BackgroundRunner;
class Clock;
class HistoryDatabase;

// "Prune now" for a schedule: plan() scans the schedule's folder and decides with its retention policy (the same
// rules and the same folders as a scheduled run: only the collections the schedule backs up, only below the part
// of its folder template that does not change per run), as a dry run; apply() then removes exactly what that plan
// removes and records the result in the history (one row, a log line per removed file).
//
// Scanning and deleting run on worker threads (BackgroundRunner). Signals: after plan(), exactly one of planned()
// or planFailed(); after apply(), applied(). One operation at a time; calls while busy are ignored. `history` may
// be null; it and the clock must outlive the controller. GUI thread only.
class PruneController : public QObject
{
    Q_OBJECT

public:
    PruneController(HistoryDatabase *history, const Clock &clock, QObject *parent = nullptr);
    ~PruneController() override;

    void plan(const Schedule &schedule, const Profile &profile);
    void apply(const PrunePlan &plan);
    [[nodiscard]] bool isBusy() const { return m_busy; }

    // The zone the planner's periods (days, weeks …) are read in (tests); default: the system's.
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }

    // The planning itself; blocks on the file system (worker threads). InvalidArgument when the schedule keeps
    // everything (no rule), its policy cannot be read, or the host has no backup folder.
    [[nodiscard]] static Result<PrunePlan> makePlan(
        const Schedule &schedule, const Profile &profile, const QDateTime &now, const QTimeZone &zone);

Q_SIGNALS:
    void planned(const Snapdock::PrunePlan &plan);
    void planFailed(const Snapdock::Error &error);
    void applied(const Snapdock::PrunePlan &plan, const Snapdock::LocalPruneReport &report);

private:
    void record(const PrunePlan &plan, const LocalPruneReport &report, const QDateTime &startedAt);

    HistoryDatabase *m_history;
    const Clock &m_clock;
    BackgroundRunner *m_runner;
    QTimeZone m_zone;
    bool m_busy = false;
};

} // namespace Snapdock
