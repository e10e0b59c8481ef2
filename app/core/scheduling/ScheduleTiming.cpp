// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scheduling/ScheduleTiming.h"

#include "core/support/Translation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>

#include <algorithm>
#include <array>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

namespace {

QString tr(const char *text)
{
    return translateWithFallback("Snapdock::ScheduleTiming", text);
}

Error invalid(const QString &detail)
{
    return Error::make(ErrorKind::InvalidArgument, detail);
}

// Intervals longer than a day count from here; a Monday, so that 168 hours means Mondays.
const QDate EVERY_HOURS_ANCHOR(2024, 1, 1);
const QString TIME_FORMAT = u"HH:mm"_s;

constexpr std::array<QLatin1StringView, 7> DAY_KEYS = {
    "monday"_L1, "tuesday"_L1, "wednesday"_L1, "thursday"_L1, "friday"_L1, "saturday"_L1, "sunday"_L1
};

QString pluralDayName(Qt::DayOfWeek day)
{
    switch (day) {
    case Qt::Monday:
        return tr("Mondays");
    case Qt::Tuesday:
        return tr("Tuesdays");
    case Qt::Wednesday:
        return tr("Wednesdays");
    case Qt::Thursday:
        return tr("Thursdays");
    case Qt::Friday:
        return tr("Fridays");
    case Qt::Saturday:
        return tr("Saturdays");
    case Qt::Sunday:
        return tr("Sundays");
    }
    return {};
}

// "a", "a and b", "a, b and c".
QString joinForPeople(const QStringList &items)
{
    if (items.size() <= 1)
        return items.value(0);
    return tr("%1 and %2").arg(items.mid(0, items.size() - 1).join(tr(", ")), items.constLast());
}

QString formatTimes(const QList<QTime> &times)
{
    QStringList texts;
    for (const QTime &time : times)
        texts.append(time.toString(TIME_FORMAT));
    return joinForPeople(texts);
}

// The run times of an every-n-hours timing on one local date, sorted.
QList<QTime> everyHoursTimes(int hours, QDate date)
{
    int first = 0;
    if (hours > 24) {
        const qint64 hoursSinceAnchor = EVERY_HOURS_ANCHOR.daysTo(date) * 24;
        const qint64 remainder = ((hoursSinceAnchor % hours) + hours) % hours;
        first = remainder == 0 ? 0 : int(hours - remainder);
    }
    QList<QTime> times;
    for (int hour = first; hour < 24; hour += hours)
        times.append(QTime(hour, 0));
    return times;
}

std::optional<QTime> firstAtOrAfter(const QList<QTime> &sorted, QTime from)
{
    const auto it = std::lower_bound(sorted.cbegin(), sorted.cend(), from);
    return it == sorted.cend() ? std::nullopt : std::optional<QTime>(*it);
}

std::optional<QTime> lastAtOrBefore(const QList<QTime> &sorted, QTime until)
{
    const auto it = std::upper_bound(sorted.cbegin(), sorted.cend(), until);
    return it == sorted.cbegin() ? std::nullopt : std::optional<QTime>(*std::prev(it));
}

// A pattern from "the run times of this date", for the kinds with a handful of runs a day.
WallClock::Pattern patternFromTimes(std::function<QList<QTime>(QDate)> timesOn, int maxDaysBetween)
{
    WallClock::Pattern pattern;
    pattern.firstAtOrAfter = [timesOn](QDate date, QTime from) {
        return firstAtOrAfter(timesOn(date), from);
    };
    pattern.lastAtOrBefore = [timesOn](QDate date, QTime until) {
        return lastAtOrBefore(timesOn(date), until);
    };
    pattern.maxDaysBetween = maxDaysBetween;
    return pattern;
}

QTime wholeMinute(QTime time)
{
    return QTime(time.hour(), time.minute());
}

Result<QTime> parseTime(const QJsonValue &value, const QString &member)
{
    const QTime time = QTime::fromString(value.toString(), TIME_FORMAT);
    if (!value.isString() || !time.isValid())
        return fail(invalid(tr("the timing's \"%1\" must be a time written as HH:mm").arg(member)));
    return time;
}

} // namespace

ScheduleTiming::ScheduleTiming()
    : m_times{ QTime(2, 0) }
{}

