// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ResumeCommand.h"

#include "cli/BackupCommand.h"
#include "cli/JobRunner.h"
#include "cli/JobSelection.h"
#include "cli/OutputPrinter.h"
#include "cli/ProgressPrinter.h"
#include "cli/RestoreCommand.h"
#include "core/history/HistoryRecord.h"
#include "core/jobs/BackupJob.h"
#include "core/jobs/JobBookkeeper.h"
#include "core/jobs/JobJournal.h"
#include "core/jobs/JobRebuilder.h"
#include "core/jobs/RestoreJob.h"
#include "core/qdrant/QdrantClient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock::Cli {

ResumeCommand::ResumeCommand(const CommandContext &context, QObject *parent)
    : Command(context, parent)
{}

// The runner's jobs use the clients: they go first.
ResumeCommand::~ResumeCommand()
{
    delete m_runner;
}

VoidResult ResumeCommand::checkHosts(const QList<PendingJob> &jobs) const
{
    if (!m_context.hostGiven)
        return {};
    const QString given = HistoryRecord::credentialFreeHost(m_context.client.endpoint().displayUrl());
    for (const PendingJob &job : jobs) {
        if (job.host != given) {
            return fail(Error::make(ErrorKind::InvalidArgument,
                tr("--host %1 is not the host of job %2 (%3); leave --host out to resume it on its own host")
                    .arg(given)
                    .arg(job.id)
                    .arg(job.host)));
        }
    }
    return {};
}

Result<const QdrantClient *> ResumeCommand::clientFor(const PendingJob &job)
{
    const Result<ServerEndpoint> endpoint = JobRebuilder::endpointFor(job, m_context.client.endpoint());
    if (!endpoint)
        return fail(endpoint.error());
    for (const std::unique_ptr<QdrantClient> &client : m_clients) {
        const ServerEndpoint &known = client->endpoint();
        if (known.baseUrl == endpoint->baseUrl && known.authScheme == endpoint->authScheme
            && known.caCertificatesFile == endpoint->caCertificatesFile
            && known.pinnedCertificateSha256 == endpoint->pinnedCertificateSha256)
            return client.get();
    }
    if (endpoint->sendsKeyUnencrypted() && !m_context.options.allowInsecureKey) {
        m_context.output.printWarning(tr("the API key travels unencrypted over http:// to %1; use https://, or pass "
                                         "--allow-insecure-key to silence this warning.")
                                          .arg(endpoint->baseUrl.host()));
    }
    m_clients.push_back(std::make_unique<QdrantClient>(m_context.network, *endpoint));
    return m_clients.back().get();
}

void ResumeCommand::start()
{
    const Result<QList<PendingJob>> jobs = selectInterruptedJobs(m_context.journal, m_context.options);
    if (!jobs) {
        failWith(jobs.error());
        return;
    }
    if (auto ok = checkHosts(*jobs); !ok) {
        failWith(ok.error());
        return;
    }
    QSet<QString> hosts;
    for (const PendingJob &job : *jobs)
        hosts.insert(job.host);
    if (hosts.size() == 1)
        m_context.output.setField(u"host"_s, *hosts.begin());
    if (jobs->isEmpty()) {
        m_context.output.setField(u"results"_s, QJsonArray());
        m_context.output.printInfo(tr("No interrupted jobs to resume."));
        finishWith(ExitCode::Ok);
        return;
    }

    m_runner = new JobRunner(1, this);
    connect(m_runner, &JobRunner::jobFinished, this, &ResumeCommand::onJobFinished);
    connect(m_runner, &JobRunner::allFinished, this, &ResumeCommand::onAllFinished);
    JobBookkeeper *bookkeeper = m_context.bookkeeper;
    if (bookkeeper) {
        connect(m_runner, &JobRunner::jobStarted, bookkeeper, [bookkeeper](Job *job) {
            bookkeeper->started(*job);
        });
    }
    for (const PendingJob &interrupted : *jobs) {
        // Whoever claims first runs it; a process that lost the race reports it and goes on.
        const Result<PendingJob> claimed = m_context.journal->claim(interrupted.id);
        if (!claimed) {
            addFailure(interrupted, claimed.error());
            continue;
        }
        const Result<const QdrantClient *> client = clientFor(*claimed);
        Result<std::unique_ptr<Job>> job =
            client ? JobRebuilder::rebuild(*claimed, **client) : Result<std::unique_ptr<Job>>(fail(client.error()));
        if (!job) {
            addFailure(*claimed, job.error());
            continue;
        }
        Job *resumed = job->release();
        m_journalIds.insert(resumed, claimed->id);
        if (bookkeeper)
            bookkeeper->track(*resumed, *claimed);
        m_context.progress.track(resumed, claimed->collection.isEmpty() ? tr("full storage") : claimed->collection);
        m_runner->add(resumed);
    }
    m_runner->start();
    if (m_cancelRequested)
        m_runner->cancel();
}

void ResumeCommand::cancel()
{
    m_cancelRequested = true;
    if (m_runner)
        m_runner->cancel();
}

void ResumeCommand::addFailure(const PendingJob &job, const Error &error)
{
    ResultRow row;
    row.collection = job.collection;
    row.file = JobRebuilder::targetFile(job);
    row.error = error;
    row.details.insert(u"job"_s, job.id);
    row.details.insert(u"kind"_s, jobKindName(job.kind));
    m_context.output.printError(
        tr("job %1 (%2) cannot be resumed: %3").arg(job.id).arg(job.title, error.userMessage()));
    m_context.output.addResult(row);
}

void ResumeCommand::onJobFinished(Job *job)
{
    ResultRow row;
    QString what;
    if (const auto *backup = qobject_cast<const BackupJob *>(job)) {
        row = BackupCommand::resultRow(*backup);
        what = tr("backup");
    } else if (const auto *restore = qobject_cast<const RestoreJob *>(job)) {
        row = RestoreCommand::resultRow(*restore, restore->request().snapshotFile);
        what = tr("restore");
    }
    row.details.insert(u"job"_s, m_journalIds.take(job));
    if (!row.ok && row.error && row.error->kind != ErrorKind::Cancelled)
        m_context.output.printError(tr("%1 of %2 failed: %3").arg(what, row.label(), row.error->userMessage()));
    for (const QString &warning : std::as_const(row.warnings))
        m_context.output.printWarning(row.label() + u": "_s + warning);
    m_context.output.addResult(row);
}

void ResumeCommand::onAllFinished()
{
    const QList<ResultRow> &rows = m_context.output.results();
    const auto succeeded = std::count_if(rows.begin(), rows.end(), [](const ResultRow &row) {
        return row.ok;
    });
    m_context.output.printResultsTable(tr("Resumed %1 of %2 interrupted jobs:").arg(succeeded).arg(rows.size()));
    finishWith(m_cancelRequested ? ExitCode::Cancelled : exitCodeFromResults());
}

} // namespace Snapdock::Cli
