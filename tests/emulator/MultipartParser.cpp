// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "emulator/MultipartParser.h"

#include <QList>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock::Emulator {

namespace {

// Value of `key=` in a header parameter list, quoted or not.
QByteArray parameter(const QByteArray &header, const QByteArray &key, bool *found)
{
    *found = false;
    qsizetype at = 0;
    const QByteArray needle = key + '=';
    while ((at = header.indexOf(needle, at)) >= 0) {
        const bool boundaryOk = at == 0 || header.at(at - 1) == ';' || header.at(at - 1) == ' ';
        at += key.size() + 1;
        if (!boundaryOk) {
            continue;
        }
        *found = true;
        if (at < header.size() && header.at(at) == '"') {
            QByteArray value;
            for (qsizetype i = at + 1; i < header.size(); ++i) {
                const char c = header.at(i);
                if (c == '\\' && i + 1 < header.size()) {
                    value += header.at(++i);
                } else if (c == '"') {
                    break;
                } else {
                    value += c;
                }
            }
            return value;
        }
        const qsizetype end = header.indexOf(';', at);
        return header.mid(at, end < 0 ? -1 : end - at).trimmed();
    }
    return {};
}

} // namespace

MultipartParser::MultipartParser(const QByteArray &boundary)
    : m_delimiter("\r\n--" + boundary)
    , m_buffer("\r\n"_ba)
{}

QByteArray MultipartParser::boundaryFromContentType(const QByteArray &contentType)
{
    if (!contentType.trimmed().toLower().startsWith("multipart/")) {
        return {};
    }
    bool found = false;
    return parameter(contentType, "boundary"_ba, &found);
}

bool MultipartParser::fail(const QString &message)
{
    m_state = State::Failed;
    m_error = message;
    return false;
}

bool MultipartParser::parseHeaders(const QByteArray &block)
{
    Part part;
    for (const QByteArray &rawLine : block.split('\n')) {
        const QByteArray line = rawLine.trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            continue;
        }
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-disposition") {
            bool found = false;
            part.name = QString::fromUtf8(parameter(value, "name"_ba, &found));
            part.fileName = QString::fromUtf8(parameter(value, "filename"_ba, &part.hasFileName));
        } else if (name == "content-type") {
            part.contentType = value;
        }
    }
    if (onPartBegin) {
        onPartBegin(part);
    }
    return true;
}

bool MultipartParser::feed(const char *data, qint64 size)
{
    if (m_state == State::Failed) {
        return false;
    }
    if (m_state == State::Epilogue) {
        return true;
    }
    m_buffer.append(data, size);
    qsizetype position = 0;
    for (;;) {
        switch (m_state) {
        case State::Preamble: {
            const qsizetype at = m_buffer.indexOf(m_delimiter, position);
            if (at < 0) {
                position = qMax(position, m_buffer.size() - m_delimiter.size());
                m_buffer.remove(0, position);
                return true;
            }
            position = at + m_delimiter.size();
            m_state = State::AfterBoundary;
            break;
        }
        case State::AfterBoundary: {
            if (m_buffer.size() - position < 2) {
                m_buffer.remove(0, position);
                return true;
            }
            if (m_buffer.mid(position, 2) == "--") {
                m_state = State::Epilogue;
                m_buffer.clear();
                return true;
            }
            const qsizetype eol = m_buffer.indexOf("\r\n", position);
            if (eol < 0) {
                m_buffer.remove(0, position);
                return m_buffer.size() < 1024 || fail(u"malformed multipart boundary line"_s);
            }
            position = eol + 2;
            m_state = State::Headers;
            break;
        }
        case State::Headers: {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n", position);
            if (end < 0) {
                m_buffer.remove(0, position);
                return m_buffer.size() < 64 * 1024 || fail(u"multipart part headers too large"_s);
            }
            const QByteArray headers = m_buffer.mid(position, end - position);
            position = end + 4;
            parseHeaders(headers);
            m_state = State::Data;
            break;
        }
        case State::Data: {
            const qsizetype at = m_buffer.indexOf(m_delimiter, position);
            const qsizetype dataEnd = at >= 0 ? at : qMax(position, m_buffer.size() - m_delimiter.size() + 1);
            if (dataEnd > position && onPartData && !onPartData(m_buffer.constData() + position, dataEnd - position)) {
                return fail(u"part data refused"_s);
            }
            position = dataEnd;
            if (at < 0) {
                m_buffer.remove(0, position);
                return true;
            }
            position += m_delimiter.size();
            if (onPartEnd) {
                onPartEnd();
            }
            m_state = State::AfterBoundary;
            break;
        }
        case State::Epilogue:
        case State::Failed:
            return m_state == State::Epilogue;
        }
    }
}

} // namespace Snapdock::Emulator
