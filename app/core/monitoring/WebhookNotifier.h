// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/monitoring/WebhookSummary.h"
#include "core/support/Result.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace Snapdock {

// POSTs one JSON document (normally a WebhookSummary) to a schedule's webhook URL: `Content-Type:
// application/json`, no credentials of Snapdock's own (whatever the person put into the URL is theirs to send), a
// timeout per attempt, and exactly one retry after a connection failure, a timeout or a 5xx. A redirect is followed
// only within the URL's origin; one to another origin fails without being followed. 2xx is success; any other
// answer is an Error (HttpErrorMapping), whose texts show the URL without user info or query.
//
// Lifetime: the creator owns it; it emits finished() exactly once, after start() (never synchronously from it) or
// cancel(), and result() is final from then on. `network` must outlive it. Lives in one thread.
class WebhookNotifier : public QObject
{
    Q_OBJECT

public:
    static constexpr int DEFAULT_TIMEOUT_MS = 15'000;
    static constexpr int DEFAULT_RETRY_DELAY_MS = 5'000;
    static constexpr int MAX_ATTEMPTS = 2;
    static constexpr int MAX_REDIRECTS = 3;

    WebhookNotifier(QNetworkAccessManager &network, QUrl url, QByteArray jsonBody, QObject *parent = nullptr);
    WebhookNotifier(QNetworkAccessManager &network, QUrl url, const WebhookSummary &summary, QObject *parent = nullptr);
    ~WebhookNotifier() override;

    // Before start(): how long one attempt may take in all, and the pause before the retry.
    void setTimeoutMs(int milliseconds) { m_timeoutMs = milliseconds; }
    void setRetryDelayMs(int milliseconds) { m_retryDelayMs = milliseconds; }

    void start();
    // Stops the attempt in flight or the wait for the retry; finished() follows with ErrorKind::Cancelled.
    void cancel();

    [[nodiscard]] bool isFinished() const { return m_finished; }
    [[nodiscard]] VoidResult result() const { return m_result; }
    [[nodiscard]] int attempts() const { return m_attempts; }
    // HTTP status of the last answer, 0 when none arrived.
    [[nodiscard]] int httpStatus() const { return m_httpStatus; }

    // http:// or https:// with a host; anything else is InvalidArgument.
    [[nodiscard]] static VoidResult validateUrl(const QUrl &url);
    // The URL for messages and logs: without user info, query and fragment, which may hold a token.
    [[nodiscard]] static QString displayUrl(const QUrl &url);

Q_SIGNALS:
    void finished();

private:
    void send();
    void onReplyFinished();
    void onTimeout();
    [[nodiscard]] Error errorFor(QNetworkReply &reply) const;
    void finishWith(VoidResult result);

    QNetworkAccessManager &m_network;
    QUrl m_url;
    QByteArray m_body;
    int m_timeoutMs = DEFAULT_TIMEOUT_MS;
    int m_retryDelayMs = DEFAULT_RETRY_DELAY_MS;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeoutTimer;
    QTimer m_retryTimer;
    int m_attempts = 0;
    int m_httpStatus = 0;
    bool m_started = false;
    bool m_finished = false;
    bool m_timedOut = false;
    bool m_cancelled = false;
    VoidResult m_result;
};

} // namespace Snapdock