Result<ScheduleTiming> ScheduleTiming::everyHours(int hours)
{
    if (hours < MIN_HOURS || hours > MAX_HOURS) {
        return fail(invalid(tr("the interval must be from %1 to %2 hours, not %3")
                                .arg(QString::number(MIN_HOURS), QString::number(MAX_HOURS), QString::number(hours))));
    }
    ScheduleTiming timing;
    timing.m_kind = Kind::EveryHours;
    timing.m_hours = hours;
    timing.m_times.clear();
    return timing;
}

Result<ScheduleTiming> ScheduleTiming::daily(const QList<QTime> &times)
{
    if (times.isEmpty())
        return fail(invalid(tr("a daily timing needs at least one time of day")));
    QList<QTime> normalized;
    for (const QTime &time : times) {
        if (!time.isValid())
            return fail(invalid(tr("a daily timing contains an invalid time of day")));
        normalized.append(wholeMinute(time));
    }
    std::sort(normalized.begin(), normalized.end());
    normalized.erase(std::unique(normalized.begin(), normalized.end()), normalized.end());
    if (normalized.size() > MAX_DAILY_TIMES) {
        return fail(invalid(tr("a daily timing can have at most %1 times of day; use every-hours or cron instead")
                                .arg(MAX_DAILY_TIMES)));
    }
    ScheduleTiming timing;
    timing.m_kind = Kind::Daily;
    timing.m_times = normalized;
    return timing;
}

Result<ScheduleTiming> ScheduleTiming::weekly(const QList<Qt::DayOfWeek> &days, QTime time)
{
    if (days.isEmpty())
        return fail(invalid(tr("a weekly timing needs at least one day of the week")));
    if (!time.isValid())
        return fail(invalid(tr("a weekly timing needs a valid time of day")));
    quint8 bits = 0;
    for (const Qt::DayOfWeek day : days) {
        if (day < Qt::Monday || day > Qt::Sunday)
            return fail(invalid(tr("a weekly timing contains an invalid day of the week")));
        bits |= quint8(1U << day);
    }
    ScheduleTiming timing;
    timing.m_kind = Kind::Weekly;
    timing.m_days = bits;
    timing.m_times = { wholeMinute(time) };
    return timing;
}

Result<ScheduleTiming> ScheduleTiming::cron(const QString &expression)
{
    Result<CronExpression> parsed = CronExpression::parse(expression);
    if (!parsed)
        return fail(parsed.error());
    ScheduleTiming timing;
    timing.m_kind = Kind::Cron;
    timing.m_cron = *parsed;
    timing.m_times.clear();
    return timing;
}

QList<QTime> ScheduleTiming::times() const
{
    return m_kind == Kind::Daily || m_kind == Kind::Weekly ? m_times : QList<QTime>();
}

QList<Qt::DayOfWeek> ScheduleTiming::days() const
{
    QList<Qt::DayOfWeek> result;
    if (m_kind != Kind::Weekly)
        return result;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        if (m_days & (1U << day))
            result.append(Qt::DayOfWeek(day));
    }
    return result;
}

WallClock::Pattern ScheduleTiming::pattern() const
{
    switch (m_kind) {
    case Kind::EveryHours:
        return patternFromTimes(
            [hours = m_hours](QDate date) {
                return everyHoursTimes(hours, date);
            },
            m_hours / 24 + 1);
    case Kind::Daily:
        return patternFromTimes(
            [times = m_times](QDate) {
                return times;
            },
            1);
    case Kind::Weekly:
        return patternFromTimes(
            [days = m_days, times = m_times](QDate date) {
                return (days & (1U << date.dayOfWeek())) ? times : QList<QTime>();
            },
            7);
    case Kind::Cron:
        return m_cron.pattern();
    }
    return {};
}

QDateTime ScheduleTiming::nextRunAfter(const QDateTime &after, const QTimeZone &zone) const
{
    return WallClock::nextAfter(pattern(), after, zone);
}

QList<QDateTime> ScheduleTiming::nextRuns(const QDateTime &after, const QTimeZone &zone, int count) const
{
    QList<QDateTime> runs;
    const WallClock::Pattern search = pattern();
    QDateTime from = after;
    while (runs.size() < count) {
        from = WallClock::nextAfter(search, from, zone);
        if (!from.isValid())
            break;
        runs.append(from);
    }
    return runs;
}

QDateTime ScheduleTiming::lastRunAtOrBefore(const QDateTime &at, const QTimeZone &zone) const
{
    return WallClock::lastAtOrBefore(pattern(), at, zone);
}

