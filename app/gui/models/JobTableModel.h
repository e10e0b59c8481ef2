// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jobs/JobId.h"
#include "core/jobs/JobSnapshot.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace Snapdock {

class JobQueue;

// The entries of a JobQueue as a table, one row per entry in enqueue order. Adapts the queue only: it starts,
// cancels and retries nothing (QueueView calls the queue for that).
//
// Rows are keyed by JobId (m_ids + m_rowOf); a copy of each entry's JobSnapshot is kept and refreshed on the
// queue's signals, so data() never calls into the queue. jobAdded → beginInsertRows/endInsertRows of exactly
// that row; jobRemoved → beginRemoveRows/endRemoveRows; jobsUpdated (≤ 4 Hz), jobStarted and jobFinished → one
// dataChanged() over the rows that changed. The queue must outlive the model. GUI thread only.
class JobTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TitleColumn,
        HostColumn,
        CollectionColumn,
        StateColumn,
        StageColumn,
        ProgressColumn,
        SpeedColumn,
        EtaColumn,
        StartedColumn,
        DurationColumn,
        ErrorColumn,
        ColumnCount
    };

    enum Role
    {
        SortRole = Qt::UserRole + 1, // raw value: numbers, UTC QDateTime, plain strings
        JobIdRole, // the row's JobId (as QVariant of Snapdock::JobId), in every column
        StateRole, // Job::State as int, in every column
        BytesDoneRole, // qint64, in every column
        BytesTotalRole, // qint64, -1 when unknown, in every column
        ProgressPercentRole, // int 0–100, -1 when unknown, in every column
    };

    explicit JobTableModel(JobQueue &queue, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Invalid JobId for an invalid index; -1 for an unknown id.
    [[nodiscard]] JobId jobId(const QModelIndex &index) const;
    [[nodiscard]] int rowOf(JobId id) const { return m_rowOf.value(id, -1); }
    // The copy shown for `id` (invalid snapshot when not shown).
    [[nodiscard]] JobSnapshot snapshot(JobId id) const { return m_snapshots.value(id); }

    // Recomputes the running durations (the view calls it once a second; nothing else changes them).
    void refreshDurations();

private:
    void onJobAdded(JobId id);
    void onJobRemoved(JobId id);
    void onJobsUpdated(const QList<JobId> &ids);
    void onJobChanged(JobId id);

    [[nodiscard]] QVariant displayData(const JobSnapshot &s, int column) const;
    [[nodiscard]] QVariant sortData(const JobSnapshot &s, int column) const;
    [[nodiscard]] QString stateText(const JobSnapshot &s) const;
    [[nodiscard]] QString progressText(const JobSnapshot &s) const;
    [[nodiscard]] QString toolTip(const JobSnapshot &s) const;
    [[nodiscard]] static int percent(const JobSnapshot &s);
    [[nodiscard]] static qint64 durationSeconds(const JobSnapshot &s);

    JobQueue &m_queue;
    QList<JobId> m_ids;
    QHash<JobId, int> m_rowOf;
    QHash<JobId, JobSnapshot> m_snapshots;
};

} // namespace Snapdock
