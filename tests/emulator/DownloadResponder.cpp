// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "emulator/DownloadResponder.h"

#include "emulator/ApiReply.h"
#include "emulator/HttpConnection.h"

#include <QDateTime>
#include <QFileInfo>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock::Emulator {

namespace {

QByteArray contentDisposition(const QString &name)
{
    QByteArray escaped = name.toUtf8();
    escaped.replace('\\', "\\\\").replace('"', "\\\"");
    return "attachment; filename=\"" + escaped + '"';
}

// Parses the first range of "bytes=…"; false if the header is not a usable byte range (then it is ignored).
bool parseRange(const QByteArray &header, qint64 size, qint64 &start, qint64 &end, bool &satisfiable)
{
    const QByteArray value = header.trimmed();
    if (!value.startsWith("bytes=")) {
        return false;
    }
    const QByteArray first = value.mid(6).split(',').first().trimmed();
    const qsizetype dash = first.indexOf('-');
    if (dash < 0) {
        return false;
    }
    const QByteArray from = first.left(dash).trimmed();
    const QByteArray to = first.mid(dash + 1).trimmed();
    bool ok = true;
    satisfiable = true;
    if (from.isEmpty()) {
        const qint64 suffix = to.toLongLong(&ok);
        if (!ok || suffix < 0) {
            return false;
        }
        if (suffix == 0 || size == 0) {
            satisfiable = false;
            return true;
        }
        start = qMax<qint64>(0, size - suffix);
        end = size - 1;
        return true;
    }
    start = from.toLongLong(&ok);
    if (!ok || start < 0) {
        return false;
    }
    end = size - 1;
    if (!to.isEmpty()) {
        end = to.toLongLong(&ok);
        if (!ok || end < start) {
            return false;
        }
        end = qMin(end, size - 1);
    }
    satisfiable = start < size;
    return true;
}

} // namespace

void DownloadResponder::serve(HttpConnection &connection, const QString &path, const QString &name)
{
    const QFileInfo info(path);
    if (!info.isFile()) {
        ApiReply::text(connection, 404, u"File not found: "_s % path);
        return;
    }
    const qint64 size = info.size();
    const QDateTime modified = info.lastModified().toUTC();
    const QByteArray lastModified = QLocale::c().toString(modified, u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1();
    const QByteArray etag =
        '"' + QByteArray::number(info.size(), 16) + '-' + QByteArray::number(modified.toMSecsSinceEpoch(), 16) + '"';
    HttpConnection::HeaderList headers{ { "content-type"_ba, "application/octet-stream"_ba },
        { "content-disposition"_ba, contentDisposition(name) },
        { "last-modified"_ba, lastModified },
        { "etag"_ba, etag },
        { "accept-ranges"_ba, "bytes"_ba } };
    const HttpRequest &request = connection.request();
    const QByteArray range = request.header("range");
    const QByteArray ifRange = request.header("if-range").trimmed();
    const bool rangeApplies =
        !range.isEmpty() && !request.ignoreRange && (ifRange.isEmpty() || ifRange == etag || ifRange == lastModified);
    qint64 start = 0;
    qint64 end = 0;
    bool satisfiable = true;
    if (rangeApplies && parseRange(range, size, start, end, satisfiable)) {
        if (!satisfiable) {
            headers.append({ "content-range"_ba, "bytes */" + QByteArray::number(size) });
            connection.sendResponse(416, QByteArray(), QByteArray(), headers);
            return;
        }
        headers.append({ "content-range"_ba,
            "bytes " + QByteArray::number(start) + '-' + QByteArray::number(end) + '/' + QByteArray::number(size) });
        headers.append({ "content-encoding"_ba, "identity"_ba });
        if (!connection.sendFile(206, headers, path, start, end - start + 1, HttpRequest::Coding::Identity, false)) {
            ApiReply::text(connection, 500, u"Failed to open file: "_s % path);
        }
        return;
    }
    if (!connection.sendFile(200, headers, path, 0, size, request.acceptedCoding(), false)) {
        ApiReply::text(connection, 500, u"Failed to open file: "_s % path);
    }
}

void DownloadResponder::stream(HttpConnection &connection, const QString &path, const QString &name)
{
    const HttpConnection::HeaderList headers{ { "content-type"_ba, "application/octet-stream"_ba },
        { "content-disposition"_ba, contentDisposition(name) } };
    const qint64 size = QFileInfo(path).size();
    if (!connection.sendFile(200, headers, path, 0, size, connection.request().acceptedCoding(), true, true)) {
        ApiReply::text(connection, 500, u"Failed to open file: "_s % path);
    }
}

} // namespace Snapdock::Emulator
