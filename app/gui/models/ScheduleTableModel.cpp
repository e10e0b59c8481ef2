// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/models/ScheduleTableModel.h"

#include "core/profiles/ProfileStore.h"
#include "core/scheduling/MissedRunPolicy.h"
#include "core/scheduling/ScheduleStore.h"
#include "core/support/Clock.h"
#include "core/support/Duration.h"
#include "gui/models/DisplayFormat.h"
#include "gui/models/StatusIcons.h"

#include <QLocale>

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

namespace {

constexpr int MAX_NAMES_SHOWN = 3;

} // namespace

ScheduleTableModel::ScheduleTableModel(
    ScheduleStore &store, const ProfileStore &profiles, const Clock &clock, QObject *parent)
    : BrowserTableModel(ColumnCount, parent)
    , m_store(store)
    , m_profiles(profiles)
    , m_clock(clock)
    , m_zone(QTimeZone::systemTimeZone())
{
    connect(&m_store, &ScheduleStore::scheduleAdded, this, &ScheduleTableModel::onScheduleAdded);
    connect(&m_store, &ScheduleStore::scheduleChanged, this, &ScheduleTableModel::onScheduleChanged);
    connect(&m_store, &ScheduleStore::runStateChanged, this, &ScheduleTableModel::onScheduleChanged);
    connect(&m_store, &ScheduleStore::scheduleRemoved, this, &ScheduleTableModel::onScheduleRemoved);
    // Host names come from the profiles.
    connect(&m_profiles, &ProfileStore::profileChanged, this, [this] {
        emitColumnsChanged(HostColumn, HostColumn);
    });
    connect(&m_profiles, &ProfileStore::profileRemoved, this, [this] {
        emitColumnsChanged(HostColumn, HostColumn);
    });
    reload();
}

void ScheduleTableModel::reload()
{
    const QList<Schedule> schedules = m_store.schedules();
    QSet<QString> listed;
    for (const Schedule &schedule : schedules)
        listed.insert(schedule.id);
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (listed.contains(m_rows.at(row).schedule.id))
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        rebuildIndex();
        endRemoveRows();
    }

    int firstChanged = -1;
    int lastChanged = -1;
    for (int row = 0; row < m_rows.size(); ++row) {
        const std::optional<Row> fresh = readRow(m_rows.at(row).schedule.id, &m_rows.at(row));
        if (!fresh || (fresh->schedule == m_rows.at(row).schedule && fresh->state == m_rows.at(row).state))
            continue;
        m_rows[row] = *fresh;
        if (firstChanged < 0)
            firstChanged = row;
        lastChanged = row;
    }
    if (firstChanged >= 0)
        emitRowsChanged(firstChanged, lastChanged);

    for (const Schedule &schedule : schedules) {
        if (!m_rowById.contains(schedule.id))
            onScheduleAdded(schedule.id);
    }
}

void ScheduleTableModel::refreshTimes()
{
    emitColumnsChanged(NextRunColumn, RecoveryColumn);
}

void ScheduleTableModel::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    refreshTimes();
}

void ScheduleTableModel::setRunning(const QString &scheduleId, bool running)
{
    if (running == m_running.contains(scheduleId))
        return;
    if (running)
        m_running.insert(scheduleId);
    else
        m_running.remove(scheduleId);
    if (const int row = rowOf(scheduleId); row >= 0)
        emitRowsChanged(row, row);
}

void ScheduleTableModel::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    emitColumnsChanged(NextRunColumn, NextRunColumn);
}

void ScheduleTableModel::setRecovery(const QString &scheduleId, const RecoveryStatus &status)
{
    const int row = rowOf(scheduleId);
    if (row < 0 || m_rows.at(row).recovery == status)
        return;
    m_rows[row].recovery = status;
    emitRowsChanged(row, row);
}

RecoveryStatus ScheduleTableModel::recovery(const QString &scheduleId) const
{
    const int row = rowOf(scheduleId);
    return row < 0 ? RecoveryStatus() : m_rows.at(row).recovery;
}

QString ScheduleTableModel::scheduleIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).schedule.id : QString();
}

std::optional<Schedule> ScheduleTableModel::schedule(const QString &scheduleId) const
{
    const int row = rowOf(scheduleId);
    return row < 0 ? std::nullopt : std::optional(m_rows.at(row).schedule);
}

ScheduleRunState ScheduleTableModel::runState(const QString &scheduleId) const
{
    const int row = rowOf(scheduleId);
    return row < 0 ? ScheduleRunState() : m_rows.at(row).state;
}

