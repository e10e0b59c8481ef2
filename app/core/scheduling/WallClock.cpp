// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scheduling/WallClock.h"

#include <algorithm>
#include <array>

namespace Snapdock {

namespace {

constexpr qint64 SECONDS_PER_DAY = 24 * 60 * 60;
// Longer than any repeated hour a time zone has had (1 h almost everywhere, 30 min on Lord Howe Island): a search
// backwards from `at` starts this far later on the wall clock, so that readings of a repeated hour are not missed.
constexpr qint64 REPEAT_MARGIN_SECONDS = 3 * 60 * 60;
const QTime LAST_MINUTE(23, 59);

QTime wholeMinute(QTime time)
{
    return QTime(time.hour(), time.minute());
}

// The clock reading of `instant` in `zone`, held as a UTC date-time so that arithmetic on it ignores DST.
QDateTime wallReading(const QDateTime &instant, const QTimeZone &zone)
{
    const QDateTime local = instant.toTimeZone(zone);
    return QDateTime(local.date(), local.time(), Qt::UTC);
}

// The first instant at which the offset differs from the one at `before`, searched in (before, after]. Offsets
// change on whole seconds, so bisection over seconds finds the transition exactly, whatever the zone's data.
QDateTime firstInstantAfterGap(const QTimeZone &zone, const QDateTime &before, const QDateTime &after)
{
    const int offsetBefore = zone.offsetFromUtc(before);
    qint64 low = before.toSecsSinceEpoch();
    qint64 high = after.toSecsSinceEpoch();
    while (high - low > 1) {
        const qint64 middle = low + (high - low) / 2;
        if (zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(middle, Qt::UTC)) == offsetBefore)
            low = middle;
        else
            high = middle;
    }
    return QDateTime::fromSecsSinceEpoch(high, Qt::UTC);
}

} // namespace

QDateTime WallClock::toUtc(QDate date, QTime time, const QTimeZone &zone)
{
    if (!zone.isValid() || !date.isValid() || !time.isValid())
        return {};
    const QDateTime reading(date, time, Qt::UTC);
    // The offsets in force a day either side cover any single transition near this reading.
    const std::array<int, 3> offsets = {
        zone.offsetFromUtc(reading.addSecs(-SECONDS_PER_DAY)),
        zone.offsetFromUtc(reading),
        zone.offsetFromUtc(reading.addSecs(SECONDS_PER_DAY)),
    };
    QDateTime earliest;
    for (const int offset : offsets) {
        const QDateTime candidate = reading.addSecs(-offset);
        // The reading exists with this offset if the zone really uses it at that instant; when two offsets do
        // (clocks fell back), the earlier instant is the first occurrence.
        if (zone.offsetFromUtc(candidate) == offset && (!earliest.isValid() || candidate < earliest))
            earliest = candidate;
    }
    if (earliest.isValid())
        return earliest;

    // No offset produces this reading: it lies in a gap. Read with the larger offset it is an instant before the
    // transition, with the smaller one an instant after it.
    const auto [smallest, largest] = std::minmax_element(offsets.cbegin(), offsets.cend());
    return firstInstantAfterGap(zone, reading.addSecs(-*largest), reading.addSecs(-*smallest));
}

QDateTime WallClock::nextAfter(const Pattern &pattern, const QDateTime &after, const QTimeZone &zone)
{
    if (!after.isValid() || !zone.isValid() || !pattern.firstAtOrAfter)
        return {};
    // Readings before the one of `after` stand for instants at or before `after` (the mapping never goes back
    // in time), so the search can start there.
    const QDateTime start = wallReading(after, zone);
    QDate date = start.date();
    QTime from = wholeMinute(start.time());
    const QDate lastDate = date.addDays(qint64(pattern.maxDaysBetween) + 1);
    for (; date <= lastDate; date = date.addDays(1), from = QTime(0, 0)) {
        std::optional<QTime> time = pattern.firstAtOrAfter(date, from);
        while (time) {
            const QDateTime slot = toUtc(date, *time, zone);
            if (!slot.isValid())
                return {};
            // Readings of a repeated hour, or skipped ones that collapse onto the same instant, can lie at or
            // before `after` although their reading is later: keep looking.
            if (slot > after)
                return slot;
            if (*time >= LAST_MINUTE)
                break;
            time = pattern.firstAtOrAfter(date, time->addSecs(60));
        }
    }
    return {};
}

QDateTime WallClock::lastAtOrBefore(const Pattern &pattern, const QDateTime &at, const QTimeZone &zone)
{
    if (!at.isValid() || !zone.isValid() || !pattern.lastAtOrBefore)
        return {};
    const QDateTime start = wallReading(at, zone).addSecs(REPEAT_MARGIN_SECONDS);
    QDate date = start.date();
    QTime until = wholeMinute(start.time());
    const QDate firstDate = date.addDays(-(qint64(pattern.maxDaysBetween) + 1));
    for (; date >= firstDate; date = date.addDays(-1), until = LAST_MINUTE) {
        std::optional<QTime> time = pattern.lastAtOrBefore(date, until);
        while (time) {
            const QDateTime slot = toUtc(date, *time, zone);
            if (!slot.isValid())
                return {};
            if (slot <= at)
                return slot;
            if (*time == QTime(0, 0))
                break;
            time = pattern.lastAtOrBefore(date, time->addSecs(-60));
        }
    }
    return {};
}

} // namespace Snapdock
