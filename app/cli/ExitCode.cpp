// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ExitCode.h"

#include <QCoreApplication>

namespace Snapdock::Cli {

ExitCode exitCodeFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::CannotConnect:
    case ErrorKind::TlsFailure:
    case ErrorKind::Timeout:
        return ExitCode::ConnectionFailed;
    case ErrorKind::Unauthorized:
    case ErrorKind::Forbidden:
        return ExitCode::AuthFailed;
    case ErrorKind::NotFound:
        return ExitCode::NotFound;
    case ErrorKind::AlreadyExists:
        return ExitCode::AlreadyExists;
    case ErrorKind::InvalidSnapshot:
    case ErrorKind::IncompatibleSnapshot:
        return ExitCode::InvalidSnapshot;
    case ErrorKind::BadRequest:
    case ErrorKind::RateLimited:
    case ErrorKind::PayloadTooLarge:
    case ErrorKind::ServerDiskFull:
    case ErrorKind::ServerError:
    case ErrorKind::InvalidResponse:
    case ErrorKind::UnsafeName:
        return ExitCode::ServerError;
    case ErrorKind::LocalDiskFull:
    case ErrorKind::LocalPermissionDenied:
    case ErrorKind::LocalIoError:
        return ExitCode::LocalError;
    case ErrorKind::InvalidArgument:
        return ExitCode::UsageError;
    case ErrorKind::Cancelled:
        return ExitCode::Cancelled;
    }
    return ExitCode::ServerError;
}

QString exitCodeTable()
{
    return QCoreApplication::translate("Snapdock::Cli",
        "Exit codes:\n"
        "    0  success\n"
        "    1  some collections failed, others succeeded (see the summary)\n"
        "    2  usage error (unknown option, missing value, conflicting options)\n"
        "    3  cannot connect: connection refused, host not found, TLS error, timeout\n"
        "    4  authentication: the key was rejected (401) or lacks access (403)\n"
        "    5  collection or snapshot not found\n"
        "    6  already exists\n"
        "    7  invalid or incompatible snapshot (bad archive, checksum mismatch)\n"
        "    8  server error (5xx, disk full, 413, 429, not a Qdrant response)\n"
        "    9  local disk or permission error\n"
        "   10  restore drill mismatch: the restored collection differs from the backup's metadata\n"
        "   11  recovery point too old: a collection has no verified backup younger than --max-age\n"
        "   12  run-schedule: the schedule is already running (another process holds its lock)\n"
        "  130  cancelled (Ctrl-C / SIGTERM)\n");
}

} // namespace Snapdock::Cli
