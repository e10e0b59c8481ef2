// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jobs/PendingJob.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace Snapdock {

class HostSession;
class JobJournal;
class JobQueue;
class ProfileStore;
class QueueJournalRecorder;
class SessionManager;

// The jobs the job journal says were interrupted (their process — this application or snapdock-cli — is gone), and
// what can be done about them: resumeAll() claims each row, builds the job again on its profile's session
// (JobRebuilder) and enqueues it on the row it was claimed from; discardAll() removes the rows and their .part files.
// InterruptedJobsBanner shows it.
//
// A row is resumed on the session of its profile id or, for rows of the CLI, of a profile whose URL is the row's
// host; a row without one stays interrupted and problems() says so. A session whose key is still being read from the
// keychain is waited for (its keyStateChanged()), never blocked on.
//
// Nothing is owned; everything passed in must outlive the controller. GUI thread only. Never holds or shows a key.
class InterruptedJobsController : public QObject
{
    Q_OBJECT

public:
    InterruptedJobsController(JobJournal &journal,
        JobQueue &queue,
        QueueJournalRecorder &recorder,
        SessionManager &sessions,
        ProfileStore &profiles,
        QObject *parent = nullptr);

    // Reads the interrupted rows again; changed() follows.
    void refresh();

    [[nodiscard]] QList<PendingJob> jobs() const { return m_jobs; }
    // "2 jobs were interrupted when Snapdock or snapdock-cli stopped: products (3.0 MiB of 12.0 MiB downloaded), …";
    // empty when there are none.
    [[nodiscard]] QString summary() const;
    // One line per job, for the details list.
    [[nodiscard]] QStringList details() const;
    // Why jobs of the last resumeAll() or discardAll() stayed, one line each.
    [[nodiscard]] QStringList problems() const { return m_problems; }

    void resumeAll();
    void discardAll();

Q_SIGNALS:
    void changed();

private:
    [[nodiscard]] HostSession *sessionFor(const PendingJob &job) const;
    [[nodiscard]] QString describe(const PendingJob &job) const;
    void resume(const PendingJob &job, HostSession *session);
    void enqueue(const PendingJob &claimed, HostSession *session);

    JobJournal &m_journal;
    JobQueue &m_queue;
    QueueJournalRecorder &m_recorder;
    SessionManager &m_sessions;
    ProfileStore &m_profiles;
    QList<PendingJob> m_jobs;
    QStringList m_problems;
};

} // namespace Snapdock
