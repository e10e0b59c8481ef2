// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jobs/TransferStats.h"

#include <QDeadlineTimer>

#include <cmath>

namespace Snapdock {

TransferStats::TransferStats(Clock clock, qint64 windowMs)
    : m_clock(std::move(clock))
    , m_windowMs(qMax<qint64>(windowMs, 1))
{}

qint64 TransferStats::now() const
{
    // QDeadlineTimer::current() is monotonic: a wall-clock jump must not produce a negative or huge speed.
    return m_clock ? m_clock() : QDeadlineTimer::current().deadline();
}

void TransferStats::reset()
{
    m_samples.clear();
    m_done = 0;
    m_total = -1;
}

void TransferStats::addSample(qint64 done, qint64 total)
{
    const qint64 t = now();
    const bool restarted = !m_samples.isEmpty() && (done < m_done || total != m_total);
    if (restarted)
        m_samples.clear();
    m_done = done;
    m_total = total;

    if (m_samples.size() >= 2 && t - m_samples.at(m_samples.size() - 2).timeMs < MIN_SAMPLE_SPACING_MS) {
        // Keep the newest value but not one entry per network chunk.
        m_samples.last() = Sample{ t, done };
    } else {
        m_samples.append(Sample{ t, done });
    }
    dropOldSamples(t);
}

void TransferStats::dropOldSamples(qint64 nowMs)
{
    // Keep the newest sample at or before the window start as the baseline, drop everything older.
    const qint64 windowStart = nowMs - m_windowMs;
    qsizetype firstKept = 0;
    while (firstKept + 1 < m_samples.size() && m_samples.at(firstKept + 1).timeMs <= windowStart)
        ++firstKept;
    if (firstKept > 0)
        m_samples.remove(0, firstKept);
}

double TransferStats::bytesPerSecond() const
{
    if (m_samples.isEmpty())
        return 0.0;
    const qint64 nowMs = qMax(now(), m_samples.last().timeMs);
    const qint64 windowStart = nowMs - m_windowMs;

    // The baseline: what was done at the window start (the newest sample not after it), or the first sample
    // when the transfer began inside the window. Bytes before it — such as a resumed offset — never count.
    Sample baseline = m_samples.first();
    for (const Sample &sample : m_samples) {
        if (sample.timeMs > windowStart)
            break;
        baseline = sample;
    }
    // Measured from the baseline's own time (slightly more than the window), so that the bytes moved between
    // it and the window start are not credited to a shorter span.
    const qint64 elapsedMs = nowMs - baseline.timeMs;
    if (elapsedMs <= 0)
        return 0.0;
    const qint64 moved = m_done - baseline.done;
    return moved > 0 ? double(moved) * 1000.0 / double(elapsedMs) : 0.0;
}

qint64 TransferStats::etaSeconds() const
{
    if (m_total < 0)
        return -1;
    if (m_done >= m_total)
        return 0;
    const double speed = bytesPerSecond();
    if (speed <= 0.0)
        return -1;
    return qint64(std::ceil(double(m_total - m_done) / speed));
}

} // namespace Snapdock
