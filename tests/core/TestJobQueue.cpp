// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jobs/BackupJob.h"
#include "core/jobs/JobQueue.h"
#include "emulator/QdrantEmulator.h"

#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Snapdock;
using Emulator::CollectionSpec;
using Emulator::EmulatorConfig;
using Emulator::Fault;
using Emulator::FaultKind;
using Emulator::QdrantEmulator;

namespace {

constexpr int WAIT_MS = 60'000;

CollectionSpec spec(const QString &name)
{
    CollectionSpec collection;
    collection.name = name;
    collection.vectors = QJsonObject{ { u"size"_s, 4 }, { u"distance"_s, u"Cosine"_s } };
    collection.pointsCount = 100;
    return collection;
}

BackupRequest backupRequest(const QString &collection, const QString &folder)
{
    BackupRequest request;
    request.scope = SnapshotScope::forCollection(collection);
    request.outputFolder = folder;
    return request;
}

Fault delay(const QString &pathPrefix, qint64 ms, int times)
{
    Fault fault;
    fault.kind = FaultKind::DelayResponse;
    fault.method = u"GET"_s;
    fault.pathPrefix = pathPrefix;
    fault.value = ms;
    fault.times = times;
    return fault;
}

RetryPolicy fastPolicy()
{
    RetryPolicy policy;
    policy.baseDelayMs = 1;
    policy.maxDelayMs = 5;
    policy.creationPollIntervalMs = 5;
    return policy;
}

// Records what the queue says, per job, so every test can check the signal guarantees.
struct QueueLog
{
    explicit QueueLog(JobQueue &queue)
    {
        QObject::connect(&queue, &JobQueue::jobStarted, &context, [this, &queue](JobId id) {
            ++started[id];
            order.append(u"start "_s + id.toString());
            maxRunning = qMax(maxRunning, queue.runningCount());
            for (const auto &[host, limit] : { std::pair{ u"a"_s, queue.maxConcurrentPerHost() },
                     std::pair{ u"b"_s, queue.maxConcurrentPerHost() } }) {
                if (queue.runningCount(host) > limit)
                    overLimit = true;
            }
        });
        QObject::connect(&queue, &JobQueue::jobFinished, &context, [this, &queue](JobId id) {
            ++finished[id];
            order.append(u"finish "_s + id.toString());
            if (!queue.snapshot(id).isFinished())
                notFinalOnFinish = true;
        });
        QObject::connect(&queue, &JobQueue::jobRemoved, &context, [this](JobId id) {
            ++removed[id];
        });
        QObject::connect(&queue, &JobQueue::jobsUpdated, &context, [this](const QList<JobId> &ids) {
            ++updateSignals;
            for (const JobId id : ids)
                ++updates[id];
        });
    }

    QObject context;
    QHash<JobId, int> started;
    QHash<JobId, int> finished;
    QHash<JobId, int> removed;
    QHash<JobId, int> updates;
    QStringList order;
    int maxRunning = 0;
    int updateSignals = 0;
    bool overLimit = false;
    bool notFinalOnFinish = false;
};

// A job that reports progress as often as a fast network does (a burst of chunks every millisecond, far more
// often than the queue may tell models), for a fixed number of ticks.
class ChattyJob final : public Job
{
public:
    static constexpr int EVENTS_PER_TICK = 10;

    explicit ChattyJob(int ticks)
        : m_ticks(ticks)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            ++m_tick;
            for (int i = 1; i <= EVENTS_PER_TICK; ++i)
                Q_EMIT progressChanged((qint64(m_tick - 1) * EVENTS_PER_TICK + i) * 100, qint64(m_ticks) * 1000);
            if (m_tick == m_ticks) {
                m_timer.stop();
                succeed();
            }
        });
    }

protected:
    void run() override
    {
        setStage(u"sending"_s);
        m_timer.start();
    }
    void cancelLocalWork() override
    {
        m_timer.stop();
        failWith(Error::make(ErrorKind::Cancelled, stage()));
    }

private:
    int m_ticks;
    int m_tick = 0;
    QTimer m_timer;
};

} // namespace

// The queue with real BackupJobs against in-process emulators: limits, parallel hosts, cancel, retry, updates.
class TestJobQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void limitOne_threeJobs_runOneAfterAnother();
    void twoHosts_runInParallel();
    void cancel_queuedAtOnce_runningViaJob();
    void retry_failedJob_succeedsAsNewLinkedId();
    void jobsUpdated_isThrottled();
    void jobsUpdated_burstOfProgress_isCoalesced();
    void mixedRun_everyJobEndsInExactlyOneFinalState();
    void finishedJobs_areKeptUntilRemoved();

