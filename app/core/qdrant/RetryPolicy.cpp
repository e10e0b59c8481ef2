// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/qdrant/RetryPolicy.h"

#include <QLocale>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

namespace {

// A server asking for days is not asking for a retry this run; a cap keeps the number sane for ints.
constexpr qint64 MAX_RETRY_AFTER_SECONDS = 24 * 3600;

} // namespace

bool RetryPolicy::isRetryable(const Error &error)
{
    switch (error.kind) {
    case ErrorKind::CannotConnect:
    case ErrorKind::Timeout:
    case ErrorKind::ServerError:
    case ErrorKind::RateLimited:
        return true;
    default:
        return false;
    }
}

bool RetryPolicy::allowsRetry(const Error &error, int attemptsMade) const
{
    return isRetryable(error) && attemptsMade < maxAttempts;
}

int RetryPolicy::delayMs(const Error &error, int attemptsMade) const
{
    if (error.retryAfterSeconds >= 0)
        return static_cast<int>(std::min<qint64>(qint64(error.retryAfterSeconds) * 1000, maxRetryAfterMs));
    // Full jitter (AWS architecture blog, "Exponential Backoff and Jitter"): clients that failed together
    // do not come back together, which is what a struggling server needs.
    const int exponent = std::clamp(attemptsMade - 1, 0, 30);
    const double ceiling = std::min<double>(maxDelayMs, std::ldexp(double(baseDelayMs), exponent));
    const double draw = random ? random() : QRandomGenerator::global()->generateDouble();
    return static_cast<int>(std::clamp(draw, 0.0, 1.0) * std::max(0.0, ceiling));
}

int RetryPolicy::parseRetryAfter(QByteArrayView value, const QDateTime &now)
{
    const QByteArray text = value.toByteArray().trimmed();
    if (text.isEmpty())
        return -1;
    bool isNumber = false;
    const qlonglong seconds = text.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? -1 : static_cast<int>(std::min<qlonglong>(seconds, MAX_RETRY_AFTER_SECONDS));
    // RFC 9110 §5.6.7: IMF-fixdate is what senders must use; asctime() is still seen from old servers.
    const QString date = QString::fromLatin1(text).simplified();
    QDateTime when;
    for (const QString &format : { u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s, u"ddd MMM d HH:mm:ss yyyy"_s }) {
        when = QLocale::c().toDateTime(date, format);
        if (when.isValid())
            break;
    }
    if (!when.isValid())
        return -1;
    when.setTimeSpec(Qt::UTC);
    const qint64 delta = now.secsTo(when);
    return static_cast<int>(std::clamp<qint64>(delta, 0, MAX_RETRY_AFTER_SECONDS));
}

} // namespace Snapdock
