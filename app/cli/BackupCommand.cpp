// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/BackupCommand.h"

#include "cli/JobRunner.h"
#include "cli/OutputPrinter.h"
#include "cli/ProgressPrinter.h"
#include "core/jobs/BackupJob.h"
#include "core/jobs/JobBookkeeper.h"
#include "core/jobs/JobRebuilder.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock::Cli {

BackupCommand::BackupCommand(const CommandContext &context, QObject *parent)
    : Command(context, parent)
{}

void BackupCommand::start()
{
    const CliOptions &options = m_context.options;
    if (options.all) {
        listCollections();
        return;
    }
    QList<SnapshotScope> scopes;
    if (options.fullStorage) {
        scopes.append(SnapshotScope::fullStorage());
    } else {
        QStringList seen;
        for (const QString &collection : options.collections) {
            if (!seen.contains(collection)) {
                seen.append(collection);
                scopes.append(SnapshotScope::forCollection(collection));
            }
        }
    }
    runJobs(scopes);
}

void BackupCommand::cancel()
{
    m_cancelRequested = true;
    if (m_listing)
        m_listing->cancel();
    if (m_runner)
        m_runner->cancel();
}

void BackupCommand::listCollections()
{
    auto *request = m_context.client.listCollections();
    m_listing = request;
    runRequest(request, this, [this](ApiCall<QStringList> &call) {
        const Result<QStringList> names = call.result();
        if (!names) {
            failWith(names.error());
            return;
        }
        if (m_cancelRequested) {
            failWith(Error::make(ErrorKind::Cancelled, tr("listing collections")));
            return;
        }
        if (names->isEmpty()) {
            m_context.output.setField(u"results"_s, QJsonArray());
            m_context.output.printInfo(
                tr("No collections on %1: nothing to back up.").arg(m_context.client.endpoint().displayUrl()));
            finishWith(ExitCode::Ok);
            return;
        }
        QList<SnapshotScope> scopes;
        for (const QString &name : *names)
            scopes.append(SnapshotScope::forCollection(name));
        runJobs(scopes);
    });
}

void BackupCommand::runJobs(const QList<SnapshotScope> &scopes)
{
    const CliOptions &options = m_context.options;
    m_runner = new JobRunner(options.concurrency, this);
    connect(m_runner, &JobRunner::jobFinished, this, &BackupCommand::onJobFinished);
    connect(m_runner, &JobRunner::allFinished, this, &BackupCommand::onAllFinished);
    if (JobBookkeeper *bookkeeper = m_context.bookkeeper) {
        connect(m_runner, &JobRunner::jobStarted, bookkeeper, [bookkeeper](Job *job) {
            bookkeeper->started(*job);
        });
    }
    for (const SnapshotScope &scope : scopes) {
        BackupRequest request;
        request.scope = scope;
        request.outputFolder = options.outputDir;
        request.deleteFromServerAfterDownload = options.deleteFromServer;
        auto *job = new BackupJob(m_context.client, request);
        // The whole queue is journaled now, so that a crash during the first backup leaves the others resumable too.
        if (m_context.bookkeeper)
            m_context.bookkeeper->track(
                *job, JobRebuilder::describeBackup(JobKind::Backup, request, m_context.client.endpoint()));
        m_context.progress.track(
            job, scope.kind == SnapshotScope::Kind::FullStorage ? tr("full storage") : scope.collection);
        m_runner->add(job);
    }
    m_runner->start();
    if (m_cancelRequested)
        m_runner->cancel();
}

ResultRow BackupCommand::resultRow(const BackupJob &job)
{
    const SnapshotScope &scope = job.request().scope;
    ResultRow row;
    row.collection = scope.kind == SnapshotScope::Kind::FullStorage ? QString() : scope.collection;
    row.warnings = job.warnings();
    if (job.state() == Job::State::Succeeded) {
        const BackupResult &result = job.result();
        row.ok = true;
        row.file = result.filePath;
        row.size = result.size;
        row.sha256 = result.sha256;
        row.details.insert(u"snapshot"_s, result.snapshotName);
        row.details.insert(u"metadataFile"_s, result.metadataPath);
        row.details.insert(u"matchedServerChecksum"_s, result.matchedServerChecksum);
        row.details.insert(u"metadata"_s, result.metadata.toJson());
    } else {
        row.error = job.error();
    }
    return row;
}

void BackupCommand::onJobFinished(Job *job)
{
    const ResultRow row = resultRow(*static_cast<BackupJob *>(job));
    if (!row.ok && row.error->kind != ErrorKind::Cancelled)
        m_context.output.printError(tr("backup of %1 failed: %2").arg(row.label(), row.error->userMessage()));
    for (const QString &warning : std::as_const(row.warnings))
        m_context.output.printWarning(row.label() + u": "_s + warning);
    m_context.output.addResult(row);
}

void BackupCommand::onAllFinished()
{
    const QList<ResultRow> &rows = m_context.output.results();
    const auto succeeded = std::count_if(rows.begin(), rows.end(), [](const ResultRow &row) {
        return row.ok;
    });
    m_context.output.printResultsTable(tr("Backed up %1 of %2 requested to %3:")
                                           .arg(succeeded)
                                           .arg(rows.size())
                                           .arg(QDir::toNativeSeparators(m_context.options.outputDir)));
    finishWith(m_cancelRequested ? ExitCode::Cancelled : exitCodeFromResults());
}

} // namespace Snapdock::Cli
