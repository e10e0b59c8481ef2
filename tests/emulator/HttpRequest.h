// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "emulator/EmulatorTypes.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Snapdock::Emulator {

class HttpConnection;

// One parsed HTTP/1.1 request head plus the (buffered) body and the emulator's per-request context.
class HttpRequest
{
public:
    enum class Coding
    {
        Identity,
        Gzip,
        Deflate
    };

    // Parses "METHOD target HTTP/1.x\r\nName: value…" (without the final empty line). False if malformed.
    static bool parseHead(const QByteArray &head, HttpRequest &request);

    QByteArray header(const QByteArray &lowercaseName) const { return headers.value(lowercaseName); }
    bool hasQuery(const QString &name) const { return query.contains(name); }
    QString queryValue(const QString &name) const { return query.value(name); }
    bool hasBody() const { return chunked || contentLength > 0; }
    // Compression the client offers in Accept-Encoding (gzip preferred; q=0 means refused).
    Coding acceptedCoding() const;
    double elapsedSeconds() const { return static_cast<double>(timer.nsecsElapsed()) / 1e9; }

    QByteArray method;
    QByteArray rawTarget;
    QByteArray version;
    QString path; // percent-decoded, "/" + segments joined
    QStringList segments; // percent-decoded path segments, empty ones dropped (trailing '/' trimmed)
    QMap<QString, QString> query; // decoded, first value wins
    QMap<QByteArray, QByteArray> headers; // lowercase names
    QByteArray body; // only when buffered (not streamed to a sink)
    qint64 contentLength = -1;
    bool chunked = false;
    bool keepAlive = true;
    bool expectContinue = false;
    QElapsedTimer timer;

    // Emulator context, filled while dispatching.
    bool readOnly = false;
    QString hostileName;
    int delayMs = 0;
    bool ignoreRange = false;
    std::optional<Fault> cannedResponse;
    // Set at head time to answer only after the (discarded) body arrived.
    std::function<void(HttpConnection &)> deferredResponse;
};

} // namespace Snapdock::Emulator
