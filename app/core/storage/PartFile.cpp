// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/PartFile.h"

#include "core/support/Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <system_error>

#ifdef Q_OS_WIN
#include <qt_windows.h>

#include <fcntl.h>
#include <io.h>
#include <sys/stat.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

namespace {

// Large single writes are split so that the count fits the platform's write() argument everywhere.
constexpr qint64 MAX_WRITE_CHUNK = qint64(1) << 30;

std::filesystem::path toFsPath(const QString &path)
{
#ifdef Q_OS_WIN
    return std::filesystem::path(path.toStdWString());
#else
    return std::filesystem::path(QFile::encodeName(path).toStdString());
#endif
}

std::error_code lastErrno()
{
    return std::error_code(errno, std::generic_category());
}

ErrorKind kindFor(const std::error_code &ec)
{
#ifdef Q_OS_WIN
    if (ec.category() == std::system_category()) {
        switch (ec.value()) {
        case ERROR_DISK_FULL:
        case ERROR_HANDLE_DISK_FULL:
        case ERROR_DISK_QUOTA_EXCEEDED:
            return ErrorKind::LocalDiskFull;
        case ERROR_ACCESS_DENIED:
        case ERROR_WRITE_PROTECT:
            return ErrorKind::LocalPermissionDenied;
        default:
            break;
        }
    }
#else
    if (ec.value() == EDQUOT)
        return ErrorKind::LocalDiskFull;
#endif
    if (ec == std::errc::no_space_on_device)
        return ErrorKind::LocalDiskFull;
    if (ec == std::errc::permission_denied || ec == std::errc::operation_not_permitted
        || ec == std::errc::read_only_file_system)
        return ErrorKind::LocalPermissionDenied;
    return ErrorKind::LocalIoError;
}

// The kind already says "disk full" or "permission denied"; only the generic kind needs the OS's own words.
Error errorFor(const std::error_code &ec, const QString &what)
{
    const ErrorKind kind = kindFor(ec);
    if (kind != ErrorKind::LocalIoError)
        return Error::make(kind, what);
    return Error::make(kind, what + u": "_s + QString::fromLocal8Bit(ec.message()));
}

int openForWriting(const QString &path, bool truncate)
{
#ifdef Q_OS_WIN
    const int flags = _O_WRONLY | _O_CREAT | _O_BINARY | _O_NOINHERIT | (truncate ? _O_TRUNC : 0);
    return _wopen(
        reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(path).utf16()), flags, _S_IREAD | _S_IWRITE);
#else
    const int flags = O_WRONLY | O_CREAT | O_CLOEXEC | (truncate ? O_TRUNC : 0);
    int fd = -1;
    do {
        fd = ::open(QFile::encodeName(path).constData(), flags, 0666);
    } while (fd < 0 && errno == EINTR);
    return fd;
#endif
}

qint64 seekToEnd(int fd)
{
#ifdef Q_OS_WIN
    return _lseeki64(fd, 0, SEEK_END);
#else
    return ::lseek(fd, 0, SEEK_END);
#endif
}

// Writes everything, retrying short writes and signal interruptions; `written` counts what reached the file.
bool writeAll(int fd, const char *data, qint64 size, qint64 &written)
{
    written = 0;
    while (written < size) {
        const qint64 chunk = std::min(size - written, MAX_WRITE_CHUNK);
#ifdef Q_OS_WIN
        const int n = _write(fd, data + written, static_cast<unsigned int>(chunk));
#else
        const ssize_t n = ::write(fd, data + written, static_cast<size_t>(chunk));
#endif
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        if (n == 0) {
            errno = EIO; // a regular file that accepts nothing and reports no error: do not spin
            return false;
        }
        written += n;
    }
    return true;
}

bool syncHandle(int fd)
{
#ifdef Q_OS_WIN
    return _commit(fd) == 0;
#else
#ifdef Q_OS_MACOS
    // fsync() on macOS does not flush the drive's cache; F_FULLFSYNC does, where the filesystem supports it.
    if (::fcntl(fd, F_FULLFSYNC) == 0)
        return true;
#endif
    int rc = 0;
    do {
        rc = ::fsync(fd);
    } while (rc != 0 && errno == EINTR);
    return rc == 0;
#endif
}

bool closeDescriptor(int fd)
{
#ifdef Q_OS_WIN
    return _close(fd) == 0;
#else
    // After EINTR the descriptor is already released on Linux; retrying could close someone else's.
    return ::close(fd) == 0 || errno == EINTR;
#endif
}

std::error_code replaceFile(const QString &from, const QString &to)
{
#ifdef Q_OS_WIN
    if (MoveFileExW(reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(from).utf16()),
            reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(to).utf16()),
            MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH))
        return {};
    return std::error_code(static_cast<int>(GetLastError()), std::system_category());
#else
    // rename(2) replaces atomically: readers see either the old file or the complete new one.
    if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0)
        return {};
    return lastErrno();
#endif
}

