// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/ManualClock.h"

#include <QMutexLocker>

namespace Snapdock::TestSupport {

ManualClock::ManualClock(const QDateTime &start)
    : m_now(start.toUTC())
{}

QDateTime ManualClock::now() const
{
    const QMutexLocker locker(&m_mutex);
    return m_now;
}

void ManualClock::setNow(const QDateTime &now)
{
    const QMutexLocker locker(&m_mutex);
    m_now = now.toUTC();
}

void ManualClock::advance(qint64 seconds)
{
    const QMutexLocker locker(&m_mutex);
    m_now = m_now.addSecs(seconds);
}

} // namespace Snapdock::TestSupport
