// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Snapdock {

// What a queued job does; shown in the job list and stored in the history.
enum class JobKind
{
    Backup,
    Download,
    Upload,
    Restore,
    Delete,
    Verify,
};

// The stable lowercase name ("backup") used in the history database and CSV; never translated.
[[nodiscard]] QString jobKindName(JobKind kind);
// The inverse of jobKindName(); nullopt for a name this version does not know.
[[nodiscard]] std::optional<JobKind> jobKindFromName(const QString &name);

} // namespace Snapdock
