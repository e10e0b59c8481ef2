// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Snapdock {

// What went wrong, in categories a person can act on. Every failure Snapdock reports maps to exactly one.
enum class ErrorKind
{
    CannotConnect, // refused, host not found, network unreachable
    TlsFailure, // certificate not trusted, handshake failed, pinned fingerprint changed
    Timeout, // no bytes for too long
    Unauthorized, // 401: missing or wrong key
    Forbidden, // 403: e.g. a read-only key used for a write
    NotFound, // 404: collection or snapshot does not exist
    AlreadyExists, // 409, or a target collection that must not exist yet
    InvalidSnapshot, // the archive is not a usable Qdrant snapshot (malformed, wrong checksum)
    IncompatibleSnapshot, // vectors or shard count differ from the existing collection
    BadRequest, // other 4xx: Qdrant refused the request's parameters
    RateLimited, // 429
    PayloadTooLarge, // 413 from a reverse proxy in front of Qdrant
    ServerDiskFull, // 507
    ServerError, // 5xx
    InvalidResponse, // not a Qdrant response: malformed JSON, wrong types, oversized body
    UnsafeName, // a server-provided name that would escape the target folder
    LocalDiskFull, // ENOSPC while writing locally
    LocalPermissionDenied, // EACCES/EPERM on a local path
    LocalIoError, // any other local file error
    InvalidArgument, // the user's own input (command line, dialog) is wrong
    Cancelled, // the user asked to stop
};

// Whom the advice in userMessage() speaks to: command-line options, or the desktop application's dialogs.
enum class HintStyle
{
    CommandLine,
    Desktop
};

// A failure with everything needed to explain it. Value type; cheap to copy.
struct Error
{
    ErrorKind kind = ErrorKind::ServerError;
    int httpStatus = 0; // 0 when no HTTP response was received
    QString serverMessage; // Qdrant's own text (status.error, or the plain-text body of auth errors)
    QString detail; // what Snapdock was doing, and on what ("downloading snapshot X of collection Y")
    QString hint; // what to do about it, when the situation knows better than the kind's general advice
    int retryAfterSeconds = -1; // the response's Retry-After (429/503), -1 when it sent none

    // The single place that turns an error into a sentence for people: what failed, why, what to do.
    [[nodiscard]] QString userMessage() const;

    // A stable machine-readable name for --json output and logs, e.g. "not_found".
    [[nodiscard]] QString code() const;

    // Set once at start-up by the desktop application; the default suits the CLI.
    static void setHintStyle(HintStyle style);

    [[nodiscard]] static Error make(ErrorKind kind, QString detail, QString serverMessage = {}, int httpStatus = 0);
};

} // namespace Snapdock
