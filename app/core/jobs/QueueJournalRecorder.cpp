// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jobs/QueueJournalRecorder.h"

#include "core/jobs/BackupJob.h"
#include "core/jobs/JobJournal.h"
#include "core/jobs/JobQueue.h"
#include "core/jobs/JobRebuilder.h"
#include "core/jobs/RestoreJob.h"
#include "core/support/Logging.h"

#include <QFileInfo>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

namespace {

void warn(const Error &error)
{
    qCWarning(lcJobs).noquote() << "job journal:" << error.userMessage();
}

} // namespace

QueueJournalRecorder::QueueJournalRecorder(JobQueue &queue, JobJournal &journal, QObject *parent)
    : QObject(parent)
    , m_queue(queue)
    , m_journal(journal)
    , m_endpointLookup([](const JobDescription &description) {
        ServerEndpoint endpoint;
        endpoint.baseUrl = description.serverUrl;
        return endpoint;
    })
{
    // Direct connections: jobAdded() comes out of enqueue(), before the queue can start the job.
    connect(&m_queue, &JobQueue::jobAdded, this, &QueueJournalRecorder::onJobAdded);
    connect(&m_queue, &JobQueue::jobFinished, this, &QueueJournalRecorder::forget);
    connect(&m_queue, &JobQueue::jobRemoved, this, &QueueJournalRecorder::forget);
}

void QueueJournalRecorder::onJobAdded(JobId id)
{
    const qint64 adopted = std::exchange(m_adoptNext, 0);
    const Job *job = m_queue.job(id);
    const JobDescription *description = m_queue.description(id);
    if (!job || !description)
        return;
    const auto *backup = qobject_cast<const BackupJob *>(job);
    const auto *restore = qobject_cast<const RestoreJob *>(job);
    if (!backup && !restore)
        return;

    qint64 rowId = adopted;
    if (rowId == 0) {
        const ServerEndpoint endpoint = m_endpointLookup(*description);
        PendingJob row = backup ? JobRebuilder::describeBackup(description->kind, backup->request(), endpoint)
                                : JobRebuilder::describeRestore(restore->request(), endpoint);
        // A profile id as the host key; jobs without a profile are keyed by their URL.
        if (!description->hostKey.contains(u"://"_s))
            row.profileId = description->hostKey;
        row.profileName = description->profileName;
        if (!description->title.isEmpty())
            row.title = description->title;
        const Result<qint64> added = m_journal.add(row);
        if (!added) {
            warn(added.error());
            return;
        }
        rowId = *added;
    }
    m_rows.insert(id, rowId);
    if (backup) {
        connect(backup, &BackupJob::downloadCheckpointChanged, this, [this, id] {
            onCheckpointChanged(id);
        });
    }
}

void QueueJournalRecorder::onCheckpointChanged(JobId id)
{
    const qint64 rowId = m_rows.value(id);
    const auto *backup = qobject_cast<const BackupJob *>(m_queue.job(id));
    if (rowId == 0 || !backup)
        return;
    DownloadCheckpoint checkpoint = backup->downloadCheckpoint();
    // Another working directory must find the same .part.
    checkpoint.partPath = QFileInfo(checkpoint.partPath).absoluteFilePath();
    if (auto ok = m_journal.setCheckpoint(rowId, checkpoint); !ok)
        warn(ok.error());
}

void QueueJournalRecorder::forget(JobId id)
{
    const qint64 rowId = m_rows.take(id);
    if (rowId == 0)
        return;
    if (const Job *job = m_queue.job(id))
        QObject::disconnect(job, nullptr, this, nullptr);
    // Whatever the outcome, nothing is left to resume.
    if (auto ok = m_journal.remove(rowId); !ok)
        warn(ok.error());
}

} // namespace Snapdock
