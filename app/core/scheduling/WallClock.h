// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QTimeZone>

#include <functional>
#include <optional>

namespace Snapdock {

// Local wall-clock times ("02:30 every day") and the instants they stand for in a time zone. Every slot search of
// the schedules goes through here, so that one set of daylight-saving rules applies everywhere:
//
//  - A local time that does not exist (clocks spring forward) stands for the first instant after the gap: 02:30 on
//    the night Berlin goes from 02:00 CET to 03:00 CEST is 03:00 CEST. Several skipped times (02:00, 02:15, ...)
//    all become that same instant, so a schedule runs once there, not once per skipped time.
//  - A local time that occurs twice (clocks fall back) stands for its first occurrence only: 02:30 on the night
//    Berlin goes from 03:00 CEST back to 02:00 CET is 02:30 CEST; nothing runs at 02:30 CET.
//
// Slots are whole minutes. Instants returned are in UTC (Qt::UTC); an invalid QDateTime means "none".
// Stateless; safe from any thread.
class WallClock
{
public:
    WallClock() = delete;

    // A recurring local-time pattern, asked one local date at a time. The functions receive and return times with
    // whole minutes (seconds zero).
    struct Pattern
    {
        // The earliest matching time on `date` at or after `from`; nullopt when there is none that day.
        std::function<std::optional<QTime>(QDate date, QTime from)> firstAtOrAfter;
        // The latest matching time on `date` at or before `until`; nullopt when there is none that day.
        std::function<std::optional<QTime>(QDate date, QTime until)> lastAtOrBefore;
        // The most days that can lie between two matching dates; searches give up beyond this.
        int maxDaysBetween = 1;
    };

    // The instant the local reading `date` `time` stands for in `zone`, with the rules above. Invalid when `zone`
    // or the date is invalid.
    [[nodiscard]] static QDateTime toUtc(QDate date, QTime time, const QTimeZone &zone);

    // The first instant of `pattern` strictly after `after`.
    [[nodiscard]] static QDateTime nextAfter(const Pattern &pattern, const QDateTime &after, const QTimeZone &zone);

    // The last instant of `pattern` at or before `at`.
    [[nodiscard]] static QDateTime lastAtOrBefore(const Pattern &pattern, const QDateTime &at, const QTimeZone &zone);
};

} // namespace Snapdock
