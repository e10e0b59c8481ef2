// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/qdrant/MultipartFileBody.h"

#include <QRandomGenerator>

#include <algorithm>
#include <array>
#include <cstring>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

namespace {

QByteArray makeBoundary()
{
    std::array<quint32, 4> random{};
    QRandomGenerator::system()->fillRange(random.data(), random.size());
    return "snapdock-"_ba
        + QByteArray(reinterpret_cast<const char *>(random.data()), qsizetype(random.size() * sizeof(quint32))).toHex();
}

} // namespace

MultipartFileBody::MultipartFileBody(const QString &filePath, const QString &uploadName, QObject *parent)
    : QIODevice(parent)
    , m_file(filePath)
    , m_boundary(makeBoundary())
{
    Q_ASSERT(!uploadName.contains(u'"') && !uploadName.contains(u'\r') && !uploadName.contains(u'\n'));
    m_preamble = "--"_ba + m_boundary + "\r\nContent-Disposition: form-data; name=\"snapshot\"; filename=\""_ba
        + uploadName.toUtf8() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n"_ba;
    m_epilogue = "\r\n--"_ba + m_boundary + "--\r\n"_ba;
}

QByteArray MultipartFileBody::contentType() const
{
    return "multipart/form-data; boundary="_ba + m_boundary;
}

bool MultipartFileBody::open(OpenMode mode)
{
    if (!mode.testFlag(ReadOnly) || mode.testFlag(WriteOnly)) {
        setErrorString(u"a multipart body can only be read"_s);
        return false;
    }
    // Unbuffered on both levels: large reads go from the file straight into the caller's buffer.
    if (!m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        setErrorString(m_file.errorString());
        return false;
    }
    // Taken once: QFile::size() is a stat() call, and Qt asks for the size for every piece it sends.
    m_fileSize = m_file.size();
    m_offset = 0;
    return QIODevice::open(mode | Unbuffered);
}

void MultipartFileBody::close()
{
    QIODevice::close();
    m_file.close();
    m_offset = 0;
}

qint64 MultipartFileBody::size() const
{
    return m_preamble.size() + m_fileSize + m_epilogue.size();
}

bool MultipartFileBody::seek(qint64 pos)
{
    if (pos < 0 || pos > size() || !QIODevice::seek(pos))
        return false;
    m_offset = pos;
    return true;
}

qint64 MultipartFileBody::readData(char *data, qint64 maxSize)
{
    const qint64 preambleEnd = m_preamble.size();
    const qint64 fileEnd = preambleEnd + m_fileSize;
    const qint64 total = size();
    qint64 done = 0;
    while (done < maxSize && m_offset < total) {
        qint64 n = 0;
        if (m_offset < preambleEnd) {
            n = std::min(maxSize - done, preambleEnd - m_offset);
            std::memcpy(data + done, m_preamble.constData() + m_offset, size_t(n));
        } else if (m_offset < fileEnd) {
            const qint64 fileOffset = m_offset - preambleEnd;
            // Only after a seek does the file's position differ from ours; otherwise skip the lseek().
            if (m_file.pos() != fileOffset && !m_file.seek(fileOffset)) {
                setErrorString(m_file.errorString());
                return done > 0 ? done : -1;
            }
            n = m_file.read(data + done, std::min(maxSize - done, fileEnd - m_offset));
            if (n <= 0) {
                // The file shrank or failed under us: the announced Content-Length can no longer be met.
                setErrorString(n < 0 ? m_file.errorString() : u"the file became shorter while it was sent"_s);
                return done > 0 ? done : -1;
            }
        } else {
            n = std::min(maxSize - done, total - m_offset);
            std::memcpy(data + done, m_epilogue.constData() + (m_offset - fileEnd), size_t(n));
        }
        done += n;
        m_offset += n;
    }
    return done;
}

qint64 MultipartFileBody::writeData(const char *, qint64)
{
    return -1;
}

} // namespace Snapdock
