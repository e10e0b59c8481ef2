// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/qdrant/HttpErrorMapping.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock::HttpErrorMapping {

namespace {

constexpr qsizetype MAX_MESSAGE_LENGTH = 2000;

QString sanitized(QString text)
{
    text = text.trimmed();
    for (QChar &c : text) {
        if (c.unicode() < 0x20 && c != u'\n' && c != u'\t')
            c = u'?';
    }
    if (text.size() > MAX_MESSAGE_LENGTH)
        text = text.left(MAX_MESSAGE_LENGTH) + u"…"_s;
    return text;
}

// Qdrant answers most refusals with 400 and a message prefix; the prefix tells what kind of refusal it is.
ErrorKind kindForBadRequest(const QString &message)
{
    static const QRegularExpression wholeWordTar(u"\\btar\\b"_s);
    const QString lower = message.toLower();
    if (lower.contains(u"not compatible"_s))
        return ErrorKind::IncompatibleSnapshot;
    if (lower.contains(u"checksum mismatch"_s) || lower.contains(u"archive"_s) || lower.contains(wholeWordTar)
        || lower.contains(u"unpack"_s) || lower.contains(u"malformed"_s))
        return ErrorKind::InvalidSnapshot;
    if (lower.contains(u"already exists"_s))
        return ErrorKind::AlreadyExists;
    if (lower.contains(u"not found"_s) || lower.contains(u"doesn't exist"_s) || lower.contains(u"does not exist"_s))
        return ErrorKind::NotFound;
    return ErrorKind::BadRequest;
}

} // namespace

QString serverMessageFromBody(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return {};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error == QJsonParseError::NoError && document.isObject()) {
        const QJsonValue status = document.object().value(u"status"_s);
        if (status.isObject()) {
            const QString error = status.toObject().value(u"error"_s).toString();
            if (!error.isEmpty())
                return sanitized(error);
        }
        if (status.isString())
            return sanitized(status.toString());
    }
    return sanitized(QString::fromUtf8(body.left(MAX_MESSAGE_LENGTH * 2)));
}

Error fromHttpStatus(int status, const QByteArray &body, const QString &detail)
{
    const QString message = serverMessageFromBody(body);
    ErrorKind kind = ErrorKind::ServerError;
    switch (status) {
    case 400:
    case 422:
        kind = kindForBadRequest(message);
        break;
    case 401:
        kind = ErrorKind::Unauthorized;
        break;
    case 403:
        kind = ErrorKind::Forbidden;
        break;
    case 404:
        kind = ErrorKind::NotFound;
        break;
    case 408:
    case 504:
        kind = ErrorKind::Timeout;
        break;
    case 409:
        kind = ErrorKind::AlreadyExists;
        break;
    case 413:
        kind = ErrorKind::PayloadTooLarge;
        break;
    case 429:
        kind = ErrorKind::RateLimited;
        break;
    case 507:
        kind = ErrorKind::ServerDiskFull;
        break;
    default:
        if (status >= 500)
            kind = ErrorKind::ServerError;
        else if (status >= 400)
            kind = kindForBadRequest(message);
        else
            kind = ErrorKind::InvalidResponse; // an unfollowed redirect or another unexpected status
        break;
    }
    return Error::make(kind, detail, message, status);
}

Error fromNetworkError(QNetworkReply::NetworkError code, const QString &errorString, const QString &detail)
{
    ErrorKind kind = ErrorKind::CannotConnect;
    switch (code) {
    case QNetworkReply::SslHandshakeFailedError:
        kind = ErrorKind::TlsFailure;
        break;
    case QNetworkReply::TimeoutError:
        kind = ErrorKind::Timeout;
        break;
    case QNetworkReply::OperationCanceledError:
        kind = ErrorKind::Cancelled;
        break;
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        kind = ErrorKind::InvalidResponse;
        break;
    default:
        kind = ErrorKind::CannotConnect;
        break;
    }
    return Error::make(kind, detail, sanitized(errorString));
}

} // namespace Snapdock::HttpErrorMapping
