// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/qdrant/ApiRequest.h"

#include "core/qdrant/HttpErrorMapping.h"
#include "core/qdrant/RetryPolicy.h"
#include "core/support/Logging.h"

#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

namespace {

constexpr int MAX_REDIRECTS = 5;
constexpr qint64 MAX_ERROR_BODY = 64 * 1024;
constexpr qint64 PROGRESS_INTERVAL_MS = 100;

QByteArray verbFor(ApiRequest::Method method)
{
    switch (method) {
    case ApiRequest::Method::Get:
        return "GET"_ba;
    case ApiRequest::Method::Post:
        return "POST"_ba;
    case ApiRequest::Method::Put:
        return "PUT"_ba;
    case ApiRequest::Method::Delete:
        return "DELETE"_ba;
    }
    return "GET"_ba;
}

// AB:CD:… in upper case, as `openssl x509 -fingerprint -sha256` prints it, so a person can compare the two.
QString displayFingerprint(const QByteArray &lowerHex)
{
    QString text;
    for (qsizetype i = 0; i < lowerHex.size(); i += 2) {
        if (i > 0)
            text += u':';
        text += QString::fromLatin1(lowerHex.mid(i, 2)).toUpper();
    }
    return text;
}

} // namespace

ApiRequest::ApiRequest(QNetworkAccessManager &network,
    ServerEndpoint endpoint,
    Method method,
    QByteArray encodedPath,
    QString detail,
    QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_endpoint(std::move(endpoint))
    , m_method(method)
    , m_encodedPath(std::move(encodedPath))
    , m_detail(std::move(detail))
    , m_stallTimeoutMs(m_endpoint.requestTimeoutMs)
{
    m_stallTimer.setSingleShot(true);
    connect(&m_stallTimer, &QTimer::timeout, this, &ApiRequest::onStalled);
}

ApiRequest::~ApiRequest()
{
    releaseReply();
}

void ApiRequest::setJsonBody(const QByteArray &json)
{
    m_jsonBody = json;
    m_hasJsonBody = true;
}

QUrl ApiRequest::requestUrl() const
{
    QUrl url = m_endpoint.baseUrl;
    QByteArray path = url.path(QUrl::FullyEncoded).toUtf8();
    while (path.endsWith('/'))
        path.chop(1);
    url.setPath(QString::fromUtf8(path + m_encodedPath), QUrl::TolerantMode);
    if (m_query.isEmpty())
        url.setQuery(QString());
    else
        url.setQuery(m_query.query(QUrl::FullyEncoded), QUrl::TolerantMode);
    url.setFragment(QString());
    url.setUserInfo(QString());
    return url;
}

QNetworkRequest ApiRequest::buildRequest() const
{
    QNetworkRequest request(requestUrl());
    // Never follow a redirect to another origin: it would carry the API key along.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    request.setMaximumRedirectsAllowed(MAX_REDIRECTS);
    request.setRawHeader("User-Agent"_ba, "Snapdock/" SNAPDOCK_VERSION_STRING ""_ba);
    if (!m_endpoint.apiKey.isEmpty()) {
        if (m_endpoint.authScheme == AuthScheme::Bearer)
            request.setRawHeader("Authorization"_ba, "Bearer "_ba + m_endpoint.apiKey.toUtf8());
        else
            request.setRawHeader("api-key"_ba, m_endpoint.apiKey.toUtf8());
    }
    if (!m_caCertificates.isEmpty()) {
        // Replace the system CAs rather than add to them: whoever names a CA file trusts exactly that
        // (curl's --cacert), and Qt would otherwise stop loading system roots on demand anyway.
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(m_caCertificates);
        request.setSslConfiguration(tls);
    }
    return request;
}

VoidResult ApiRequest::checkTransport()
{
    if (m_endpoint.sendsKeyUnencrypted() && !m_endpoint.allowKeyOverPlainHttp) {
        return fail(errorWithDetail(ErrorKind::InvalidArgument,
            u"refusing to send the API key unencrypted over http:// to %1; use https://, or allow it explicitly "
            "(ServerEndpoint::allowKeyOverPlainHttp, snapdock-cli --allow-insecure-key)"_s.arg(
                m_endpoint.baseUrl.host())));
    }
    if (!m_endpoint.pinnedCertificateSha256.isEmpty()
        && ServerEndpoint::normalizedFingerprint(m_endpoint.pinnedCertificateSha256).isEmpty()) {
        // A typo must not silently turn into "nothing pinned".
        return fail(errorWithDetail(ErrorKind::InvalidArgument,
            u"the pinned certificate fingerprint is not a SHA-256 (64 hex digits, colons allowed)"_s));
    }
    m_caCertificates.clear();
    if (!m_endpoint.caCertificatesFile.isEmpty()) {
        // An unreadable CA file must fail loudly, not fall back to the system CAs.
        m_caCertificates = QSslCertificate::fromPath(
            m_endpoint.caCertificatesFile, QSsl::Pem, QSslCertificate::PatternSyntax::FixedString);
        if (m_caCertificates.isEmpty()) {
            return fail(errorWithDetail(ErrorKind::InvalidArgument,
                u"no PEM certificate could be read from the CA file %1"_s.arg(m_endpoint.caCertificatesFile)));
        }
    }
    return {};
}

void ApiRequest::start()
{
    if (m_started || m_finished)
        return;
    m_started = true;

    VoidResult prepared = checkTransport();
    if (prepared)
        prepared = prepare();
    if (!prepared) {
        // Keep the contract: finished() never comes out of start() itself.
        const Error error = prepared.error();
        QTimer::singleShot(0, this, [this, error] {
            finishWithError(error);
        });
        return;
    }

    QNetworkRequest request = buildRequest();
    customizeRequest(request);
    qCDebug(lcQdrant) << verbFor(m_method).constData() << request.url().path(QUrl::FullyEncoded);
    m_reply = send(m_network, request);
    if (!m_reply) {
        const Error error = errorWithDetail(ErrorKind::InvalidArgument);
        QTimer::singleShot(0, this, [this, error] {
            finishWithError(error);
        });
        return;
    }
    // Bounded memory: Qt buffers at most this much before we read it.
    m_reply->setReadBufferSize(1024 * 1024);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &ApiRequest::onMetaDataChanged);
    connect(m_reply, &QNetworkReply::readyRead, this, &ApiRequest::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &ApiRequest::onReplyFinished);
    if (!m_reportsOwnDownloadProgress)
        connect(m_reply, &QNetworkReply::downloadProgress, this, &ApiRequest::onTransferProgress);
    connect(m_reply, &QNetworkReply::uploadProgress, this, &ApiRequest::onTransferProgress);
    connect(m_reply, &QNetworkReply::sslErrors, this, &ApiRequest::onSslErrors);
    noteActivity();
}

