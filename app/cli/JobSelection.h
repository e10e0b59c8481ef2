// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliOptions.h"
#include "core/jobs/PendingJob.h"
#include "core/support/Result.h"

#include <QList>

namespace Snapdock {
class JobJournal;
}

namespace Snapdock::Cli {

// The interrupted jobs `resume` and `discard` act on: every one with --all, else those given with --job, in the
// order given (each once). `journal` null means it could not be opened (LocalIoError). A --job that is not an
// interrupted job (unknown, or still running in another process) is a usage error (InvalidArgument), reported before
// anything is touched.
[[nodiscard]] Result<QList<PendingJob>> selectInterruptedJobs(const JobJournal *journal, const CliOptions &options);

} // namespace Snapdock::Cli
