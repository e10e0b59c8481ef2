// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/models/HistoryTableModel.h"

#include "core/history/HistoryDatabase.h"
#include "gui/models/DisplayFormat.h"

#include <QFileInfo>

#include <algorithm>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

HistoryTableModel::HistoryTableModel(HistoryDatabase &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
{
    reload();
}

int HistoryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int HistoryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool HistoryTableModel::canFetchMore(const QModelIndex &parent) const
{
    // Not from inside our own reset or insert notification (a view or tester reacting to it): that would nest
    // one change inside another. The caller asks again afterwards.
    return !parent.isValid() && !m_notifying && m_records.size() < m_total;
}

void HistoryTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const int offset = int(m_records.size());
    const int wanted = std::min(PAGE_SIZE, m_total - offset);
    const Result<QList<HistoryRecord>> page = m_database.query(m_filter, wanted, offset);
    if (!page) {
        m_total = offset; // stop asking until the next reload
        report(page.error());
        return;
    }
    if (page->size() < wanted)
        m_total = offset + int(page->size()); // rows went away meanwhile
    if (page->isEmpty())
        return;
    m_notifying = true;
    beginInsertRows({}, offset, offset + int(page->size()) - 1);
    m_records.append(*page);
    endInsertRows();
    m_notifying = false;
}

void HistoryTableModel::setFilter(const HistoryFilter &filter)
{
    m_filter = filter;
    reload();
}

void HistoryTableModel::reload()
{
    m_notifying = true;
    beginResetModel();
    m_records.clear();
    m_lastError.clear();
    const Result<int> total = m_database.count(m_filter);
    m_total = total ? *total : 0;
    // The first page comes with the reset, so a view shows rows at once; the rest follows through fetchMore().
    std::optional<Error> pageError;
    if (total && m_total > 0) {
        const int wanted = std::min(PAGE_SIZE, m_total);
        if (const Result<QList<HistoryRecord>> first = m_database.query(m_filter, wanted, 0)) {
            m_records = *first;
            if (m_records.size() < wanted)
                m_total = int(m_records.size());
        } else {
            m_total = 0;
            pageError = first.error();
        }
    }
    endResetModel();
    m_notifying = false;
    if (!total)
        report(total.error());
    else if (pageError)
        report(*pageError);
}

HistoryRecord HistoryTableModel::record(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return m_records.at(index.row());
}

QVariant HistoryTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HistoryRecord &r = m_records.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(r, index.column());
    case SortRole:
        return sortData(r, index.column());
    case Qt::ToolTipRole:
        if (index.column() == ErrorColumn && !r.errorText.isEmpty())
            return r.errorText;
        if (index.column() == FileColumn && !r.filePath.isEmpty())
            return r.filePath;
        if (index.column() == StartedColumn)
            return DisplayFormat::utcTime(r.startedAt);
        if (index.column() == HostColumn)
            return r.host;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn || index.column() == DurationColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RecordIdRole:
        return r.id;
    case KindRole:
        return int(r.kind);
    case OutcomeRole:
        return int(r.outcome);
    default:
        return {};
    }
}

QVariant HistoryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StartedColumn:
        return tr("Started");
    case TitleColumn:
        return tr("Job");
    case KindColumn:
        return tr("Kind");
    case HostColumn:
        return tr("Host");
    case CollectionColumn:
        return tr("Collection");
    case OutcomeColumn:
        return tr("Outcome");
    case SizeColumn:
        return tr("Size");
    case DurationColumn:
        return tr("Duration");
    case FileColumn:
        return tr("File");
    case ErrorColumn:
        return tr("Error");
    default:
        return {};
    }
}

QVariant HistoryTableModel::displayData(const HistoryRecord &r, int column) const
{
    switch (column) {
    case StartedColumn:
        return DisplayFormat::localTime(r.startedAt);
    case TitleColumn:
        return r.title;
    case KindColumn:
        return kindText(r.kind);
    case HostColumn:
        return r.profileName.isEmpty() ? r.host : r.profileName;
    case CollectionColumn:
        return r.collection;
    case OutcomeColumn:
        return outcomeText(r.outcome);
    case SizeColumn:
        return r.bytes > 0 ? DisplayFormat::size(r.bytes) : QString();
    case DurationColumn: {
        if (!r.startedAt.isValid() || !r.finishedAt.isValid())
            return QString();
        const qint64 seconds = std::max<qint64>(0, r.startedAt.secsTo(r.finishedAt));
        return seconds < 60 ? tr("%1 s").arg(seconds) : tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    }
    case FileColumn:
        return r.filePath.isEmpty() ? QString() : QFileInfo(r.filePath).fileName();
    case ErrorColumn:
        return r.errorText;
    default:
        return {};
    }
}

QVariant HistoryTableModel::sortData(const HistoryRecord &r, int column) const
{
    switch (column) {
    case StartedColumn:
        return r.startedAt;
    case KindColumn:
        return int(r.kind);
    case OutcomeColumn:
        return int(r.outcome);
    case SizeColumn:
        return r.bytes;
    case DurationColumn:
        return r.finishedAt.isValid() ? r.startedAt.msecsTo(r.finishedAt) : qint64(-1);
    case FileColumn:
        return r.filePath;
    default:
        return displayData(r, column);
    }
}

QString HistoryTableModel::outcomeText(HistoryOutcome outcome) const
{
    switch (outcome) {
    case HistoryOutcome::Running:
        return tr("Running");
    case HistoryOutcome::Succeeded:
        return tr("Succeeded");
    case HistoryOutcome::Failed:
        return tr("Failed");
    case HistoryOutcome::Cancelled:
        return tr("Cancelled");
    case HistoryOutcome::Interrupted:
        return tr("Interrupted");
    }
    return {};
}

QString HistoryTableModel::kindText(JobKind kind) const
{
    switch (kind) {
    case JobKind::Backup:
        return tr("Backup");
    case JobKind::Download:
        return tr("Download");
    case JobKind::Upload:
        return tr("Upload");
    case JobKind::Restore:
        return tr("Restore");
    case JobKind::Delete:
        return tr("Delete");
    case JobKind::Verify:
        return tr("Verify");
    }
    return {};
}

void HistoryTableModel::report(const Error &error)
{
    m_lastError = error.userMessage();
    Q_EMIT queryFailed(error);
}

} // namespace Snapdock
