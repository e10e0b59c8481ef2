// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/qdrant/ServerEndpoint.h"
#include "core/support/Result.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QTimer>
#include <QUrlQuery>

#include <optional>

class QNetworkAccessManager;

namespace Snapdock {

// Base of every HTTP call to Qdrant (template method). The base alone sets credentials, TLS trust,
// the redirect policy and the stall timeout, maps failures to Error, owns the QNetworkReply and deletes it.
// Subclasses describe the call in their constructor and implement handleSuccess().
//
// Lifetime: the creator owns the request. It emits finished() exactly once — after start() or cancel() —
// and never synchronously from start(). Delete it with deleteLater() (or setAutoDelete(true)), never
// from a slot connected to finished() with plain delete. Lives in, and must be used from, one thread.
class ApiRequest : public QObject
{
    Q_OBJECT

public:
    enum class Method
    {
        Get,
        Post,
        Put,
        Delete
    };

    ~ApiRequest() override;

    // Sends the request. Calling it twice does nothing.
    void start();
    // Stops the call; finished() follows with ErrorKind::Cancelled unless it had already finished.
    void cancel();

    [[nodiscard]] bool isStarted() const { return m_started; }
    [[nodiscard]] bool isFinished() const { return m_finished; }
    [[nodiscard]] bool isSucceeded() const { return m_finished && !m_error; }
    // The failure; only meaningful once finished() came and isSucceeded() is false.
    [[nodiscard]] Error error() const { return m_error.value_or(Error()); }
    // HTTP status of the final response, 0 if none arrived.
    [[nodiscard]] int httpStatus() const { return m_httpStatus; }
    // What this call does, e.g. `creating a snapshot of collection "docs"`, used in errors and logs.
    [[nodiscard]] QString detail() const { return m_detail; }

    // deleteLater() itself right after emitting finished().
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

Q_SIGNALS:
    // Bytes moved so far and the total (-1 when unknown). Never a trailing (0, 0).
    void progressChanged(qint64 bytesDone, qint64 bytesTotal);
    void finished();

protected:
    ApiRequest(QNetworkAccessManager &network,
        ServerEndpoint endpoint,
        Method method,
        QByteArray encodedPath,
        QString detail,
        QObject *parent = nullptr);

    void setQuery(const QUrlQuery &query) { m_query = query; }
    void setJsonBody(const QByteArray &json);
    // 0 disables the stall timeout (snapshot creation with wait=true sends nothing for minutes).
    void setStallTimeout(int milliseconds) { m_stallTimeoutMs = milliseconds; }
    // Bytes of a successful response body the default handleData() accepts before failing.
    void setResponseBodyLimit(qint64 bytes) { m_responseBodyLimit = bytes; }

    // Runs just before sending; an error finishes the request without any network traffic.
    [[nodiscard]] virtual VoidResult prepare() { return {}; }
    // Adds call-specific headers.
    virtual void customizeRequest(QNetworkRequest &request) { Q_UNUSED(request); }
    // Sends the request; the default sends the method with the JSON body set earlier.
    virtual QNetworkReply *send(QNetworkAccessManager &network, const QNetworkRequest &request);
    // Consumes body bytes of a successful (2xx) response as they arrive. The default buffers them up to
    // the response body limit. An error aborts the transfer and finishes the request with it.
    [[nodiscard]] virtual VoidResult handleData(QNetworkReply &reply);
    // The whole successful response has arrived: call finishSuccess() or finishWithError().
    virtual void handleSuccess(QNetworkReply &reply) = 0;
    // The request failed or was cancelled: release what prepare()/handleData() acquired (e.g. partial files).
    virtual void cleanupAfterFailure() {}

    void finishSuccess();
    void finishWithError(const Error &error);

    // The buffered body of a successful response (default handleData()).
    [[nodiscard]] QByteArray takeResponseBody() { return std::exchange(m_body, {}); }
    [[nodiscard]] const ServerEndpoint &endpoint() const { return m_endpoint; }
    [[nodiscard]] QUrl requestUrl() const;
    // Restarts the stall timer; call when bytes move in a way the base cannot see.
    void noteActivity();
    // For subclasses that count downloaded bytes themselves (call before start()): Qt's own
    // downloadProgress is then ignored, and reportDownloadProgress() emits progressChanged() at most
    // every 100 ms, unless `force`.
    void setReportsOwnDownloadProgress(bool own) { m_reportsOwnDownloadProgress = own; }
    void reportDownloadProgress(qint64 done, qint64 total, bool force = false);
    [[nodiscard]] Error errorWithDetail(ErrorKind kind, const QString &serverMessage = {}) const;

private:
    void onMetaDataChanged();
    void onReadyRead();
    void onReplyFinished();
    void onStalled();
    void onSslErrors(const QList<QSslError> &errors);
    // Refuses what must not go on the wire (a key over plain http to a remote host, unusable TLS settings)
    // and loads the CA file; runs before prepare(), so a refusal sends and acquires nothing.
    [[nodiscard]] VoidResult checkTransport();
    void onTransferProgress(qint64 done, qint64 total);
    void readStatus();
    void releaseReply();
    void emitFinished();
    [[nodiscard]] QNetworkRequest buildRequest() const;

    QNetworkAccessManager &m_network;
    ServerEndpoint m_endpoint;
    Method m_method;
    QByteArray m_encodedPath;
    QString m_detail;
    QUrlQuery m_query;
    QByteArray m_jsonBody;
    bool m_hasJsonBody = false;

    QPointer<QNetworkReply> m_reply;
    QTimer m_stallTimer;
    int m_stallTimeoutMs = 0;
    qint64 m_responseBodyLimit = 64LL * 1024 * 1024;
    QByteArray m_body;
    QByteArray m_errorBody;
    QList<QSslCertificate> m_caCertificates; // from endpoint.caCertificatesFile; empty: the system's CAs
    QString m_sslErrorText;
    int m_httpStatus = 0;
    bool m_started = false;
    bool m_finished = false;
    bool m_stalled = false;
    bool m_autoDelete = false;
    bool m_reportsOwnDownloadProgress = false;
    QElapsedTimer m_progressClock;
    std::optional<Error> m_error;
};

} // namespace Snapdock

namespace Snapdock {

// Starts `request`, calls `onFinished(request)` once it finishes (in `context`'s thread, not after
// `context` is destroyed) and then deletes the request. Returns the request for cancel() or progress.
template <typename Request, typename Callback>
Request *runRequest(Request *request, QObject *context, Callback onFinished)
{
    request->setAutoDelete(true);
    QObject::connect(request, &ApiRequest::finished, context, [request, onFinished = std::move(onFinished)]() {
        onFinished(*request);
    });
    request->start();
    return request;
}

} // namespace Snapdock
