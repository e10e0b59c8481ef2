// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/history/HistoryRecorder.h"

#include "core/history/HistoryDatabase.h"
#include "core/jobs/JobQueue.h"
#include "core/support/Logging.h"
#include "core/support/ProcessLiveness.h"

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

namespace {

HistoryOutcome outcomeOf(Job::State state)
{
    switch (state) {
    case Job::State::Succeeded:
        return HistoryOutcome::Succeeded;
    case Job::State::Failed:
        return HistoryOutcome::Failed;
    case Job::State::Cancelled:
        return HistoryOutcome::Cancelled;
    case Job::State::Queued:
    case Job::State::Running:
        break;
    }
    return HistoryOutcome::Running;
}

} // namespace

HistoryRecorder::HistoryRecorder(JobQueue &queue, HistoryDatabase &database, QObject *parent)
    : QObject(parent)
    , m_queue(queue)
    , m_database(database)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(LOG_FLUSH_INTERVAL_MS);
    connect(&m_flushTimer, &QTimer::timeout, this, &HistoryRecorder::flush);
    connect(&queue, &JobQueue::jobStarted, this, &HistoryRecorder::onJobStarted);
    connect(&queue, &JobQueue::jobFinished, this, &HistoryRecorder::onJobFinished);
    connect(&queue, &JobQueue::jobRemoved, this, &HistoryRecorder::onJobRemoved);
}

HistoryRecorder::~HistoryRecorder()
{
    flush();
}

void HistoryRecorder::onJobStarted(JobId id)
{
    const JobSnapshot s = m_queue.snapshot(id);
    HistoryRecord record;
    record.jobId = id.value();
    record.kind = s.kind;
    // serverUrl is already credential-free; the host key may be a URL too, and is cleaned on insert.
    record.host = s.serverUrl.isEmpty() ? s.hostKey : s.serverUrl;
    record.profileName = s.profileName;
    record.collection = s.collection;
    record.title = s.title;
    record.startedAt = s.startedAt;
    record.outcome = HistoryOutcome::Running;
    record.ownerPid = currentProcessId();
    record.ownerInstance = currentProcessInstance();
    const Result<qint64> row = m_database.recordStarted(record);
    if (!row) {
        report(row.error());
        return;
    }
    m_rows.insert(id, *row);

    addLine(id, HistoryLogLevel::Info, tr("started: %1").arg(s.title));
    if (s.retryOf.isValid())
        addLine(id, HistoryLogLevel::Info, tr("retry of queue job %1").arg(s.retryOf.toString()));
    if (const Job *job = m_queue.job(id)) {
        connect(job, &Job::stageChanged, this, [this, id](const QString &stage) {
            addLine(id, HistoryLogLevel::Info, stage);
        });
    }
}

void HistoryRecorder::onJobFinished(JobId id)
{
    const qint64 row = m_rows.value(id);
    if (row == 0)
        return; // cancelled before it started, or its start could not be recorded
    if (const Job *job = m_queue.job(id))
        QObject::disconnect(job, nullptr, this, nullptr);

    const JobSnapshot s = m_queue.snapshot(id);
    for (const QString &warning : s.warnings)
        addLine(id, HistoryLogLevel::Warning, warning);
    switch (s.state) {
    case Job::State::Succeeded:
        addLine(id, HistoryLogLevel::Info, tr("succeeded"));
        break;
    case Job::State::Failed:
        addLine(id, HistoryLogLevel::Error, tr("failed: %1").arg(s.errorMessage));
        break;
    default:
        addLine(id, HistoryLogLevel::Warning, tr("cancelled"));
        break;
    }
    flushJob(id);

    HistoryRecord result;
    result.finishedAt = s.finishedAt;
    result.bytes = s.result.size >= 0 ? s.result.size : s.bytesDone;
    result.sha256 = s.result.sha256;
    result.filePath = s.result.filePath;
    result.snapshotName = s.result.snapshotName;
    if (s.state == Job::State::Failed)
        result.errorText = s.errorMessage;
    if (auto ok = m_database.recordFinished(row, outcomeOf(s.state), result); !ok)
        report(ok.error());
}

void HistoryRecorder::onJobRemoved(JobId id)
{
    flushJob(id);
    m_rows.remove(id);
}

void HistoryRecorder::addLine(JobId id, HistoryLogLevel level, const QString &text)
{
    if (!m_rows.contains(id))
        return;
    m_pending[id].append(HistoryLogEntry{ QDateTime::currentDateTimeUtc(), level, text });
    // Stages can change many times a second during retries; one transaction per second is plenty.
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void HistoryRecorder::flush()
{
    const QList<JobId> ids = m_pending.keys();
    for (const JobId id : ids)
        flushJob(id);
}

void HistoryRecorder::flushJob(JobId id)
{
    const QList<HistoryLogEntry> entries = m_pending.take(id);
    const qint64 row = m_rows.value(id);
    if (entries.isEmpty() || row == 0)
        return;
    if (auto ok = m_database.appendLogEntries(row, entries); !ok)
        report(ok.error());
}

void HistoryRecorder::report(const Error &error)
{
    qCWarning(lcJobs).noquote() << "history:" << error.userMessage();
    Q_EMIT writeFailed(error);
}

} // namespace Snapdock
