// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/history/HistoryDatabase.h"
#include "core/history/HistoryRecorder.h"
#include "core/jobs/JobQueue.h"
#include "core/profiles/Profile.h"
#include "core/qdrant/QdrantClient.h"
#include "core/retention/RetentionPolicy.h"
#include "core/scheduling/ScheduleLock.h"
#include "core/scheduling/ScheduleRun.h"
#include "core/scheduling/ScheduleStore.h"
#include "core/scheduling/Scheduler.h"
#include "emulator/QdrantEmulator.h"
#include "support/ManualClock.h"

#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <numeric>

using namespace Qt::Literals::StringLiterals;
using namespace Snapdock;
using Emulator::CollectionSpec;
using Emulator::EmulatorConfig;
using Emulator::QdrantEmulator;
using TestSupport::ManualClock;

namespace {

const QString API_KEY = u"schedule-run-key-58"_s;
// A Thursday; with the days below the run dates span three ISO weeks and two months.
const QDateTime CREATED_AT(QDate(2027, 1, 21), QTime(0, 0), Qt::UTC);

QDateTime at(int month, int day, int hour, int minute)
{
    return QDateTime(QDate(2027, month, day), QTime(hour, minute), Qt::UTC);
}

// The dated folders below a collection's folder, sorted.
QStringList datedFolders(const QString &collectionFolder)
{
    QStringList names = QDir(collectionFolder).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    return names;
}

QStringList snapshotsIn(const QString &folder)
{
    return QDir(folder).entryList({ u"*.snapshot"_s }, QDir::Files, QDir::Name);
}

// Answers every HTTP request with `status` and remembers the bodies: a webhook receiver.
class WebhookReceiver : public QObject
{
public:
    explicit WebhookReceiver(int status)
        : m_status(status)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_buffer += socket->readAll();
                    const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
                    if (headerEnd < 0)
                        return;
                    const QByteArray lengthHeader = "content-length:";
                    const qsizetype lengthAt = m_buffer.toLower().indexOf(lengthHeader);
                    const qsizetype lineEnd = m_buffer.indexOf("\r\n", lengthAt);
                    const qint64 length =
                        m_buffer.mid(lengthAt + lengthHeader.size(), lineEnd - lengthAt - lengthHeader.size())
                            .trimmed()
                            .toLongLong();
                    if (m_buffer.size() < headerEnd + 4 + length)
                        return;
                    bodies.append(m_buffer.mid(headerEnd + 4, length));
                    m_buffer.clear();
                    socket->write("HTTP/1.1 " + QByteArray::number(m_status)
                        + " X\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                    socket->disconnectFromHost();
                });
            }
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1/hook?token=abc"_s.arg(m_server.serverPort())); }

    QList<QByteArray> bodies;

private:
    int m_status;
    QTcpServer m_server;
    QByteArray m_buffer;
};

} // namespace

// A schedule running end to end against the emulator with a fast clock: the Scheduler wakes the runs by a
// ManualClock, each run backs up into the dated folder, prunes by 7 daily / 4 weekly / 6 monthly, keeps 2 snapshots
// on the server, drills weekly, records history and run state; a missed stretch runs once; a held lock refuses.
class TestScheduleRun : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void scheduler_tenDays_backupsRetentionAndDrillOnTime();
    void run_lockHeldByAnother_refusesAndLeavesTheStateAlone();
    void run_listedCollectionMissing_partialFailureWithWebhook();
    void run_cancelledDuringBackups_skipsRetentionAndRecordsCancelled();
    void isDrillDue_countsCalendarDaysSinceTheLastDrill();
    void scheduler_skippedOrDeclined_startsNothingAndAsksOncePerSlot();

private:
    [[nodiscard]] Schedule addSchedule(const ScheduleSelection &selection);
    [[nodiscard]] std::unique_ptr<ScheduleRun> makeRun(const Schedule &schedule);
    [[nodiscard]] QString collectionFolder(const QString &collection) const;
    [[nodiscard]] QString lockPath(const Schedule &schedule) const;
    [[nodiscard]] int historyCount(JobKind kind, std::optional<HistoryOutcome> outcome = {}) const;

    QNetworkAccessManager m_network;
    std::unique_ptr<QdrantEmulator> m_emulator;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<QdrantClient> m_client;
    std::unique_ptr<ScheduleStore> m_store;
    std::unique_ptr<JobQueue> m_queue;
    std::unique_ptr<HistoryDatabase> m_history;
    std::unique_ptr<HistoryRecorder> m_recorder;
    Profile m_profile;
};

