// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jobs/JobDescription.h"
#include "core/jobs/JobId.h"
#include "core/qdrant/ServerEndpoint.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace Snapdock {

class JobJournal;
class JobQueue;

// Keeps the job journal of a JobQueue: every backup, download and restore the queue gets has its journal row written
// in jobAdded(), which JobQueue emits from enqueue() before it can start the job (it starts jobs from the event loop
// only), so a crash or kill at any point after enqueue() leaves a row to resume from. A backup's download checkpoint
// goes into the row whenever it changes; the row goes when the job finishes with any outcome or is removed (the
// history, kept by HistoryRecorder, has the result). Jobs of other kinds (drills, server prunes) are not journaled.
//
// Neither the queue nor the journal is owned; both must outlive the recorder. Best effort: a failed journal write is
// logged and never stops a job. Same thread as the queue. Never writes a key: rows are built by JobRebuilder, whose
// format has no field for one.
class QueueJournalRecorder : public QObject
{
    Q_OBJECT

public:
    // The endpoint a job described by `description` talks to, for the TLS settings and auth scheme the row keeps (the
    // key it may hold is not stored). The default knows only description.serverUrl.
    using EndpointLookup = std::function<ServerEndpoint(const JobDescription &description)>;

    QueueJournalRecorder(JobQueue &queue, JobJournal &journal, QObject *parent = nullptr);

    void setEndpointLookup(EndpointLookup lookup) { m_endpointLookup = std::move(lookup); }

    // The next job enqueued takes over journal row `rowId` (one this process claimed, see JobJournal::claim()) instead
    // of getting a new row: call right before JobQueue::enqueue() of a resumed job.
    void adoptNext(qint64 rowId) { m_adoptNext = rowId; }

    // The journal row of queue entry `id`, 0 when it has none.
    [[nodiscard]] qint64 rowId(JobId id) const { return m_rows.value(id); }

private:
    void onJobAdded(JobId id);
    void onCheckpointChanged(JobId id);
    void forget(JobId id);

    JobQueue &m_queue;
    JobJournal &m_journal;
    EndpointLookup m_endpointLookup;
    qint64 m_adoptNext = 0;
    QHash<JobId, qint64> m_rows;
};

} // namespace Snapdock
