// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "emulator/Sha256.h"

#include <QByteArray>
#include <QFile>
#include <QString>

namespace Snapdock::Emulator {

// Writes an uncompressed GNU-format tar archive to a file, streaming member data (never whole members in memory
// except small ones passed as QByteArray) and hashing everything written with SHA-256 on the way.
// Long names use GNU '././@LongLink' ('L') entries. Every method returns false on an I/O error (see errorString()).
class TarWriter
{
public:
    explicit TarWriter(const QString &path);

    bool open();
    bool addDirectory(const QString &name);
    bool addFile(const QString &name, const QByteArray &data);
    // Streams an existing file into the archive.
    bool addFileFromPath(const QString &name, const QString &sourcePath);
    // A member of `size` bytes of WAL-like filler (a short marker, then zeros), written in chunks.
    bool addFillerFile(const QString &name, qint64 size);
    // Writes the two terminating zero blocks and closes the file.
    bool finish();

    QByteArray sha256Hex() { return m_hash.hexResult(); }
    QString errorString() const { return m_error; }

private:
    bool writeHeader(const QString &name, char type, qint64 size);
    bool writeRawHeader(const QByteArray &name, char type, qint64 size);
    bool write(const char *data, qint64 size);
    bool write(const QByteArray &data) { return write(data.constData(), data.size()); }
    bool pad(qint64 size);

    QFile m_file;
    Sha256 m_hash;
    QString m_error;
    qint64 m_mtime = 0;
};

} // namespace Snapdock::Emulator
