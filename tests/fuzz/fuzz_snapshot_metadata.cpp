// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Metadata files are read back from backup folders that may have been edited or damaged: parsing must never
// crash, and whatever parses must survive a write/read round trip unchanged.
#include "core/storage/SnapshotMetadata.h"

#include <QJsonDocument>

#include <cstdint>
#include <cstdlib>

using namespace Snapdock;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    if (!document.isObject())
        return 0;
    auto metadata = SnapshotMetadata::fromJson(document.object());
    if (!metadata)
        return 0;
    auto again = SnapshotMetadata::fromJson(metadata->toJson());
    if (!again || again->toJson() != metadata->toJson())
        std::abort();
    return 0;
}