private:
    [[nodiscard]] std::unique_ptr<Job> backup(const QdrantClient &client, const QString &collection) const;
    [[nodiscard]] JobDescription describe(
        const QString &hostKey, const QdrantClient &client, const QString &collection);
    [[nodiscard]] JobId enqueue(const QString &hostKey, const QdrantClient &client, const QString &collection);

    QNetworkAccessManager m_network;
    std::unique_ptr<QdrantEmulator> m_emulatorA;
    std::unique_ptr<QdrantEmulator> m_emulatorB;
    std::unique_ptr<QdrantClient> m_clientA;
    std::unique_ptr<QdrantClient> m_clientB;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<JobQueue> m_queue;
};

void TestJobQueue::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_network.setProxy(QNetworkProxy::NoProxy);
}

void TestJobQueue::init()
{
    EmulatorConfig config;
    config.walBytes = 256 * 1024;
    m_emulatorA = std::make_unique<QdrantEmulator>(config);
    // Snapshot names contain the peer id and the second: two nodes alike would write the same file name.
    config.peerId += 1;
    m_emulatorB = std::make_unique<QdrantEmulator>(config);
    QVERIFY(m_emulatorA->listen());
    QVERIFY(m_emulatorB->listen());
    for (QdrantEmulator *emulator : { m_emulatorA.get(), m_emulatorB.get() }) {
        emulator->addCollection(spec(u"articles"_s));
        emulator->addCollection(spec(u"images"_s));
    }
    ServerEndpoint a;
    a.baseUrl = m_emulatorA->baseUrl();
    ServerEndpoint b;
    b.baseUrl = m_emulatorB->baseUrl();
    m_clientA = std::make_unique<QdrantClient>(m_network, a);
    m_clientB = std::make_unique<QdrantClient>(m_network, b);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_queue = std::make_unique<JobQueue>();
}

void TestJobQueue::cleanup()
{
    // The queue first: its running jobs reference the clients.
    m_queue.reset();
    m_clientA.reset();
    m_clientB.reset();
    m_emulatorA.reset();
    m_emulatorB.reset();
    m_dir.reset();
}

std::unique_ptr<Job> TestJobQueue::backup(const QdrantClient &client, const QString &collection) const
{
    auto job = std::make_unique<BackupJob>(client, backupRequest(collection, m_dir->path()));
    job->setRetryPolicy(fastPolicy());
    return job;
}

JobDescription TestJobQueue::describe(const QString &hostKey, const QdrantClient &client, const QString &collection)
{
    JobDescription description;
    description.kind = JobKind::Backup;
    description.hostKey = hostKey;
    description.serverUrl = client.endpoint().baseUrl;
    description.profileName = u"profile "_s + hostKey;
    description.collection = collection;
    description.title = u"Back up "_s + collection;
    description.factory = [this, &client, collection] {
        return backup(client, collection);
    };
    return description;
}

JobId TestJobQueue::enqueue(const QString &hostKey, const QdrantClient &client, const QString &collection)
{
    return m_queue->enqueue(backup(client, collection), describe(hostKey, client, collection));
}

void TestJobQueue::limitOne_threeJobs_runOneAfterAnother()
{
    QueueLog log(*m_queue);
    m_queue->setMaxConcurrentPerHost(1);
    // Slow answers widen the window in which a second job could sneak in.
    m_emulatorA->injectFault(delay(u"/collections/articles"_s, 150, 3));
    const JobId first = enqueue(u"a"_s, *m_clientA, u"articles"_s);
    const JobId second = enqueue(u"a"_s, *m_clientA, u"articles"_s);
    const JobId third = enqueue(u"a"_s, *m_clientA, u"images"_s);
    QCOMPARE(m_queue->runningCount(), 0); // nothing starts inside enqueue()

    QTRY_COMPARE_WITH_TIMEOUT(log.finished.size(), 3, WAIT_MS);
    QCOMPARE(log.maxRunning, 1);
    QVERIFY(!log.overLimit);
    const QStringList expected{ u"start "_s + first.toString(),
        u"finish "_s + first.toString(),
        u"start "_s + second.toString(),
        u"finish "_s + second.toString(),
        u"start "_s + third.toString(),
        u"finish "_s + third.toString() };
    QCOMPARE(log.order, expected);
    for (const JobId id : { first, second, third }) {
        const JobSnapshot s = m_queue->snapshot(id);
        QCOMPARE(s.state, Job::State::Succeeded);
        QVERIFY(s.startedAt.isValid());
        QVERIFY(s.finishedAt >= s.startedAt);
        QVERIFY(QFileInfo::exists(s.result.filePath));
        QCOMPARE(s.result.sha256.size(), 64);
        QVERIFY(s.result.size > 0);
        QCOMPARE(s.serverUrl, m_emulatorA->baseUrl().toString());
    }
}

