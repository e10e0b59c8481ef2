// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scheduling/CronExpression.h"

#include "core/support/Translation.h"

#include <QCoreApplication>
#include <QStringList>

#include <array>
#include <bit>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

namespace {

QString tr(const char *text)
{
    return translateWithFallback("Snapdock::CronExpression", text);
}

enum class Field
{
    Minute,
    Hour,
    DayOfMonth,
    Month,
    DayOfWeek
};

struct FieldRange
{
    int min;
    int max;
};

FieldRange rangeOf(Field field)
{
    switch (field) {
    case Field::Minute:
        return { 0, 59 };
    case Field::Hour:
        return { 0, 23 };
    case Field::DayOfMonth:
        return { 1, 31 };
    case Field::Month:
        return { 1, 12 };
    case Field::DayOfWeek:
        return { 0, 7 };
    }
    return { 0, 0 };
}

QString fieldName(Field field)
{
    switch (field) {
    case Field::Minute:
        return tr("minute");
    case Field::Hour:
        return tr("hour");
    case Field::DayOfMonth:
        return tr("day-of-month");
    case Field::Month:
        return tr("month");
    case Field::DayOfWeek:
        return tr("day-of-week");
    }
    return {};
}

constexpr std::array<QStringView, 12> MONTH_NAMES = {
    u"jan", u"feb", u"mar", u"apr", u"may", u"jun", u"jul", u"aug", u"sep", u"oct", u"nov", u"dec"
};
constexpr std::array<QStringView, 7> DAY_NAMES = { u"sun", u"mon", u"tue", u"wed", u"thu", u"fri", u"sat" };
// Days in each month in the longest case (February of a leap year), for refusing days that never come.
constexpr std::array<int, 12> LONGEST_MONTH_DAYS = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

struct Macro
{
    QStringView name;
    QStringView expansion;
};
constexpr std::array<Macro, 7> MACROS = { {
    { u"@hourly", u"0 * * * *" },
    { u"@daily", u"0 0 * * *" },
    { u"@midnight", u"0 0 * * *" },
    { u"@weekly", u"0 0 * * 0" },
    { u"@monthly", u"0 0 1 * *" },
    { u"@yearly", u"0 0 1 1 *" },
    { u"@annually", u"0 0 1 1 *" },
} };

// A date together with a weekday recurs within 40 years (28 normally, longer across a skipped leap year such as 2100).
constexpr int MAX_DAYS_BETWEEN_MATCHES = 366 * 41;

Error invalid(QStringView text, const QString &problem)
{
    return Error::make(ErrorKind::InvalidArgument, tr("cron expression \"%1\": %2").arg(text, problem));
}

// A number, or a month or day name in the fields that have names.
std::optional<int> parseValue(Field field, QStringView token)
{
    bool isNumber = !token.isEmpty() && token.size() <= 4;
    for (const QChar c : token)
        isNumber = isNumber && c >= u'0' && c <= u'9';
    if (isNumber)
        return token.toInt();
    if (field == Field::Month) {
        for (qsizetype i = 0; i < qsizetype(MONTH_NAMES.size()); ++i) {
            if (token.compare(MONTH_NAMES.at(i), Qt::CaseInsensitive) == 0)
                return int(i + 1);
        }
    }
    if (field == Field::DayOfWeek) {
        for (qsizetype i = 0; i < qsizetype(DAY_NAMES.size()); ++i) {
            if (token.compare(DAY_NAMES.at(i), Qt::CaseInsensitive) == 0)
                return int(i);
        }
    }
    return std::nullopt;
}

QString notAValue(Field field, QStringView token)
{
    switch (field) {
    case Field::Month:
        return tr("\"%1\" in the %2 field is neither a number nor a month name (jan-dec)").arg(token, fieldName(field));
    case Field::DayOfWeek:
        return tr("\"%1\" in the %2 field is neither a number nor a day name (sun-sat)").arg(token, fieldName(field));
    case Field::Minute:
    case Field::Hour:
    case Field::DayOfMonth:
        break;
    }
    return tr("\"%1\" in the %2 field is not a number").arg(token, fieldName(field));
}

Result<int> boundedValue(QStringView text, Field field, QStringView token)
{
    const std::optional<int> value = parseValue(field, token);
    if (!value)
        return fail(invalid(text, notAValue(field, token)));
    const FieldRange range = rangeOf(field);
    if (*value < range.min || *value > range.max) {
        return fail(invalid(text,
            tr("%1 in the %2 field is out of range (%3-%4)")
                .arg(token, fieldName(field), QString::number(range.min), QString::number(range.max))));
    }
    return *value;
}

// One field as a bit set (bit n: value n).
Result<quint64> parseField(QStringView text, Field field, QStringView fieldText)
{
    const FieldRange range = rangeOf(field);
    quint64 bits = 0;
    for (const QStringView item : fieldText.split(u',')) {
        if (item.isEmpty())
            return fail(
                invalid(text, tr("the %1 field \"%2\" has an empty list item").arg(fieldName(field), fieldText)));
        QStringView base = item;
        int step = 1;
        const qsizetype slash = item.indexOf(u'/');
        if (slash >= 0) {
            base = item.left(slash);
            const QStringView stepText = item.mid(slash + 1);
            bool ok = false;
            step = stepText.size() <= 4 ? stepText.toInt(&ok) : 0;
            const int span = range.max - range.min + 1;
            if (!ok || step < 1 || step > span || stepText.startsWith(u'+') || stepText.startsWith(u'-')) {
                return fail(invalid(text,
                    tr("the step in \"%1\" of the %2 field must be a whole number from 1 to %3")
                        .arg(item, fieldName(field), QString::number(span))));
            }
        }
        int low = range.min;
        int high = range.max;
        if (base != u"*") {
            const qsizetype dash = base.indexOf(u'-', 1);
            Result<int> first = boundedValue(text, field, dash < 0 ? base : base.left(dash));
            if (!first)
                return fail(first.error());
            low = *first;
            if (dash >= 0) {
                Result<int> last = boundedValue(text, field, base.mid(dash + 1));
                if (!last)
                    return fail(last.error());
                high = *last;
                if (high < low) {
                    return fail(invalid(
                        text, tr("the range \"%1\" in the %2 field runs backwards").arg(base, fieldName(field))));
                }
            } else if (slash < 0) {
                high = low; // a single value; "a/n" means a to the maximum, every n
            }
        }
        for (int value = low; value <= high; value += step)
            bits |= quint64(1) << value;
    }
    return bits;
}

} // namespace