QDateTime ScheduleTableModel::nextRun(const QString &scheduleId) const
{
    const int row = rowOf(scheduleId);
    return row < 0 ? QDateTime() : nextRunOf(m_rows.at(row));
}

QString ScheduleTableModel::describeSelection(const ScheduleSelection &selection)
{
    QString text;
    switch (selection.mode) {
    case ScheduleSelection::Mode::All:
        text = tr("All collections");
        break;
    case ScheduleSelection::Mode::List: {
        if (selection.names.isEmpty())
            return selection.includeFullStorage ? tr("Full storage") : QString();
        const QStringList shown = selection.names.mid(0, MAX_NAMES_SHOWN);
        text = QLocale().createSeparatedList(shown);
        if (selection.names.size() > MAX_NAMES_SHOWN) {
            text =
                tr("%1 and %n more", nullptr, int(selection.names.size() - MAX_NAMES_SHOWN)).arg(shown.join(u", "_s));
        }
        break;
    }
    case ScheduleSelection::Mode::Pattern:
        text = tr("Matching “%1”").arg(selection.pattern);
        break;
    }
    return selection.includeFullStorage ? tr("%1 + full storage").arg(text) : text;
}

int ScheduleTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ScheduleTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case SortRole:
        return sortData(row, index.column());
    case Qt::ToolTipRole:
        return toolTipData(row, index.column());
    case Qt::DecorationRole:
        return decorationData(row, index.column());
    case ScheduleIdRole:
        return row.schedule.id;
    case EnabledRole:
        return row.schedule.enabled;
    case BreachedRole:
        return row.recovery.breached;
    default:
        return {};
    }
}

void ScheduleTableModel::onScheduleAdded(const QString &id)
{
    if (m_rowById.contains(id))
        return onScheduleChanged(id);
    std::optional<Row> row = readRow(id, nullptr);
    if (!row)
        return;
    const int position = int(m_rows.size());
    beginInsertRows({}, position, position);
    m_rows.append(std::move(*row));
    rebuildIndex();
    endInsertRows();
}

void ScheduleTableModel::onScheduleChanged(const QString &id)
{
    const int position = rowOf(id);
    if (position < 0)
        return onScheduleAdded(id);
    std::optional<Row> row = readRow(id, &m_rows.at(position));
    if (!row)
        return onScheduleRemoved(id);
    m_rows[position] = std::move(*row);
    emitRowsChanged(position, position);
}

void ScheduleTableModel::onScheduleRemoved(const QString &id)
{
    const int position = rowOf(id);
    if (position < 0)
        return;
    beginRemoveRows({}, position, position);
    m_rows.removeAt(position);
    rebuildIndex();
    endRemoveRows();
    m_running.remove(id);
}

std::optional<ScheduleTableModel::Row> ScheduleTableModel::readRow(const QString &id, const Row *previous) const
{
    auto schedule = m_store.schedule(id);
    if (!schedule)
        return std::nullopt;
    Row row;
    row.schedule = *schedule;
    row.state = m_store.runState(id).value_or(ScheduleRunState());
    if (previous)
        row.recovery = previous->recovery;
    return row;
}

QVariant ScheduleTableModel::columnTitle(int column) const
{
    switch (column) {
    case NameColumn:
        return tr("Schedule");
    case HostColumn:
        return tr("Host");
    case SelectionColumn:
        return tr("What");
    case TimingColumn:
        return tr("When");
    case NextRunColumn:
        return tr("Next run");
    case LastRunColumn:
        return tr("Last run");
    case RecoveryColumn:
        return tr("Recovery point");
    default:
        return {};
    }
}

QVariant ScheduleTableModel::displayData(const Row &row, int column) const
{
    const Schedule &schedule = row.schedule;
    switch (column) {
    case NameColumn:
        return schedule.enabled ? schedule.name : tr("%1 (disabled)").arg(schedule.name);
    case HostColumn:
        return hostName(schedule.profileId);
    case SelectionColumn:
        return describeSelection(schedule.selection);
    case TimingColumn:
        return schedule.timing.describe();
    case NextRunColumn: {
        if (!schedule.enabled)
            return tr("disabled");
        if (m_paused)
            return tr("paused");
        const QDateTime next = nextRunOf(row);
        return next <= m_clock.now() ? tr("due now") : DisplayFormat::localTime(next);
    }
    case LastRunColumn: {
        if (m_running.contains(schedule.id))
            return tr("running…");
        if (!row.state.hasRun())
            return tr("never");
        const QString when = DisplayFormat::localTime(row.state.lastRunAt);
        if (row.state.lastOutcome == RunOutcome::None)
            return tr("%1 — did not finish").arg(when);
        return tr("%1 — %2").arg(when, outcomeText(row.state.lastOutcome));
    }
    case RecoveryColumn:
        return recoveryText(row);
    default:
        return {};
    }
}

