// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Snapshot files come from backup folders, downloads and users' disks: previewing one must never crash, hang or
// allocate without bound, whatever the tar headers and the JSON members claim.
#include "core/archive/ArchivePreview.h"

#include <QBuffer>

#include <cstdint>
#include <cstdlib>

using namespace Snapdock;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::ReadOnly))
        std::abort();
    const auto preview = ArchivePreview::read(buffer);
    if (!preview) {
        // Every refusal must be explainable to a person.
        if (preview.error().detail.isEmpty())
            std::abort();
        return 0;
    }
    if (preview->archiveSize != qint64(size) || preview->memberCount < 0
        || preview->unsafeMembers.size() > ArchivePreview::MAX_LISTED_UNSAFE_MEMBERS
        || preview->unsafeMemberCount < preview->unsafeMembers.size()
        || preview->shards.size() > ArchivePreview::MAX_LISTED_ITEMS)
        std::abort();
    if (preview->summary().isEmpty())
        std::abort();
    return 0;
}