Result<CronExpression> CronExpression::parse(QStringView text)
{
    const QString simplified = text.toString().simplified();
    if (simplified.isEmpty())
        return fail(Error::make(ErrorKind::InvalidArgument, tr("the cron expression is empty")));

    if (simplified.startsWith(u'@')) {
        for (const Macro &macro : MACROS) {
            if (simplified.compare(macro.name, Qt::CaseInsensitive) == 0) {
                Result<CronExpression> expanded = parse(macro.expansion);
                if (expanded)
                    expanded->m_text = macro.name.toString();
                return expanded;
            }
        }
        return fail(invalid(simplified, tr("unknown shortcut; use @hourly, @daily, @weekly, @monthly or @yearly")));
    }

    const QStringList fields = simplified.split(u' ');
    if (fields.size() != 5) {
        return fail(invalid(simplified,
            tr("a cron expression has five fields (minute hour day-of-month month day-of-week), this one has %1")
                .arg(fields.size())));
    }

    CronExpression expression;
    const std::array<Field, 5> order = {
        Field::Minute, Field::Hour, Field::DayOfMonth, Field::Month, Field::DayOfWeek
    };
    std::array<quint64, 5> bits{};
    for (qsizetype i = 0; i < 5; ++i) {
        Result<quint64> parsed = parseField(simplified, order.at(i), fields.at(i));
        if (!parsed)
            return fail(parsed.error());
        bits.at(i) = *parsed;
    }
    expression.m_text = simplified;
    expression.m_minutes = bits.at(0);
    expression.m_hours = quint32(bits.at(1));
    expression.m_daysOfMonth = quint32(bits.at(2));
    expression.m_months = quint32(bits.at(3));
    // 7 is Sunday too.
    expression.m_daysOfWeek = quint32((bits.at(4) | (bits.at(4) >> 7)) & 0x7F);
    expression.m_dayOfMonthStar = fields.at(2).startsWith(u'*');
    expression.m_dayOfWeekStar = fields.at(4).startsWith(u'*');

    // With either day field unrestricted a date needs its day of the month, so "30 February" never comes. With
    // both restricted the day of the week alone suffices, and every weekday comes.
    if (expression.m_dayOfMonthStar || expression.m_dayOfWeekStar) {
        bool possible = false;
        for (int month = 1; month <= 12 && !possible; ++month) {
            if (!(expression.m_months & (1U << month)))
                continue;
            const quint64 daysInMonth = (quint64(2) << LONGEST_MONTH_DAYS.at(month - 1)) - 2; // bits 1..days
            possible = (expression.m_daysOfMonth & daysInMonth) != 0;
        }
        if (!possible)
            return fail(invalid(simplified, tr("it never matches: none of its months has any of its days")));
    }
    return expression;
}

