// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/qdrant/SnapshotUpload.h"

#include "core/qdrant/MultipartFileBody.h"
#include "core/storage/Sha256.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QRandomGenerator>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

namespace {

QUrlQuery uploadQuery(const SnapshotUploadOptions &options)
{
    QUrlQuery query;
    query.addQueryItem(u"wait"_s, options.wait ? u"true"_s : u"false"_s);
    const QString priority = toQueryValue(options.priority);
    if (!priority.isEmpty())
        query.addQueryItem(u"priority"_s, priority);
    if (!options.sha256.isEmpty())
        query.addQueryItem(u"checksum"_s, options.sha256);
    return query;
}

} // namespace

SnapshotUpload::SnapshotUpload(QNetworkAccessManager &network,
    const ServerEndpoint &endpoint,
    const SnapshotScope &scope,
    QString filePath,
    SnapshotUploadOptions options,
    const QString &detail)
    : ApiRequest(network, endpoint, Method::Post, scope.encodedSnapshotsPath() + "/upload"_ba, detail)
    , m_filePath(std::move(filePath))
    , m_options(std::move(options))
{
    m_options.sha256 = m_options.sha256.trimmed().toLower();
    setQuery(uploadQuery(m_options));
    setStallTimeout(endpoint.transferStallTimeoutMs);
    connect(this, &ApiRequest::progressChanged, this, &SnapshotUpload::onUploadProgress);
}

QString SnapshotUpload::makeUploadName()
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd'T'HHmmss'Z'"_s);
    const quint64 random = QRandomGenerator::system()->generate64();
    return UPLOAD_NAME_PREFIX + u"%1-%2.snapshot"_s.arg(stamp).arg(random, 16, 16, QLatin1Char('0'));
}

Result<UploadedSnapshot> SnapshotUpload::result() const
{
    if (!isSucceeded())
        return fail(error());
    return m_result;
}

VoidResult SnapshotUpload::prepare()
{
    const QFileInfo info(m_filePath);
    if (!info.exists() || !info.isFile()) {
        return fail(Error::make(ErrorKind::InvalidArgument,
            detail() + u": the file %1 does not exist"_s.arg(QDir::toNativeSeparators(m_filePath))));
    }
    if (!m_options.sha256.isEmpty() && !Sha256::isValidHexDigest(m_options.sha256)) {
        return fail(Error::make(ErrorKind::InvalidArgument, detail() + u": the checksum is not a SHA-256 digest"_s));
    }
    m_fileSize = info.size();
    m_uploadName = makeUploadName();
    return {};
}

QNetworkReply *SnapshotUpload::send(QNetworkAccessManager &network, const QNetworkRequest &request)
{
    // One random-access body instead of QHttpMultiPart: Qt pulls the body in small pieces, and
    // QHttpMultiPart asks the QFile for its size (a stat()) on every one of them.
    auto *body = new MultipartFileBody(m_filePath, m_uploadName);
    if (!body->open(QIODevice::ReadOnly)) {
        delete body;
        return nullptr;
    }
    QNetworkRequest withBody = request;
    withBody.setHeader(QNetworkRequest::ContentTypeHeader, body->contentType());
    withBody.setHeader(QNetworkRequest::ContentLengthHeader, body->size());
    QNetworkReply *reply = network.post(withBody, body);
    body->setParent(reply);
    return reply;
}

void SnapshotUpload::onUploadProgress(qint64 done, qint64 total)
{
    // Every byte is on the wire: the server now unpacks and restores before it answers, which is
    // silent and can take minutes. Waiting is correct, so stop counting silence as a stall.
    if (total > 0 && done >= total) {
        setStallTimeout(0);
        noteActivity();
    }
}

void SnapshotUpload::handleSuccess(QNetworkReply &reply)
{
    const QByteArray body = takeResponseBody();
    // A restore that finished but whose answer was cut off: "connection lost" (retryable), not "not JSON".
    // See ApiCall::handleSuccess() for why an empty body counts too.
    const QVariant length = reply.header(QNetworkRequest::ContentLengthHeader);
    if (body.isEmpty() || (length.isValid() && body.size() < length.toLongLong())) {
        finishWithError(Error::make(ErrorKind::CannotConnect,
            detail(),
            u"the connection closed after %1 bytes of the answer"_s.arg(body.size())));
        return;
    }
    auto envelope = ResponseEnvelope::parse(body, true);
    if (!envelope) {
        Error error = envelope.error();
        error.detail = detail();
        finishWithError(error);
        return;
    }
    m_result.uploadName = m_uploadName;
    m_result.outcome = envelope->accepted ? OperationOutcome::Accepted : OperationOutcome::Completed;
    finishSuccess();
}

} // namespace Snapdock
