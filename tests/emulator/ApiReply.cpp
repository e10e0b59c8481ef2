// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "emulator/ApiReply.h"

#include "emulator/HttpConnection.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock::Emulator {

namespace {
constexpr QByteArrayView JSON = "application/json";

void sendJson(HttpConnection &connection, int status, const QJsonObject &body)
{
    connection.sendResponse(status, JSON.toByteArray(), QJsonDocument(body).toJson(QJsonDocument::Compact), {}, true);
}
} // namespace

void ApiReply::ok(HttpConnection &connection, const QJsonValue &result)
{
    sendJson(connection,
        200,
        QJsonObject{
            { u"result"_s, result }, { u"status"_s, u"ok"_s }, { u"time"_s, connection.request().elapsedSeconds() } });
}

void ApiReply::accepted(HttpConnection &connection)
{
    sendJson(connection,
        202,
        QJsonObject{ { u"status"_s, u"accepted"_s }, { u"time"_s, connection.request().elapsedSeconds() } });
}

void ApiReply::error(HttpConnection &connection, int status, const QString &message)
{
    sendJson(connection,
        status,
        QJsonObject{ { u"status"_s, QJsonObject{ { u"error"_s, message } } },
            { u"time"_s, connection.request().elapsedSeconds() } });
}

void ApiReply::validationError(HttpConnection &connection, int status, const QString &message)
{
    sendJson(
        connection, status, QJsonObject{ { u"status"_s, QJsonObject{ { u"error"_s, message } } }, { u"time"_s, 0.0 } });
}

void ApiReply::text(HttpConnection &connection, int status, const QString &message)
{
    connection.sendResponse(status, "text/plain; charset=utf-8"_ba, message.toUtf8());
}

void ApiReply::emptyNotFound(HttpConnection &connection)
{
    connection.sendResponse(404, QByteArray(), QByteArray());
}

void ApiReply::forbiddenManage(HttpConnection &connection)
{
    error(connection, 403, u"Forbidden: Global manage access is required"_s);
}

void ApiReply::collectionNotFound(HttpConnection &connection, const QString &collection, bool plainText)
{
    const QString message = u"Not found: Collection `"_s % collection % u"` doesn't exist!"_s;
    if (plainText) {
        text(connection, 404, message);
    } else {
        error(connection, 404, message);
    }
}

bool ApiReply::readWait(HttpConnection &connection, bool &wait)
{
    wait = true;
    const HttpRequest &request = connection.request();
    if (!request.hasQuery(u"wait"_s)) {
        return true;
    }
    const QString value = request.queryValue(u"wait"_s);
    if (value != u"true"_s && value != u"false"_s) {
        validationError(connection,
            400,
            u"Format error in query parameters: Query deserialize error: provided string was not "
            "`true` or `false`"_s);
        return false;
    }
    wait = value == u"true"_s;
    return true;
}

bool ApiReply::readPriority(HttpConnection &connection, const QString &value, bool inBody)
{
    if (value.isNull() || value == u"no_sync"_s || value == u"snapshot"_s || value == u"replica"_s) {
        return true;
    }
    const QString where = inBody ? u"Format error in JSON body: "_s
                                 : u"Format error in query parameters: Query "
                                   "deserialize error: "_s;
    validationError(connection,
        400,
        where % u"unknown variant `"_s % value % u"`, expected one of `no_sync`, `snapshot`, `replica`"_s);
    return false;
}

bool ApiReply::isSha256Hex(const QString &value)
{
    if (value.size() != 64) {
        return false;
    }
    for (const QChar c : value) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F'))) {
            return false;
        }
    }
    return true;
}

bool ApiReply::readChecksum(HttpConnection &connection, const QString &value, bool inBody)
{
    if (value.isNull() || isSha256Hex(value.trimmed())) {
        return true;
    }
    const QString where = inBody ? u"Validation error in JSON body: "_s : u"Validation error in query parameters: "_s;
    validationError(connection, 422, where % u"[checksum: value is not a valid SHA-256 hash (64 hex characters)]"_s);
    return false;
}

} // namespace Snapdock::Emulator