bool CronExpression::matchesDate(QDate date) const
{
    if (!isValid() || !date.isValid() || !(m_months & (1U << date.month())))
        return false;
    const bool dayOfMonth = m_daysOfMonth & (1U << date.day());
    const bool dayOfWeek = m_daysOfWeek & (1U << (date.dayOfWeek() % 7));
    if (m_dayOfMonthStar || m_dayOfWeekStar)
        return dayOfMonth && dayOfWeek;
    return dayOfMonth || dayOfWeek;
}

std::optional<QTime> CronExpression::firstTimeAtOrAfter(QTime from) const
{
    if (!isValid() || !from.isValid())
        return std::nullopt;
    for (int hour = from.hour(); hour < 24; ++hour) {
        if (!(m_hours & (1U << hour)))
            continue;
        const int firstMinute = hour == from.hour() ? from.minute() : 0;
        const quint64 minutes = m_minutes & ~((quint64(1) << firstMinute) - 1);
        if (minutes)
            return QTime(hour, std::countr_zero(minutes));
    }
    return std::nullopt;
}

std::optional<QTime> CronExpression::lastTimeAtOrBefore(QTime until) const
{
    if (!isValid() || !until.isValid())
        return std::nullopt;
    for (int hour = until.hour(); hour >= 0; --hour) {
        if (!(m_hours & (1U << hour)))
            continue;
        const int lastMinute = hour == until.hour() ? until.minute() : 59;
        const quint64 minutes = m_minutes & ((quint64(2) << lastMinute) - 1);
        if (minutes)
            return QTime(hour, 63 - std::countl_zero(minutes));
    }
    return std::nullopt;
}

WallClock::Pattern CronExpression::pattern() const
{
    WallClock::Pattern pattern;
    pattern.firstAtOrAfter = [expression = *this](QDate date, QTime from) -> std::optional<QTime> {
        if (!expression.matchesDate(date))
            return std::nullopt;
        return expression.firstTimeAtOrAfter(from);
    };
    pattern.lastAtOrBefore = [expression = *this](QDate date, QTime until) -> std::optional<QTime> {
        if (!expression.matchesDate(date))
            return std::nullopt;
        return expression.lastTimeAtOrBefore(until);
    };
    pattern.maxDaysBetween = MAX_DAYS_BETWEEN_MATCHES;
    return pattern;
}

QDateTime CronExpression::nextAfter(const QDateTime &after, const QTimeZone &zone) const
{
    if (!isValid())
        return {};
    return WallClock::nextAfter(pattern(), after, zone);
}

QDateTime CronExpression::lastAtOrBefore(const QDateTime &at, const QTimeZone &zone) const
{
    if (!isValid())
        return {};
    return WallClock::lastAtOrBefore(pattern(), at, zone);
}

} // namespace Snapdock
