// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

namespace Snapdock {

// Where "now" comes from, so that code deciding by the time (schedules, missed runs, ages) can be tested with a
// clock the test sets. Production code uses SystemClock; tests use TestSupport::ManualClock.
// Implementations must be safe to call from any thread.
class Clock
{
public:
    virtual ~Clock();

    // The current instant, with Qt::UTC as its time spec.
    [[nodiscard]] virtual QDateTime now() const = 0;

protected:
    Clock() = default;
    Clock(const Clock &) = default;
    Clock &operator=(const Clock &) = default;
};

} // namespace Snapdock
