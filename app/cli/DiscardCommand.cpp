// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/DiscardCommand.h"

#include "cli/JobSelection.h"
#include "cli/OutputPrinter.h"
#include "core/history/HistoryDatabase.h"
#include "core/jobs/JobBookkeeper.h"
#include "core/jobs/JobJournal.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock::Cli {

DiscardCommand::DiscardCommand(const CommandContext &context, QObject *parent)
    : Command(context, parent)
{}

void DiscardCommand::start()
{
    const Result<QList<PendingJob>> jobs = selectInterruptedJobs(m_context.journal, m_context.options);
    if (!jobs) {
        failWith(jobs.error());
        return;
    }
    HistoryDatabase *history = m_context.bookkeeper ? m_context.bookkeeper->history() : nullptr;
    QJsonArray discarded;
    std::optional<Error> firstError;
    for (const PendingJob &job : *jobs) {
        const QString part = job.checkpoint.partPath;
        const bool hadPart = !part.isEmpty() && QFileInfo(part).isFile();
        if (auto ok = m_context.journal->discard(job.id); !ok) {
            m_context.output.printError(ok.error().userMessage());
            if (!firstError)
                firstError = ok.error();
            continue;
        }
        discarded.append(job.id);
        m_context.output.printInfo(hadPart
                ? tr("Discarded job %1 (%2) and removed %3.").arg(job.id).arg(job.title, QDir::toNativeSeparators(part))
                : tr("Discarded job %1 (%2).").arg(job.id).arg(job.title));
        if (history && job.historyId > 0) {
            const VoidResult logged = history->appendLog(job.historyId,
                HistoryLogLevel::Info,
                tr("discarded with snapdock-cli discard; it will not be resumed"));
            if (!logged)
                m_context.output.printWarning(logged.error().userMessage());
        }
    }
    m_context.output.setField(u"discarded"_s, discarded);
    if (jobs->isEmpty())
        m_context.output.printInfo(tr("No interrupted jobs to discard."));
    if (firstError) {
        m_context.output.setField(u"error"_s, OutputPrinter::errorToJson(*firstError));
        finishWith(exitCodeFor(firstError->kind));
        return;
    }
    finishWith(ExitCode::Ok);
}

} // namespace Snapdock::Cli
