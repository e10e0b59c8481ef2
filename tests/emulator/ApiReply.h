// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QString>

namespace Snapdock::Emulator {

class HttpConnection;

// Qdrant's response shapes (qdrant-api.md §1): the JSON envelope, 202 accepted, JSON and plain-text errors, and the
// query-parameter validation of `wait`, `priority` and `checksum`.
class ApiReply
{
public:
    static void ok(HttpConnection &connection, const QJsonValue &result);
    static void accepted(HttpConnection &connection);
    // {"status":{"error":message},"time":…}
    static void error(HttpConnection &connection, int status, const QString &message);
    // Validation errors carry time 0.0.
    static void validationError(HttpConnection &connection, int status, const QString &message);
    // actix default error body: text/plain.
    static void text(HttpConnection &connection, int status, const QString &message);
    // actix default 404 for unknown routes: empty body.
    static void emptyNotFound(HttpConnection &connection);
    static void forbiddenManage(HttpConnection &connection);
    static void collectionNotFound(HttpConnection &connection, const QString &collection, bool plainText = false);

    // Query validation; on failure the error response has been sent and false is returned.
    static bool readWait(HttpConnection &connection, bool &wait);
    static bool readPriority(HttpConnection &connection, const QString &value, bool inBody);
    static bool readChecksum(HttpConnection &connection, const QString &value, bool inBody);
    static bool isSha256Hex(const QString &value);
};

} // namespace Snapdock::Emulator
