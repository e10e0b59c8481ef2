// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/models/DisplayFormat.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

namespace {

constexpr qsizetype SHORT_CHECKSUM_LENGTH = 12;

} // namespace

QString DisplayFormat::size(qint64 bytes)
{
    if (bytes < 0)
        return {};
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

QString DisplayFormat::localTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

QString DisplayFormat::utcTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return tr("%1 UTC").arg(time.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s));
}

QString DisplayFormat::age(qint64 seconds)
{
    if (seconds < 0)
        return {};
    const qint64 minutes = seconds / 60;
    const qint64 hours = minutes / 60;
    const qint64 days = hours / 24;
    if (minutes < 1)
        return tr("just now");
    if (hours < 1)
        return tr("%n minute(s)", nullptr, int(minutes));
    if (days < 1)
        return tr("%n hour(s)", nullptr, int(hours));
    return tr("%n day(s)", nullptr, int(days));
}

QString DisplayFormat::shortChecksum(const QString &sha256)
{
    if (sha256.size() <= SHORT_CHECKSUM_LENGTH)
        return sha256;
    return sha256.left(SHORT_CHECKSUM_LENGTH) + u'…';
}

QString DisplayFormat::count(qint64 value)
{
    if (value < 0)
        return {};
    return QLocale().toString(value);
}

} // namespace Snapdock
