// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Server-provided snapshot names decide local file paths. Invariant: a name accepted by SnapshotName never
// yields a path outside the target folder, and never a separator, "..", a drive letter or a control character.
#include "core/storage/SnapshotName.h"

#include <QDir>

#include <cstdint>
#include <cstdlib>

using namespace Qt::Literals::StringLiterals;
using namespace Snapdock;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString name = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    (void)SnapshotName::quoted(name);
    if (!SnapshotName::isSafe(name))
        return 0;
    for (QChar c : name) {
        if (c == u'/' || c == u'\\' || c == u':' || c.unicode() < 0x20)
            std::abort();
    }
    if (name == u".."_s || name == u"."_s)
        std::abort();
    const QString folder = u"/backups/snapdock"_s;
    auto path = SnapshotName::safeLocalPath(folder, name);
    if (!path)
        std::abort(); // validate() and safeLocalPath() must agree
    if (QDir::cleanPath(*path) != QDir::cleanPath(folder + u"/"_s + name) || !path->startsWith(folder + u"/"_s))
        std::abort();
    return 0;
}
