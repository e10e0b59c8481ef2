// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/support/Error.h"

#include "core/support/Translation.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

namespace {

QString tr(const char *text)
{
    return translateWithFallback("Snapdock::Error", text);
}

// Why it failed, in general terms; the specifics come from detail and serverMessage.
QString reasonFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::CannotConnect:
        return tr("cannot connect to the server");
    case ErrorKind::TlsFailure:
        return tr("the secure connection failed");
    case ErrorKind::Timeout:
        return tr("the server stopped responding");
    case ErrorKind::Unauthorized:
        return tr("the server rejected the API key");
    case ErrorKind::Forbidden:
        return tr("the API key is not allowed to do this");
    case ErrorKind::NotFound:
        return tr("not found on the server");
    case ErrorKind::AlreadyExists:
        return tr("it already exists");
    case ErrorKind::InvalidSnapshot:
        return tr("the snapshot file is not valid");
    case ErrorKind::IncompatibleSnapshot:
        return tr("the snapshot does not fit the existing collection");
    case ErrorKind::BadRequest:
        return tr("the server refused the request");
    case ErrorKind::RateLimited:
        return tr("the server is rate limiting requests");
    case ErrorKind::PayloadTooLarge:
        return tr("the upload is larger than a proxy in front of Qdrant allows");
    case ErrorKind::ServerDiskFull:
        return tr("the server's disk is full");
    case ErrorKind::ServerError:
        return tr("the server reported an internal error");
    case ErrorKind::InvalidResponse:
        return tr("the answer is not a Qdrant response");
    case ErrorKind::UnsafeName:
        return tr("the server sent an unsafe file name");
    case ErrorKind::LocalDiskFull:
        return tr("the local disk is full");
    case ErrorKind::LocalPermissionDenied:
        return tr("permission denied on a local file or folder");
    case ErrorKind::LocalIoError:
        return tr("a local file operation failed");
    case ErrorKind::InvalidArgument:
        return tr("invalid input");
    case ErrorKind::Cancelled:
        return tr("cancelled");
    }
    return tr("unknown error");
}

// What a person can do about it. Empty where there is nothing useful to add.
HintStyle s_hintStyle = HintStyle::CommandLine;

QString hintFor(const Error &error)
{
    const bool commandLine = s_hintStyle == HintStyle::CommandLine;
    switch (error.kind) {
    case ErrorKind::CannotConnect:
        return tr("Check the host URL and port, and that Qdrant is running and reachable.");
    case ErrorKind::TlsFailure:
        return tr("Check the server certificate, or configure its CA file or pinned fingerprint.");
    case ErrorKind::Timeout:
        return tr("Check the network and the server's load, then retry.");
    case ErrorKind::Unauthorized:
        return commandLine ? tr("Check the API key (--api-key, --api-key-file or QDRANT_API_KEY).")
                           : tr("Check the API key in the connection's settings.");
    case ErrorKind::Forbidden:
        return tr("Use a key with manage access; a read-only key can only list and download.");
    case ErrorKind::NotFound:
        return commandLine ? tr("Check the name; list what exists with list-collections or list-snapshots.")
                           : tr("Check the name, then refresh the host.");
    case ErrorKind::AlreadyExists:
        return commandLine ? tr("Choose another name, or use --collection to replace an existing collection.")
                           : tr("Choose another name, or replace the existing collection.");
    case ErrorKind::InvalidSnapshot:
        return tr("Use an uncompressed Qdrant .snapshot file whose checksum matches.");
    case ErrorKind::IncompatibleSnapshot:
        return commandLine ? tr("Restore into a new collection (--new-collection) instead.")
                           : tr("Restore into a new collection instead.");
    case ErrorKind::RateLimited:
        return tr("Wait a moment and retry.");
    case ErrorKind::PayloadTooLarge:
        return tr("Raise the proxy's body size limit (nginx: client_max_body_size), or recover from a URL.");
    case ErrorKind::ServerDiskFull:
        return tr("Free space on the Qdrant server, e.g. by deleting old snapshots.");
    case ErrorKind::ServerError:
        return tr("See the Qdrant server log for details.");
    case ErrorKind::InvalidResponse:
        return tr("Check that the URL points at a Qdrant server's REST port (usually 6333).");
    case ErrorKind::LocalDiskFull:
        return tr("Free disk space or choose another output folder.");
    case ErrorKind::LocalPermissionDenied:
        return tr("Choose a folder you can write to, or fix its permissions.");
    case ErrorKind::BadRequest:
    case ErrorKind::UnsafeName:
    case ErrorKind::LocalIoError:
    case ErrorKind::InvalidArgument:
    case ErrorKind::Cancelled:
        break;
    }
    return {};
}

} // namespace

void Error::setHintStyle(HintStyle style)
{
    s_hintStyle = style;
}

Error Error::make(ErrorKind kind, QString detail, QString serverMessage, int httpStatus)
{
    Error error;
    error.kind = kind;
    error.detail = std::move(detail);
    error.serverMessage = std::move(serverMessage);
    error.httpStatus = httpStatus;
    return error;
}

QString Error::userMessage() const
{
    QString message = detail.isEmpty() ? reasonFor(kind) : detail + u": "_s + reasonFor(kind);
    if (httpStatus > 0)
        message += u" (HTTP %1)"_s.arg(httpStatus);
    const QString server = serverMessage.trimmed();
    if (!server.isEmpty())
        message += u": "_s + server;
    // Qdrant's own text often ends with its punctuation ("doesn't exist!"): don't add a second mark.
    if (!message.endsWith(u'.') && !message.endsWith(u'!') && !message.endsWith(u'?'))
        message += u"."_s;
    const QString advice = hint.isEmpty() ? hintFor(*this) : hint;
    if (!advice.isEmpty())
        message += u" "_s + advice;
    return message;
}

QString Error::code() const
{
    switch (kind) {
    case ErrorKind::CannotConnect:
        return u"cannot_connect"_s;
    case ErrorKind::TlsFailure:
        return u"tls_failure"_s;
    case ErrorKind::Timeout:
        return u"timeout"_s;
    case ErrorKind::Unauthorized:
        return u"unauthorized"_s;
    case ErrorKind::Forbidden:
        return u"forbidden"_s;
    case ErrorKind::NotFound:
        return u"not_found"_s;
    case ErrorKind::AlreadyExists:
        return u"already_exists"_s;
    case ErrorKind::InvalidSnapshot:
        return u"invalid_snapshot"_s;
    case ErrorKind::IncompatibleSnapshot:
        return u"incompatible_snapshot"_s;
    case ErrorKind::BadRequest:
        return u"bad_request"_s;
    case ErrorKind::RateLimited:
        return u"rate_limited"_s;
    case ErrorKind::PayloadTooLarge:
        return u"payload_too_large"_s;
    case ErrorKind::ServerDiskFull:
        return u"server_disk_full"_s;
    case ErrorKind::ServerError:
        return u"server_error"_s;
    case ErrorKind::InvalidResponse:
        return u"invalid_response"_s;
    case ErrorKind::UnsafeName:
        return u"unsafe_name"_s;
    case ErrorKind::LocalDiskFull:
        return u"local_disk_full"_s;
    case ErrorKind::LocalPermissionDenied:
        return u"local_permission_denied"_s;
    case ErrorKind::LocalIoError:
        return u"local_io_error"_s;
    case ErrorKind::InvalidArgument:
        return u"invalid_argument"_s;
    case ErrorKind::Cancelled:
        return u"cancelled"_s;
    }
    return u"unknown"_s;
}

} // namespace Snapdock
