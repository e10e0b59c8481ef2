// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "emulator/HttpRequest.h"

using namespace Qt::Literals::StringLiterals;

namespace Snapdock::Emulator {

namespace {

QString decodeComponent(QByteArray raw, bool plusIsSpace)
{
    if (plusIsSpace) {
        raw.replace('+', ' ');
    }
    return QString::fromUtf8(QByteArray::fromPercentEncoding(raw));
}

double qualityOf(const QByteArray &item)
{
    const qsizetype at = item.indexOf(";q=");
    if (at < 0) {
        return 1.0;
    }
    bool ok = false;
    const double q = item.mid(at + 3).trimmed().toDouble(&ok);
    return ok ? q : 1.0;
}

} // namespace

bool HttpRequest::parseHead(const QByteArray &head, HttpRequest &request)
{
    const QList<QByteArray> lines = head.split('\n');
    if (lines.isEmpty()) {
        return false;
    }
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        return false;
    }
    request.method = requestLine.at(0);
    request.rawTarget = requestLine.at(1);
    request.version = requestLine.at(2);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty()) {
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            return false;
        }
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (request.headers.contains(name)) {
            request.headers[name] += ", " + value;
        } else {
            request.headers.insert(name, value);
        }
    }

    QByteArray target = request.rawTarget;
    if (target.startsWith("http://") || target.startsWith("https://")) {
        const qsizetype slash = target.indexOf('/', target.indexOf("//") + 2);
        target = slash < 0 ? "/"_ba : target.mid(slash);
    }
    const qsizetype question = target.indexOf('?');
    const QByteArray rawPath = question < 0 ? target : target.left(question);
    const QByteArray rawQuery = question < 0 ? QByteArray() : target.mid(question + 1);
    for (const QByteArray &segment : rawPath.split('/')) {
        if (!segment.isEmpty()) {
            request.segments.append(decodeComponent(segment, false));
        }
    }
    request.path = u"/"_s + request.segments.join(u'/');
    for (const QByteArray &item : rawQuery.split('&')) {
        if (item.isEmpty()) {
            continue;
        }
        const qsizetype eq = item.indexOf('=');
        const QString name = decodeComponent(eq < 0 ? item : item.left(eq), true);
        const QString value = eq < 0 ? QString() : decodeComponent(item.mid(eq + 1), true);
        if (!request.query.contains(name)) {
            request.query.insert(name, value);
        }
    }

    const QByteArray transferEncoding = request.header("transfer-encoding").toLower();
    request.chunked = transferEncoding.contains("chunked");
    if (!request.chunked && request.headers.contains("content-length")) {
        bool ok = false;
        request.contentLength = request.header("content-length").toLongLong(&ok);
        if (!ok || request.contentLength < 0) {
            return false;
        }
    }
    const QByteArray connection = request.header("connection").toLower();
    if (request.version == "HTTP/1.0") {
        request.keepAlive = connection.contains("keep-alive");
    } else {
        request.keepAlive = !connection.contains("close");
    }
    request.expectContinue = request.header("expect").toLower() == "100-continue";
    return true;
}

HttpRequest::Coding HttpRequest::acceptedCoding() const
{
    bool gzip = false;
    bool deflate = false;
    for (const QByteArray &rawItem : header("accept-encoding").toLower().split(',')) {
        const QByteArray item = rawItem.trimmed();
        if (qualityOf(item) <= 0.0) {
            continue;
        }
        const QByteArray name = item.split(';').first().trimmed();
        gzip = gzip || name == "gzip" || name == "x-gzip" || name == "*";
        deflate = deflate || name == "deflate";
    }
    if (gzip) {
        return Coding::Gzip;
    }
    return deflate ? Coding::Deflate : Coding::Identity;
}

} // namespace Snapdock::Emulator