QString ScheduleTiming::describe() const
{
    switch (m_kind) {
    case Kind::EveryHours:
        return m_hours == 1 ? tr("Every hour") : tr("Every %1 hours").arg(m_hours);
    case Kind::Daily:
        return tr("Every day at %1").arg(formatTimes(m_times));
    case Kind::Weekly: {
        const QString time = formatTimes(m_times);
        const QList<Qt::DayOfWeek> weekdays = days();
        if (weekdays.size() == 7)
            return tr("Every day at %1").arg(time);
        if (weekdays == QList<Qt::DayOfWeek>{ Qt::Monday, Qt::Tuesday, Qt::Wednesday, Qt::Thursday, Qt::Friday })
            return tr("Monday to Friday at %1").arg(time);
        QStringList names;
        for (const Qt::DayOfWeek day : weekdays)
            names.append(pluralDayName(day));
        return tr("%1 at %2").arg(joinForPeople(names), time);
    }
    case Kind::Cron:
        return tr("cron: %1").arg(m_cron.toString());
    }
    return {};
}

QJsonObject ScheduleTiming::toJson() const
{
    switch (m_kind) {
    case Kind::EveryHours:
        return { { u"kind"_s, u"everyHours"_s }, { u"hours"_s, m_hours } };
    case Kind::Daily: {
        QJsonArray times;
        for (const QTime &time : m_times)
            times.append(time.toString(TIME_FORMAT));
        return { { u"kind"_s, u"daily"_s }, { u"times"_s, times } };
    }
    case Kind::Weekly: {
        QJsonArray days;
        for (const Qt::DayOfWeek day : this->days())
            days.append(DAY_KEYS.at(day - 1));
        return {
            { u"kind"_s, u"weekly"_s }, { u"days"_s, days }, { u"time"_s, m_times.value(0).toString(TIME_FORMAT) }
        };
    }
    case Kind::Cron:
        return { { u"kind"_s, u"cron"_s }, { u"expression"_s, m_cron.toString() } };
    }
    return {};
}

Result<ScheduleTiming> ScheduleTiming::fromJson(const QJsonObject &json)
{
    const QString kind = json.value("kind"_L1).toString();
    if (kind == u"everyHours"_s) {
        const QJsonValue hours = json.value("hours"_L1);
        if (!hours.isDouble() || hours.toDouble() != double(hours.toInt()))
            return fail(invalid(tr("the timing's \"hours\" must be a whole number")));
        return everyHours(hours.toInt());
    }
    if (kind == u"daily"_s) {
        const QJsonValue times = json.value("times"_L1);
        if (!times.isArray())
            return fail(invalid(tr("the timing's \"times\" must be a list of times written as HH:mm")));
        QList<QTime> parsed;
        for (const QJsonValue &time : times.toArray()) {
            Result<QTime> one = parseTime(time, u"times"_s);
            if (!one)
                return fail(one.error());
            parsed.append(*one);
        }
        return daily(parsed);
    }
    if (kind == u"weekly"_s) {
        const QJsonValue days = json.value("days"_L1);
        if (!days.isArray())
            return fail(invalid(tr("the timing's \"days\" must be a list of weekday names (monday ... sunday)")));
        QList<Qt::DayOfWeek> parsed;
        for (const QJsonValue &day : days.toArray()) {
            const auto it = std::find(DAY_KEYS.cbegin(), DAY_KEYS.cend(), day.toString());
            if (!day.isString() || it == DAY_KEYS.cend()) {
                return fail(invalid(tr("the timing's \"days\" contains \"%1\", which is not a weekday name "
                                       "(monday ... sunday)")
                                        .arg(day.toString())));
            }
            parsed.append(Qt::DayOfWeek(std::distance(DAY_KEYS.cbegin(), it) + 1));
        }
        Result<QTime> time = parseTime(json.value("time"_L1), u"time"_s);
        if (!time)
            return fail(time.error());
        return weekly(parsed, *time);
    }
    if (kind == u"cron"_s) {
        const QJsonValue expression = json.value("expression"_L1);
        if (!expression.isString())
            return fail(invalid(tr("the timing's \"expression\" must be a cron expression")));
        return cron(expression.toString());
    }
    return fail(invalid(
        tr("the timing's \"kind\" must be \"everyHours\", \"daily\", \"weekly\" or \"cron\", not \"%1\"").arg(kind)));
}

} // namespace Snapdock
