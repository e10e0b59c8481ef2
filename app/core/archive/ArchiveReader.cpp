// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/archive/ArchiveReader.h"

#include <QIODevice>

#include <algorithm>
#include <archive.h>
#include <archive_entry.h>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

namespace {

constexpr qsizetype READ_CHUNK_SIZE = 64 * 1024;

} // namespace

struct ArchiveReader::Source
{
    QIODevice *device = nullptr;
    ArchiveReader *outer = nullptr;
    QByteArray buffer = QByteArray(READ_CHUNK_SIZE, Qt::Uninitialized);
    qint64 consumed = 0;
    QString ioError; // set when the source itself failed, as opposed to the archive being malformed
    qint64 currentSize = 0;

    static la_ssize_t read(archive *handle, void *clientData, const void **data)
    {
        auto *source = static_cast<Source *>(clientData);
        *data = source->buffer.constData();
        la_ssize_t count = 0;
        if (source->device) {
            count = source->device->read(source->buffer.data(), source->buffer.size());
            if (count < 0)
                source->ioError = source->device->errorString();
        } else {
            count = archive_read_data(source->outer->m_archive, source->buffer.data(), size_t(source->buffer.size()));
            if (count < 0) {
                const char *outerError = archive_error_string(source->outer->m_archive);
                source->ioError = outerError ? QString::fromUtf8(outerError) : u"cannot read the enclosing archive"_s;
            }
        }
        if (count < 0) {
            archive_set_error(handle, EIO, "read failed");
            return ARCHIVE_FATAL;
        }
        source->consumed += count;
        return count;
    }

    // Seeking over member data is what keeps previews of multi-GiB snapshots fast. Skipping past the end is
    // clamped, so libarchive notices the shortfall and reports a truncated archive instead of reading on.
    static la_int64_t skip(archive *, void *clientData, la_int64_t request)
    {
        auto *source = static_cast<Source *>(clientData);
        if (!source->device || source->device->isSequential() || request <= 0)
            return 0; // libarchive then reads and discards instead
        const qint64 position = source->device->pos();
        const qint64 step = std::min<qint64>(request, std::max<qint64>(0, source->device->size() - position));
        if (step <= 0 || !source->device->seek(position + step))
            return 0;
        source->consumed += step;
        return step;
    }
};

ArchiveReader::ArchiveReader(QIODevice &device)
    : m_source(std::make_unique<Source>())
    , m_archive(archive_read_new())
{
    m_source->device = &device;
}

ArchiveReader::ArchiveReader(ArchiveReader &outer)
    : m_source(std::make_unique<Source>())
    , m_archive(archive_read_new())
{
    m_source->outer = &outer;
}

ArchiveReader::~ArchiveReader()
{
    if (m_archive)
        archive_read_free(m_archive);
}

Error ArchiveReader::failure(const QString &what) const
{
    if (!m_source->ioError.isEmpty())
        return Error::make(ErrorKind::LocalIoError, what + u": "_s + m_source->ioError);
    const char *message = m_archive ? archive_error_string(m_archive) : nullptr;
    const QString reason = message ? QString::fromUtf8(message) : u"unknown archive error"_s;
    return Error::make(ErrorKind::InvalidSnapshot, what + u": "_s + reason);
}

VoidResult ArchiveReader::open()
{
    if (!m_archive)
        return fail(Error::make(ErrorKind::LocalIoError, u"cannot allocate an archive reader"_s));
    // tar only, and no filters: see the class comment.
    archive_read_support_format_tar(m_archive);
    archive_read_support_format_gnutar(m_archive);
    if (archive_read_open2(m_archive, m_source.get(), nullptr, &Source::read, &Source::skip, nullptr) != ARCHIVE_OK)
        return fail(failure(u"not a tar archive"_s));
    return {};
}

Result<std::optional<ArchiveReader::Entry>> ArchiveReader::next()
{
    if (!m_opened) {
        m_opened = true;
        if (auto opened = open(); !opened)
            m_openError = opened.error();
    }
    if (m_openError)
        return fail(*m_openError);

    archive_entry *entry = nullptr;
    const int status = archive_read_next_header(m_archive, &entry);
    if (status == ARCHIVE_EOF)
        return std::optional<Entry>();
    // ARCHIVE_WARN covers recoverable oddities (e.g. an unknown extended attribute); the entry is still usable.
    if (status != ARCHIVE_OK && status != ARCHIVE_WARN)
        return fail(failure(m_source->consumed == 0 ? u"not a tar archive"_s : u"malformed or truncated archive"_s));

    Entry result;
    // The raw bytes rather than archive_entry_pathname_utf8(): that one converts through the C locale and fails
    // on non-ASCII names, while Qdrant writes UTF-8.
    const char *name = archive_entry_pathname(entry);
    result.name = name ? QString::fromUtf8(name) : QString();
    result.size = archive_entry_size_is_set(entry) ? std::max<la_int64_t>(0, archive_entry_size(entry)) : 0;
    result.sparse = archive_entry_sparse_count(entry) > 0;
    if (const char *hardLink = archive_entry_hardlink(entry)) {
        // A tar hard link carries a regular-file type; only the link name tells it apart.
        result.type = EntryType::HardLink;
        result.linkTarget = QString::fromUtf8(hardLink);
    } else {
        switch (archive_entry_filetype(entry)) {
        case AE_IFREG:
            result.type = EntryType::File;
            break;
        case AE_IFDIR:
            result.type = EntryType::Directory;
            break;
        case AE_IFLNK: {
            result.type = EntryType::SymbolicLink;
            const char *target = archive_entry_symlink(entry);
            result.linkTarget = target ? QString::fromUtf8(target) : QString();
            break;
        }
        default:
            result.type = EntryType::Other;
            break;
        }
    }
    m_source->currentSize = result.size;
    return std::optional<Entry>(std::move(result));
}

Result<QByteArray> ArchiveReader::readData(qint64 maxSize)
{
    if (m_source->currentSize > maxSize)
        return fail(Error::make(ErrorKind::InvalidSnapshot,
            u"a member of %1 bytes is larger than the %2 bytes allowed"_s.arg(m_source->currentSize).arg(maxSize)));
    // A header may claim any size; a member cannot be larger than the file holding it, so a lie shows here
    // before the allocation rather than after it.
    if (m_source->device && !m_source->device->isSequential() && m_source->currentSize > m_source->device->size())
        return fail(Error::make(ErrorKind::InvalidSnapshot,
            u"a member claims %1 bytes, more than the whole archive: it is truncated"_s.arg(m_source->currentSize)));
    QByteArray data(qsizetype(m_source->currentSize), Qt::Uninitialized);
    qsizetype filled = 0;
    while (filled < data.size()) {
        const la_ssize_t count = archive_read_data(m_archive, data.data() + filled, size_t(data.size() - filled));
        if (count < 0)
            return fail(failure(u"cannot read a member"_s));
        if (count == 0)
            return fail(Error::make(ErrorKind::InvalidSnapshot,
                u"a member ends after %1 of its %2 bytes: the archive is truncated"_s.arg(filled).arg(data.size())));
        filled += qsizetype(count);
    }
    return data;
}

qint64 ArchiveReader::bytesConsumed() const
{
    return m_source->consumed;
}

} // namespace Snapdock
