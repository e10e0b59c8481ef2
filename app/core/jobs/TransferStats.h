// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include <functional>

namespace Snapdock {

// Speed and time left of one transfer, from (bytes done, bytes total, time) samples. The speed is the average
// over a sliding window (the last few seconds), measured up to "now", so it falls towards 0 while a transfer
// stalls instead of freezing at the last burst. Plain value; not thread-safe.
//
// A transfer whose done count goes backwards (restarted from zero) or whose total changes (the next file) starts
// a new window; a transfer resumed at an offset is fine as it is, because only bytes moved inside the window count.
class TransferStats
{
public:
    // Milliseconds on a monotonic clock. Tests inject a fake one.
    using Clock = std::function<qint64()>;

    static constexpr qint64 DEFAULT_WINDOW_MS = 5000;
    // Samples closer together than this are merged, so a burst of readyRead calls costs no memory.
    static constexpr qint64 MIN_SAMPLE_SPACING_MS = 100;

    explicit TransferStats(Clock clock = {}, qint64 windowMs = DEFAULT_WINDOW_MS);

    // `total` is -1 when unknown.
    void addSample(qint64 done, qint64 total);
    void reset();

    [[nodiscard]] qint64 bytesDone() const { return m_done; }
    [[nodiscard]] qint64 bytesTotal() const { return m_total; }
    // Bytes per second over the window up to now; 0 until two samples (or one sample and some time) exist.
    [[nodiscard]] double bytesPerSecond() const;
    // Seconds left at the current speed, rounded up; -1 when unknown (no total, or no speed), 0 when done.
    [[nodiscard]] qint64 etaSeconds() const;

private:
    struct Sample
    {
        qint64 timeMs = 0;
        qint64 done = 0;
    };

    [[nodiscard]] qint64 now() const;
    void dropOldSamples(qint64 nowMs);

    Clock m_clock;
    qint64 m_windowMs;
    qint64 m_done = 0;
    qint64 m_total = -1;
    // Oldest first. The first sample may lie before the window: it is the baseline the window's bytes count from.
    QList<Sample> m_samples;
};

} // namespace Snapdock
