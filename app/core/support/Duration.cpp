// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/support/Duration.h"

#include <QStringList>

#include <array>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

namespace {

struct Unit
{
    char16_t symbol;
    qint64 seconds;
};

constexpr std::array UNITS = {
    Unit{ u'w', 7 * 24 * 3600 },
    Unit{ u'd', 24 * 3600 },
    Unit{ u'h', 3600 },
    Unit{ u'm', 60 },
    Unit{ u's', 1 },
};

std::optional<qint64> unitSeconds(QChar symbol)
{
    for (const Unit &unit : UNITS) {
        if (symbol.toLower() == QChar(unit.symbol))
            return unit.seconds;
    }
    return std::nullopt;
}

} // namespace

std::optional<qint64> parseDuration(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    qint64 total = 0;
    qsizetype i = 0;
    while (i < trimmed.size()) {
        if (trimmed.at(i).isSpace()) {
            ++i;
            continue;
        }
        const qsizetype digitsStart = i;
        while (i < trimmed.size() && trimmed.at(i) >= u'0' && trimmed.at(i) <= u'9')
            ++i;
        if (i == digitsStart || i - digitsStart > 9 || i >= trimmed.size())
            return std::nullopt; // no number, an absurd one, or a number without a unit
        const qint64 value = trimmed.mid(digitsStart, i - digitsStart).toLongLong();
        const std::optional<qint64> unit = unitSeconds(trimmed.at(i));
        if (!unit)
            return std::nullopt;
        ++i;
        if (value > (std::numeric_limits<qint64>::max() - total) / *unit)
            return std::nullopt;
        total += value * *unit;
    }
    if (total <= 0)
        return std::nullopt;
    return total;
}

QString formatDuration(qint64 seconds)
{
    if (seconds <= 0)
        return u"0s"_s;
    QStringList parts;
    qint64 rest = seconds;
    for (const Unit &unit : UNITS) {
        if (parts.size() == 2)
            break;
        const qint64 count = rest / unit.seconds;
        // Hours read better than days for a day and a bit ("26h" is how people set such thresholds).
        if (unit.symbol == u'd' && seconds < 2 * 24 * 3600 && parts.isEmpty())
            continue;
        if (count > 0) {
            parts.append(QString::number(count) + QChar(unit.symbol));
            rest -= count * unit.seconds;
        } else if (!parts.isEmpty()) {
            break; // "1d 0h 5m" would mislead; two adjacent units only
        }
    }
    return parts.join(u' ');
}

} // namespace Snapdock
