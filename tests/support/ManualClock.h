// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/support/Clock.h"

#include <QMutex>

namespace Snapdock::TestSupport {

// A clock that stands still until the test moves it. Safe from any thread, like every Clock.
class ManualClock final : public Clock
{
public:
    // Starts at `start`, converted to UTC.
    explicit ManualClock(const QDateTime &start);

    [[nodiscard]] QDateTime now() const override;
    void setNow(const QDateTime &now);
    // Moves the clock forward (or back, with a negative value) by whole seconds.
    void advance(qint64 seconds);

private:
    mutable QMutex m_mutex;
    QDateTime m_now;
};

} // namespace Snapdock::TestSupport
