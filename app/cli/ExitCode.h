// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/support/Error.h"

#include <QString>

namespace Snapdock::Cli {

// The process exit codes of snapdock-cli. Stable: scripts and cron jobs depend on them.
enum class ExitCode : int
{
    Ok = 0,
    PartialFailure = 1, // several targets, some (not all for the same reason) failed
    UsageError = 2, // unknown option, missing value, conflicting options, unreadable key file
    ConnectionFailed = 3, // cannot connect, TLS failure, timeout
    AuthFailed = 4, // 401 / 403
    NotFound = 5,
    AlreadyExists = 6,
    InvalidSnapshot = 7, // invalid or incompatible snapshot
    ServerError = 8, // 5xx, 507, 413, 429, other refusals, not a Qdrant response, unsafe name
    LocalError = 9, // local disk full, permission denied, other local I/O
    DrillMismatch = 10, // verify --snapshot: the restored collection differs from the backup's metadata
    RecoveryPointTooOld = 11, // status: a collection's newest verified backup is missing or older than --max-age
    AlreadyRunning = 12, // run-schedule: the schedule is running in another process (its lock is held)
    Cancelled = 130, // SIGINT / SIGTERM
};

// The single mapping from a failure to the exit code that reports it.
[[nodiscard]] ExitCode exitCodeFor(ErrorKind kind);

[[nodiscard]] inline int toInt(ExitCode code)
{
    return static_cast<int>(code);
}

// The table above as text, for the --help epilogue.
[[nodiscard]] QString exitCodeTable();

} // namespace Snapdock::Cli
