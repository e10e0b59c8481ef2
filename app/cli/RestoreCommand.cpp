// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/RestoreCommand.h"

#include "cli/OutputPrinter.h"
#include "cli/ProgressPrinter.h"
#include "core/jobs/JobBookkeeper.h"
#include "core/jobs/JobRebuilder.h"
#include "core/jobs/RestoreJob.h"
#include "core/qdrant/QdrantClient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock::Cli {

RestoreCommand::RestoreCommand(const CommandContext &context, QObject *parent)
    : Command(context, parent)
{}

void RestoreCommand::start()
{
    const CliOptions &options = m_context.options;
    const QFileInfo file(options.snapshot);
    if (!file.exists() || !file.isFile()) {
        failWith(Error::make(ErrorKind::InvalidArgument,
            tr("the snapshot file \"%1\" does not exist or is not a file").arg(options.snapshot)));
        return;
    }
    RestoreRequest request;
    request.snapshotFile = file.absoluteFilePath();
    request.target = options.newCollection.isEmpty() ? RestoreTarget::ReplaceExisting : RestoreTarget::CreateNew;
    request.collection = options.newCollection.isEmpty() ? options.collections.constFirst() : options.newCollection;
    request.priority = options.priority;
    request.keepUploadedCopy = options.keepUploaded;
    m_job = new RestoreJob(m_context.client, request, this);
    connect(m_job, &Job::finished, this, &RestoreCommand::onJobFinished);
    m_context.progress.track(m_job, request.collection);
    if (JobBookkeeper *bookkeeper = m_context.bookkeeper) {
        bookkeeper->track(*m_job, JobRebuilder::describeRestore(request, m_context.client.endpoint()));
        bookkeeper->started(*m_job);
    }
    m_job->start();
    if (m_cancelRequested)
        m_job->cancel();
}

void RestoreCommand::cancel()
{
    m_cancelRequested = true;
    if (m_job)
        m_job->cancel();
}

void RestoreCommand::onJobFinished()
{
    report(m_job->state() == Job::State::Succeeded ? std::nullopt : std::optional<Error>(m_job->error()));
}

ResultRow RestoreCommand::resultRow(const RestoreJob &job, const QString &shownFile)
{
    const RestoreRequest &request = job.request();
    ResultRow row;
    row.collection = request.collection;
    row.file = shownFile;
    row.warnings = job.warnings();
    row.details.insert(u"target"_s, request.target == RestoreTarget::CreateNew ? u"new"_s : u"existing"_s);
    if (job.state() == Job::State::Succeeded) {
        const RestoreResult &result = job.result();
        row.ok = true;
        row.size = result.size;
        row.sha256 = result.sha256;
        row.details.insert(u"uploadName"_s, result.uploadName);
        row.details.insert(u"uploadedCopyDeleted"_s, result.uploadedCopyDeleted);
        if (result.pointsCount >= 0)
            row.details.insert(u"pointsCount"_s, result.pointsCount);
    } else {
        row.error = job.error();
    }
    return row;
}

void RestoreCommand::report(const std::optional<Error> &error)
{
    const RestoreRequest &request = m_job->request();
    ResultRow row = resultRow(*m_job, m_context.options.snapshot);
    if (error)
        row.error = *error;
    for (const QString &warning : std::as_const(row.warnings))
        m_context.output.printWarning(warning);
    m_context.output.addResult(row);
    m_job->deleteLater();

    if (!row.ok) {
        if (row.error->kind != ErrorKind::Cancelled)
            m_context.output.printError(row.error->userMessage());
        finishWith(m_cancelRequested ? ExitCode::Cancelled : exitCodeFor(row.error->kind));
        return;
    }
    const RestoreResult &result = m_job->result();
    const QString points = result.pointsCount >= 0 ? tr(" (%1 points)").arg(result.pointsCount) : QString();
    m_context.output.printInfo((request.target == RestoreTarget::CreateNew ? tr("Created collection %1 from %2%3.")
                                                                           : tr("Restored collection %1 from %2%3."))
                                   .arg(row.label(), m_context.options.snapshot, points));
    if (!result.uploadedCopyDeleted && !result.uploadName.isEmpty())
        m_context.output.printInfo(
            tr("The uploaded copy \"%1\" stays in the collection's snapshot list.").arg(result.uploadName));
    finishWith(ExitCode::Ok);
}

} // namespace Snapdock::Cli
