// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/controllers/InterruptedJobsController.h"

#include "core/history/HistoryRecord.h"
#include "core/jobs/JobJournal.h"
#include "core/jobs/JobQueue.h"
#include "core/jobs/JobRebuilder.h"
#include "core/jobs/QueueJournalRecorder.h"
#include "core/profiles/ProfileStore.h"
#include "gui/HostSession.h"
#include "gui/SessionManager.h"
#include "gui/models/DisplayFormat.h"

#include <QFileInfo>
#include <QPointer>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

namespace {

// At most this many jobs are named in the summary line; the details list has them all.
constexpr int NAMED_IN_SUMMARY = 3;

} // namespace

InterruptedJobsController::InterruptedJobsController(JobJournal &journal,
    JobQueue &queue,
    QueueJournalRecorder &recorder,
    SessionManager &sessions,
    ProfileStore &profiles,
    QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_queue(queue)
    , m_recorder(recorder)
    , m_sessions(sessions)
    , m_profiles(profiles)
{}

void InterruptedJobsController::refresh()
{
    const Result<QList<PendingJob>> jobs = m_journal.interrupted();
    if (jobs) {
        m_jobs = *jobs;
    } else {
        m_jobs.clear();
        m_problems =
            QStringList{ tr("The list of interrupted jobs could not be read: %1").arg(jobs.error().userMessage()) };
    }
    Q_EMIT changed();
}

QString InterruptedJobsController::describe(const PendingJob &job) const
{
    const QString what = job.collection.isEmpty() ? tr("full storage") : job.collection;
    const DownloadCheckpoint &checkpoint = job.checkpoint;
    if (!checkpoint.isValid())
        return what;
    const qint64 done = QFileInfo(checkpoint.partPath).size();
    if (checkpoint.totalSize > 0) {
        return tr("%1 (%2 of %3 downloaded)")
            .arg(what, DisplayFormat::size(done), DisplayFormat::size(checkpoint.totalSize));
    }
    return tr("%1 (%2 downloaded)").arg(what, DisplayFormat::size(done));
}

QString InterruptedJobsController::summary() const
{
    if (m_jobs.isEmpty())
        return {};
    QStringList named;
    for (const PendingJob &job : m_jobs.mid(0, NAMED_IN_SUMMARY))
        named.append(describe(job));
    if (m_jobs.size() > NAMED_IN_SUMMARY)
        named.append(u"…"_s);
    return tr("%n job(s) were interrupted when Snapdock or snapdock-cli stopped: %1", nullptr, int(m_jobs.size()))
        .arg(named.join(u", "_s));
}

QStringList InterruptedJobsController::details() const
{
    QStringList lines;
    for (const PendingJob &job : m_jobs) {
        const QString where = job.profileName.isEmpty() ? job.host : job.profileName;
        lines.append(tr("%1 — %2 on %3").arg(job.title, describe(job), where));
    }
    return lines;
}

HostSession *InterruptedJobsController::sessionFor(const PendingJob &job) const
{
    if (!job.profileId.isEmpty()) {
        if (HostSession *session = m_sessions.session(job.profileId))
            return session;
    }
    // Rows of the CLI name a host, not a profile.
    for (const Profile &profile : m_profiles.profiles()) {
        if (HistoryRecord::credentialFreeHost(profile.endpoint({}).displayUrl()) == job.host)
            return m_sessions.session(profile.id);
    }
    return nullptr;
}

void InterruptedJobsController::resumeAll()
{
    m_problems.clear();
    for (const PendingJob &job : std::as_const(m_jobs)) {
        HostSession *session = sessionFor(job);
        if (!session) {
            m_problems.append(tr("%1: no connection profile for %2; add one or resume with snapdock-cli resume")
                                  .arg(job.title, job.host));
            continue;
        }
        resume(job, session);
    }
    refresh();
}

void InterruptedJobsController::resume(const PendingJob &job, HostSession *session)
{
    // Claimed first: no other process can take it from now on, while the key may still be on its way.
    const Result<PendingJob> claimed = m_journal.claim(job.id);
    if (!claimed) {
        m_problems.append(tr("%1 cannot be resumed: %2").arg(job.title, claimed.error().userMessage()));
        return;
    }
    const HostSession::KeyState state = session->keyState();
    if (state != HostSession::KeyState::Unknown && state != HostSession::KeyState::Loading) {
        enqueue(*claimed, session);
        return;
    }
    // The keychain answers later: enqueue once it did, whatever it said (a host may need no key).
    auto *waiting = new QObject(this);
    const PendingJob row = *claimed;
    connect(session, &HostSession::keyStateChanged, waiting, [self = this, waiting, session, row] {
        if (session->keyState() == HostSession::KeyState::Loading)
            return;
        // Copies first: disconnecting may destroy this lambda.
        InterruptedJobsController *controller = self;
        HostSession *ready = session;
        const PendingJob claimedRow = row;
        QObject::disconnect(ready, nullptr, waiting, nullptr);
        waiting->deleteLater();
        controller->enqueue(claimedRow, ready);
    });
    if (state == HostSession::KeyState::Unknown)
        session->loadKey();
}

void InterruptedJobsController::enqueue(const PendingJob &claimed, HostSession *session)
{
    Result<std::unique_ptr<Job>> job = JobRebuilder::rebuild(claimed, session->client());
    if (!job) {
        m_problems.append(tr("%1 cannot be resumed: %2").arg(claimed.title, job.error().userMessage()));
        Q_EMIT changed();
        return;
    }
    const Profile &profile = session->profile();
    JobDescription description;
    description.kind = claimed.kind;
    description.hostKey = profile.id;
    description.serverUrl = profile.baseUrl.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    description.profileName = profile.name;
    description.collection = claimed.collection;
    const QString what = claimed.collection.isEmpty() ? tr("the full storage") : claimed.collection;
    description.title = claimed.kind == JobKind::Restore ? tr("Resume restore of %1").arg(what)
        : claimed.kind == JobKind::Download              ? tr("Resume download of %1").arg(what)
                                                         : tr("Resume backup of %1").arg(what);
    // A retry continues from whatever the failed attempt left, on the session's current client.
    const QPointer<HostSession> sessionGuard(session);
    description.factory = [sessionGuard, claimed]() -> std::unique_ptr<Job> {
        if (!sessionGuard)
            return nullptr;
        Result<std::unique_ptr<Job>> again = JobRebuilder::rebuild(claimed, sessionGuard->client());
        return again ? std::move(*again) : nullptr;
    };
    // The resumed job keeps the row it was claimed from instead of getting a second one.
    m_recorder.adoptNext(claimed.id);
    m_queue.enqueue(std::move(*job), std::move(description));
}

void InterruptedJobsController::discardAll()
{
    m_problems.clear();
    for (const PendingJob &job : std::as_const(m_jobs)) {
        if (auto ok = m_journal.discard(job.id); !ok)
            m_problems.append(tr("%1 could not be discarded: %2").arg(job.title, ok.error().userMessage()));
    }
    refresh();
}

} // namespace Snapdock
