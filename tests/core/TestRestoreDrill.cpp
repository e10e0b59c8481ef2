// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jobs/BackupJob.h"
#include "core/jobs/RestoreDrillJob.h"
#include "emulator/QdrantEmulator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using namespace Snapdock;
using Emulator::CollectionSpec;
using Emulator::EmulatorConfig;
using Emulator::Fault;
using Emulator::FaultKind;
using Emulator::QdrantEmulator;

namespace {

const QString API_KEY = u"drill-key-31"_s;
const QDateTime DRILL_TIME(QDate(2026, 3, 14), QTime(15, 9, 26), Qt::UTC);
const QString SCRATCH = u"articles__snapdock_verify_20260314T150926"_s;

bool runToEnd(Job &job)
{
    QSignalSpy finished(&job, &Job::finished);
    job.start();
    if (!finished.wait(60'000))
        return false;
    QTest::qWait(0);
    return finished.count() == 1;
}

RetryPolicy fastPolicy()
{
    RetryPolicy policy;
    policy.maxAttempts = 2;
    policy.baseDelayMs = 1;
    policy.maxDelayMs = 1;
    return policy;
}

Fault fault(FaultKind kind, const QString &method, const QString &pathPrefix, int times = -1)
{
    Fault f;
    f.kind = kind;
    f.method = method;
    f.pathPrefix = pathPrefix;
    f.times = times;
    return f;
}

} // namespace

// Restore drills against the emulator: a backup restored into a scratch collection, compared with its metadata, and
// the scratch collection gone afterwards whatever happened.
class TestRestoreDrill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void drill_intactBackup_passesAndRemovesScratch();
    void drill_tamperedPointsCount_detectsMismatch();
    void drill_vectorsDifferFromMetadata_detectsMismatch();
    void drill_failedUpload_leavesNoScratch();
    void drill_readOfScratchFails_stillRemovesIt();
    void drill_cancel_stillRemovesScratch_data();
    void drill_cancel_stillRemovesScratch();
    void drill_deleteFails_namesScratchLoudly();
    void drill_scratchNameTaken_leavesThatCollectionAlone();
    void drill_withoutMetadata_isRefusedBeforeAnyRequest();
    void drill_fullStorageSnapshot_isRefused();
    void scratchName_staysValid_data();
    void scratchName_staysValid();
    void compare_ignoresPointCountsInSchemaAndKeyOrder();

private:
    [[nodiscard]] QString backupOf(const QString &collection);
    [[nodiscard]] RestoreDrillRequest drillOf(const QString &file) const;
    [[nodiscard]] int requestsTo(const QByteArray &method, const QString &path) const;

    QNetworkAccessManager m_network;
    std::unique_ptr<QdrantEmulator> m_emulator;
    std::unique_ptr<QdrantClient> m_client;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestRestoreDrill::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_network.setProxy(QNetworkProxy::NoProxy);
}

void TestRestoreDrill::init()
{
    EmulatorConfig config;
    config.apiKey = API_KEY;
    config.walBytes = 64 * 1024;
    m_emulator = std::make_unique<QdrantEmulator>(config);
    QVERIFY(m_emulator->listen());
    CollectionSpec articles;
    articles.name = u"articles"_s;
    articles.vectors = QJsonObject{ { u"size"_s, 4 }, { u"distance"_s, u"Dot"_s } };
    articles.pointsCount = 321;
    articles.payloadSchema = QJsonObject{ { u"tag"_s, QJsonObject{ { u"data_type"_s, u"keyword"_s } } },
        { u"price"_s, QJsonObject{ { u"data_type"_s, u"float"_s } } } };
    m_emulator->addCollection(articles);
    ServerEndpoint endpoint;
    endpoint.baseUrl = m_emulator->baseUrl();
    endpoint.apiKey = API_KEY;
    m_client = std::make_unique<QdrantClient>(m_network, endpoint);
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestRestoreDrill::cleanup()
{
    m_client.reset();
    m_emulator.reset();
    m_dir.reset();
}

QString TestRestoreDrill::backupOf(const QString &collection)
{
    BackupJob job(*m_client, BackupRequest{ SnapshotScope::forCollection(collection), m_dir->path(), true });
    if (!runToEnd(job) || job.state() != Job::State::Succeeded)
        return {};
    m_emulator->clearRequests();
    return job.result().filePath;
}

RestoreDrillRequest TestRestoreDrill::drillOf(const QString &file) const
{
    RestoreDrillRequest request;
    request.snapshotFile = file;
    request.startedAt = DRILL_TIME;
    return request;
}

int TestRestoreDrill::requestsTo(const QByteArray &method, const QString &path) const
{
    int count = 0;
    for (const auto &request : m_emulator->requests()) {
        if (request.method == method && request.path == path)
            ++count;
    }
    return count;
}

void TestRestoreDrill::drill_intactBackup_passesAndRemovesScratch()
{
    const QString file = backupOf(u"articles"_s);
    QVERIFY(!file.isEmpty());
    RestoreDrillJob job(*m_client, drillOf(file));
    QVERIFY(runToEnd(job));
    QVERIFY2(job.state() == Job::State::Succeeded, qPrintable(job.error().userMessage()));

    const DrillReport &report = job.report();
    QVERIFY(report.passed);
    QVERIFY(report.scratchRemoved);
    QCOMPARE(report.collection, u"articles"_s);
    QCOMPARE(report.scratchCollection, SCRATCH);
    QStringList names;
    for (const DrillCheck &check : report.checks) {
        names.append(check.name);
        QVERIFY2(check.ok, qPrintable(check.name + u": "_s + check.expected + u" / "_s + check.actual));
        QCOMPARE(check.actual, check.expected);
    }
    QCOMPARE(names,
        (QStringList{ u"points_count"_s, u"vectors"_s, u"sparse_vectors"_s, u"shard_number"_s, u"payload_schema"_s }));
    QCOMPARE(report.checks.first().expected, u"321"_s);

    QVERIFY(!m_emulator->hasCollection(SCRATCH));
    QCOMPARE(requestsTo("DELETE", u"/collections/"_s + SCRATCH), 1);
    QVERIFY(m_emulator->snapshotNames(SCRATCH).isEmpty()); // the uploaded copy went first
    QCOMPARE(m_emulator->collection(u"articles"_s).pointsCount, 321); // the original is untouched
    QVERIFY(job.warnings().isEmpty());
}

void TestRestoreDrill::drill_tamperedPointsCount_detectsMismatch()
{
    const QString file = backupOf(u"articles"_s);
    QVERIFY(!file.isEmpty());
    m_emulator->addRestoreTamper({ u"articles__snapdock_verify_"_s, -1 });
    RestoreDrillJob job(*m_client, drillOf(file));
    QVERIFY(runToEnd(job));
    QCOMPARE(job.state(), Job::State::Failed);
    QCOMPARE(job.error().kind, ErrorKind::InvalidSnapshot);

    const DrillReport &report = job.report();
    QVERIFY(report.compared());
    QVERIFY(!report.passed);
    const QList<DrillCheck> mismatches = report.mismatches();
    QCOMPARE(mismatches.size(), 1);
    QCOMPARE(mismatches.first().name, u"points_count"_s);
    QCOMPARE(mismatches.first().expected, u"321"_s);
    QCOMPARE(mismatches.first().actual, u"320"_s);
    QVERIFY2(job.error().userMessage().contains(u"points_count"_s), qPrintable(job.error().userMessage()));
    QVERIFY(report.scratchRemoved);
    QVERIFY(!m_emulator->hasCollection(SCRATCH));
}

void TestRestoreDrill::drill_vectorsDifferFromMetadata_detectsMismatch()
{
    const QString file = backupOf(u"articles"_s);
    QVERIFY(!file.isEmpty());
    // What was recorded at backup time says 8 dimensions; the archive holds 4.
    const QString metadataPath = SnapshotMetadata::metadataPathFor(file);
    Result<SnapshotMetadata> metadata = SnapshotMetadata::readFrom(metadataPath);
    QVERIFY(metadata);
    metadata->vectors = QJsonObject{ { u"distance"_s, u"Dot"_s }, { u"size"_s, 8 } };
    QVERIFY(metadata->writeTo(metadataPath));

    RestoreDrillJob job(*m_client, drillOf(file));
    QVERIFY(runToEnd(job));
    QCOMPARE(job.error().kind, ErrorKind::InvalidSnapshot);
    const QList<DrillCheck> mismatches = job.report().mismatches();
    QCOMPARE(mismatches.size(), 1);
    QCOMPARE(mismatches.first().name, u"vectors"_s);
    QCOMPARE(mismatches.first().expected, u"{\"distance\":\"Dot\",\"size\":8}"_s);
    QCOMPARE(mismatches.first().actual, u"{\"distance\":\"Dot\",\"size\":4}"_s);
    QVERIFY(job.report().scratchRemoved);
    QVERIFY(!m_emulator->hasCollection(SCRATCH));
}

void TestRestoreDrill::drill_failedUpload_leavesNoScratch()
{
    const QString file = backupOf(u"articles"_s);
    QVERIFY(!file.isEmpty());
    Fault refused =
        fault(FaultKind::RespondWithStatus, u"POST"_s, u"/collections/"_s + SCRATCH + u"/snapshots/upload"_s);
    refused.status = 500;
    refused.body = R"({"status":{"error":"Service internal error: disk trouble"},"time":0.1})"_ba;
    m_emulator->injectFault(refused);
    RestoreDrillJob job(*m_client, drillOf(file));
    job.setRetryPolicy(fastPolicy());
    QVERIFY(runToEnd(job));
    QCOMPARE(job.state(), Job::State::Failed);
    QCOMPARE(job.error().kind, ErrorKind::ServerError);
    QVERIFY2(job.error().userMessage().contains(u"disk trouble"_s), qPrintable(job.error().userMessage()));
    QVERIFY(!job.report().compared());
    QVERIFY(job.report().scratchRemoved);
    QVERIFY(!m_emulator->hasCollection(SCRATCH));
    QCOMPARE(requestsTo("DELETE", u"/collections/"_s + SCRATCH), 1); // tried anyway: the server may have created it
}

void TestRestoreDrill::drill_readOfScratchFails_stillRemovesIt()
{
    const QString file = backupOf(u"articles"_s);
    QVERIFY(!file.isEmpty());
    RestoreDrillJob job(*m_client, drillOf(file));
    job.setRetryPolicy(fastPolicy());
    // Once the restore is done and the drill reads the scratch collection, every read of it fails.
    connect(&job, &Job::stageChanged, this, [this](const QString &stage) {
        if (stage.startsWith(u"comparing"_s)) {
            Fault broken = fault(FaultKind::RespondWithStatus, u"GET"_s, u"/collections/"_s + SCRATCH);
            broken.status = 503;
            m_emulator->injectFault(broken);
        }
    });
    QVERIFY(runToEnd(job));
    QCOMPARE(job.state(), Job::State::Failed);
    QCOMPARE(job.error().kind, ErrorKind::ServerError);
    QVERIFY(!job.report().compared());
    QVERIFY(job.report().scratchRemoved);
    QVERIFY(!m_emulator->hasCollection(SCRATCH));
}

void TestRestoreDrill::drill_cancel_stillRemovesScratch_data()
{
    QTest::addColumn<QString>("stagePrefix");
    QTest::newRow("while the restore reads the new collection") << u"restoring into"_s;
    QTest::newRow("while the drill reads the scratch collection") << u"comparing"_s;
}

void TestRestoreDrill::drill_cancel_stillRemovesScratch()
{
    QFETCH(QString, stagePrefix);
    const QString file = backupOf(u"articles"_s);
    QVERIFY(!file.isEmpty());
    // Reads of the scratch collection answer slowly, so that the cancel lands while one is in flight.
    Fault slow = fault(FaultKind::DelayResponse, u"GET"_s, u"/collections/"_s + SCRATCH);
    slow.value = 300;
    m_emulator->injectFault(slow);

    RestoreDrillJob job(*m_client, drillOf(file));
    bool cancelQueued = false;
    connect(&job, &Job::stageChanged, this, [&](const QString &stage) {
        const bool restoreRead =
            stage.startsWith(u"restoring into"_s) && stage.endsWith(u"reading the restored collection"_s);
        const bool matches = stagePrefix == u"comparing"_s ? stage.startsWith(stagePrefix) : restoreRead;
        if (matches && !cancelQueued) {
            cancelQueued = true;
            QVERIFY(m_emulator->hasCollection(SCRATCH));
            QTimer::singleShot(0, &job, &Job::cancel);
        }
    });
    QVERIFY(runToEnd(job));
    QVERIFY(cancelQueued);
    QCOMPARE(job.state(), Job::State::Cancelled);
    QVERIFY(!job.report().compared());
    QVERIFY(job.report().scratchRemoved);
    QVERIFY(!m_emulator->hasCollection(SCRATCH));
    QCOMPARE(requestsTo("DELETE", u"/collections/"_s + SCRATCH), 1);
}

void TestRestoreDrill::drill_deleteFails_namesScratchLoudly()
{
    const QString file = backupOf(u"articles"_s);
    QVERIFY(!file.isEmpty());
    RestoreDrillJob job(*m_client, drillOf(file));
    job.setRetryPolicy(fastPolicy());
    connect(&job, &Job::stageChanged, this, [this](const QString &stage) {
        if (stage.startsWith(u"deleting the scratch collection"_s)) {
            Fault refused = fault(FaultKind::RespondWithStatus, u"DELETE"_s, u"/collections/"_s + SCRATCH);
            refused.status = 500;
            m_emulator->injectFault(refused);
        }
    });
    QVERIFY(runToEnd(job));
    QCOMPARE(job.state(), Job::State::Failed);
    QVERIFY(job.report().passed); // the comparison itself was fine
    QVERIFY(!job.report().scratchRemoved);
    QVERIFY(m_emulator->hasCollection(SCRATCH));
    QVERIFY2(job.error().userMessage().contains(SCRATCH), qPrintable(job.error().userMessage()));
    const QString warnings = job.warnings().join(u'\n');
    QVERIFY2(warnings.contains(SCRATCH) && warnings.contains(u"by hand"_s), qPrintable(warnings));
    QCOMPARE(requestsTo("DELETE", u"/collections/"_s + SCRATCH), fastPolicy().maxAttempts);
}

void TestRestoreDrill::drill_scratchNameTaken_leavesThatCollectionAlone()
{
    const QString file = backupOf(u"articles"_s);
    QVERIFY(!file.isEmpty());
    CollectionSpec other;
    other.name = SCRATCH;
    other.vectors = QJsonObject{ { u"size"_s, 2 }, { u"distance"_s, u"Dot"_s } };
    other.pointsCount = 7;
    m_emulator->addCollection(other);
    RestoreDrillJob job(*m_client, drillOf(file));
    QVERIFY(runToEnd(job));
    QCOMPARE(job.error().kind, ErrorKind::AlreadyExists);
    QVERIFY(m_emulator->hasCollection(SCRATCH));
    QCOMPARE(m_emulator->collection(SCRATCH).pointsCount, 7);
    QCOMPARE(requestsTo("DELETE", u"/collections/"_s + SCRATCH), 0);
}

void TestRestoreDrill::drill_withoutMetadata_isRefusedBeforeAnyRequest()
{
    const QString file = backupOf(u"articles"_s);
    QVERIFY(!file.isEmpty());
    QVERIFY(QFile::remove(SnapshotMetadata::metadataPathFor(file)));
    RestoreDrillJob job(*m_client, drillOf(file));
    QVERIFY(runToEnd(job));
    QCOMPARE(job.error().kind, ErrorKind::InvalidArgument);
    const QString message = job.error().userMessage();
    QVERIFY2(message.contains(u"no metadata file next to"_s), qPrintable(message));
    QVERIFY2(message.contains(u"recorded at backup time"_s), qPrintable(message));
    QVERIFY(m_emulator->requests().isEmpty());
}

void TestRestoreDrill::drill_fullStorageSnapshot_isRefused()
{
    BackupJob backup(*m_client, BackupRequest{ SnapshotScope::fullStorage(), m_dir->path(), true });
    QVERIFY(runToEnd(backup));
    QVERIFY2(backup.state() == Job::State::Succeeded, qPrintable(backup.error().userMessage()));
    m_emulator->clearRequests();
    RestoreDrillJob job(*m_client, drillOf(backup.result().filePath));
    QVERIFY(runToEnd(job));
    QCOMPARE(job.error().kind, ErrorKind::InvalidArgument);
    QVERIFY(m_emulator->requests().isEmpty());
}

void TestRestoreDrill::scratchName_staysValid_data()
{
    QTest::addColumn<QString>("collection");
    QTest::addColumn<QString>("expectedStart");
    const QString suffix = u"__snapdock_verify_20260314T150926"_s;
    QTest::newRow("plain") << u"articles"_s << u"articles"_s + suffix;
    QTest::newRow("characters uploads refuse") << u"a/b:c*d?\"e<f>|g\\h"_s << u"a_b_c_d__e_f__g_h"_s + suffix;
    QTest::newRow("longest name") << QString(255, u'x') << QString(255 - suffix.size(), u'x') + suffix;
    const QString emoji = u"😀"_s; // one character, two UTF-16 units
    QString manyEmoji;
    for (int i = 0; i < 250; ++i)
        manyEmoji += emoji;
    QString keptEmoji;
    for (qsizetype i = 0; i < 255 - suffix.size(); ++i)
        keptEmoji += emoji;
    QTest::newRow("characters outside the BMP") << manyEmoji << keptEmoji + suffix;
}

void TestRestoreDrill::scratchName_staysValid()
{
    QFETCH(QString, collection);
    QFETCH(QString, expectedStart);
    const Result<QString> name = RestoreDrillJob::scratchNameFor(collection, DRILL_TIME);
    QVERIFY(name);
    QCOMPARE(*name, expectedStart);
    QVERIFY(name->toUcs4().size() <= RestoreDrillJob::MAX_COLLECTION_NAME_LENGTH);
    QVERIFY(RestoreDrillJob::isScratchName(*name));
    QVERIFY(!RestoreDrillJob::isScratchName(collection));
    QVERIFY(!RestoreDrillJob::scratchNameFor(QString(), DRILL_TIME));
}

void TestRestoreDrill::compare_ignoresPointCountsInSchemaAndKeyOrder()
{
    SnapshotMetadata recorded;
    recorded.pointsCount = 10;
    recorded.vectors = QJsonDocument::fromJson(R"({"text":{"size":4,"distance":"Cosine"}})"_ba).object();
    recorded.shardNumber = 2;
    recorded.payloadSchema = QJsonDocument::fromJson(R"({"tag":{"data_type":"keyword","points":10}})"_ba).object();
    CollectionInfo restored;
    restored.pointsCount = 10;
    restored.vectors = QJsonDocument::fromJson(R"({"text":{"distance":"Cosine","size":4}})"_ba).object();
    restored.shardNumber = 2;
    restored.payloadSchema = QJsonDocument::fromJson(R"({"tag":{"points":3,"data_type":"keyword"}})"_ba).object();
    QVERIFY(RestoreDrillJob::isScratchName(SCRATCH));
    for (const DrillCheck &check : DrillReport::compare(recorded, restored))
        QVERIFY2(check.ok, qPrintable(check.name));

    restored.payloadSchema = QJsonDocument::fromJson(R"({"tag":{"data_type":"text"}})"_ba).object();
    restored.sparseVectors = QJsonDocument::fromJson(R"({"bm25":{"modifier":"idf"}})"_ba).object();
    QStringList failed;
    for (const DrillCheck &check : DrillReport::compare(recorded, restored)) {
        if (!check.ok)
            failed.append(check.name);
    }
    QCOMPARE(failed, (QStringList{ u"sparse_vectors"_s, u"payload_schema"_s }));

    recorded.pointsCount = -1; // not recorded: a drill cannot pass on it
    QVERIFY(!DrillReport::compare(recorded, restored).first().ok);
}

QTEST_GUILESS_MAIN(TestRestoreDrill)
#include "TestRestoreDrill.moc"
