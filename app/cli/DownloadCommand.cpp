// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/DownloadCommand.h"

#include "cli/BackupCommand.h"
#include "cli/OutputPrinter.h"
#include "cli/ProgressPrinter.h"
#include "core/jobs/JobBookkeeper.h"
#include "core/jobs/JobRebuilder.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock::Cli {

DownloadCommand::DownloadCommand(const CommandContext &context, QObject *parent)
    : Command(context, parent)
{}

void DownloadCommand::start()
{
    const CliOptions &options = m_context.options;
    BackupRequest request;
    request.scope = options.fullStorage ? SnapshotScope::fullStorage()
                                        : SnapshotScope::forCollection(options.collections.constFirst());
    request.source = options.latest ? BackupRequest::Source::ExistingLatest : BackupRequest::Source::ExistingByName;
    request.snapshotName = options.latest ? QString() : options.snapshot;
    request.outputFolder = options.outputDir;
    m_job = new BackupJob(m_context.client, request, this);
    connect(m_job, &Job::finished, this, &DownloadCommand::onJobFinished);
    m_context.progress.track(m_job, options.fullStorage ? tr("full storage") : request.scope.collection);
    if (JobBookkeeper *bookkeeper = m_context.bookkeeper) {
        bookkeeper->track(
            *m_job, JobRebuilder::describeBackup(JobKind::Download, request, m_context.client.endpoint()));
        bookkeeper->started(*m_job);
    }
    m_job->start();
    if (m_cancelRequested)
        m_job->cancel();
}

void DownloadCommand::cancel()
{
    m_cancelRequested = true;
    if (m_job)
        m_job->cancel();
}

void DownloadCommand::onJobFinished()
{
    const ResultRow row = BackupCommand::resultRow(*m_job);
    for (const QString &warning : std::as_const(row.warnings))
        m_context.output.printWarning(warning);
    m_context.output.addResult(row);
    m_job->deleteLater();
    if (!row.ok) {
        if (row.error->kind != ErrorKind::Cancelled)
            m_context.output.printError(row.error->userMessage());
        finishWith(exitCodeFor(row.error->kind));
        return;
    }
    m_context.output.printResultsTable(tr("Downloaded %1:").arg(m_job->result().snapshotName));
    finishWith(ExitCode::Ok);
}

} // namespace Snapdock::Cli
