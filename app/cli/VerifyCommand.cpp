// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/VerifyCommand.h"

#include "cli/OutputPrinter.h"
#include "cli/ProgressPrinter.h"
#include "cli/TextTable.h"
#include "core/jobs/RestoreDrillJob.h"
#include "core/qdrant/QdrantClient.h"
#include "core/support/ProcessLiveness.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock::Cli {

VerifyCommand::VerifyCommand(const CommandContext &context, QObject *parent)
    : Command(context, parent)
{}

VerifyCommand::~VerifyCommand() = default;

void VerifyCommand::start()
{
    const QFileInfo file(m_context.options.snapshot);
    if (!file.isFile()) {
        failWith(Error::make(ErrorKind::InvalidArgument,
            tr("the snapshot file \"%1\" does not exist or is not a file").arg(m_context.options.snapshot)));
        return;
    }
    RestoreDrillRequest request;
    request.snapshotFile = file.absoluteFilePath();
    // Read here only to name the history row; the drill reads it again and reports what is wrong with it.
    const Result<SnapshotMetadata> metadata =
        SnapshotMetadata::readFrom(SnapshotMetadata::metadataPathFor(request.snapshotFile));
    const QString collection = metadata ? metadata->collection : QString();
    m_job = new RestoreDrillJob(m_context.client, request, this);
    connect(m_job, &Job::finished, this, &VerifyCommand::onJobFinished);
    m_context.progress.track(m_job, collection.isEmpty() ? file.fileName() : collection);
    recordStarted(collection);
    m_job->start();
    if (m_cancelRequested)
        m_job->cancel();
}

void VerifyCommand::cancel()
{
    m_cancelRequested = true;
    if (m_job)
        m_job->cancel();
}

void VerifyCommand::onJobFinished()
{
    const DrillReport &report = m_job->report();
    const bool succeeded = m_job->state() == Job::State::Succeeded;
    OutputPrinter &output = m_context.output;
    for (const QString &warning : m_job->warnings())
        output.printWarning(warning);
    output.setField(u"drill"_s, report.toJson());

    ResultRow row;
    row.collection = report.collection;
    row.ok = succeeded;
    row.file = m_context.options.snapshot;
    row.sha256 = report.sha256;
    row.warnings = m_job->warnings();
    if (!succeeded)
        row.error = m_job->error();
    output.addResult(row);
    printReport();
    recordFinished();
    m_job->deleteLater();

    if (succeeded) {
        finishWith(ExitCode::Ok);
        return;
    }
    const Error error = m_job->error();
    if (error.kind != ErrorKind::Cancelled)
        output.printError(error.userMessage());
    if (!report.scratchRemoved && !report.scratchCollection.isEmpty()) {
        output.printError(tr("the scratch collection \"%1\" is still on %2: remove it by hand.")
                              .arg(report.scratchCollection, m_context.client.endpoint().displayUrl()));
    }
    if (error.kind == ErrorKind::Cancelled || m_cancelRequested)
        finishWith(ExitCode::Cancelled);
    else if (report.compared() && !report.passed)
        finishWith(ExitCode::DrillMismatch);
    else
        finishWith(exitCodeFor(error.kind));
}

void VerifyCommand::printReport()
{
    const DrillReport &report = m_job->report();
    OutputPrinter &output = m_context.output;
    if (report.scratchCollection.isEmpty())
        return; // stopped before it began (no metadata, not a collection snapshot): the error says it all
    output.printInfo(tr("Restore drill of \"%1\" from %2 on %3, in the scratch collection \"%4\":")
                         .arg(report.collection,
                             QDir::toNativeSeparators(m_context.options.snapshot),
                             m_context.client.endpoint().displayUrl(),
                             report.scratchCollection));
    if (report.compared()) {
        TextTable table({ tr("CHECK"), tr("RECORDED AT BACKUP"), tr("RESTORED"), tr("RESULT") });
        for (const DrillCheck &check : report.checks)
            table.addRow({ check.name, check.expected, check.actual, check.ok ? tr("ok") : tr("MISMATCH") });
        output.printInfo(table.toString().chopped(1));
    }
    if (report.scratchRemoved)
        output.printInfo(tr("Scratch collection \"%1\": removed.").arg(report.scratchCollection));
    if (report.compared() && report.passed && report.scratchRemoved)
        output.printInfo(tr("Drill passed: the backup restores to what was recorded at backup time."));
}

void VerifyCommand::recordStarted(const QString &collection)
{
    const QString path =
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"history.sqlite"_s);
    if (const VoidResult opened = m_history.open(path); !opened) {
        m_context.output.printWarning(
            tr("the drill is not recorded in the history: %1").arg(opened.error().userMessage()));
        return;
    }
    HistoryRecord record;
    record.kind = JobKind::Verify;
    record.host = m_context.client.endpoint().displayUrl();
    record.collection = collection;
    record.title = tr("Restore drill of %1")
                       .arg(collection.isEmpty() ? QFileInfo(m_context.options.snapshot).fileName()
                                                 : u"\""_s + collection + u"\""_s);
    record.startedAt = QDateTime::currentDateTimeUtc();
    record.outcome = HistoryOutcome::Running;
    record.filePath = m_job->request().snapshotFile;
    record.ownerPid = currentProcessId();
    record.ownerInstance = currentProcessInstance();
    const Result<qint64> id = m_history.recordStarted(record);
    if (!id) {
        m_context.output.printWarning(tr("the drill is not recorded in the history: %1").arg(id.error().userMessage()));
        return;
    }
    m_historyId = *id;
}

void VerifyCommand::recordFinished()
{
    if (m_historyId == 0)
        return;
    const DrillReport &report = m_job->report();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<HistoryLogEntry> log;
    auto add = [&log, &now](HistoryLogLevel level, const QString &text) {
        log.append(HistoryLogEntry{ now, level, text });
    };
    if (!report.scratchCollection.isEmpty())
        add(HistoryLogLevel::Info, tr("scratch collection: %1").arg(report.scratchCollection));
    for (const DrillCheck &check : report.checks) {
        add(check.ok ? HistoryLogLevel::Info : HistoryLogLevel::Error,
            tr("%1: recorded %2, restored %3: %4")
                .arg(check.name, check.expected, check.actual, check.ok ? tr("ok") : tr("MISMATCH")));
    }
    if (!report.scratchCollection.isEmpty()) {
        add(report.scratchRemoved ? HistoryLogLevel::Info : HistoryLogLevel::Error,
            report.scratchRemoved ? tr("scratch collection removed") : tr("scratch collection NOT removed"));
    }
    for (const QString &warning : m_job->warnings())
        add(HistoryLogLevel::Warning, warning);

    HistoryOutcome outcome = HistoryOutcome::Succeeded;
    HistoryRecord result;
    result.finishedAt = now;
    result.filePath = m_job->request().snapshotFile;
    result.sha256 = report.sha256;
    result.bytes = QFileInfo(result.filePath).size();
    if (m_job->state() != Job::State::Succeeded) {
        outcome = m_job->state() == Job::State::Cancelled ? HistoryOutcome::Cancelled : HistoryOutcome::Failed;
        result.errorText = m_job->error().userMessage();
        add(HistoryLogLevel::Error, result.errorText);
    }
    VoidResult written = m_history.appendLogEntries(m_historyId, log);
    if (written)
        written = m_history.recordFinished(m_historyId, outcome, result);
    if (!written)
        m_context.output.printWarning(
            tr("the drill's result is not recorded in the history: %1").arg(written.error().userMessage()));
}

} // namespace Snapdock::Cli
