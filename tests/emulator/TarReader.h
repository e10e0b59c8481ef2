// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

namespace Snapdock::Emulator {

// Sequential reader of an uncompressed tar file (ustar, GNU and PAX headers). Walks the headers and seeks over member
// data, so multi-GiB archives are cheap to scan. GNU sparse ('S') members are skipped by their stored size (plus
// their extension header blocks); only their logical size is reported. Anything that is not a well-formed tar
// (bad header checksum, gzip input, data running past the end of the file) is an error.
class TarReader
{
public:
    struct Entry
    {
        QString name; // leading "./" removed
        char type = '0';
        qint64 size = 0; // stored bytes in the archive
        qint64 logicalSize = 0; // differs from size for sparse members
        qint64 dataOffset = 0;

        bool isRegular() const { return type == '0' || type == '\0' || type == '7'; }
        bool isDirectory() const { return type == '5'; }
        bool isSparse() const { return type == 'S'; }
    };

    explicit TarReader(const QString &path);

    bool open();
    // Advances to the next member; false at the end of the archive or on error (then hasError() is true).
    bool next(Entry &entry);
    // Reads the data of a regular member, at most `maxSize` bytes (false if larger or on error).
    bool readData(const Entry &entry, QByteArray &data, qint64 maxSize = 16 << 20);

    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }

private:
    bool readBlock(char *block);
    bool fail(const QString &message);

    QFile m_file;
    qint64 m_position = 0;
    QString m_error;
    bool m_done = false;
};

} // namespace Snapdock::Emulator