void TestJobQueue::twoHosts_runInParallel()
{
    QueueLog log(*m_queue);
    m_queue->setMaxConcurrentPerHost(1);
    m_emulatorA->injectFault(delay(u"/collections/articles"_s, 300, 1));
    m_emulatorB->injectFault(delay(u"/collections/articles"_s, 300, 1));
    const JobId onA = enqueue(u"a"_s, *m_clientA, u"articles"_s);
    const JobId onB = enqueue(u"b"_s, *m_clientB, u"articles"_s);
    const JobId secondOnA = enqueue(u"a"_s, *m_clientA, u"images"_s);

    QTRY_COMPARE_WITH_TIMEOUT(log.finished.size(), 3, WAIT_MS);
    // Both hosts started before either finished; the second job of host a waited for the first.
    QCOMPARE(log.order.mid(0, 2), (QStringList{ u"start "_s + onA.toString(), u"start "_s + onB.toString() }));
    QCOMPARE(log.maxRunning, 2);
    QVERIFY(!log.overLimit);
    QVERIFY(log.order.indexOf(u"start "_s + secondOnA.toString()) > log.order.indexOf(u"finish "_s + onA.toString()));
    for (const JobId id : { onA, onB, secondOnA })
        QCOMPARE(m_queue->snapshot(id).state, Job::State::Succeeded);
}