QNetworkReply *ApiRequest::send(QNetworkAccessManager &network, const QNetworkRequest &request)
{
    if (!m_hasJsonBody)
        return network.sendCustomRequest(request, verbFor(m_method));
    QNetworkRequest withType = request;
    withType.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    return network.sendCustomRequest(withType, verbFor(m_method), m_jsonBody);
}

void ApiRequest::cancel()
{
    if (m_finished)
        return;
    const Error error = errorWithDetail(ErrorKind::Cancelled);
    if (!m_started) {
        m_started = true;
        QTimer::singleShot(0, this, [this, error] {
            finishWithError(error);
        });
        return;
    }
    finishWithError(error);
}

void ApiRequest::noteActivity()
{
    if (m_finished || m_stallTimeoutMs <= 0) {
        m_stallTimer.stop();
        return;
    }
    m_stallTimer.start(m_stallTimeoutMs);
}

void ApiRequest::readStatus()
{
    if (m_httpStatus != 0 || !m_reply)
        return;
    m_httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

void ApiRequest::onMetaDataChanged()
{
    readStatus();
}

void ApiRequest::onReadyRead()
{
    if (m_finished || !m_reply)
        return;
    noteActivity();
    readStatus();
    if (m_httpStatus >= 300 || m_httpStatus == 0) {
        // An error body: keep a bounded prefix for the message, drop the rest.
        const QByteArray chunk = m_reply->readAll();
        if (m_errorBody.size() < MAX_ERROR_BODY)
            m_errorBody.append(chunk.left(MAX_ERROR_BODY - m_errorBody.size()));
        return;
    }
    VoidResult handled = handleData(*m_reply);
    if (!handled)
        finishWithError(handled.error());
}

VoidResult ApiRequest::handleData(QNetworkReply &reply)
{
    const qint64 available = reply.bytesAvailable();
    if (m_body.size() + available > m_responseBodyLimit) {
        return fail(errorWithDetail(
            ErrorKind::InvalidResponse, u"the response is larger than %1 MiB"_s.arg(m_responseBodyLimit >> 20)));
    }
    m_body.append(reply.readAll());
    return {};
}

void ApiRequest::onTransferProgress(qint64 done, qint64 total)
{
    if (m_finished)
        return;
    noteActivity();
    if (done == 0 && total == 0)
        return; // Qt's trailing upload signal; not a real "0 %"
    Q_EMIT progressChanged(done, total > 0 ? total : -1);
}

void ApiRequest::reportDownloadProgress(qint64 done, qint64 total, bool force)
{
    // Qt chokes its own downloadProgress to one per 100 ms and may then say nothing for a stalled
    // transfer; count what was really written instead, at a rate a display can use.
    if (!force && m_progressClock.isValid() && m_progressClock.elapsed() < PROGRESS_INTERVAL_MS)
        return;
    m_progressClock.start();
    Q_EMIT progressChanged(done, total > 0 ? total : -1);
}

void ApiRequest::onSslErrors(const QList<QSslError> &errors)
{
    QStringList texts;
    for (const QSslError &error : errors)
        texts.append(error.errorString());
    m_sslErrorText = texts.join(u"; "_s);
    if (!m_reply)
        return;
    QSslCertificate peer = m_reply->sslConfiguration().peerCertificate();
    if (peer.isNull() && !errors.isEmpty())
        peer = errors.first().certificate();
    if (peer.isNull())
        return;
    // Always name the fingerprint: it is what a person checks out of band and then pins.
    const QByteArray fingerprint = peer.digest(QCryptographicHash::Sha256).toHex();
    m_sslErrorText += u"; the server certificate's SHA-256 fingerprint is %1"_s.arg(displayFingerprint(fingerprint));
    if (m_endpoint.pinnedCertificateSha256.isEmpty())
        return;
    const QByteArray pinned = ServerEndpoint::normalizedFingerprint(m_endpoint.pinnedCertificateSha256);
    if (!pinned.isEmpty() && fingerprint == pinned) {
        // The person explicitly accepted exactly this certificate: ignore only these errors, for it alone.
        m_reply->ignoreSslErrors(errors);
        m_sslErrorText.clear();
        return;
    }
    m_sslErrorText +=
        u", not the pinned %1 (the certificate changed, or the pin is wrong)"_s.arg(displayFingerprint(pinned));
}

void ApiRequest::onStalled()
{
    if (m_finished)
        return;
    m_stalled = true;
    qCInfo(lcQdrant) << "no data for" << m_stallTimeoutMs << "ms:" << m_detail;
    finishWithError(
        errorWithDetail(ErrorKind::Timeout, u"no data received for %1 s"_s.arg(qMax(1, m_stallTimeoutMs / 1000))));
}

void ApiRequest::onReplyFinished()
{
    if (m_finished || !m_reply)
        return;
    m_stallTimer.stop();
    readStatus();
    QNetworkReply &reply = *m_reply;
    const QNetworkReply::NetworkError networkError = reply.error();

    if (m_httpStatus >= 300) {
        const QByteArray rest = reply.readAll();
        if (m_errorBody.size() < MAX_ERROR_BODY)
            m_errorBody.append(rest.left(MAX_ERROR_BODY - m_errorBody.size()));
        Error error = HttpErrorMapping::fromHttpStatus(m_httpStatus, m_errorBody, m_detail);
        // RetryPolicy honours it: a rate-limited client that comes back early only gets refused again.
        error.retryAfterSeconds =
            RetryPolicy::parseRetryAfter(reply.rawHeader("Retry-After"_ba), QDateTime::currentDateTimeUtc());
        finishWithError(error);
        return;
    }
    if (networkError != QNetworkReply::NoError || m_httpStatus == 0) {
        QString message = reply.errorString();
        if (networkError == QNetworkReply::SslHandshakeFailedError && !m_sslErrorText.isEmpty())
            message = m_sslErrorText;
        Error error = HttpErrorMapping::fromNetworkError(networkError, message, m_detail);
        if (networkError == QNetworkReply::NoError)
            error = errorWithDetail(ErrorKind::InvalidResponse, u"no HTTP status in the response"_s);
        finishWithError(error);
        return;
    }
    // Drain what arrived with the final packet before judging the whole body.
    if (reply.bytesAvailable() > 0) {
        VoidResult handled = handleData(reply);
        if (!handled) {
            finishWithError(handled.error());
            return;
        }
    }
    handleSuccess(reply);
    if (!m_finished)
        finishWithError(errorWithDetail(ErrorKind::InvalidResponse));
}

void ApiRequest::finishSuccess()
{
    if (m_finished)
        return;
    m_finished = true;
    m_stallTimer.stop();
    releaseReply();
    emitFinished();
}

void ApiRequest::finishWithError(const Error &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_stallTimer.stop();
    releaseReply();
    cleanupAfterFailure();
    if (error.kind != ErrorKind::Cancelled)
        qCInfo(lcQdrant).noquote() << error.code() << m_detail << error.httpStatus;
    emitFinished();
}

void ApiRequest::emitFinished()
{
    Q_EMIT finished();
    if (m_autoDelete)
        deleteLater();
}

void ApiRequest::releaseReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    if (reply->isRunning())
        reply->abort();
    reply->deleteLater();
}

Error ApiRequest::errorWithDetail(ErrorKind kind, const QString &serverMessage) const
{
    return Error::make(kind, m_detail, serverMessage, m_httpStatus);
}

} // namespace Snapdock
