// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/support/Error.h"

#include <QByteArray>
#include <QNetworkReply>

namespace Snapdock {

// Turns what came back from a Qdrant server into the error taxonomy. Pure functions, so the mapping
// is tested without a socket and shared by every request type.
namespace HttpErrorMapping {

// Qdrant's own message from an error body: `status.error` of the JSON envelope, or the plain text that
// auth middleware and download handlers send. Trimmed and capped so a hostile body cannot flood a log.
[[nodiscard]] QString serverMessageFromBody(const QByteArray &body);

// An HTTP error status (≥ 400) with its body.
[[nodiscard]] Error fromHttpStatus(int status, const QByteArray &body, const QString &detail);

// A transport failure where no HTTP status was received (or the body broke off).
[[nodiscard]] Error fromNetworkError(
    QNetworkReply::NetworkError code, const QString &errorString, const QString &detail);

} // namespace HttpErrorMapping

} // namespace Snapdock
