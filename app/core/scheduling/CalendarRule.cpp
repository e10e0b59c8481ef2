// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scheduling/CalendarRule.h"

#include "core/scheduling/ScheduleTiming.h"
#include "core/support/Translation.h"

#include <QCoreApplication>
#include <QDate>
#include <QMap>
#include <QTime>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

namespace {

QString tr(const char *text)
{
    return translateWithFallback("Snapdock::CalendarRule", text);
}

constexpr int HOURS_PER_WEEK = 7 * 24;
// Within 1901-2099 the Gregorian calendar repeats every 28 years, so these years hold every combination of
// month, day and weekday there is.
const QDate PROBE_FIRST(2024, 1, 1);
const QDate PROBE_LAST(2051, 12, 31);

Error notExpressible(const QString &what)
{
    return Error::make(ErrorKind::InvalidArgument,
        tr("%1 cannot be expressed as an OS calendar timer; choose another timing for the installed job").arg(what));
}

// The day part of a rule.
struct DateRestriction
{
    QList<int> months;
    QList<int> daysOfMonth;
    QList<int> weekdays;
};

// Times of day as rules: the hours that share the same minutes become one rule, so "02:30 and 14:30" is one
// rule and "02:30 and 14:45" two (a rule fires at every combination of its hours and minutes).
QList<CalendarRule> rulesForTimes(const QList<QTime> &times, const DateRestriction &date)
{
    QMap<int, QList<int>> minutesByHour;
    for (const QTime &time : times) {
        QList<int> &minutes = minutesByHour[time.hour()];
        if (!minutes.contains(time.minute()))
            minutes.append(time.minute());
    }
    QMap<QList<int>, QList<int>> hoursByMinutes;
    for (auto it = minutesByHour.begin(); it != minutesByHour.end(); ++it) {
        std::sort(it->begin(), it->end());
        hoursByMinutes[*it].append(it.key());
    }
    QList<CalendarRule> rules;
    for (auto it = hoursByMinutes.cbegin(); it != hoursByMinutes.cend(); ++it)
        rules.append(CalendarRule{ date.months, date.daysOfMonth, date.weekdays, it.value(), it.key() });
    return rules;
}

Result<QList<CalendarRule>> everyHoursRules(int hours)
{
    if (hours <= 24) {
        QList<QTime> times;
        for (int hour = 0; hour < 24; hour += hours)
            times.append(QTime(hour, 0));
        return rulesForTimes(times, {});
    }
    // Longer intervals count from a Monday 00:00 (see ScheduleTiming); only those dividing a week repeat weekly.
    if (HOURS_PER_WEEK % hours != 0)
        return fail(notExpressible(tr("Every %1 hours").arg(hours)));
    QList<CalendarRule> rules;
    for (int at = 0; at < HOURS_PER_WEEK; at += hours)
        rules.append(CalendarRule{ {}, {}, { at / 24 + 1 }, { at % 24 }, { 0 } });
    return rules;
}

QList<QTime> cronTimesOfDay(const CronExpression &cron)
{
    QList<QTime> times;
    std::optional<QTime> next = cron.firstTimeAtOrAfter(QTime(0, 0));
    while (next) {
        times.append(*next);
        if (*next == QTime(23, 59))
            break;
        next = cron.firstTimeAtOrAfter(next->addSecs(60));
    }
    return times;
}

// Recovers cron's day rule from the dates it matches. Vixie cron matches a date when its month is allowed and its
// day of month OR its weekday is (AND when either field is "*"), so the matched days are exactly the days of
// month that match in every allowed month and year, together with the weekdays that do.
Result<DateRestriction> cronDates(const CronExpression &cron)
{
    QList<bool> monthSeen(13, false);
    QList<bool> dayOccurs(32, false); // in an allowed month: a day that never occurs there restricts nothing
    QList<bool> dayAlways(32, true);
    QList<bool> weekdayAlways(8, true);
    for (QDate date = PROBE_FIRST; date <= PROBE_LAST; date = date.addDays(1)) {
        if (cron.matchesDate(date))
            monthSeen[date.month()] = true;
    }
    for (QDate date = PROBE_FIRST; date <= PROBE_LAST; date = date.addDays(1)) {
        if (!monthSeen[date.month()])
            continue;
        dayOccurs[date.day()] = true;
        if (cron.matchesDate(date))
            continue;
        dayAlways[date.day()] = false;
        weekdayAlways[date.dayOfWeek()] = false;
    }
    DateRestriction restriction;
    QList<int> days;
    QList<int> weekdays;
    for (int month = 1; month <= 12; ++month) {
        if (monthSeen[month])
            restriction.months.append(month);
    }
    for (int day = 1; day <= 31; ++day) {
        if (dayOccurs[day] && dayAlways[day])
            days.append(day);
    }
    for (int weekday = 1; weekday <= 7; ++weekday) {
        if (weekdayAlways[weekday])
            weekdays.append(weekday);
    }
    if (restriction.months.isEmpty() || (days.isEmpty() && weekdays.isEmpty()))
        return fail(notExpressible(tr("The cron expression \"%1\"").arg(cron.toString())));
    if (restriction.months.size() == 12)
        restriction.months.clear();
    if (days.size() == int(std::count(dayOccurs.cbegin(), dayOccurs.cend(), true)) || weekdays.size() == 7) {
        days.clear();
        weekdays.clear();
    }
    restriction.daysOfMonth = days;
    restriction.weekdays = weekdays;
    return restriction;
}

} // namespace

Result<QList<CalendarRule>> CalendarRule::forTiming(const ScheduleTiming &timing)
{
    switch (timing.kind()) {
    case ScheduleTiming::Kind::EveryHours:
        return everyHoursRules(timing.hours());
    case ScheduleTiming::Kind::Daily:
        return rulesForTimes(timing.times(), {});
    case ScheduleTiming::Kind::Weekly: {
        DateRestriction date;
        for (const Qt::DayOfWeek day : timing.days())
            date.weekdays.append(int(day));
        return rulesForTimes(timing.times(), date);
    }
    case ScheduleTiming::Kind::Cron: {
        const CronExpression cron = timing.cronExpression();
        const QList<QTime> times = cronTimesOfDay(cron);
        const Result<DateRestriction> dates = cronDates(cron);
        if (!dates)
            return fail(dates.error());
        if (times.isEmpty())
            return fail(notExpressible(tr("The cron expression \"%1\"").arg(cron.toString())));
        // Cron's "either" of day of month and weekday: one set of rules for each.
        QList<CalendarRule> rules;
        if (!dates->daysOfMonth.isEmpty())
            rules += rulesForTimes(times, DateRestriction{ dates->months, dates->daysOfMonth, {} });
        if (!dates->weekdays.isEmpty())
            rules += rulesForTimes(times, DateRestriction{ dates->months, {}, dates->weekdays });
        if (dates->daysOfMonth.isEmpty() && dates->weekdays.isEmpty())
            rules += rulesForTimes(times, DateRestriction{ dates->months, {}, {} });
        return rules;
    }
    }
    return fail(notExpressible(timing.describe()));
}

} // namespace Snapdock
