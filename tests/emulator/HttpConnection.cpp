// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "emulator/HttpConnection.h"

#include "emulator/GzipEncoder.h"

#include <QDateTime>
#include <QFile>
#include <QLocale>
#include <QTcpSocket>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock::Emulator {

namespace {
constexpr qsizetype MAX_HEAD_SIZE = 64 * 1024;
constexpr qint64 MAX_BUFFERED_BODY = 64 << 20;
constexpr qint64 HIGH_WATER = 1 << 20; // bound on bytes queued in the socket
constexpr qint64 FILE_CHUNK = 256 * 1024;

QByteArray httpDate()
{
    return QLocale::c().toString(QDateTime::currentDateTimeUtc(), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1();
}
} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
{
    m_socket->setParent(this);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::processInput);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpConnection::pump);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::deleteLater);
    m_request.timer.start();
    QMetaObject::invokeMethod(this, &HttpConnection::processInput, Qt::QueuedConnection);
}

HttpConnection::~HttpConnection()
{
    releaseBodySource();
}

QByteArray HttpConnection::reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue"_ba;
    case 200:
        return "OK"_ba;
    case 202:
        return "Accepted"_ba;
    case 206:
        return "Partial Content"_ba;
    case 400:
        return "Bad Request"_ba;
    case 401:
        return "Unauthorized"_ba;
    case 403:
        return "Forbidden"_ba;
    case 404:
        return "Not Found"_ba;
    case 405:
        return "Method Not Allowed"_ba;
    case 408:
        return "Request Timeout"_ba;
    case 409:
        return "Conflict"_ba;
    case 413:
        return "Payload Too Large"_ba;
    case 416:
        return "Range Not Satisfiable"_ba;
    case 422:
        return "Unprocessable Entity"_ba;
    case 429:
        return "Too Many Requests"_ba;
    case 431:
        return "Request Header Fields Too Large"_ba;
    case 500:
        return "Internal Server Error"_ba;
    case 502:
        return "Bad Gateway"_ba;
    case 503:
        return "Service Unavailable"_ba;
    case 504:
        return "Gateway Timeout"_ba;
    case 507:
        return "Insufficient Storage"_ba;
    default:
        return "Status"_ba;
    }
}

void HttpConnection::setBodySink(BodySink sink)
{
    m_sink = std::move(sink);
}

void HttpConnection::discardBody()
{
    m_discardBody = true;
}

void HttpConnection::setRequestFault(FaultKind kind, qint64 bytes)
{
    m_requestFault = kind;
    m_requestFaultBytes = bytes;
}

void HttpConnection::setResponseFault(FaultKind kind, qint64 bytes)
{
    m_responseFault = kind;
    m_responseFaultBytes = bytes;
}

void HttpConnection::abort()
{
    m_state = State::Closing;
    m_socket->abort();
    deleteLater();
}

void HttpConnection::processInput()
{
    for (;;) {
        if (m_state == State::Closing || m_state == State::RequestComplete || m_readStalled) {
            return;
        }
        m_buffer.append(m_socket->readAll());
        if (m_state == State::ReadingHead) {
            while (m_buffer.startsWith("\r\n")) {
                m_buffer.remove(0, 2);
            }
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0) {
                if (m_buffer.size() > MAX_HEAD_SIZE) {
                    m_request = HttpRequest();
                    m_request.keepAlive = false;
                    m_state = State::RequestComplete;
                    sendResponse(431, "text/plain; charset=utf-8"_ba, "Request header too large"_ba);
                }
                return;
            }
            const QByteArray head = m_buffer.left(end);
            m_buffer.remove(0, end + 4);
            m_request = HttpRequest();
            m_request.timer.start();
            if (!HttpRequest::parseHead(head, m_request)) {
                m_request.keepAlive = false;
                m_state = State::RequestComplete;
                sendResponse(400, "text/plain; charset=utf-8"_ba, "Malformed HTTP request"_ba);
                return;
            }
            m_bodyRemaining = m_request.chunked ? 0 : qMax<qint64>(0, m_request.contentLength);
            m_bodyReceived = 0;
            m_chunkState = ChunkState::Size;
            m_state = m_request.hasBody() ? State::ReadingBody : State::RequestComplete;
            emit headReceived(this);
            if (m_state == State::Closing) {
                return;
            }
            if (m_state == State::RequestComplete) {
                completeRequest();
                return;
            }
            if (m_request.expectContinue && !m_responseStarted) {
                m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            }
        }
        if (m_state == State::ReadingBody) {
            if (!consumeBody()) {
                return;
            }
            if (m_state == State::RequestComplete) {
                completeRequest();
                return;
            }
            if (m_socket->bytesAvailable() == 0) {
                return;
            }
        }
    }
}

void HttpConnection::completeRequest()
{
    if (!m_responseStarted) {
        emit requestReceived(this);
    }
    checkDone();
}

