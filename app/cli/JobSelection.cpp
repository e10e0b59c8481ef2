// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/JobSelection.h"

#include "core/jobs/JobJournal.h"
#include "core/support/Translation.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock::Cli {

namespace {

QString tr(const char *text)
{
    return translateWithFallback("Snapdock::Cli", text);
}

} // namespace

Result<QList<PendingJob>> selectInterruptedJobs(const JobJournal *journal, const CliOptions &options)
{
    if (!journal) {
        return fail(Error::make(ErrorKind::LocalIoError,
            tr("the job journal %1 could not be opened").arg(QDir::toNativeSeparators(JobJournal::defaultPath()))));
    }
    const Result<QList<PendingJob>> interrupted = journal->interrupted();
    if (!interrupted || options.all)
        return interrupted;
    QList<PendingJob> selected;
    QList<qint64> seen;
    for (const qint64 id : options.jobIds) {
        if (seen.contains(id))
            continue;
        seen.append(id);
        const auto found = std::find_if(interrupted->begin(), interrupted->end(), [id](const PendingJob &job) {
            return job.id == id;
        });
        if (found != interrupted->end()) {
            selected.append(*found);
            continue;
        }
        const Result<PendingJob> other = journal->job(id);
        Error error = Error::make(ErrorKind::InvalidArgument,
            other ? tr("--job %1: process %2 is still running this job").arg(id).arg(other->ownerPid)
                  : tr("--job %1: there is no interrupted job with this number").arg(id));
        error.hint = tr("'snapdock-cli jobs' lists the interrupted jobs.");
        return fail(error);
    }
    return selected;
}

} // namespace Snapdock::Cli
