// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/catalog/LocalBackup.h"

namespace Snapdock {

QDateTime LocalBackup::sortTime() const
{
    if (hasMetadata && metadata.backupFinishedAt.isValid())
        return metadata.backupFinishedAt;
    return fileModified;
}

} // namespace Snapdock
