// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/scheduling/Schedule.h"
#include "core/scheduling/ScheduleRunState.h"
#include "gui/controllers/RecoveryStatus.h"
#include "gui/models/BrowserTableModel.h"

#include <QHash>
#include <QIcon>
#include <QList>
#include <QSet>
#include <QTimeZone>

#include <optional>

namespace Snapdock {

class Clock;
class ProfileStore;
class ScheduleStore;

// The saved schedules as a table: name, host, what is backed up, timing, next run, last run with its outcome, and
// the recovery point (the age of the newest good backup against the schedule's maximum age). Adapts ScheduleStore
// and ProfileStore; starts no work: runs, prunes and recovery checks are done by controllers, which report into
// the model through setRunning() and setRecovery().
//
// Rows are keyed by schedule id in the store's order. The store's signals update single rows with exact
// begin/end signals; reload() picks up what other processes wrote (a run of `snapdock-cli run-schedule`) and
// emits one dataChanged over the rows that changed. Next runs and ages are measured against the injected clock
// and move only on refreshTimes() (the view calls it periodically).
//
// Every column has DisplayRole text and a raw SortRole value. The stores and the clock must outlive the model.
// GUI thread only.
class ScheduleTableModel : public BrowserTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        HostColumn,
        SelectionColumn,
        TimingColumn,
        NextRunColumn,
        LastRunColumn,
        RecoveryColumn,
        ColumnCount
    };

    enum Role
    {
        SortRole = Qt::UserRole + 1, // raw value: strings, UTC msecs, ages in seconds
        ScheduleIdRole, // the row's schedule id, in every column
        EnabledRole, // bool, in every column
        BreachedRole, // bool: the recovery point breaches the maximum age, in every column
    };

    ScheduleTableModel(
        ScheduleStore &store, const ProfileStore &profiles, const Clock &clock, QObject *parent = nullptr);

    // Reads every schedule and its run state again.
    void reload();
    // Re-evaluates the next-run, last-run and recovery columns against the clock.
    void refreshTimes();
    // The zone next runs are computed in (tests); default: the system's.
    void setTimeZone(const QTimeZone &zone);

    // A run of the schedule started or ended in this application.
    void setRunning(const QString &scheduleId, bool running);
    [[nodiscard]] bool isRunning(const QString &scheduleId) const { return m_running.contains(scheduleId); }
    // All schedules are paused (the tray's "Pause schedules"): next runs say so.
    void setPaused(bool paused);
    void setRecovery(const QString &scheduleId, const RecoveryStatus &status);
    [[nodiscard]] RecoveryStatus recovery(const QString &scheduleId) const;

    [[nodiscard]] QString scheduleIdAt(int row) const;
    [[nodiscard]] int rowOf(const QString &scheduleId) const { return m_rowById.value(scheduleId, -1); }
    [[nodiscard]] std::optional<Schedule> schedule(const QString &scheduleId) const;
    [[nodiscard]] ScheduleRunState runState(const QString &scheduleId) const;
    // The next run (UTC) as the next-run column shows it; invalid when disabled or paused.
    [[nodiscard]] QDateTime nextRun(const QString &scheduleId) const;

    // "All collections", "docs, articles and 2 more", "Matching “prod_*”", each with "+ full storage" when chosen.
    [[nodiscard]] static QString describeSelection(const ScheduleSelection &selection);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        Schedule schedule;
        ScheduleRunState state;
        RecoveryStatus recovery;
    };

    void onScheduleAdded(const QString &id);
    void onScheduleChanged(const QString &id);
    void onScheduleRemoved(const QString &id);
    [[nodiscard]] std::optional<Row> readRow(const QString &id, const Row *previous) const;
    [[nodiscard]] QVariant columnTitle(int column) const override;
    [[nodiscard]] QVariant displayData(const Row &row, int column) const;
    [[nodiscard]] QVariant sortData(const Row &row, int column) const;
    [[nodiscard]] QVariant toolTipData(const Row &row, int column) const;
    [[nodiscard]] QVariant decorationData(const Row &row, int column) const;
    [[nodiscard]] QDateTime nextRunOf(const Row &row) const;
    [[nodiscard]] QString hostName(const QString &profileId) const;
    [[nodiscard]] QString outcomeText(RunOutcome outcome) const;
    [[nodiscard]] QString recoveryText(const Row &row) const;
    void emitColumnsChanged(int first, int last);
    void rebuildIndex();

    ScheduleStore &m_store;
    const ProfileStore &m_profiles;
    const Clock &m_clock;
    QTimeZone m_zone;
    QList<Row> m_rows;
    QHash<QString, int> m_rowById;
    QSet<QString> m_running;
    bool m_paused = false;
    mutable QIcon m_warningIcon; // painted on first use
};

} // namespace Snapdock
