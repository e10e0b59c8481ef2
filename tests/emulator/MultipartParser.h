// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

namespace Snapdock::Emulator {

// Incremental multipart/form-data parser: feed() it the body in arbitrary pieces; part data is passed on as it
// arrives (only the last boundary-length bytes are held back), so parts of any size stream through bounded memory.
class MultipartParser
{
public:
    struct Part
    {
        QString name;
        QString fileName;
        bool hasFileName = false;
        QByteArray contentType;
    };

    explicit MultipartParser(const QByteArray &boundary);

    // Extracts the boundary parameter of a multipart Content-Type; empty if none.
    static QByteArray boundaryFromContentType(const QByteArray &contentType);

    std::function<void(const Part &part)> onPartBegin;
    std::function<bool(const char *data, qint64 size)> onPartData; // false aborts parsing
    std::function<void()> onPartEnd;

    // False once the input is malformed or a callback refused data (see errorString()).
    bool feed(const char *data, qint64 size);
    bool isFinished() const { return m_state == State::Epilogue; }
    QString errorString() const { return m_error; }

private:
    enum class State
    {
        Preamble,
        Headers,
        Data,
        AfterBoundary,
        Epilogue,
        Failed
    };

    bool parseHeaders(const QByteArray &block);
    bool fail(const QString &message);

    QByteArray m_delimiter; // "\r\n--" + boundary
    QByteArray m_buffer;
    State m_state = State::Preamble;
    QString m_error;
};

} // namespace Snapdock::Emulator
