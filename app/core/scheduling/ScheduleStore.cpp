// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scheduling/ScheduleStore.h"

#include "core/support/Clock.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

namespace {

constexpr QLatin1StringView DEFINITIONS_GROUP("schedules");
constexpr QLatin1StringView RUNS_GROUP("scheduleRuns");

constexpr QLatin1StringView LAST_RUN_AT("lastRunAt");
constexpr QLatin1StringView LAST_SLOT_AT("lastSlotAt");
constexpr QLatin1StringView LAST_FINISHED_AT("lastFinishedAt");
constexpr QLatin1StringView LAST_OUTCOME("lastOutcome");
constexpr QLatin1StringView LAST_MESSAGE("lastMessage");
constexpr QLatin1StringView LAST_DRILL_AT("lastDrillAt");
constexpr QLatin1StringView LAST_DRILL_OUTCOME("lastDrillOutcome");

QString definitionKey(const QString &id)
{
    return DEFINITIONS_GROUP + u'/' + id;
}

QString runKey(const QString &id, QLatin1StringView field)
{
    return RUNS_GROUP + u'/' + id + u'/' + field;
}

QString timeText(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime timeFrom(const QVariant &value)
{
    const QString text = value.toString();
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

RunOutcome outcomeFrom(const QVariant &value)
{
    return ScheduleRunState::outcomeFromKey(value.toString()).value_or(RunOutcome::None);
}

Error notFound(const QString &id)
{
    return Error::make(ErrorKind::NotFound, ScheduleStore::tr("there is no schedule with id \"%1\"").arg(id));
}

} // namespace

ScheduleStore::ScheduleStore(QObject *parent)
    : QObject(parent)
    , m_ownedSettings(std::make_unique<QSettings>())
    , m_settings(m_ownedSettings.get())
{}

ScheduleStore::ScheduleStore(const QString &settingsFile, QObject *parent)
    : QObject(parent)
    , m_ownedSettings(std::make_unique<QSettings>(settingsFile, QSettings::IniFormat))
    , m_settings(m_ownedSettings.get())
{}

ScheduleStore::ScheduleStore(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    Q_ASSERT(settings);
}

ScheduleStore::~ScheduleStore() = default;

void ScheduleStore::setClock(const Clock *clock)
{
    m_clock = clock;
}

QDateTime ScheduleStore::now() const
{
    return m_clock ? m_clock->now() : QDateTime::currentDateTimeUtc();
}

VoidResult ScheduleStore::syncSettings() const
{
    // Writes what this process changed and reads what others wrote since.
    m_settings->sync();
    switch (m_settings->status()) {
    case QSettings::NoError:
        return {};
    case QSettings::AccessError:
        return fail(Error::make(
            ErrorKind::LocalPermissionDenied, tr("saving the schedules to \"%1\" failed").arg(m_settings->fileName())));
    case QSettings::FormatError:
        break;
    }
    return fail(Error::make(
        ErrorKind::LocalIoError, tr("reading the schedules from \"%1\" failed").arg(m_settings->fileName())));
}

Result<Schedule> ScheduleStore::readDefinition(const QString &id) const
{
    const QVariant stored = m_settings->value(definitionKey(id));
    if (!Schedule::isWellFormedId(id) || !stored.isValid())
        return fail(notFound(id));
    const QJsonDocument document = QJsonDocument::fromJson(stored.toString().toUtf8());
    Result<Schedule> schedule = document.isObject()
        ? Schedule::fromJson(document.object())
        : Result<Schedule>(fail(Error::make(ErrorKind::InvalidArgument, tr("it is not a JSON object"))));
    if (!schedule) {
        Error error = schedule.error();
        error.detail = tr("the stored schedule \"%1\" cannot be read: %2").arg(id, error.detail);
        return fail(std::move(error));
    }
    // The key is the truth: an id edited inside the JSON must not make two entries claim one schedule.
    schedule->id = id;
    return schedule;
}

VoidResult ScheduleStore::writeDefinition(const Schedule &schedule)
{
    const QByteArray json = QJsonDocument(schedule.toJson()).toJson(QJsonDocument::Compact);
    m_settings->setValue(definitionKey(schedule.id), QString::fromUtf8(json));
    return syncSettings();
}

QList<Schedule> ScheduleStore::schedules() const
{
    QList<Schedule> result;
    if (!syncSettings())
        return result;
    for (const QString &id : ids()) {
        if (Result<Schedule> schedule = readDefinition(id))
            result.append(*schedule);
    }
    std::sort(result.begin(), result.end(), [](const Schedule &a, const Schedule &b) {
        if (a.createdAt != b.createdAt)
            return a.createdAt < b.createdAt;
        if (a.name != b.name)
            return a.name.localeAwareCompare(b.name) < 0;
        return a.id < b.id;
    });
    return result;
}

QStringList ScheduleStore::ids() const
{
    if (!syncSettings())
        return {};
    m_settings->beginGroup(DEFINITIONS_GROUP);
    QStringList keys = m_settings->childKeys();
    m_settings->endGroup();
    keys.removeIf([](const QString &key) {
        return !Schedule::isWellFormedId(key);
    });
    return keys;
}

bool ScheduleStore::contains(const QString &id) const
{
    return Schedule::isWellFormedId(id) && syncSettings() && m_settings->contains(definitionKey(id));
}

Result<Schedule> ScheduleStore::schedule(const QString &id) const
{
    if (VoidResult synced = syncSettings(); !synced)
        return fail(synced.error());
    return readDefinition(id);
}

QList<Schedule> ScheduleStore::schedulesForProfile(const QString &profileId) const
{
    QList<Schedule> result = schedules();
    result.removeIf([&profileId](const Schedule &schedule) {
        return schedule.profileId != profileId;
    });
    return result;
}

Result<Schedule> ScheduleStore::add(Schedule schedule)
{
    if (schedule.id.isEmpty())
        schedule.id = Schedule::createId();
    if (VoidResult valid = Schedule::validate(schedule); !valid)
        return fail(valid.error());
    if (contains(schedule.id)) {
        return fail(
            Error::make(ErrorKind::AlreadyExists, tr("a schedule with id \"%1\" already exists").arg(schedule.id)));
    }
    if (!schedule.createdAt.isValid())
        schedule.createdAt = now();
    schedule.createdAt = schedule.createdAt.toUTC();
    if (VoidResult written = writeDefinition(schedule); !written)
        return fail(written.error());
    emit scheduleAdded(schedule.id);
    return schedule;
}

VoidResult ScheduleStore::update(Schedule schedule)
{
    if (VoidResult valid = Schedule::validate(schedule); !valid)
        return valid;
    if (VoidResult synced = syncSettings(); !synced)
        return synced;
    if (!Schedule::isWellFormedId(schedule.id) || !m_settings->contains(definitionKey(schedule.id)))
        return fail(notFound(schedule.id));
    const Result<Schedule> previous = readDefinition(schedule.id);
    if (!schedule.createdAt.isValid() && previous)
        schedule.createdAt = previous->createdAt;
    if (previous && *previous == schedule)
        return {};
    if (VoidResult written = writeDefinition(schedule); !written)
        return written;
    emit scheduleChanged(schedule.id);
    return {};
}

VoidResult ScheduleStore::remove(const QString &id)
{
    if (!contains(id))
        return fail(notFound(id));
    m_settings->remove(definitionKey(id));
    m_settings->remove(RUNS_GROUP + u'/' + id);
    if (VoidResult synced = syncSettings(); !synced)
        return synced;
    emit scheduleRemoved(id);
    return {};
}

Result<ScheduleRunState> ScheduleStore::runState(const QString &id) const
{
    if (!contains(id))
        return fail(notFound(id));
    ScheduleRunState state;
    state.lastRunAt = timeFrom(m_settings->value(runKey(id, LAST_RUN_AT)));
    state.lastSlotAt = timeFrom(m_settings->value(runKey(id, LAST_SLOT_AT)));
    state.lastFinishedAt = timeFrom(m_settings->value(runKey(id, LAST_FINISHED_AT)));
    state.lastOutcome = outcomeFrom(m_settings->value(runKey(id, LAST_OUTCOME)));
    state.lastMessage = m_settings->value(runKey(id, LAST_MESSAGE)).toString();
    state.lastDrillAt = timeFrom(m_settings->value(runKey(id, LAST_DRILL_AT)));
    state.lastDrillOutcome = outcomeFrom(m_settings->value(runKey(id, LAST_DRILL_OUTCOME)));
    return state;
}

VoidResult ScheduleStore::recordRunStarted(const QString &id, const QDateTime &startedAt, const QDateTime &slot)
{
    if (!contains(id))
        return fail(notFound(id));
    m_settings->setValue(runKey(id, LAST_RUN_AT), timeText(startedAt));
    m_settings->setValue(runKey(id, LAST_SLOT_AT), timeText(slot));
    m_settings->remove(runKey(id, LAST_FINISHED_AT));
    m_settings->remove(runKey(id, LAST_OUTCOME));
    m_settings->remove(runKey(id, LAST_MESSAGE));
    if (VoidResult synced = syncSettings(); !synced)
        return synced;
    emit runStateChanged(id);
    return {};
}

VoidResult ScheduleStore::recordRunFinished(
    const QString &id, const QDateTime &finishedAt, RunOutcome outcome, const QString &message)
{
    if (!contains(id))
        return fail(notFound(id));
    m_settings->setValue(runKey(id, LAST_FINISHED_AT), timeText(finishedAt));
    m_settings->setValue(runKey(id, LAST_OUTCOME), ScheduleRunState::outcomeKey(outcome));
    // One line: a multi-line message would make the settings file and list cells hard to read.
    m_settings->setValue(runKey(id, LAST_MESSAGE), message.simplified());
    if (VoidResult synced = syncSettings(); !synced)
        return synced;
    emit runStateChanged(id);
    return {};
}

VoidResult ScheduleStore::recordDrill(const QString &id, const QDateTime &at, RunOutcome outcome)
{
    if (!contains(id))
        return fail(notFound(id));
    m_settings->setValue(runKey(id, LAST_DRILL_AT), timeText(at));
    m_settings->setValue(runKey(id, LAST_DRILL_OUTCOME), ScheduleRunState::outcomeKey(outcome));
    if (VoidResult synced = syncSettings(); !synced)
        return synced;
    emit runStateChanged(id);
    return {};
}

} // namespace Snapdock
