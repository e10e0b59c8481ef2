// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jobs/JobBookkeeper.h"

#include "core/history/HistoryDatabase.h"
#include "core/jobs/BackupJob.h"
#include "core/jobs/JobJournal.h"
#include "core/jobs/JobResultSummary.h"
#include "core/support/Logging.h"
#include "core/support/ProcessLiveness.h"

#include <QFileInfo>

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

JobBookkeeper::JobBookkeeper(JobJournal *journal, HistoryDatabase *history, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_history(history)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(LOG_FLUSH_INTERVAL_MS);
    connect(&m_flushTimer, &QTimer::timeout, this, &JobBookkeeper::flush);
}

JobBookkeeper::~JobBookkeeper()
{
    flush();
}

void JobBookkeeper::track(Job &job, const PendingJob &row)
{
    Entry entry;
    entry.row = row;
    if (m_journal && row.id == 0) {
        const Result<qint64> id = m_journal->add(row);
        if (id)
            entry.row.id = *id;
        else
            report(id.error());
    }
    m_entries.insert(&job, entry);
    Job *tracked = &job;
    connect(&job, &Job::finished, this, [this, tracked] {
        onFinished(tracked);
    });
    connect(&job, &Job::stageChanged, this, [this, tracked](const QString &stage) {
        addLine(tracked, HistoryLogLevel::Info, stage);
    });
    if (auto *backup = qobject_cast<BackupJob *>(&job)) {
        connect(backup, &BackupJob::downloadCheckpointChanged, this, [this, tracked] {
            onCheckpointChanged(tracked);
        });
    }
}

void JobBookkeeper::started(Job &job)
{
    auto it = m_entries.find(&job);
    if (it == m_entries.end() || !m_history)
        return;
    Entry &entry = *it;
    HistoryRecord record;
    record.kind = entry.row.kind;
    record.host = entry.row.host;
    record.profileName = entry.row.profileName;
    record.collection = entry.row.collection;
    record.title = entry.row.title;
    record.startedAt = QDateTime::currentDateTimeUtc();
    record.outcome = HistoryOutcome::Running;
    record.ownerPid = currentProcessId();
    record.ownerInstance = currentProcessInstance();
    const Result<qint64> id = m_history->recordStarted(record);
    if (!id) {
        report(id.error());
        return;
    }
    const qint64 previousRun = entry.row.historyId;
    entry.historyId = *id;
    addLine(&job, HistoryLogLevel::Info, tr("started: %1").arg(entry.row.title));
    if (previousRun > 0)
        addLine(&job, HistoryLogLevel::Info, tr("resumes the interrupted run %1").arg(previousRun));
    if (m_journal && entry.row.id > 0) {
        if (auto ok = m_journal->setHistoryId(entry.row.id, *id); !ok)
            report(ok.error());
    }
}

void JobBookkeeper::onCheckpointChanged(Job *job)
{
    auto it = m_entries.find(job);
    const auto *backup = qobject_cast<const BackupJob *>(job);
    if (it == m_entries.end() || !backup || !m_journal || it->row.id == 0)
        return;
    DownloadCheckpoint checkpoint = backup->downloadCheckpoint();
    // Another working directory must find the same .part.
    checkpoint.partPath = QFileInfo(checkpoint.partPath).absoluteFilePath();
    if (auto ok = m_journal->setCheckpoint(it->row.id, checkpoint); !ok)
        report(ok.error());
}

void JobBookkeeper::onFinished(Job *job)
{
    auto it = m_entries.find(job);
    if (it == m_entries.end())
        return;
    QObject::disconnect(job, nullptr, this, nullptr);
    Entry entry = *it;
    m_entries.erase(it);

    if (entry.historyId > 0) {
        for (const QString &warning : job->warnings())
            entry.pendingLog.append({ QDateTime::currentDateTimeUtc(), HistoryLogLevel::Warning, warning });
        const QString last = job->state() == Job::State::Succeeded ? tr("succeeded")
            : job->state() == Job::State::Failed                   ? tr("failed: %1").arg(job->error().userMessage())
                                                                   : tr("cancelled");
        const HistoryLogLevel level = job->state() == Job::State::Succeeded ? HistoryLogLevel::Info
            : job->state() == Job::State::Failed                            ? HistoryLogLevel::Error
                                                                            : HistoryLogLevel::Warning;
        entry.pendingLog.append({ QDateTime::currentDateTimeUtc(), level, last });
        flushJob(entry);
        const JobResultSummary summary = JobResultSummary::fromJob(*job);
        HistoryRecord result;
        result.finishedAt = QDateTime::currentDateTimeUtc();
        result.bytes = qMax<qint64>(0, summary.size);
        result.sha256 = summary.sha256;
        result.filePath = summary.filePath;
        result.snapshotName = summary.snapshotName;
        if (job->state() == Job::State::Failed)
            result.errorText = job->error().userMessage();
        if (auto ok = m_history->recordFinished(entry.historyId, outcomeOf(job->state()), result); !ok)
            report(ok.error());
    }
    // Whatever the outcome, the job is done: the history has the result, nothing is left to resume.
    if (m_journal && entry.row.id > 0) {
        if (auto ok = m_journal->remove(entry.row.id); !ok)
            report(ok.error());
    }
}

void JobBookkeeper::addLine(Job *job, HistoryLogLevel level, const QString &text)
{
    auto it = m_entries.find(job);
    if (it == m_entries.end() || it->historyId == 0)
        return;
    it->pendingLog.append(HistoryLogEntry{ QDateTime::currentDateTimeUtc(), level, text });
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void JobBookkeeper::flush()
{
    for (Entry &entry : m_entries)
        flushJob(entry);
}

void JobBookkeeper::flushJob(Entry &entry)
{
    const QList<HistoryLogEntry> lines = std::exchange(entry.pendingLog, {});
    if (lines.isEmpty() || entry.historyId == 0 || !m_history)
        return;
    if (auto ok = m_history->appendLogEntries(entry.historyId, lines); !ok)
        report(ok.error());
}

void JobBookkeeper::report(const Error &error)
{
    qCWarning(lcJobs).noquote() << "job records:" << error.userMessage();
    Q_EMIT writeFailed(error);
}

} // namespace Snapdock