QVariant ScheduleTableModel::sortData(const Row &row, int column) const
{
    switch (column) {
    case NameColumn:
        return row.schedule.name;
    case HostColumn:
        return hostName(row.schedule.profileId);
    case SelectionColumn:
        return describeSelection(row.schedule.selection);
    case TimingColumn:
        return row.schedule.timing.describe();
    case NextRunColumn: {
        const QDateTime next = nextRunOf(row);
        return next.isValid() ? next.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    }
    case LastRunColumn:
        return row.state.hasRun() ? row.state.lastRunAt.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    case RecoveryColumn:
        // Breaches first when sorted descending, then the oldest recovery points.
        if (row.recovery.breached)
            return std::numeric_limits<qint64>::max();
        return row.recovery.oldestAgeSeconds;
    default:
        return {};
    }
}

QVariant ScheduleTableModel::toolTipData(const Row &row, int column) const
{
    switch (column) {
    case SelectionColumn:
        if (row.schedule.selection.mode == ScheduleSelection::Mode::List)
            return row.schedule.selection.names.join(u'\n');
        return {};
    case NextRunColumn:
        return DisplayFormat::utcTime(nextRunOf(row));
    case LastRunColumn:
        return row.state.lastMessage;
    case RecoveryColumn: {
        if (!row.recovery.error.isEmpty())
            return row.recovery.error;
        QStringList lines;
        for (auto it = row.recovery.warnings.cbegin(); it != row.recovery.warnings.cend(); ++it)
            lines.append(tr("%1: %2").arg(it.key().isEmpty() ? tr("full storage") : it.key(), it.value()));
        lines.sort();
        return lines.join(u'\n');
    }
    default:
        return {};
    }
}

QVariant ScheduleTableModel::decorationData(const Row &row, int column) const
{
    const bool warn = (column == RecoveryColumn && row.recovery.breached)
        || (column == LastRunColumn && !m_running.contains(row.schedule.id)
            && (row.state.lastOutcome == RunOutcome::Failed || row.state.lastOutcome == RunOutcome::PartiallyFailed));
    if (!warn)
        return {};
    if (m_warningIcon.isNull())
        m_warningIcon = StatusIcons::warning();
    return m_warningIcon;
}

QDateTime ScheduleTableModel::nextRunOf(const Row &row) const
{
    if (!row.schedule.enabled || m_paused)
        return {};
    const QDateTime now = m_clock.now();
    const MissedRunPolicy::DueRun due = MissedRunPolicy::dueRun(row.schedule, row.state, m_clock, m_zone);
    if (due.isDue())
        return now;
    return row.schedule.timing.nextRunAfter(now, m_zone);
}

QString ScheduleTableModel::hostName(const QString &profileId) const
{
    const auto profile = m_profiles.profile(profileId);
    return profile ? profile->name : tr("(host removed)");
}

QString ScheduleTableModel::outcomeText(RunOutcome outcome) const
{
    switch (outcome) {
    case RunOutcome::None:
        return {};
    case RunOutcome::Succeeded:
        return tr("succeeded");
    case RunOutcome::PartiallyFailed:
        return tr("partly failed");
    case RunOutcome::Failed:
        return tr("failed");
    case RunOutcome::Cancelled:
        return tr("cancelled");
    }
    return {};
}

QString ScheduleTableModel::recoveryText(const Row &row) const
{
    const RecoveryStatus &recovery = row.recovery;
    if (row.schedule.maxAgeHours <= 0 || !row.schedule.enabled)
        return tr("not watched");
    if (!recovery.error.isEmpty())
        return tr("cannot check");
    if (!recovery.checked)
        return tr("checking…");
    // Hours matter next to a limit counted in hours: "1d 6h old (max 1d 2h)".
    if (recovery.breached) {
        if (recovery.oldestAgeSeconds < 0)
            return tr("no good backup");
        return tr("%1 old (max %2)")
            .arg(formatDuration(recovery.oldestAgeSeconds), formatDuration(recovery.maxAgeSeconds));
    }
    if (recovery.oldestAgeSeconds < 0)
        return tr("ok");
    return tr("ok, %1 old").arg(formatDuration(recovery.oldestAgeSeconds));
}

void ScheduleTableModel::emitColumnsChanged(int first, int last)
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, first), index(int(m_rows.size()) - 1, last));
}

void ScheduleTableModel::rebuildIndex()
{
    m_rowById.clear();
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowById.insert(m_rows.at(row).schedule.id, row);
}

} // namespace Snapdock
