// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/models/JobTableModel.h"

#include "core/jobs/JobQueue.h"
#include "gui/models/DisplayFormat.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

namespace {

QString shortDuration(qint64 seconds)
{
    if (seconds < 0)
        return {};
    if (seconds < 60)
        return JobTableModel::tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return JobTableModel::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QChar(u'0'));
    return JobTableModel::tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QChar(u'0'));
}

} // namespace

JobTableModel::JobTableModel(JobQueue &queue, QObject *parent)
    : QAbstractTableModel(parent)
    , m_queue(queue)
{
    const QList<JobId> ids = queue.jobIds();
    for (const JobId id : ids) {
        m_rowOf.insert(id, int(m_ids.size()));
        m_ids.append(id);
        m_snapshots.insert(id, queue.snapshot(id));
    }
    connect(&queue, &JobQueue::jobAdded, this, &JobTableModel::onJobAdded);
    connect(&queue, &JobQueue::jobRemoved, this, &JobTableModel::onJobRemoved);
    connect(&queue, &JobQueue::jobsUpdated, this, &JobTableModel::onJobsUpdated);
    connect(&queue, &JobQueue::jobStarted, this, &JobTableModel::onJobChanged);
    connect(&queue, &JobQueue::jobFinished, this, &JobTableModel::onJobChanged);
}

int JobTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int JobTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

JobId JobTableModel::jobId(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return m_ids.at(index.row());
}

QVariant JobTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto found = m_snapshots.constFind(m_ids.at(index.row()));
    if (found == m_snapshots.constEnd())
        return {};
    const JobSnapshot &s = *found;
    switch (role) {
    case Qt::DisplayRole:
        return displayData(s, index.column());
    case SortRole:
        return sortData(s, index.column());
    case Qt::ToolTipRole:
        return toolTip(s);
    case Qt::TextAlignmentRole:
        if (index.column() == SpeedColumn || index.column() == EtaColumn || index.column() == DurationColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case JobIdRole:
        return QVariant::fromValue(s.id);
    case StateRole:
        return int(s.state);
    case BytesDoneRole:
        return s.bytesDone;
    case BytesTotalRole:
        return s.bytesTotal;
    case ProgressPercentRole:
        return percent(s);
    default:
        return {};
    }
}

QVariant JobTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Job");
    case HostColumn:
        return tr("Host");
    case CollectionColumn:
        return tr("Collection");
    case StateColumn:
        return tr("State");
    case StageColumn:
        return tr("Stage");
    case ProgressColumn:
        return tr("Progress");
    case SpeedColumn:
        return tr("Speed");
    case EtaColumn:
        return tr("Time left");
    case StartedColumn:
        return tr("Started");
    case DurationColumn:
        return tr("Duration");
    case ErrorColumn:
        return tr("Error");
    default:
        return {};
    }
}

void JobTableModel::refreshDurations()
{
    int first = -1;
    int last = -1;
    for (int row = 0; row < m_ids.size(); ++row) {
        if (m_snapshots.value(m_ids.at(row)).state != Job::State::Running)
            continue;
        if (first < 0)
            first = row;
        last = row;
    }
    if (first >= 0)
        Q_EMIT dataChanged(index(first, DurationColumn), index(last, DurationColumn), { Qt::DisplayRole, SortRole });
}

void JobTableModel::onJobAdded(JobId id)
{
    if (m_rowOf.contains(id))
        return;
    // The queue appends new entries (retries included), so the row is always the last one.
    const int row = int(m_ids.size());
    beginInsertRows({}, row, row);
    m_ids.append(id);
    m_rowOf.insert(id, row);
    m_snapshots.insert(id, m_queue.snapshot(id));
    endInsertRows();
}

void JobTableModel::onJobRemoved(JobId id)
{
    const int row = m_rowOf.value(id, -1);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_ids.removeAt(row);
    m_rowOf.remove(id);
    m_snapshots.remove(id);
    for (int i = row; i < m_ids.size(); ++i)
        m_rowOf[m_ids.at(i)] = i;
    endRemoveRows();
}

