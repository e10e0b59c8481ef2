// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliOptions.h"
#include "core/support/Result.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace Snapdock::Cli {

struct ResolvedApiKey
{
    QString key; // empty: send no credentials
    QStringList warnings; // e.g. a key file readable by others; never contain the key
};

// Picks the API key: --api-key, else the first line (trimmed) of --api-key-file, else QDRANT_API_KEY.
// An unreadable or empty key file is a usage error (ErrorKind::InvalidArgument); a key file readable by
// group or others only earns a warning.
[[nodiscard]] Result<ResolvedApiKey> resolveApiKey(const CliOptions &options, const QProcessEnvironment &environment);

} // namespace Snapdock::Cli