void TestScheduleRun::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_network.setProxy(QNetworkProxy::NoProxy);
}

void TestScheduleRun::init()
{
    EmulatorConfig config;
    config.apiKey = API_KEY;
    config.walBytes = 16 * 1024;
    m_emulator = std::make_unique<QdrantEmulator>(config);
    QVERIFY(m_emulator->listen());
    for (const QString &name : { u"docs"_s, u"images"_s, u"logs"_s }) {
        CollectionSpec spec;
        spec.name = name;
        spec.vectors = QJsonObject{ { u"size"_s, 4 }, { u"distance"_s, u"Cosine"_s } };
        spec.pointsCount = 100 + name.size();
        m_emulator->addCollection(spec);
    }
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_unique<ManualClock>(CREATED_AT);

    m_profile = Profile();
    m_profile.id = Profile::createId();
    m_profile.name = u"Prod"_s;
    m_profile.baseUrl = m_emulator->baseUrl();
    m_profile.defaultBackupFolder = QDir(m_dir->path()).filePath(u"backups"_s);
    m_client = std::make_unique<QdrantClient>(m_network, m_profile.endpoint(API_KEY));

    m_store = std::make_unique<ScheduleStore>(QDir(m_dir->path()).filePath(u"snapdock.conf"_s));
    m_store->setClock(m_clock.get());
    m_queue = std::make_unique<JobQueue>();
    m_history = std::make_unique<HistoryDatabase>();
    QVERIFY(m_history->open(QDir(m_dir->path()).filePath(u"history.sqlite"_s)));
    m_recorder = std::make_unique<HistoryRecorder>(*m_queue, *m_history);
}

void TestScheduleRun::cleanup()
{
    m_recorder.reset();
    m_queue.reset();
    m_history.reset();
    m_store.reset();
    m_client.reset();
    m_emulator.reset();
    m_dir.reset();
}

Schedule TestScheduleRun::addSchedule(const ScheduleSelection &selection)
{
    Schedule schedule;
    schedule.name = u"Nightly"_s;
    schedule.profileId = m_profile.id;
    schedule.selection = selection;
    schedule.timing = *ScheduleTiming::daily({ QTime(2, 30) });
    RetentionPolicy retention;
    retention.keepDaily = 7;
    retention.keepWeekly = 4;
    retention.keepMonthly = 6;
    schedule.retention = retention.toJson();
    schedule.keepOnServer = 2;
    schedule.drill.enabled = true;
    schedule.drill.everyDays = 7;
    const Result<Schedule> added = m_store->add(schedule);
    if (!added)
        qFatal("cannot add the schedule: %s", qPrintable(added.error().userMessage()));
    return *added;
}

std::unique_ptr<ScheduleRun> TestScheduleRun::makeRun(const Schedule &schedule)
{
    ScheduleRun::Context context{ *m_client, *m_queue, *m_store, *m_clock };
    context.zone = QTimeZone::utc();
    context.history = m_history.get();
    context.network = &m_network;
    context.lockFilePath = lockPath(schedule);
    return std::make_unique<ScheduleRun>(context, schedule, m_profile);
}

QString TestScheduleRun::collectionFolder(const QString &collection) const
{
    return QDir(m_profile.defaultBackupFolder).filePath(u"Prod/"_s + collection);
}

QString TestScheduleRun::lockPath(const Schedule &schedule) const
{
    return QDir(m_dir->path()).filePath(u"locks/schedule-"_s + schedule.id + u".lock"_s);
}

int TestScheduleRun::historyCount(JobKind kind, std::optional<HistoryOutcome> outcome) const
{
    HistoryFilter filter;
    filter.kind = kind;
    filter.outcome = outcome;
    const Result<int> count = m_history->count(filter);
    return count ? *count : -1;
}