void JobTableModel::onJobsUpdated(const QList<JobId> &ids)
{
    // One dataChanged over the span of changed rows: at 4 Hz with a handful of running jobs the span is small,
    // and one signal repaints far cheaper than one per row.
    int first = -1;
    int last = -1;
    for (const JobId id : ids) {
        const int row = m_rowOf.value(id, -1);
        if (row < 0)
            continue;
        m_snapshots.insert(id, m_queue.snapshot(id));
        first = first < 0 ? row : std::min(first, row);
        last = std::max(last, row);
    }
    if (first >= 0)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

void JobTableModel::onJobChanged(JobId id)
{
    onJobsUpdated({ id });
}

QVariant JobTableModel::displayData(const JobSnapshot &s, int column) const
{
    switch (column) {
    case TitleColumn:
        return s.title;
    case HostColumn:
        return s.profileName.isEmpty() ? s.serverUrl : s.profileName;
    case CollectionColumn:
        return s.collection.isEmpty() ? tr("(full storage)") : s.collection;
    case StateColumn:
        return stateText(s);
    case StageColumn:
        // A success needs no last step; a failure keeps the step it failed in.
        return s.state == Job::State::Succeeded ? tr("done") : s.stage;
    case ProgressColumn:
        return progressText(s);
    case SpeedColumn:
        if (s.state != Job::State::Running || s.bytesPerSecond <= 0.0)
            return QString();
        return tr("%1/s").arg(DisplayFormat::size(qint64(s.bytesPerSecond)));
    case EtaColumn:
        return s.state == Job::State::Running ? shortDuration(s.etaSeconds) : QString();
    case StartedColumn:
        return DisplayFormat::localTime(s.startedAt);
    case DurationColumn:
        return shortDuration(durationSeconds(s));
    case ErrorColumn:
        return s.errorMessage;
    default:
        return {};
    }
}

QVariant JobTableModel::sortData(const JobSnapshot &s, int column) const
{
    switch (column) {
    case StateColumn:
        return int(s.state);
    case ProgressColumn:
        return percent(s);
    case SpeedColumn:
        return s.bytesPerSecond;
    case EtaColumn:
        return s.etaSeconds;
    case StartedColumn:
        return s.startedAt;
    case DurationColumn:
        return durationSeconds(s);
    default:
        return displayData(s, column);
    }
}

QString JobTableModel::stateText(const JobSnapshot &s) const
{
    switch (s.state) {
    case Job::State::Queued:
        return tr("Queued");
    case Job::State::Running:
        return tr("Running");
    case Job::State::Succeeded:
        return s.warnings.isEmpty() ? tr("Succeeded") : tr("Succeeded with warnings");
    case Job::State::Failed:
        return tr("Failed");
    case Job::State::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString JobTableModel::progressText(const JobSnapshot &s) const
{
    if (s.state == Job::State::Succeeded) // the last step may have been a tiny request: show what was produced
        return s.result.size > 0 ? tr("%1 (100 %)").arg(DisplayFormat::size(s.result.size)) : tr("100 %");
    if (s.bytesDone <= 0 && s.bytesTotal <= 0)
        return {};
    if (s.bytesTotal <= 0)
        return DisplayFormat::size(s.bytesDone);
    return tr("%1 of %2 (%3 %)")
        .arg(DisplayFormat::size(s.bytesDone), DisplayFormat::size(s.bytesTotal))
        .arg(percent(s));
}

QString JobTableModel::toolTip(const JobSnapshot &s) const
{
    QStringList lines{ s.title };
    if (!s.serverUrl.isEmpty())
        lines.append(tr("Server: %1").arg(s.serverUrl));
    if (!s.stage.isEmpty())
        lines.append(tr("Stage: %1").arg(s.stage));
    if (!s.errorMessage.isEmpty())
        lines.append(tr("Error: %1").arg(s.errorMessage));
    for (const QString &warning : s.warnings)
        lines.append(tr("Warning: %1").arg(warning));
    return lines.join(u'\n');
}

int JobTableModel::percent(const JobSnapshot &s)
{
    if (s.bytesTotal <= 0)
        return s.state == Job::State::Succeeded ? 100 : -1;
    return int(std::clamp<qint64>(s.bytesDone * 100 / s.bytesTotal, 0, 100));
}

qint64 JobTableModel::durationSeconds(const JobSnapshot &s)
{
    if (!s.startedAt.isValid())
        return -1;
    const QDateTime end = s.finishedAt.isValid() ? s.finishedAt : QDateTime::currentDateTimeUtc();
    return std::max<qint64>(0, s.startedAt.secsTo(end));
}

} // namespace Snapdock