// Makes the rename itself durable. Windows has no equivalent; MOVEFILE_WRITE_THROUGH covers it there.
void syncFolder(const QString &folder)
{
#ifndef Q_OS_WIN
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        qCWarning(lcStorage) << "cannot open folder" << folder << "to sync it:" << lastErrno().message().c_str();
        return;
    }
    // Some filesystems refuse fsync on folders (EINVAL); the file's own data is already safe, so only warn.
    if (!syncHandle(fd))
        qCWarning(lcStorage) << "cannot sync folder" << folder << ":" << lastErrno().message().c_str();
    ::close(fd);
#else
    Q_UNUSED(folder);
#endif
}

} // namespace

PartFile::PartFile(QString finalPath)
    : m_finalPath(std::move(finalPath))
    , m_partPath(m_finalPath + u".part"_s)
{}

PartFile::~PartFile()
{
    if (m_committed)
        return;
    if (m_keepOnDestroy)
        closeHandle();
    else
        discard();
}

VoidResult PartFile::open(OpenMode mode)
{
    if (isOpen())
        return fail(Error::make(ErrorKind::LocalIoError, u"opening %1: it is already open"_s.arg(m_partPath)));
    if (m_finalPath.isEmpty())
        return fail(Error::make(ErrorKind::InvalidArgument, u"opening a download: no file name was given"_s));
    m_committed = false;
    m_size = 0;

    const QString folder = QFileInfo(m_finalPath).absolutePath();
    std::error_code ec;
    std::filesystem::create_directories(toFsPath(folder), ec);
    if (ec)
        return fail(errorFor(ec, u"creating folder %1"_s.arg(folder)));

    const int fd = openForWriting(m_partPath, mode == OpenMode::Truncate);
    if (fd < 0)
        return fail(errorFor(lastErrno(), u"opening %1"_s.arg(m_partPath)));
    m_fd = fd;
    m_ownsPart = true;

    if (mode == OpenMode::Append) {
        const qint64 end = seekToEnd(m_fd);
        if (end < 0) {
            const Error error = errorFor(lastErrno(), u"opening %1 to resume"_s.arg(m_partPath));
            closeHandle();
            return fail(error);
        }
        m_size = end;
    }
    return {};
}

VoidResult PartFile::write(const char *data, qint64 size)
{
    Q_ASSERT(size >= 0);
    if (!isOpen())
        return fail(Error::make(ErrorKind::LocalIoError, u"writing %1: the file is not open"_s.arg(m_partPath)));
    qint64 written = 0;
    const bool ok = writeAll(m_fd, data, size, written);
    m_size += written;
    if (!ok)
        return fail(errorFor(lastErrno(), u"writing %1"_s.arg(m_partPath)));
    return {};
}

VoidResult PartFile::commit()
{
    if (!isOpen())
        return fail(Error::make(ErrorKind::LocalIoError, u"saving %1: the file is not open"_s.arg(m_partPath)));

    // Writes go straight to the descriptor, so there is no user-space buffer to flush; fsync before the
    // rename so that the final name can never point at data that is still only in the page cache.
    if (!syncHandle(m_fd)) {
        const Error error = errorFor(lastErrno(), u"saving %1 to disk"_s.arg(m_partPath));
        closeHandle();
        return fail(error);
    }
    const int fd = m_fd;
    m_fd = -1;
    // Network filesystems may report write errors only at close.
    if (!closeDescriptor(fd))
        return fail(errorFor(lastErrno(), u"closing %1"_s.arg(m_partPath)));

    if (const std::error_code ec = replaceFile(m_partPath, m_finalPath))
        return fail(errorFor(ec, u"renaming %1 to %2"_s.arg(m_partPath, m_finalPath)));
    m_committed = true;
    m_ownsPart = false;
    syncFolder(QFileInfo(m_finalPath).absolutePath());
    return {};
}

void PartFile::discard()
{
    closeHandle();
    m_size = 0;
    if (m_committed || !m_ownsPart)
        return;
    m_ownsPart = false;
    std::error_code ec;
    std::filesystem::remove(toFsPath(m_partPath), ec);
    if (ec)
        qCWarning(lcStorage) << "cannot remove" << m_partPath << ":" << ec.message().c_str();
}

void PartFile::closeHandle()
{
    if (m_fd < 0)
        return;
    const int fd = m_fd;
    m_fd = -1;
    if (!closeDescriptor(fd))
        qCWarning(lcStorage) << "closing" << m_partPath << "failed:" << lastErrno().message().c_str();
}

Result<qint64> PartFile::availableSpace(const QString &folder)
{
    // The output folder may not exist yet (open() creates it): measure the volume it will be created on.
    QString path = QFileInfo(folder).absoluteFilePath();
    while (!QFileInfo::exists(path)) {
        const QString parent = QFileInfo(path).absolutePath();
        if (parent == path)
            break;
        path = parent;
    }
    const QStorageInfo storage(path);
    if (!storage.isValid() || !storage.isReady())
        return fail(Error::make(ErrorKind::LocalIoError, u"checking free space in %1: no usable volume"_s.arg(folder)));
    const qint64 available = storage.bytesAvailable();
    if (available < 0)
        return fail(Error::make(ErrorKind::LocalIoError, u"checking free space in %1"_s.arg(folder)));
    return available;
}

} // namespace Snapdock