void TestScheduleRun::scheduler_tenDays_backupsRetentionAndDrillOnTime()
{
    ScheduleSelection selection;
    selection.mode = ScheduleSelection::Mode::List;
    selection.names = QStringList{ u"docs"_s, u"images"_s };
    const Schedule schedule = addSchedule(selection);

    QList<ScheduleRunSummary> summaries;
    Scheduler scheduler(*m_store, *m_clock, [this](const Schedule &due, const MissedRunPolicy::DueRun &) {
        return makeRun(due).release();
    });
    scheduler.setTimeZone(QTimeZone::utc());
    scheduler.setCheckIntervalMs(10);
    QSignalSpy started(&scheduler, &Scheduler::runStarted);
    connect(&scheduler, &Scheduler::runFinished, this, [&summaries](const QString &, const ScheduleRunSummary &s) {
        summaries.append(s);
    });
    scheduler.start();
    // Nothing is due before the first slot.
    QCOMPARE(started.count(), 0);

    // Each step: move the clock, then wait for the run it makes due (and only that one).
    const QList<QDateTime> moments{ at(1, 21, 2, 30),
        at(1, 22, 2, 31),
        at(1, 23, 2, 30),
        // Three days pass while "the machine sleeps": the slots of the 24th and 25th are missed.
        at(1, 26, 10, 0),
        at(1, 27, 2, 30),
        at(1, 28, 2, 30),
        at(1, 29, 2, 30),
        at(1, 30, 2, 30),
        at(1, 31, 2, 30),
        at(2, 1, 2, 30) };
    for (const QDateTime &moment : moments) {
        const qsizetype before = summaries.size();
        m_clock->setNow(moment);
        QTRY_COMPARE_WITH_TIMEOUT(summaries.size(), before + 1, 60'000);
        const ScheduleRunSummary &summary = summaries.constLast();
        QVERIFY2(summary.outcome == RunOutcome::Succeeded, qPrintable(summary.failures.join(u"\n"_s)));
        QCOMPARE(summary.startedAt, moment);
        QCOMPARE(summary.backups.size(), 2);
        // The missed stretch runs once, for the latest missed slot, not once per slot.
        scheduler.checkNow();
        QCOMPARE(summaries.size(), before + 1);
        QVERIFY(!scheduler.isRunning(schedule.id));
    }
    QCOMPARE(started.count(), moments.size());
    QCOMPARE(summaries.at(3).slot, at(1, 26, 2, 30));

    // Retention: 7 daily (Jan 26 - Feb 1), the newest of week 3 (Jan 23) by the weekly rule; Jan 21 and 22 removed.
    const QStringList kept{ u"2027-01-23"_s,
        u"2027-01-26"_s,
        u"2027-01-27"_s,
        u"2027-01-28"_s,
        u"2027-01-29"_s,
        u"2027-01-30"_s,
        u"2027-01-31"_s,
        u"2027-02-01"_s };
    for (const QString &collection : { u"docs"_s, u"images"_s }) {
        QCOMPARE(datedFolders(collectionFolder(collection)), kept);
        for (const QString &day : kept) {
            const QString folder = QDir(collectionFolder(collection)).filePath(day);
            QCOMPARE(snapshotsIn(folder).size(), 1);
            QVERIFY(QFileInfo::exists(QDir(folder).filePath(snapshotsIn(folder).constFirst() + u".snapdock.json"_s)));
        }
        // The server keeps the newest two snapshots (same-second names may make it one).
        const qsizetype onServer = m_emulator->snapshotNames(collection).size();
        QVERIFY2(onServer >= 1 && onServer <= 2, qPrintable(QString::number(onServer)));
    }
    // Not selected: never backed up.
    QVERIFY(!QDir(collectionFolder(u"logs"_s)).exists());
    const qsizetype prunedTotal = std::accumulate(
        summaries.cbegin(), summaries.cend(), qsizetype(0), [](qsizetype sum, const ScheduleRunSummary &s) {
            return sum + s.prunedFiles.size();
        });
    QCOMPARE(prunedTotal, 4);

    // The weekly drill ran once, 7 days after the schedule was created, on both collections.
    QList<QDateTime> drillDays;
    for (const ScheduleRunSummary &summary : std::as_const(summaries)) {
        if (summary.drillRan) {
            drillDays.append(summary.startedAt);
            QCOMPARE(summary.drillOutcome, RunOutcome::Succeeded);
            QCOMPARE(summary.drills.size(), 2);
        }
    }
    QCOMPARE(drillDays, QList<QDateTime>{ at(1, 28, 2, 30) });

    // History: every backup and drill through the queue, retention as its own rows.
    QCOMPARE(historyCount(JobKind::Backup, HistoryOutcome::Succeeded), 20);
    QCOMPARE(historyCount(JobKind::Backup), 20);
    QCOMPARE(historyCount(JobKind::Verify, HistoryOutcome::Succeeded), 2);
    QVERIFY(historyCount(JobKind::Delete, HistoryOutcome::Succeeded) >= 10);
    QCOMPARE(historyCount(JobKind::Delete, HistoryOutcome::Failed), 0);

    // Run state for the next run, and for the other process (CLI or application) reading the same settings.
    const Result<ScheduleRunState> state = m_store->runState(schedule.id);
    QVERIFY(state);
    QCOMPARE(state->lastRunAt, at(2, 1, 2, 30));
    QCOMPARE(state->lastOutcome, RunOutcome::Succeeded);
    QCOMPARE(state->lastDrillAt, at(1, 28, 2, 30));
    QCOMPARE(state->lastDrillOutcome, RunOutcome::Succeeded);
    QVERIFY2(state->lastMessage.contains(u"2 of 2 backups succeeded"_s), qPrintable(state->lastMessage));
    // The lock was released after every run.
    ScheduleLock lock(schedule.id, lockPath(schedule));
    const Result<bool> relocked = lock.tryLock();
    QVERIFY(relocked && *relocked);
}

void TestScheduleRun::run_lockHeldByAnother_refusesAndLeavesTheStateAlone()
{
    const Schedule schedule = addSchedule(ScheduleSelection());
    ScheduleLock other(schedule.id, lockPath(schedule));
    const Result<bool> locked = other.tryLock();
    QVERIFY(locked && *locked);

    m_clock->setNow(at(1, 21, 2, 30));
    const std::unique_ptr<ScheduleRun> run = makeRun(schedule);
    QSignalSpy finished(run.get(), &ScheduleRun::finished);
    run->start();
    QCOMPARE(finished.count(), 0);
    QVERIFY(finished.wait());
    QCOMPARE(finished.count(), 1);
    const ScheduleRunSummary &summary = run->summary();
    QVERIFY(summary.alreadyRunning);
    QVERIFY2(summary.failures.value(0).contains(u"already running"_s), qPrintable(summary.failures.value(0)));
    QVERIFY(summary.backups.isEmpty());
    QVERIFY(m_queue->jobIds().isEmpty());
    QVERIFY(!m_store->runState(schedule.id)->hasRun());

    // Once the other holder is done, the same schedule runs.
    other.unlock();
    const std::unique_ptr<ScheduleRun> second = makeRun(schedule);
    QSignalSpy secondFinished(second.get(), &ScheduleRun::finished);
    second->start();
    QVERIFY(secondFinished.wait(60'000));
    QVERIFY2(second->summary().outcome == RunOutcome::Succeeded, qPrintable(second->summary().failures.join(u'\n')));
    QCOMPARE(second->summary().backups.size(), 3); // Mode::All: docs, images, logs
}

void TestScheduleRun::run_listedCollectionMissing_partialFailureWithWebhook()
{
    WebhookReceiver receiver(204);
    QVERIFY(receiver.listen());
    ScheduleSelection selection;
    selection.mode = ScheduleSelection::Mode::List;
    selection.names = QStringList{ u"docs"_s, u"ghost"_s };
    Schedule schedule = addSchedule(selection);
    schedule.webhookUrl = receiver.url();
    schedule.webhookOnFailure = true;
    QVERIFY(m_store->update(schedule));

    m_clock->setNow(at(1, 21, 2, 30));
    const std::unique_ptr<ScheduleRun> run = makeRun(schedule);
    QSignalSpy finished(run.get(), &ScheduleRun::finished);
    run->start();
    QVERIFY(finished.wait(60'000));
    const ScheduleRunSummary &summary = run->summary();
    QCOMPARE(summary.outcome, RunOutcome::PartiallyFailed);
    QCOMPARE(summary.succeededBackups(), 1);
    QVERIFY2(summary.failures.join(u'\n').contains(u"ghost"_s), qPrintable(summary.failures.join(u'\n')));
    QVERIFY2(summary.warnings.isEmpty(), qPrintable(summary.warnings.join(u'\n')));
    QCOMPARE(m_store->runState(schedule.id)->lastOutcome, RunOutcome::PartiallyFailed);

    QCOMPARE(receiver.bodies.size(), 1);
    const QString body = QString::fromUtf8(receiver.bodies.constFirst());
    QVERIFY2(body.contains(u"\"outcome\":\"failed\""_s), qPrintable(body));
    QVERIFY2(body.contains(u"ghost"_s), qPrintable(body));
    QVERIFY(!body.contains(API_KEY));
}

void TestScheduleRun::run_cancelledDuringBackups_skipsRetentionAndRecordsCancelled()
{
    const Schedule schedule = addSchedule(ScheduleSelection());
    m_clock->setNow(at(1, 21, 2, 30));
    const std::unique_ptr<ScheduleRun> run = makeRun(schedule);
    QSignalSpy finished(run.get(), &ScheduleRun::finished);
    QSignalSpy stages(run.get(), &ScheduleRun::stageChanged);
    run->start();
    // Cancel as soon as the backups are queued.
    QTRY_VERIFY_WITH_TIMEOUT(!m_queue->jobIds().isEmpty(), 30'000);
    run->cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60'000);
    QCOMPARE(run->summary().outcome, RunOutcome::Cancelled);
    QVERIFY(run->summary().prunedFiles.isEmpty());
    QVERIFY(!run->summary().drillRan);
    QCOMPARE(m_store->runState(schedule.id)->lastOutcome, RunOutcome::Cancelled);
    ScheduleLock lock(schedule.id, lockPath(schedule));
    const Result<bool> relocked = lock.tryLock();
    QVERIFY(relocked && *relocked);
}

void TestScheduleRun::isDrillDue_countsCalendarDaysSinceTheLastDrill()
{
    Schedule schedule;
    schedule.createdAt = at(1, 21, 18, 0);
    schedule.drill.enabled = true;
    schedule.drill.everyDays = 7;
    ScheduleRunState state;
    const QTimeZone utc = QTimeZone::utc();
    QVERIFY(!ScheduleRun::isDrillDue(schedule, state, at(1, 27, 23, 59), utc));
    QVERIFY(ScheduleRun::isDrillDue(schedule, state, at(1, 28, 0, 1), utc));
    // A week after the last drill, even a few seconds "early".
    state.lastDrillAt = at(1, 28, 2, 30).addSecs(20);
    QVERIFY(!ScheduleRun::isDrillDue(schedule, state, at(2, 3, 2, 30), utc));
    QVERIFY(ScheduleRun::isDrillDue(schedule, state, at(2, 4, 2, 30), utc));
    schedule.drill.enabled = false;
    QVERIFY(!ScheduleRun::isDrillDue(schedule, state, at(3, 4, 2, 30), utc));
}

void TestScheduleRun::scheduler_skippedOrDeclined_startsNothingAndAsksOncePerSlot()
{
    const Schedule schedule = addSchedule(ScheduleSelection());
    int asked = 0;
    Scheduler scheduler(*m_store, *m_clock, [&asked](const Schedule &, const MissedRunPolicy::DueRun &) {
        ++asked;
        return nullptr; // e.g. the host's key is not available
    });
    scheduler.setTimeZone(QTimeZone::utc());
    bool skip = true;
    scheduler.setSkipPredicate([&skip](const Schedule &) {
        return skip; // e.g. its OS job is installed
    });
    QSignalSpy started(&scheduler, &Scheduler::runStarted);
    m_clock->setNow(at(1, 21, 2, 30));
    scheduler.checkNow();
    QCOMPARE(asked, 0);

    skip = false;
    scheduler.checkNow();
    scheduler.checkNow();
    QCOMPARE(asked, 1);
    // The next slot is offered again.
    m_clock->setNow(at(1, 22, 2, 30));
    scheduler.checkNow();
    QCOMPARE(asked, 2);
    QCOMPARE(started.count(), 0);
    QVERIFY(!m_store->runState(schedule.id)->hasRun());
}

QTEST_GUILESS_MAIN(TestScheduleRun)
#include "TestScheduleRun.moc"
