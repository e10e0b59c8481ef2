// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/scheduling/Schedule.h"
#include "core/scheduling/ScheduleRunState.h"
#include "core/support/Result.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QSettings;

namespace Snapdock {

class Clock;

// The saved schedules and their run state, in QSettings next to the connection profiles:
//
//   [schedules]      <id> = the schedule as compact JSON (Schedule::toJson)
//   [scheduleRuns]   <id>/lastRunAt, <id>/lastSlotAt, <id>/lastFinishedAt, <id>/lastOutcome, <id>/lastMessage,
//                    <id>/lastDrillAt, <id>/lastDrillOutcome
//
// Several processes use this store at once: the desktop application edits schedules and runs them, and
// `snapdock-cli run-schedule` (started by the OS timer) runs them too. So the store keeps no copy: every read
// first syncs the settings (picking up what other processes wrote), every write changes only its own keys and syncs
// at once. QSettings merges key by key under its own file lock, so a definition saved by one process and a run
// state saved by another both survive. A definition is ONE key so that two processes saving the same schedule
// never mix their fields; the run state is one key per field so that a run and a drill recorded at the same time
// do not overwrite each other. Order: by creation time, then name.
//
// Signals report changes made through this object only, not those of other processes.
// Threading: use from the thread that created it.
class ScheduleStore : public QObject
{
    Q_OBJECT

public:
    // The application's own settings (QSettings() with the organization and application names set in main(); the
    // desktop application and the CLI use the same names, so they share the file).
    explicit ScheduleStore(QObject *parent = nullptr);
    // An INI file at `settingsFile`, e.g. a temporary one in tests.
    explicit ScheduleStore(const QString &settingsFile, QObject *parent = nullptr);
    // Injected settings. Does not take ownership; `settings` must outlive the store.
    explicit ScheduleStore(QSettings *settings, QObject *parent = nullptr);
    ~ScheduleStore() override;

    // Where add() takes createdAt from. Does not take ownership; nullptr (the default) means the system clock.
    void setClock(const Clock *clock);

    // The readable schedules; an entry that cannot be read (hand-edited, or from a newer version) is left out,
    // schedule(id) says what is wrong with it.
    [[nodiscard]] QList<Schedule> schedules() const;
    [[nodiscard]] QStringList ids() const;
    [[nodiscard]] bool contains(const QString &id) const;
    // NotFound when there is no such schedule; InvalidArgument when its stored definition cannot be read.
    [[nodiscard]] Result<Schedule> schedule(const QString &id) const;
    // The schedules backing up this host (e.g. to warn before the profile is deleted).
    [[nodiscard]] QList<Schedule> schedulesForProfile(const QString &profileId) const;

    // Validates and stores a new schedule; assigns an id when it has none and createdAt (from the clock) when it is
    // invalid. AlreadyExists when the id is taken. Returns the stored schedule. Emits scheduleAdded().
    [[nodiscard]] Result<Schedule> add(Schedule schedule);
    // Validates and replaces the schedule with the same id. An invalid createdAt keeps the stored one. NotFound when
    // there is none (also when another process removed it meanwhile). Emits scheduleChanged() if anything changed.
    [[nodiscard]] VoidResult update(Schedule schedule);
    // Removes the schedule and its run state. NotFound when there is none. Emits scheduleRemoved().
    [[nodiscard]] VoidResult remove(const QString &id);

    // The run state; a default one (never ran) when nothing was recorded. NotFound when there is no such schedule.
    [[nodiscard]] Result<ScheduleRunState> runState(const QString &id) const;
    // A run started at `startedAt` for `slot` (see ScheduleRunState::lastRunAt): sets lastRunAt and lastSlotAt and
    // clears lastFinishedAt, lastOutcome and lastMessage. Emits runStateChanged(). NotFound for an unknown schedule.
    [[nodiscard]] VoidResult recordRunStarted(const QString &id, const QDateTime &startedAt, const QDateTime &slot);
    // The run ended. `message` is one line for people and must not contain a key. Emits runStateChanged().
    [[nodiscard]] VoidResult recordRunFinished(
        const QString &id, const QDateTime &finishedAt, RunOutcome outcome, const QString &message);
    // A restore drill ended at `at`. Emits runStateChanged().
    [[nodiscard]] VoidResult recordDrill(const QString &id, const QDateTime &at, RunOutcome outcome);

signals:
    void scheduleAdded(const QString &id);
    void scheduleChanged(const QString &id);
    void scheduleRemoved(const QString &id);
    void runStateChanged(const QString &id);

private:
    [[nodiscard]] VoidResult syncSettings() const;
    [[nodiscard]] VoidResult writeDefinition(const Schedule &schedule);
    [[nodiscard]] Result<Schedule> readDefinition(const QString &id) const;
    [[nodiscard]] QDateTime now() const;

    std::unique_ptr<QSettings> m_ownedSettings;
    QSettings *m_settings = nullptr;
    const Clock *m_clock = nullptr;
};

} // namespace Snapdock
