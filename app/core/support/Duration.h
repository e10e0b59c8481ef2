// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Snapdock {

// Durations as people type them on command lines and in settings: a sequence of number + unit, units
// w (weeks), d (days), h (hours), m (minutes), s (seconds), e.g. "26h", "90m", "7d", "1d12h", "1w 2d".
// A bare number has no unit and is refused, so "26" cannot silently mean seconds.
// Returns the total in seconds, or nothing for text that is not such a duration (or is zero or overflows).
[[nodiscard]] std::optional<qint64> parseDuration(const QString &text);

// The inverse, with the two largest non-zero units: "26h", "1d 2h", "3w 4d", "45s"; "0s" for zero.
[[nodiscard]] QString formatDuration(qint64 seconds);

} // namespace Snapdock
