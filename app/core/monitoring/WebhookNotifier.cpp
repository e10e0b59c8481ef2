// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/monitoring/WebhookNotifier.h"

#include "core/qdrant/HttpErrorMapping.h"
#include "core/support/Logging.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

namespace {

constexpr qint64 MAX_ERROR_BODY = 16 * 1024;

} // namespace

WebhookNotifier::WebhookNotifier(QNetworkAccessManager &network, QUrl url, QByteArray jsonBody, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_url(std::move(url))
    , m_body(std::move(jsonBody))
{
    m_timeoutTimer.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_timeoutTimer, &QTimer::timeout, this, &WebhookNotifier::onTimeout);
    connect(&m_retryTimer, &QTimer::timeout, this, &WebhookNotifier::send);
}

WebhookNotifier::WebhookNotifier(
    QNetworkAccessManager &network, QUrl url, const WebhookSummary &summary, QObject *parent)
    : WebhookNotifier(network, std::move(url), summary.toBody(), parent)
{}

WebhookNotifier::~WebhookNotifier()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

VoidResult WebhookNotifier::validateUrl(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != u"http"_s && scheme != u"https"_s)) {
        return fail(Error::make(ErrorKind::InvalidArgument,
            tr("the webhook URL must be an http:// or https:// URL, not \"%1\"").arg(displayUrl(url))));
    }
    return {};
}

QString WebhookNotifier::displayUrl(const QUrl &url)
{
    return url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

void WebhookNotifier::start()
{
    if (m_started)
        return;
    m_started = true;
    const VoidResult valid = validateUrl(m_url);
    if (!valid) {
        // finished() never comes out of start() itself.
        QTimer::singleShot(0, this, [this, valid] {
            finishWith(valid);
        });
        return;
    }
    send();
}

void WebhookNotifier::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    const VoidResult cancelled = fail(Error::make(ErrorKind::Cancelled, tr("sending the webhook")));
    if (!m_started) {
        m_started = true;
        QTimer::singleShot(0, this, [this, cancelled] {
            finishWith(cancelled);
        });
        return;
    }
    m_retryTimer.stop();
    if (m_reply)
        m_reply->abort(); // onReplyFinished() then finishes as cancelled
    else
        finishWith(cancelled);
}

void WebhookNotifier::send()
{
    if (m_finished)
        return;
    ++m_attempts;
    m_timedOut = false;
    QNetworkRequest request(m_url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setRawHeader("User-Agent"_ba, "Snapdock/" SNAPDOCK_VERSION_STRING ""_ba);
    // A redirect to another origin could hand the summary to someone else: follow only within the origin.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    request.setMaximumRedirectsAllowed(MAX_REDIRECTS);
    qCDebug(lcJobs).noquote() << "webhook POST" << displayUrl(m_url) << "attempt" << m_attempts;
    m_reply = m_network.post(request, m_body);
    connect(m_reply, &QNetworkReply::finished, this, &WebhookNotifier::onReplyFinished);
    m_timeoutTimer.start(m_timeoutMs);
}

void WebhookNotifier::onTimeout()
{
    if (!m_reply)
        return;
    m_timedOut = true;
    m_reply->abort();
}

void WebhookNotifier::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_finished)
        return;
    m_reply = nullptr;
    m_timeoutTimer.stop();
    reply->deleteLater();
    m_httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_cancelled) {
        finishWith(fail(Error::make(ErrorKind::Cancelled, tr("sending the webhook"))));
        return;
    }
    if (reply->error() == QNetworkReply::NoError && m_httpStatus >= 200 && m_httpStatus < 300) {
        finishWith({});
        return;
    }
    const Error error = errorFor(*reply);
    const bool transient = m_timedOut || error.kind == ErrorKind::CannotConnect || m_httpStatus >= 500;
    if (transient && m_attempts < MAX_ATTEMPTS) {
        qCInfo(lcJobs).noquote() << "webhook attempt" << m_attempts << "failed:" << error.code() << "- retrying";
        m_retryTimer.start(m_retryDelayMs);
        return;
    }
    finishWith(fail(error));
}

Error WebhookNotifier::errorFor(QNetworkReply &reply) const
{
    const QString detail = tr("sending the webhook to %1").arg(displayUrl(m_url));
    if (m_timedOut) {
        return Error::make(
            ErrorKind::Timeout, detail, tr("no answer within %1 s").arg(qMax(1, (m_timeoutMs + 999) / 1000)));
    }
    if (reply.error() == QNetworkReply::InsecureRedirectError || (m_httpStatus >= 300 && m_httpStatus < 400)) {
        const QUrl target = reply.attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        return Error::make(ErrorKind::BadRequest,
            detail,
            tr("the webhook redirects to %1, another origin; Snapdock does not follow such redirects")
                .arg(displayUrl(m_url.resolved(target))),
            m_httpStatus);
    }
    if (m_httpStatus >= 400)
        return HttpErrorMapping::fromHttpStatus(m_httpStatus, reply.read(MAX_ERROR_BODY), detail);
    // Qt's texts may repeat the URL; the query can hold a token.
    QString text = reply.errorString();
    text.replace(m_url.toString(), displayUrl(m_url));
    return HttpErrorMapping::fromNetworkError(reply.error(), text, detail);
}

void WebhookNotifier::finishWith(VoidResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result = std::move(result);
    m_timeoutTimer.stop();
    m_retryTimer.stop();
    Q_EMIT finished();
}

} // namespace Snapdock
