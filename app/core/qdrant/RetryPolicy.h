// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/support/Error.h"

#include <QByteArrayView>
#include <QDateTime>

#include <functional>

namespace Snapdock {

// The one place that decides whether a failed request is tried again and how long to wait first.
// Transient failures (connection lost, stall, 5xx, 429) are retried; everything a retry cannot fix
// (auth, not found, conflicts, 413, invalid snapshots, local disk errors, cancel) is not.
// Plain value, cheap to copy; the random source is called from the thread that uses the policy.
struct RetryPolicy
{
    // A uniformly distributed number in [0, 1); replaced in tests to make the jitter predictable.
    using RandomSource = std::function<double()>;

    int maxAttempts = 5; // attempts in total, the first one included
    int baseDelayMs = 1'000; // the backoff before the second attempt, before jitter
    int maxDelayMs = 30'000; // the backoff never grows beyond this
    int maxRetryAfterMs = 120'000; // a server's Retry-After is honoured up to this
    // After a snapshot creation lost its connection, the server keeps creating: how often and how long
    // apart the snapshot list is polled for it before a new creation is requested.
    int creationPollCount = 6;
    int creationPollIntervalMs = 5'000;
    RandomSource random; // empty: QRandomGenerator::global()

    // True for the kinds that a later attempt can fix.
    [[nodiscard]] static bool isRetryable(const Error &error);
    // True if `error` is retryable and fewer than maxAttempts attempts were made.
    [[nodiscard]] bool allowsRetry(const Error &error, int attemptsMade) const;
    // Milliseconds to wait before attempt `attemptsMade + 1`: the server's Retry-After (capped) when it sent
    // one, else "full jitter", uniform in [0, min(maxDelayMs, baseDelayMs · 2^(attemptsMade − 1))].
    [[nodiscard]] int delayMs(const Error &error, int attemptsMade) const;

    // Seconds from a Retry-After header: delay-seconds or an HTTP-date (past dates give 0); -1 if absent or garbage.
    [[nodiscard]] static int parseRetryAfter(QByteArrayView value, const QDateTime &now);
};

} // namespace Snapdock
