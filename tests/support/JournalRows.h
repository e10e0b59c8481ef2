// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Snapdock::TestSupport {

// The pid of a process that existed a moment ago and has exited (the test binary listing its functions, reaped by
// us), for rows that must look as if a killed process left them. 0 when no process could be started.
[[nodiscard]] qint64 goneProcessId();

// Changes the owner of job-journal row `id` in the file at `path` behind JobJournal's back, as another process would
// have written it. True when exactly that row changed.
[[nodiscard]] bool setJournalRowOwner(const QString &path, qint64 id, qint64 pid, const QString &instance);

} // namespace Snapdock::TestSupport