bool HttpConnection::deliverBody(const char *data, qint64 size)
{
    if (m_requestFault && m_bodyReceived + size >= m_requestFaultBytes) {
        const qint64 allowed = qMax<qint64>(0, m_requestFaultBytes - m_bodyReceived);
        if (allowed > 0 && m_sink && !m_discardBody) {
            m_sink(data, allowed);
        }
        m_bodyReceived += allowed;
        if (*m_requestFault == FaultKind::DropAfterBytes) {
            abort();
        } else {
            m_readStalled = true;
            m_socket->setReadBufferSize(64 * 1024);
        }
        return false;
    }
    m_bodyReceived += size;
    if (m_discardBody || m_responseStarted) {
        return true;
    }
    if (m_sink) {
        if (!m_sink(data, size)) {
            abort();
            return false;
        }
        return true;
    }
    if (m_request.body.size() + size > MAX_BUFFERED_BODY) {
        m_discardBody = true;
        sendResponse(413, "text/plain; charset=utf-8"_ba, "JSON payload is larger than allowed"_ba);
        return true;
    }
    m_request.body.append(data, size);
    return true;
}

// Consumes as much of m_buffer as belongs to the current body. False when the connection must stop processing.
bool HttpConnection::consumeBody()
{
    qsizetype position = 0;
    bool keepGoing = true;
    while (keepGoing && m_state == State::ReadingBody) {
        if (!m_request.chunked) {
            const qint64 n = qMin<qint64>(m_bodyRemaining, m_buffer.size() - position);
            if (n > 0) {
                const bool ok = deliverBody(m_buffer.constData() + position, n);
                position += n;
                m_bodyRemaining -= n;
                if (!ok) {
                    m_buffer.remove(0, position);
                    return false;
                }
            }
            if (m_bodyRemaining == 0) {
                m_state = State::RequestComplete;
            }
            break;
        }
        switch (m_chunkState) {
        case ChunkState::Size: {
            const qsizetype eol = m_buffer.indexOf("\r\n", position);
            if (eol < 0) {
                keepGoing = false;
                break;
            }
            QByteArray line = m_buffer.mid(position, eol - position);
            position = eol + 2;
            const qsizetype semicolon = line.indexOf(';');
            if (semicolon >= 0) {
                line.truncate(semicolon);
            }
            bool ok = false;
            m_chunkRemaining = line.trimmed().toLongLong(&ok, 16);
            if (!ok || m_chunkRemaining < 0) {
                abort();
                return false;
            }
            m_chunkState = m_chunkRemaining == 0 ? ChunkState::Trailer : ChunkState::Data;
            break;
        }
        case ChunkState::Data: {
            const qint64 n = qMin<qint64>(m_chunkRemaining, m_buffer.size() - position);
            if (n == 0) {
                keepGoing = false;
                break;
            }
            const bool ok = deliverBody(m_buffer.constData() + position, n);
            position += n;
            m_chunkRemaining -= n;
            if (!ok) {
                m_buffer.remove(0, position);
                return false;
            }
            if (m_chunkRemaining == 0) {
                m_chunkState = ChunkState::DataEnd;
            }
            break;
        }
        case ChunkState::DataEnd:
            if (m_buffer.size() - position < 2) {
                keepGoing = false;
                break;
            }
            position += 2;
            m_chunkState = ChunkState::Size;
            break;
        case ChunkState::Trailer: {
            const qsizetype eol = m_buffer.indexOf("\r\n", position);
            if (eol < 0) {
                keepGoing = false;
                break;
            }
            const bool emptyLine = eol == position;
            position = eol + 2;
            if (emptyLine) {
                m_state = State::RequestComplete;
            }
            break;
        }
        }
    }
    m_buffer.remove(0, position);
    return true;
}

void HttpConnection::startResponse(int status, HeaderList headers, qint64 contentLength, bool chunked)
{
    m_responseStarted = true;
    m_responseComplete = false;
    m_bodySent = 0;
    m_stalled = false;
    m_chunked = chunked;
    m_sourceDone = false;
    if (m_state == State::ReadingBody) {
        // Answered before the body arrived (auth, validation): drain the rest, then close.
        m_closeAfterResponse = true;
        m_discardBody = true;
    }
    if (!m_request.keepAlive) {
        m_closeAfterResponse = true;
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    head += "date: " + httpDate() + "\r\n";
    for (const auto &[name, value] : headers) {
        head += name + ": " + value + "\r\n";
    }
    if (chunked) {
        head += "transfer-encoding: chunked\r\n";
    } else if (contentLength >= 0) {
        head += "content-length: " + QByteArray::number(contentLength) + "\r\n";
    }
    if (m_closeAfterResponse) {
        head += "connection: close\r\n";
    }
    head += "\r\n";
    m_socket->write(head);
}

void HttpConnection::sendResponse(
    int status, const QByteArray &contentType, const QByteArray &body, const HeaderList &headers, bool compressible)
{
    if (m_responseStarted || m_state == State::Closing) {
        return;
    }
    releaseBodySource();
    HeaderList all = headers;
    if (!contentType.isEmpty()) {
        all.prepend({ "content-type"_ba, contentType });
    }
    const HttpRequest::Coding coding = m_request.acceptedCoding();
    if (compressible && !body.isEmpty() && coding != HttpRequest::Coding::Identity) {
        const bool gzip = coding == HttpRequest::Coding::Gzip;
        m_memoryBody = GzipEncoder::compress(body, gzip ? GzipEncoder::Format::Gzip : GzipEncoder::Format::Deflate);
        all.append({ "content-encoding"_ba, gzip ? "gzip"_ba : "deflate"_ba });
        all.append({ "vary"_ba, "accept-encoding"_ba });
    } else {
        m_memoryBody = body;
    }
    m_memoryPosition = 0;
    startResponse(status, all, m_memoryBody.size(), false);
    pump();
}

bool HttpConnection::sendFile(int status,
    const HeaderList &headers,
    const QString &path,
    qint64 offset,
    qint64 length,
    HttpRequest::Coding coding,
    bool chunked,
    bool removeWhenDone)
{
    if (m_responseStarted || m_state == State::Closing) {
        return false;
    }
    releaseBodySource();
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly) || !file->seek(offset)) {
        return false;
    }
    m_file = std::move(file);
    m_fileRemaining = length;
    m_removeFile = removeWhenDone;
    HeaderList all = headers;
    if (coding != HttpRequest::Coding::Identity) {
        const bool gzip = coding == HttpRequest::Coding::Gzip;
        m_encoder = std::make_unique<GzipEncoder>(gzip ? GzipEncoder::Format::Gzip : GzipEncoder::Format::Deflate);
        all.append({ "content-encoding"_ba, gzip ? "gzip"_ba : "deflate"_ba });
        all.append({ "vary"_ba, "accept-encoding"_ba });
        chunked = true;
    }
    startResponse(status, all, length, chunked);
    pump();
    return true;
}

