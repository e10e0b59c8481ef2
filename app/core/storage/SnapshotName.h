// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/support/Result.h"

#include <QString>
#include <QStringView>

namespace Snapdock {

// Snapshot names come from the server and are untrusted: a hostile or broken server must not be able to
// make Snapdock write outside the output folder, or create a file that Windows, macOS or Linux cannot open.
// Stateless; safe to call from any thread.
class SnapshotName
{
public:
    SnapshotName() = delete;

    // Refuses (ErrorKind::UnsafeName) empty names, "." and "..", path separators, any ':' (drive letters,
    // NTFS streams), control characters, Windows-forbidden characters (< > " | ? *), leading or trailing
    // spaces, a trailing dot, reserved Windows device names as the stem (CON, nul.snapshot, COM1.x, ...),
    // unpaired UTF-16 surrogates and names longer than 255 UTF-8 bytes.
    [[nodiscard]] static VoidResult validate(QStringView name);
    [[nodiscard]] static bool isSafe(QStringView name);

    // Validates name and returns folder/name, after checking that the cleaned path is still inside folder.
    [[nodiscard]] static Result<QString> safeLocalPath(const QString &folder, QStringView name);

    // The name in double quotes with control characters, quotes and backslashes escaped, shortened if very
    // long: safe to put in an error message or a log line.
    [[nodiscard]] static QString quoted(QStringView name);

    static constexpr qsizetype MAX_UTF8_BYTES = 255;
};

} // namespace Snapdock
