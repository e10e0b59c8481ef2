// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/scheduling/WallClock.h"
#include "core/support/Result.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringView>
#include <QTime>
#include <QTimeZone>

#include <optional>

namespace Snapdock {

// A classic five-field cron expression: minute hour day-of-month month day-of-week, read as Vixie cron reads it.
//
//  - Each field is `*` or a comma-separated list of values, ranges `a-b` and steps `*/n`, `a-b/n`, `a/n` (= a to the
//    field's maximum, every n).
//  - Months may be written jan..dec and days of the week sun..sat (any case); both 0 and 7 are Sunday.
//  - `@hourly` `@daily` (`@midnight`) `@weekly` `@monthly` `@yearly` (`@annually`) stand for their usual expansion.
//  - When both day fields are restricted, a day matches if EITHER matches ("0 3 1 * mon": the 1st and every
//    Monday). A day field starting with `*` (also `*/2`) counts as unrestricted, as in Vixie cron.
//  - Times are local wall-clock times of the zone passed in; WallClock's DST rules apply (a skipped time runs at
//    the end of the gap, a repeated one at its first occurrence).
//
// An expression that can never match (e.g. "0 0 30 2 *") is refused by parse(). Plain value type; safe from any
// thread.
class CronExpression
{
public:
    // An invalid expression that matches nothing; parse() makes valid ones.
    CronExpression() = default;

    // Fails with InvalidArgument and a message naming the field and the bad token, e.g.
    // `the day-of-week field: "mun" is not a number or a day name (sun-sat)`.
    [[nodiscard]] static Result<CronExpression> parse(QStringView text);

    [[nodiscard]] bool isValid() const { return !m_text.isEmpty(); }
    // The expression as parsed, with runs of white space collapsed: "0 3 * * 1-5", or the macro ("@daily").
    [[nodiscard]] QString toString() const { return m_text; }

    // The first matching instant (UTC) strictly after `after`; invalid for an invalid expression.
    [[nodiscard]] QDateTime nextAfter(const QDateTime &after, const QTimeZone &zone) const;
    // The last matching instant (UTC) at or before `at`; invalid when none within the search horizon.
    [[nodiscard]] QDateTime lastAtOrBefore(const QDateTime &at, const QTimeZone &zone) const;

    // Whether the day fields and the month field accept this local date.
    [[nodiscard]] bool matchesDate(QDate date) const;
    // The earliest (latest) time of day accepted by the minute and hour fields at or after `from` (at or before
    // `until`), in whole minutes; nullopt when there is none.
    [[nodiscard]] std::optional<QTime> firstTimeAtOrAfter(QTime from) const;
    [[nodiscard]] std::optional<QTime> lastTimeAtOrBefore(QTime until) const;

    // The expression as a pattern for WallClock searches (ScheduleTiming uses it).
    [[nodiscard]] WallClock::Pattern pattern() const;

    friend bool operator==(const CronExpression &, const CronExpression &) = default;

private:
    QString m_text;
    quint64 m_minutes = 0; // bit n: minute n
    quint32 m_hours = 0; // bit n: hour n
    quint32 m_daysOfMonth = 0; // bit n: day n (1-31)
    quint32 m_months = 0; // bit n: month n (1-12)
    quint32 m_daysOfWeek = 0; // bit n: day n (0 = Sunday ... 6 = Saturday)
    bool m_dayOfMonthStar = false;
    bool m_dayOfWeekStar = false;
};

} // namespace Snapdock