void HttpConnection::writeBodyBytes(const QByteArray &data)
{
    if (data.isEmpty()) {
        return;
    }
    if (m_chunked) {
        m_socket->write(QByteArray::number(data.size(), 16) + "\r\n");
        m_socket->write(data);
        m_socket->write("\r\n");
    } else {
        m_socket->write(data);
    }
    m_bodySent += data.size();
}

void HttpConnection::pump()
{
    if (!m_responseStarted || m_responseComplete || m_stalled || m_state == State::Closing) {
        return;
    }
    while (m_socket->bytesToWrite() < HIGH_WATER) {
        QByteArray raw;
        if (m_file) {
            raw = m_file->read(qMin(m_fileRemaining, FILE_CHUNK));
            if (raw.isEmpty() && m_fileRemaining > 0) {
                abort();
                return;
            }
            m_fileRemaining -= raw.size();
            m_sourceDone = m_fileRemaining == 0;
        } else {
            raw = m_memoryBody.mid(m_memoryPosition, FILE_CHUNK);
            m_memoryPosition += raw.size();
            m_sourceDone = m_memoryPosition >= m_memoryBody.size();
        }
        QByteArray out = m_encoder ? m_encoder->encode(raw, m_sourceDone) : raw;
        bool faultHit = false;
        if (m_responseFault) {
            const qint64 after = m_bodySent + out.size();
            if (after > m_responseFaultBytes || (after == m_responseFaultBytes && !m_sourceDone)) {
                out.truncate(qMax<qint64>(0, m_responseFaultBytes - m_bodySent));
                faultHit = true;
            }
        }
        writeBodyBytes(out);
        if (faultHit) {
            if (*m_responseFault == FaultKind::DropAfterBytes) {
                m_state = State::Closing;
                m_socket->disconnectFromHost();
            } else {
                m_stalled = true;
            }
            return;
        }
        if (m_sourceDone) {
            if (m_chunked) {
                m_socket->write("0\r\n\r\n");
            }
            finishResponse();
            return;
        }
    }
}

void HttpConnection::finishResponse()
{
    m_responseComplete = true;
    releaseBodySource();
    checkDone();
}

void HttpConnection::releaseBodySource()
{
    if (m_file) {
        const QString path = m_file->fileName();
        m_file.reset();
        if (m_removeFile) {
            QFile::remove(path);
        }
    }
    m_removeFile = false;
    m_encoder.reset();
    m_memoryBody.clear();
    m_memoryPosition = 0;
}

void HttpConnection::checkDone()
{
    if (!m_responseStarted || !m_responseComplete || m_state == State::Closing) {
        return;
    }
    if (m_closeAfterResponse) {
        // Also when the response went out before the request body was read (early 401/403): close right away,
        // as Qdrant does, instead of draining a possibly huge upload.
        m_state = State::Closing;
        m_socket->disconnectFromHost();
        return;
    }
    if (m_state != State::RequestComplete) {
        return;
    }
    resetForNextRequest();
    QMetaObject::invokeMethod(this, &HttpConnection::processInput, Qt::QueuedConnection);
}

void HttpConnection::resetForNextRequest()
{
    m_state = State::ReadingHead;
    m_request = HttpRequest();
    m_request.timer.start();
    m_sink = nullptr;
    m_discardBody = false;
    m_requestFault.reset();
    m_responseFault.reset();
    m_responseStarted = false;
    m_responseComplete = false;
    m_bodyReceived = 0;
    m_bodyRemaining = 0;
}

} // namespace Snapdock::Emulator
