// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jobs/JobQueue.h"

#include "core/support/Logging.h"

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

namespace {

bool isFinalState(Job::State state)
{
    return state == Job::State::Succeeded || state == Job::State::Failed || state == Job::State::Cancelled;
}

} // namespace

void JobQueue::JobDeleter::operator()(Job *job) const
{
    // Removal can happen from a slot connected to the job's own finished(): deleting it there would pull the
    // object out from under the emission.
    if (job)
        job->deleteLater();
}

JobQueue::JobQueue(QObject *parent)
    : QObject(parent)
{
    m_startTimer.setSingleShot(true);
    m_startTimer.setInterval(0);
    connect(&m_startTimer, &QTimer::timeout, this, &JobQueue::startWaitingJobs);

    m_updateTimer.setSingleShot(true);
    m_updateTimer.setInterval(UPDATE_INTERVAL_MS);
    connect(&m_updateTimer, &QTimer::timeout, this, &JobQueue::emitUpdates);
}

JobQueue::~JobQueue()
{
    // Deleted now rather than later: running jobs reference clients and network managers their owners are
    // about to destroy, and a deferred delete would let them touch those in between.
    for (const auto &entry : std::as_const(m_entries)) {
        if (Job *job = entry->job.release()) {
            job->disconnect(this);
            delete job;
        }
    }
}

JobId JobQueue::enqueue(std::unique_ptr<Job> job, JobDescription description)
{
    return enqueueEntry(std::move(job), std::move(description), JobId());
}

JobId JobQueue::enqueueEntry(std::unique_ptr<Job> job, JobDescription description, JobId retryOf)
{
    Q_ASSERT(job);
    Q_ASSERT(job->state() == Job::State::Queued);
    Q_ASSERT(!job->parent());

    auto entry = std::make_shared<Entry>();
    entry->id = JobId(m_nextId++);
    entry->description = std::move(description);
    entry->queuedAt = QDateTime::currentDateTimeUtc();
    entry->stats = TransferStats(m_clock);
    entry->retryOf = retryOf;
    entry->job.reset(job.release());

    const JobId id = entry->id;
    Job *raw = entry->job.get();
    connect(raw, &Job::finished, this, [this, id] {
        onJobFinished(id);
    });
    connect(raw, &Job::progressChanged, this, [this, id](qint64 done, qint64 total) {
        onJobProgress(id, done, total);
    });
    connect(raw, &Job::stageChanged, this, [this, id] {
        markUpdated(id);
    });

    m_entries.insert(id, std::move(entry));
    m_order.append(id);
    Q_EMIT jobAdded(id);
    scheduleStart();
    return id;
}

bool JobQueue::cancel(JobId id)
{
    Entry *e = entry(id);
    if (!e || isFinalState(e->state))
        return false;
    if (e->state == Job::State::Queued)
        finishQueuedAsCancelled(*e);
    else
        e->job->cancel(); // finished() follows; onJobFinished() records the state
    return true;
}

Result<JobId> JobQueue::retry(JobId id)
{
    Entry *e = entry(id);
    if (!e)
        return fail(Error::make(ErrorKind::InvalidArgument, tr("There is no job %1 to retry.").arg(id.toString())));
    if (e->state != Job::State::Failed && e->state != Job::State::Cancelled) {
        return fail(Error::make(ErrorKind::InvalidArgument,
            tr("Only a failed or cancelled job can be retried (\"%1\").").arg(e->description.title)));
    }
    if (e->retriedAs.isValid()) {
        return fail(Error::make(ErrorKind::InvalidArgument,
            tr("\"%1\" was already retried as job %2.").arg(e->description.title, e->retriedAs.toString())));
    }
    std::unique_ptr<Job> fresh = e->description.factory ? e->description.factory() : nullptr;
    if (!fresh) {
        return fail(
            Error::make(ErrorKind::InvalidArgument, tr("\"%1\" cannot be run again.").arg(e->description.title)));
    }
    // The entry can go away while jobAdded() is handled; keep what is needed before enqueueing.
    const std::shared_ptr<Entry> old = m_entries.value(id);
    const JobId newId = enqueueEntry(std::move(fresh), old->description, id);
    old->retriedAs = newId;
    markUpdated(id);
    qCInfo(lcJobs).noquote() << "job" << id.toString() << "retried as" << newId.toString();
    return newId;
}

bool JobQueue::remove(JobId id)
{
    Entry *e = entry(id);
    if (!e)
        return false;
    if (e->state == Job::State::Running) {
        e->removeWhenFinished = true;
        e->job->cancel();
        return true;
    }
    if (e->state == Job::State::Queued)
        finishQueuedAsCancelled(*e);
    // A jobFinished() handler may have removed it already.
    if (m_entries.contains(id))
        erase(id);
    return true;
}

void JobQueue::clearFinished()
{
    const QList<JobId> ids = m_order;
    for (const JobId id : ids) {
        const Entry *e = entry(id);
        if (e && isFinalState(e->state))
            erase(id);
    }
}

void JobQueue::setMaxConcurrentPerHost(int count)
{
    count = qMax(1, count);
    if (count == m_maxConcurrentPerHost)
        return;
    m_maxConcurrentPerHost = count;
    scheduleStart();
}

