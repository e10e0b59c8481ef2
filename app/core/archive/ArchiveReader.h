// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/support/Result.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

class QIODevice;

// libarchive's handle, forward-declared so that callers need no libarchive headers.
struct archive;

namespace Snapdock {

// Reads the headers of a plain (uncompressed) tar archive with libarchive, GNU extensions included (long names,
// sparse 'S' members). Member data is never written anywhere: a caller reads the few small members it needs
// with readData() and next() skips the rest, seeking over it when the device is seekable.
//
// The source is either a QIODevice (not owned; must stay open and alive while the reader exists) or the
// current member of another ArchiveReader, streamed without a temporary file (for archives nested in archives).
// No compression filter is enabled on purpose: Qdrant serves plain tar, and a compressed file should be
// named as such by the caller rather than silently accepted.
// Not thread-safe; movable only by pointer (it hands its own address to libarchive).
class ArchiveReader
{
public:
    enum class EntryType
    {
        File,
        Directory,
        SymbolicLink,
        HardLink,
        Other, // device nodes, FIFOs, sockets
    };

    struct Entry
    {
        QString name; // exactly as stored (UTF-8), including any leading "./"
        EntryType type = EntryType::File;
        qint64 size = 0; // logical size; for sparse members larger than the bytes stored
        bool sparse = false;
        QString linkTarget; // for links
    };

    explicit ArchiveReader(QIODevice &device);
    // Reads the member that `outer` is positioned on as an archive of its own. `outer` must outlive this reader
    // and must not be advanced while it is in use.
    explicit ArchiveReader(ArchiveReader &outer);
    ~ArchiveReader();
    ArchiveReader(const ArchiveReader &) = delete;
    ArchiveReader &operator=(const ArchiveReader &) = delete;

    // Moves to the next member, skipping whatever is left of the current one's data. Returns nullopt at the end
    // of the archive; ErrorKind::InvalidSnapshot when the archive is malformed or truncated.
    [[nodiscard]] Result<std::optional<Entry>> next();

    // The current member's whole data. Refuses (InvalidSnapshot) members larger than maxSize before reading
    // anything, so a hostile size cannot make it allocate.
    [[nodiscard]] Result<QByteArray> readData(qint64 maxSize);

    // Bytes taken from the source so far, skipped bytes included.
    [[nodiscard]] qint64 bytesConsumed() const;

private:
    struct Source;

    [[nodiscard]] Error failure(const QString &what) const;
    [[nodiscard]] VoidResult open();

    std::unique_ptr<Source> m_source;
    archive *m_archive = nullptr;
    bool m_opened = false;
    std::optional<Error> m_openError;
};

} // namespace Snapdock
