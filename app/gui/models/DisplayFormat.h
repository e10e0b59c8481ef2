// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Snapdock {

// How the browser's tables show sizes, times and checksums, in the person's locale. Stateless.
class DisplayFormat
{
    Q_DECLARE_TR_FUNCTIONS(DisplayFormat)

public:
    DisplayFormat() = delete;

    // "1.5 MiB"; "" for a negative (unknown) size.
    [[nodiscard]] static QString size(qint64 bytes);
    // Local time, short locale format; "" for an invalid time.
    [[nodiscard]] static QString localTime(const QDateTime &time);
    // "2026-01-31 12:00:00 UTC" for tooltips; "" for an invalid time.
    [[nodiscard]] static QString utcTime(const QDateTime &time);
    // "5 minutes", "3 hours", "2 days" for an age in seconds; "" for a negative age.
    [[nodiscard]] static QString age(qint64 seconds);
    // The first 12 hex digits and an ellipsis; the whole checksum when short.
    [[nodiscard]] static QString shortChecksum(const QString &sha256);
    // A number with the locale's group separators; "" for a negative (unknown) count.
    [[nodiscard]] static QString count(qint64 value);
};

} // namespace Snapdock
