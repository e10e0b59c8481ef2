// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/archive/ArchivePreview.h"
#include "core/support/Result.h"

#include <QString>

namespace Snapdock {

class ArchiveReader;

// A member name as a path inside the archive, cleaned the way Qdrant's unpacker sees it.
struct ArchiveMemberPath
{
    QString path; // without "./" prefixes and trailing "/"; empty for the root directory itself
    bool unsafe = false; // absolute or climbing out with ".."
};

[[nodiscard]] ArchiveMemberPath normalisedMemberPath(const QString &name);

// Walks the headers of `reader` once, reading only the small JSON members, and tells what kind of Qdrant
// snapshot the archive is and what it holds. Never extracts anything.
[[nodiscard]] Result<ArchivePreview> scanArchive(ArchiveReader &reader);

} // namespace Snapdock
