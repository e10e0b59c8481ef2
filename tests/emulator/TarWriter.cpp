// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "emulator/TarWriter.h"

#include <QDateTime>

#include <cstring>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock::Emulator {

namespace {
constexpr qint64 BLOCK = 512;
constexpr qint64 CHUNK = 1 << 20;
constexpr int NAME_FIELD = 100;

void putOctal(char *field, int width, qint64 value)
{
    // width includes the terminating NUL; values that do not fit use GNU base-256.
    const QByteArray octal = QByteArray::number(value, 8);
    if (octal.size() <= width - 1) {
        const QByteArray padded = octal.rightJustified(width - 1, '0');
        std::memcpy(field, padded.constData(), static_cast<size_t>(width - 1));
        field[width - 1] = '\0';
        return;
    }
    field[0] = static_cast<char>(0x80);
    for (int i = width - 1; i > 0; --i) {
        field[i] = static_cast<char>(value & 0xff);
        value >>= 8;
    }
}
} // namespace

TarWriter::TarWriter(const QString &path)
    : m_file(path)
    , m_mtime(QDateTime::currentSecsSinceEpoch())
{}

bool TarWriter::open()
{
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_error = m_file.errorString();
        return false;
    }
    return true;
}

bool TarWriter::write(const char *data, qint64 size)
{
    if (m_file.write(data, size) != size) {
        m_error = m_file.errorString();
        return false;
    }
    m_hash.addData(data, size);
    return true;
}

bool TarWriter::pad(qint64 size)
{
    const qint64 rest = size % BLOCK;
    if (rest == 0) {
        return true;
    }
    const QByteArray zeros(BLOCK - rest, '\0');
    return write(zeros);
}

bool TarWriter::writeRawHeader(const QByteArray &name, char type, qint64 size)
{
    char header[BLOCK];
    std::memset(header, 0, sizeof header);
    std::memcpy(header, name.constData(), static_cast<size_t>(qMin<qsizetype>(name.size(), NAME_FIELD)));
    putOctal(header + 100, 8, type == '5' ? 0755 : 0644);
    putOctal(header + 108, 8, 0);
    putOctal(header + 116, 8, 0);
    putOctal(header + 124, 12, size);
    putOctal(header + 136, 12, m_mtime);
    header[156] = type;
    std::memcpy(header + 257, "ustar  ", 8); // GNU magic "ustar " + version " \0"
    std::memset(header + 148, ' ', 8);
    unsigned int sum = 0;
    for (const char c : header) {
        sum += static_cast<unsigned char>(c);
    }
    const QByteArray checksum = QByteArray::number(sum, 8).rightJustified(6, '0');
    std::memcpy(header + 148, checksum.constData(), 6);
    header[154] = '\0';
    header[155] = ' ';
    return write(header, BLOCK);
}

bool TarWriter::writeHeader(const QString &name, char type, qint64 size)
{
    const QByteArray encoded = name.toUtf8();
    if (encoded.size() > NAME_FIELD) {
        const QByteArray longName = encoded + '\0';
        if (!writeRawHeader("././@LongLink"_ba, 'L', longName.size()) || !write(longName) || !pad(longName.size())) {
            return false;
        }
    }
    return writeRawHeader(encoded, type, size);
}

bool TarWriter::addDirectory(const QString &name)
{
    return writeHeader(name.endsWith(u'/') ? name : name + u'/', '5', 0);
}

bool TarWriter::addFile(const QString &name, const QByteArray &data)
{
    return writeHeader(name, '0', data.size()) && write(data) && pad(data.size());
}

bool TarWriter::addFileFromPath(const QString &name, const QString &sourcePath)
{
    QFile source(sourcePath);
    if (!source.open(QIODevice::ReadOnly)) {
        m_error = source.errorString();
        return false;
    }
    const qint64 size = source.size();
    if (!writeHeader(name, '0', size)) {
        return false;
    }
    QByteArray buffer(CHUNK, Qt::Uninitialized);
    qint64 remaining = size;
    while (remaining > 0) {
        const qint64 n = source.read(buffer.data(), qMin(remaining, CHUNK));
        if (n <= 0) {
            m_error = u"short read from "_s % sourcePath;
            return false;
        }
        if (!write(buffer.constData(), n)) {
            return false;
        }
        remaining -= n;
    }
    return pad(size);
}

bool TarWriter::addFillerFile(const QString &name, qint64 size)
{
    if (!writeHeader(name, '0', size)) {
        return false;
    }
    QByteArray buffer(CHUNK, '\0');
    const QByteArray marker = "qdrant-emulator-wal\n"_ba;
    std::memcpy(buffer.data(), marker.constData(), static_cast<size_t>(marker.size()));
    qint64 remaining = size;
    bool first = true;
    while (remaining > 0) {
        const qint64 n = qMin(remaining, CHUNK);
        if (!write(buffer.constData(), n)) {
            return false;
        }
        if (first) {
            std::memset(buffer.data(), 0, static_cast<size_t>(marker.size()));
            first = false;
        }
        remaining -= n;
    }
    return pad(size);
}

bool TarWriter::finish()
{
    const QByteArray zeros(2 * BLOCK, '\0');
    if (!write(zeros)) {
        return false;
    }
    if (!m_file.flush()) {
        m_error = m_file.errorString();
        return false;
    }
    m_file.close();
    return true;
}

} // namespace Snapdock::Emulator
