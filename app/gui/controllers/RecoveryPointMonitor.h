// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/profiles/Profile.h"
#include "core/scheduling/Schedule.h"
#include "gui/controllers/RecoveryStatus.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace Snapdock {

class BackgroundRunner;
class Clock;
class ProfileStore;
class ScheduleStore;

// The recovery-point watchdog for the window: for every enabled schedule with a maximum age, the age of the newest
// good backup of each of its collections in the schedule's folder (RecoveryPointWatchdog in its non-hashing mode:
// file present with the recorded size), checked on a worker thread every CHECK_INTERVAL_MS and on check().
//
// Signals: statusChanged() per schedule whose status changed; breached() ONCE per breach (a schedule's collection
// that newly breaches; it fires again only after the breach cleared and came back); checked() after each round.
// A check started while one runs supersedes it. The stores and the clock must outlive the monitor. GUI thread only.
class RecoveryPointMonitor : public QObject
{
    Q_OBJECT

public:
    static constexpr int CHECK_INTERVAL_MS = 5 * 60 * 1000;

    RecoveryPointMonitor(
        ScheduleStore &schedules, const ProfileStore &profiles, const Clock &clock, QObject *parent = nullptr);
    ~RecoveryPointMonitor() override;

    // Checks now (and then every CHECK_INTERVAL_MS).
    void check();
    [[nodiscard]] bool isChecking() const { return m_checking; }

    [[nodiscard]] RecoveryStatus status(const QString &scheduleId) const { return m_statuses.value(scheduleId); }
    // The breached collections of the schedules backing up `profileId`, collection → reason (what the collections
    // view shows).
    [[nodiscard]] QHash<QString, QString> warningsForProfile(const QString &profileId) const;

    // The evaluation itself; blocks on the file system (worker threads). A schedule younger than its maximum age
    // is not blamed for collections that have no backup yet.
    [[nodiscard]] static RecoveryStatus evaluate(
        const Schedule &schedule, const Profile &profile, const QDateTime &now);

Q_SIGNALS:
    void statusChanged(const QString &scheduleId, const Snapdock::RecoveryStatus &status);
    // `collection` is empty for the full storage and for "no backup at all yet".
    void breached(const QString &scheduleId, const QString &collection, const QString &reason);
    void checked();

private:
    struct Job
    {
        Schedule schedule;
        Profile profile;
    };

    void onEvaluated(quint64 generation, const QHash<QString, RecoveryStatus> &statuses);

    ScheduleStore &m_schedules;
    const ProfileStore &m_profiles;
    const Clock &m_clock;
    BackgroundRunner *m_runner;
    QTimer m_timer;
    quint64 m_generation = 0;
    bool m_checking = false;
    QHash<QString, RecoveryStatus> m_statuses;
    QHash<QString, QString> m_profileOf; // schedule id → profile id, for warningsForProfile()
    QSet<QString> m_activeBreaches; // "<schedule id>\n<collection>", notified once
};

} // namespace Snapdock