void TestJobQueue::cancel_queuedAtOnce_runningViaJob()
{
    QueueLog log(*m_queue);
    m_queue->setMaxConcurrentPerHost(1);
    // Holds the first job in its first request until it is cancelled.
    m_emulatorA->injectFault(delay(u"/"_s, 30'000, 1));
    const JobId running = enqueue(u"a"_s, *m_clientA, u"articles"_s);
    const JobId queued = enqueue(u"a"_s, *m_clientA, u"images"_s);
    QTRY_COMPARE_WITH_TIMEOUT(log.started.value(running), 1, WAIT_MS);
    QTRY_VERIFY_WITH_TIMEOUT(!m_emulatorA->requests().isEmpty(), WAIT_MS);

    QVERIFY(m_queue->cancel(queued));
    // At once, without an event loop turn.
    QCOMPARE(log.finished.value(queued), 1);
    QCOMPARE(m_queue->snapshot(queued).state, Job::State::Cancelled);
    QCOMPARE(m_queue->snapshot(queued).error.kind, ErrorKind::Cancelled);
    QVERIFY(!m_queue->cancel(queued)); // already final

    QCOMPARE(m_queue->snapshot(running).state, Job::State::Running);
    QVERIFY(m_queue->cancel(running));
    QTRY_COMPARE_WITH_TIMEOUT(log.finished.value(running), 1, WAIT_MS);
    const JobSnapshot s = m_queue->snapshot(running);
    QCOMPARE(s.state, Job::State::Cancelled);
    QCOMPARE(s.error.kind, ErrorKind::Cancelled);
    QVERIFY(!s.errorMessage.isEmpty());

    QTest::qWait(50);
    QCOMPARE(log.started.value(queued), 0); // never ran
    QCOMPARE(log.finished.value(running), 1);
    QCOMPARE(log.finished.value(queued), 1);
    QCOMPARE(m_queue->runningCount(), 0);
}

void TestJobQueue::retry_failedJob_succeedsAsNewLinkedId()
{
    QueueLog log(*m_queue);
    // Only the first creation is refused; 400 is not something the job's own retries would repeat.
    Fault refuse;
    refuse.kind = FaultKind::RespondWithStatus;
    refuse.method = u"POST"_s;
    refuse.pathPrefix = u"/collections/articles/snapshots"_s;
    refuse.status = 400;
    refuse.body = R"({"status":{"error":"injected refusal"},"time":0.0})"_ba;
    refuse.times = 1;
    m_emulatorA->injectFault(refuse);

    const JobId failed = enqueue(u"a"_s, *m_clientA, u"articles"_s);
    QTRY_COMPARE_WITH_TIMEOUT(log.finished.value(failed), 1, WAIT_MS);
    const JobSnapshot failedSnapshot = m_queue->snapshot(failed);
    QCOMPARE(failedSnapshot.state, Job::State::Failed);
    QCOMPARE(failedSnapshot.error.kind, ErrorKind::BadRequest);
    QVERIFY(!failedSnapshot.errorMessage.isEmpty());

    const Result<JobId> retried = m_queue->retry(failed);
    QVERIFY(retried.has_value());
    QVERIFY(*retried != failed);
    QVERIFY(retried->isValid());
    QCOMPARE(m_queue->snapshot(*retried).retryOf, failed);
    QCOMPARE(m_queue->snapshot(failed).retriedAs, *retried);
    QVERIFY(m_queue->job(*retried) != m_queue->job(failed)); // a fresh Job from the factory

    QTRY_COMPARE_WITH_TIMEOUT(log.finished.value(*retried), 1, WAIT_MS);
    const JobSnapshot done = m_queue->snapshot(*retried);
    QCOMPARE(done.state, Job::State::Succeeded);
    QVERIFY(QFileInfo::exists(done.result.filePath));

    // The old entry stays failed, and neither can be retried again.
    QCOMPARE(m_queue->snapshot(failed).state, Job::State::Failed);
    QVERIFY(!m_queue->retry(failed).has_value());
    QVERIFY(!m_queue->retry(*retried).has_value());
    QCOMPARE(m_queue->retry(JobId(999)).error().kind, ErrorKind::InvalidArgument);
    QCOMPARE(m_queue->jobIds(), (QList<JobId>{ failed, *retried }));
}

void TestJobQueue::jobsUpdated_isThrottled()
{
    EmulatorConfig config;
    config.walBytes = 24 * 1024 * 1024;
    QdrantEmulator big(config);
    QVERIFY(big.listen());
    big.addCollection(spec(u"large"_s));
    ServerEndpoint endpoint;
    endpoint.baseUrl = big.baseUrl();
    const QdrantClient client(m_network, endpoint);

    QueueLog log(*m_queue);
    const JobId id = enqueue(u"big"_s, client, u"large"_s);
    int progressEvents = 0;
    int changes = 0; // progress and stage changes: everything that marks the entry updated
    QObject counter;
    connect(m_queue->job(id), &Job::progressChanged, &counter, [&progressEvents, &changes] {
        ++progressEvents;
        ++changes;
    });
    connect(m_queue->job(id), &Job::stageChanged, &counter, [&changes] {
        ++changes;
    });
    QTRY_COMPARE_WITH_TIMEOUT(log.finished.value(id), 1, WAIT_MS);
    // The last changes still come out, after the finish.
    QTRY_VERIFY_WITH_TIMEOUT(log.updates.value(id) >= 1, WAIT_MS);
    QTest::qWait(2 * JobQueue::UPDATE_INTERVAL_MS);

    const JobSnapshot s = m_queue->snapshot(id);
    QCOMPARE(s.state, Job::State::Succeeded);
    QCOMPARE(s.bytesDone, s.result.size);
    QCOMPARE(s.bytesTotal, s.result.size);
    qInfo() << "progress events:" << progressEvents << "jobsUpdated:" << log.updateSignals;
    QVERIFY(progressEvents >= 1);
    // ApiRequest already limits progress to 10 Hz; the queue coalesces that and every stage change further.
    QVERIFY2(log.updateSignals * 2 <= changes,
        qPrintable(u"%1 updates for %2 changes"_s.arg(log.updateSignals).arg(changes)));
    m_queue.reset(); // before `client` goes out of scope
}

void TestJobQueue::jobsUpdated_burstOfProgress_isCoalesced()
{
    constexpr int TICKS = 300; // at least 300 ms at one tick per millisecond
    constexpr int EVENTS = TICKS * ChattyJob::EVENTS_PER_TICK;
    QueueLog log(*m_queue);
    const JobId id = m_queue->enqueue(std::make_unique<ChattyJob>(TICKS), JobDescription{});
    int progressEvents = 0;
    int updatesBeforeFinish = -1;
    QObject counter;
    connect(m_queue->job(id), &Job::progressChanged, &counter, [&progressEvents] {
        ++progressEvents;
    });
    connect(m_queue.get(), &JobQueue::jobFinished, &counter, [&updatesBeforeFinish, &log] {
        updatesBeforeFinish = log.updateSignals;
    });
    QTRY_COMPARE_WITH_TIMEOUT(log.finished.value(id), 1, WAIT_MS);
    QTest::qWait(2 * JobQueue::UPDATE_INTERVAL_MS);

    QCOMPARE(progressEvents, EVENTS);
    qInfo() << "progress events:" << progressEvents << "jobsUpdated:" << log.updateSignals;
    // A steady stream is reported while it flows, not only once it stops ...
    QVERIFY(updatesBeforeFinish >= 1);
    // ... yet at most every UPDATE_INTERVAL_MS: 3000 events in 300 ticks give a handful of updates, not thousands.
    QVERIFY2(log.updateSignals * 20 <= progressEvents, qPrintable(QString::number(log.updateSignals)));
    const JobSnapshot s = m_queue->snapshot(id);
    QCOMPARE(s.state, Job::State::Succeeded);
    QCOMPARE(s.bytesDone, qint64(TICKS) * 1000);
    QCOMPARE(s.etaSeconds, qint64(0));
}

void TestJobQueue::mixedRun_everyJobEndsInExactlyOneFinalState()
{
    QueueLog log(*m_queue);
    m_queue->setMaxConcurrentPerHost(1);
    m_emulatorA->injectFault(delay(u"/"_s, 30'000, 1)); // keeps the first job on host a running
    const JobId held = enqueue(u"a"_s, *m_clientA, u"articles"_s);
    const JobId queuedThenCancelled = enqueue(u"a"_s, *m_clientA, u"images"_s);
    const JobId queuedThenRemoved = enqueue(u"a"_s, *m_clientA, u"images"_s);
    const JobId succeedsOnA = enqueue(u"a"_s, *m_clientA, u"images"_s);
    const JobId missing = enqueue(u"b"_s, *m_clientB, u"no-such-collection"_s);
    const JobId succeedsOnB = enqueue(u"b"_s, *m_clientB, u"articles"_s);
    const QList<JobId> all{ held, queuedThenCancelled, queuedThenRemoved, succeedsOnA, missing, succeedsOnB };

    QTRY_COMPARE_WITH_TIMEOUT(log.started.value(held), 1, WAIT_MS);
    QVERIFY(m_queue->cancel(queuedThenCancelled));
    QVERIFY(m_queue->remove(queuedThenRemoved));
    QCOMPARE(log.removed.value(queuedThenRemoved), 1);
    QVERIFY(!m_queue->contains(queuedThenRemoved));
    QTRY_COMPARE_WITH_TIMEOUT(log.finished.value(succeedsOnB), 1, WAIT_MS);
    // Removing a running job cancels it; it goes once it has finished.
    QVERIFY(m_queue->remove(held));
    QTRY_COMPARE_WITH_TIMEOUT(log.removed.value(held), 1, WAIT_MS);
    QTRY_COMPARE_WITH_TIMEOUT(log.finished.size(), all.size(), WAIT_MS);
    QTest::qWait(2 * JobQueue::UPDATE_INTERVAL_MS);

    QVERIFY(!log.notFinalOnFinish);
    QVERIFY(!log.overLimit);
    for (const JobId id : all) {
        QCOMPARE(log.finished.value(id), 1);
        QVERIFY(log.started.value(id) <= 1);
    }
    QCOMPARE(log.started.value(queuedThenCancelled), 0);
    QCOMPARE(log.started.value(queuedThenRemoved), 0);
    QCOMPARE(m_queue->snapshot(queuedThenCancelled).state, Job::State::Cancelled);
    QCOMPARE(m_queue->snapshot(succeedsOnA).state, Job::State::Succeeded);
    QCOMPARE(m_queue->snapshot(missing).state, Job::State::Failed);
    QCOMPARE(m_queue->snapshot(missing).error.kind, ErrorKind::NotFound);
    QCOMPARE(m_queue->snapshot(succeedsOnB).state, Job::State::Succeeded);
    QCOMPARE(m_queue->jobIds(), (QList<JobId>{ queuedThenCancelled, succeedsOnA, missing, succeedsOnB }));

    m_queue->clearFinished();
    QVERIFY(m_queue->jobIds().isEmpty());
    for (const JobId id : all)
        QCOMPARE(log.removed.value(id), 1);
}

void TestJobQueue::finishedJobs_areKeptUntilRemoved()
{
    QueueLog log(*m_queue);
    const JobId id = enqueue(u"a"_s, *m_clientA, u"articles"_s);
    QTRY_COMPARE_WITH_TIMEOUT(log.finished.value(id), 1, WAIT_MS);
    QTest::qWait(10); // deferred deletes run: a finished job must survive them
    QPointer<const Job> job = m_queue->job(id);
    QVERIFY(job);
    QCOMPARE(job->state(), Job::State::Succeeded);
    QVERIFY(m_queue->remove(id));
    QCOMPARE(m_queue->job(id), nullptr);
    QTRY_VERIFY_WITH_TIMEOUT(job.isNull(), WAIT_MS); // deleted later, not leaked
    QVERIFY(!m_queue->remove(id));
    QVERIFY(!m_queue->snapshot(id).isValid());
}

QTEST_GUILESS_MAIN(TestJobQueue)
#include "TestJobQueue.moc"
