// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "emulator/TarReader.h"

#include <cstring>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock::Emulator {

namespace {
constexpr qint64 BLOCK = 512;

qint64 roundUp(qint64 size)
{
    return (size + BLOCK - 1) / BLOCK * BLOCK;
}

bool parseNumber(const char *field, int width, qint64 &value)
{
    value = 0;
    if (static_cast<unsigned char>(field[0]) & 0x80) {
        // GNU base-256
        for (int i = 1; i < width; ++i) {
            value = (value << 8) | static_cast<unsigned char>(field[i]);
        }
        return value >= 0;
    }
    int i = 0;
    while (i < width && (field[i] == ' ' || field[i] == '\0')) {
        ++i;
    }
    for (; i < width && field[i] != '\0' && field[i] != ' '; ++i) {
        if (field[i] < '0' || field[i] > '7') {
            return false;
        }
        value = value * 8 + (field[i] - '0');
    }
    return true;
}

QByteArray cString(const char *field, int width)
{
    const void *end = std::memchr(field, 0, static_cast<size_t>(width));
    return QByteArray(field, end ? static_cast<const char *>(end) - field : width);
}

bool checksumValid(const char *block)
{
    qint64 stored = 0;
    if (!parseNumber(block + 148, 8, stored)) {
        return false;
    }
    qint64 sum = 0;
    for (int i = 0; i < BLOCK; ++i) {
        sum += (i >= 148 && i < 156) ? ' ' : static_cast<unsigned char>(block[i]);
    }
    return sum == stored;
}

QString normalizedName(QByteArray name)
{
    while (name.startsWith("./")) {
        name.remove(0, 2);
    }
    while (name.endsWith('/')) {
        name.chop(1);
    }
    return QString::fromUtf8(name);
}
} // namespace

TarReader::TarReader(const QString &path)
    : m_file(path)
{}

bool TarReader::open()
{
    if (!m_file.open(QIODevice::ReadOnly)) {
        return fail(m_file.errorString());
    }
    return true;
}

bool TarReader::fail(const QString &message)
{
    m_error = message;
    m_done = true;
    return false;
}

bool TarReader::readBlock(char *block)
{
    if (!m_file.seek(m_position) || m_file.read(block, BLOCK) != BLOCK) {
        return false;
    }
    m_position += BLOCK;
    return true;
}

bool TarReader::next(Entry &entry)
{
    if (m_done) {
        return false;
    }
    QByteArray longName;
    QByteArray paxPath;
    char block[BLOCK];
    for (;;) {
        if (m_position == m_file.size()) {
            // EOF at a header boundary: accepted as the end (like the Rust tar crate), but not for an empty file.
            m_done = true;
            if (m_position == 0) {
                return fail(u"failed to iterate over archive: empty file"_s);
            }
            return false;
        }
        if (!readBlock(block)) {
            return fail(u"failed to iterate over archive: truncated header"_s);
        }
        bool zero = true;
        for (const char c : block) {
            if (c != '\0') {
                zero = false;
                break;
            }
        }
        if (zero) {
            m_done = true;
            return false;
        }
        if (!checksumValid(block)) {
            return fail(u"failed to iterate over archive: invalid tar header checksum at offset "_s
                % QString::number(m_position - BLOCK));
        }
        qint64 size = 0;
        if (!parseNumber(block + 124, 12, size)) {
            return fail(u"failed to iterate over archive: invalid size field"_s);
        }
        const char type = block[156];
        if (type == 'S' && block[482] != '\0') {
            char extension[BLOCK];
            do {
                if (!readBlock(extension)) {
                    return fail(u"failed to iterate over archive: truncated sparse header"_s);
                }
            } while (extension[504] != '\0');
        }
        const qint64 dataOffset = m_position;
        if (dataOffset + size > m_file.size()) {
            return fail(u"failed to iterate over archive: unexpected end of file"_s);
        }
        m_position = dataOffset + roundUp(size);
        if (m_position > m_file.size()) {
            return fail(u"failed to iterate over archive: unexpected end of file"_s);
        }
        if (type == 'L' || type == 'x') {
            if (size > (1 << 20)) {
                return fail(u"failed to iterate over archive: oversized extended header"_s);
            }
            m_file.seek(dataOffset);
            const QByteArray data = m_file.read(size);
            if (type == 'L') {
                longName = cString(data.constData(), static_cast<int>(data.size()));
            } else {
                for (const QByteArray &record : data.split('\n')) {
                    const qsizetype at = record.indexOf(" path=");
                    if (at >= 0) {
                        paxPath = record.mid(at + 6);
                    }
                }
            }
            continue;
        }
        if (type == 'K' || type == 'g') {
            continue;
        }
        QByteArray name = cString(block, 100);
        if (std::memcmp(block + 257, "ustar\0", 6) == 0) {
            const QByteArray prefix = cString(block + 345, 155);
            if (!prefix.isEmpty()) {
                name = prefix + '/' + name;
            }
        }
        if (!paxPath.isEmpty()) {
            name = paxPath;
        } else if (!longName.isEmpty()) {
            name = longName;
        }
        entry.name = normalizedName(name);
        entry.type = type;
        entry.size = size;
        entry.logicalSize = size;
        entry.dataOffset = dataOffset;
        if (type == 'S') {
            parseNumber(block + 483, 12, entry.logicalSize);
        }
        return true;
    }
}

bool TarReader::readData(const Entry &entry, QByteArray &data, qint64 maxSize)
{
    if (!entry.isRegular() || entry.size > maxSize || !m_file.seek(entry.dataOffset)) {
        return false;
    }
    data = m_file.read(entry.size);
    return data.size() == entry.size;
}

} // namespace Snapdock::Emulator
