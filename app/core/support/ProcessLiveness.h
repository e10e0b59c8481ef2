// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

namespace Snapdock {

// Whether a process still runs, for records (the job journal, the history) that a process owns while it works on
// them and that become "interrupted" once it is gone. Thread-safe.

// True while the process `pid` exists, also when it belongs to another user (POSIX: kill(pid, 0) failing with EPERM;
// Windows: a process that cannot be opened for lack of rights). A zombie (exited, not yet reaped) counts as gone on
// Linux. False for pid <= 0.
[[nodiscard]] bool isProcessRunning(qint64 pid);

// The id of this process.
[[nodiscard]] qint64 currentProcessId();

// A random id made once per process. Process ids come back: a CLI in a container is PID 1 on every run, so a record
// written by an earlier run would look like this process's own. The pair (pid, instance) tells them apart.
[[nodiscard]] QString currentProcessInstance();

// Whether the owner of a record still runs: this very process (same pid and instance), or another live process.
// A record of an earlier process that had this process's pid (another instance) is not. False for pid <= 0.
[[nodiscard]] bool isOwnerRunning(qint64 pid, const QString &instance);

} // namespace Snapdock
