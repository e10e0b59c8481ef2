// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/support/Result.h"

#include <QString>

namespace Snapdock {

// Writes a download to "<finalPath>.part" and only moves it to finalPath once it is complete and on disk
// (flush, fsync, atomic rename, fsync of the folder), so a crash or failure never leaves a half-written
// file under the final name. An existing final file is replaced only by a successful commit().
// Not copyable or movable; not thread-safe. Destroying it without commit() removes the .part file
// unless setKeepOnDestroy(true) was called (to resume it later).
class PartFile
{
public:
    enum class OpenMode
    {
        Truncate, // start from zero bytes
        Append, // keep the bytes of an earlier attempt; size() reports how many
    };

    explicit PartFile(QString finalPath);
    ~PartFile();
    PartFile(const PartFile &) = delete;
    PartFile &operator=(const PartFile &) = delete;
    PartFile(PartFile &&) = delete;
    PartFile &operator=(PartFile &&) = delete;

    // Creates the parent folder if missing, then opens the .part file.
    [[nodiscard]] VoidResult open(OpenMode mode = OpenMode::Truncate);

    // Writes everything or fails (ENOSPC/EDQUOT -> LocalDiskFull, EACCES/EPERM/EROFS -> LocalPermissionDenied).
    [[nodiscard]] VoidResult write(const char *data, qint64 size);

    // Flushes, fsyncs, closes and renames the .part over finalPath. On failure the file is closed and the
    // .part stays until discard() or destruction (which honour keepOnDestroy).
    [[nodiscard]] VoidResult commit();

    // Closes and removes the .part file if this object opened it; never touches finalPath. Safe at any time.
    void discard();

    void setKeepOnDestroy(bool keep) { m_keepOnDestroy = keep; }
    [[nodiscard]] bool keepOnDestroy() const { return m_keepOnDestroy; }

    [[nodiscard]] bool isOpen() const { return m_fd >= 0; }
    [[nodiscard]] bool isCommitted() const { return m_committed; }
    [[nodiscard]] qint64 size() const { return m_size; } // bytes in the .part file, including appended ones
    [[nodiscard]] QString finalPath() const { return m_finalPath; }
    [[nodiscard]] QString partPath() const { return m_partPath; }

    // Bytes available to this user in folder (or in its nearest existing ancestor), for pre-download checks.
    [[nodiscard]] static Result<qint64> availableSpace(const QString &folder);

private:
    void closeHandle();

    QString m_finalPath;
    QString m_partPath;
    int m_fd = -1;
    qint64 m_size = 0;
    bool m_keepOnDestroy = false;
    bool m_committed = false;
    bool m_ownsPart = false; // only a .part this object opened is ever removed (not another run's partial)
};

} // namespace Snapdock
