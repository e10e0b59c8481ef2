// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "emulator/EmulatorTypes.h"
#include "emulator/HttpRequest.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>

#include <functional>
#include <memory>

class QFile;
class QTcpSocket;

namespace Snapdock::Emulator {

class GzipEncoder;

// One HTTP/1.1 server connection: parses request heads, streams request bodies (Content-Length or chunked) either into
// HttpRequest::body or into a sink, and writes responses whose bodies come from memory or are streamed from a file
// with back-pressure (more is written only while the socket's bytesToWrite() is below a bound), optionally
// gzip/deflate-encoded and/or chunked. Persistent connections and pipelined requests are handled one at a time.
//
// Ownership: takes ownership of `socket`; deletes itself (deleteLater) when the socket disconnects, so holders of a
// connection across event-loop turns must use QPointer. Lives in the thread of the socket.
//
// Signals: headReceived() once per request after the head was parsed (handlers may respond right away, install a body
// sink or discard the body); requestReceived() once the whole body arrived, unless a response was already started.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    using BodySink = std::function<bool(const char *data, qint64 size)>;
    using HeaderList = QList<QPair<QByteArray, QByteArray>>;

    explicit HttpConnection(QTcpSocket *socket, QObject *parent = nullptr);
    ~HttpConnection() override;

    HttpRequest &request() { return m_request; }
    const HttpRequest &request() const { return m_request; }
    bool hasResponded() const { return m_responseStarted; }

    // Body handling; call from a headReceived handler. The sink returns false to abort the connection.
    void setBodySink(BodySink sink);
    void discardBody();
    // Request-body faults: DropAfterBytes aborts after `bytes`, StallAfterBytes stops reading after `bytes`.
    void setRequestFault(FaultKind kind, qint64 bytes);
    // Response-body faults: DropAfterBytes closes after `bytes` body bytes, StallAfterBytes stops sending.
    void setResponseFault(FaultKind kind, qint64 bytes);

    // A complete response with an in-memory body; compressed when `compressible` and the client offers gzip/deflate.
    void sendResponse(int status,
        const QByteArray &contentType,
        const QByteArray &body,
        const HeaderList &headers = {},
        bool compressible = false);
    // Streams `length` bytes of `path` from `offset`. With a coding other than Identity the body is compressed on the
    // fly and sent chunked; `chunked` forces chunked framing. `removeWhenDone` deletes the file afterwards.
    bool sendFile(int status,
        const HeaderList &headers,
        const QString &path,
        qint64 offset,
        qint64 length,
        HttpRequest::Coding coding,
        bool chunked,
        bool removeWhenDone = false);
    void abort();

    static QByteArray reasonPhrase(int status);

signals:
    void headReceived(Snapdock::Emulator::HttpConnection *connection);
    void requestReceived(Snapdock::Emulator::HttpConnection *connection);

private:
    enum class State
    {
        ReadingHead,
        ReadingBody,
        RequestComplete,
        Closing
    };
    enum class ChunkState
    {
        Size,
        Data,
        DataEnd,
        Trailer
    };

    void processInput();
    bool consumeBody();
    bool deliverBody(const char *data, qint64 size);
    void completeRequest();
    void startResponse(int status, HeaderList headers, qint64 contentLength, bool chunked);
    void pump();
    void writeBodyBytes(const QByteArray &data);
    void finishResponse();
    void checkDone();
    void resetForNextRequest();
    void releaseBodySource();

    QTcpSocket *m_socket;
    QByteArray m_buffer;
    State m_state = State::ReadingHead;
    HttpRequest m_request;

    // request body
    qint64 m_bodyRemaining = 0;
    qint64 m_bodyReceived = 0;
    ChunkState m_chunkState = ChunkState::Size;
    qint64 m_chunkRemaining = 0;
    BodySink m_sink;
    bool m_discardBody = false;
    std::optional<FaultKind> m_requestFault;
    qint64 m_requestFaultBytes = 0;
    bool m_readStalled = false;

    // response
    bool m_responseStarted = false;
    bool m_responseComplete = false;
    bool m_closeAfterResponse = false;
    QByteArray m_memoryBody;
    qint64 m_memoryPosition = 0;
    std::unique_ptr<QFile> m_file;
    qint64 m_fileRemaining = 0;
    bool m_removeFile = false;
    std::unique_ptr<GzipEncoder> m_encoder;
    bool m_chunked = false;
    bool m_sourceDone = false;
    qint64 m_bodySent = 0;
    std::optional<FaultKind> m_responseFault;
    qint64 m_responseFaultBytes = 0;
    bool m_stalled = false;
};

} // namespace Snapdock::Emulator