JobSnapshot JobQueue::snapshot(JobId id) const
{
    JobSnapshot s;
    const Entry *e = entry(id);
    if (!e)
        return s;
    const JobDescription &d = e->description;
    s.id = id;
    s.kind = d.kind;
    s.hostKey = d.hostKey;
    s.serverUrl = d.displayUrl();
    s.profileName = d.profileName;
    s.collection = d.collection;
    s.title = d.title;

    s.state = e->state;
    s.stage = e->job->stage();
    s.bytesDone = e->stats.bytesDone();
    s.bytesTotal = e->stats.bytesTotal();
    if (e->state == Job::State::Running) {
        s.bytesPerSecond = e->stats.bytesPerSecond();
        s.etaSeconds = e->stats.etaSeconds();
    } else if (e->state == Job::State::Succeeded) {
        s.etaSeconds = 0;
    }
    s.queuedAt = e->queuedAt;
    s.startedAt = e->startedAt;
    s.finishedAt = e->finishedAt;

    if (e->state == Job::State::Failed || e->state == Job::State::Cancelled) {
        // A job cancelled while queued never ran, so it holds no error of its own.
        s.error = e->startedAt.isValid()
            ? e->job->error()
            : Error::make(ErrorKind::Cancelled, tr("\"%1\" was cancelled before it started").arg(d.title));
        s.errorMessage = s.error.userMessage();
    }
    s.warnings = e->job->warnings();
    s.result = e->result;
    s.retryOf = e->retryOf;
    s.retriedAs = e->retriedAs;
    return s;
}

const Job *JobQueue::job(JobId id) const
{
    const Entry *e = entry(id);
    return e ? e->job.get() : nullptr;
}

const JobDescription *JobQueue::description(JobId id) const
{
    const Entry *e = entry(id);
    return e ? &e->description : nullptr;
}

int JobQueue::runningCount() const
{
    int count = 0;
    for (const int running : m_runningPerHost)
        count += running;
    return count;
}

void JobQueue::scheduleStart()
{
    if (!m_startTimer.isActive())
        m_startTimer.start();
}

void JobQueue::startWaitingJobs()
{
    // A copy: handlers of jobStarted() may enqueue, cancel or remove entries.
    const QList<JobId> ids = m_order;
    for (const JobId id : ids) {
        const std::shared_ptr<Entry> e = m_entries.value(id);
        if (!e || e->state != Job::State::Queued)
            continue;
        if (m_runningPerHost.value(e->description.hostKey) >= m_maxConcurrentPerHost)
            continue;
        startEntry(*e);
    }
}

void JobQueue::startEntry(Entry &entry)
{
    const JobId id = entry.id;
    entry.state = Job::State::Running;
    entry.startedAt = QDateTime::currentDateTimeUtc();
    ++m_runningPerHost[entry.description.hostKey];
    qCInfo(lcJobs).noquote() << "starting job" << id.toString() << jobKindName(entry.description.kind)
                             << entry.description.collection;
    // Job::start() never finishes synchronously, so the entry is still running when jobStarted() goes out.
    entry.job->start();
    Q_EMIT jobStarted(id);
    markUpdated(id);
}

void JobQueue::onJobFinished(JobId id)
{
    const std::shared_ptr<Entry> e = m_entries.value(id);
    if (!e || e->state != Job::State::Running)
        return;
    Q_ASSERT(e->job->isFinished());
    const QString &host = e->description.hostKey;
    if (--m_runningPerHost[host] <= 0)
        m_runningPerHost.remove(host);
    e->state = e->job->state();
    e->finishedAt = QDateTime::currentDateTimeUtc();
    e->result = JobResultSummary::fromJob(*e->job);
    qCInfo(lcJobs).noquote() << "job" << id.toString() << "finished:" << e->job->state();

    markUpdated(id);
    Q_EMIT jobFinished(id);
    if (e->removeWhenFinished && m_entries.contains(id))
        erase(id);
    scheduleStart();
}

void JobQueue::onJobProgress(JobId id, qint64 done, qint64 total)
{
    Entry *e = entry(id);
    if (!e)
        return;
    e->stats.addSample(done, total);
    markUpdated(id);
}

void JobQueue::markUpdated(JobId id)
{
    m_updated.insert(id);
    // Started once per interval and not restarted by later changes: a steady stream of progress still gets an
    // update every UPDATE_INTERVAL_MS instead of being postponed until it pauses.
    if (!m_updateTimer.isActive())
        m_updateTimer.start();
}

void JobQueue::emitUpdates()
{
    QList<JobId> ids;
    ids.reserve(m_updated.size());
    for (const JobId id : std::as_const(m_updated)) {
        if (m_entries.contains(id))
            ids.append(id);
    }
    m_updated.clear();
    if (!ids.isEmpty())
        Q_EMIT jobsUpdated(ids);
}

void JobQueue::finishQueuedAsCancelled(Entry &entry)
{
    entry.state = Job::State::Cancelled;
    entry.finishedAt = QDateTime::currentDateTimeUtc();
    markUpdated(entry.id);
    Q_EMIT jobFinished(entry.id);
}

void JobQueue::erase(JobId id)
{
    const std::shared_ptr<Entry> e = m_entries.take(id);
    if (!e)
        return;
    m_order.removeOne(id);
    m_updated.remove(id);
    if (Job *job = e->job.get())
        job->disconnect(this);
    Q_EMIT jobRemoved(id);
    // `e` goes out of scope here; the job is deleted later by JobDeleter.
}

JobQueue::Entry *JobQueue::entry(JobId id)
{
    return m_entries.value(id).get();
}

const JobQueue::Entry *JobQueue::entry(JobId id) const
{
    return m_entries.value(id).get();
}

} // namespace Snapdock
