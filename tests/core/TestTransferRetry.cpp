// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jobs/BackupJob.h"
#include "core/jobs/RestoreJob.h"
#include "emulator/QdrantEmulator.h"
#include "support/TestFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Snapdock;
using namespace Snapdock::TestSupport;
using Emulator::Fault;
using Emulator::FaultKind;

namespace {

constexpr qint64 MiB = 1024 * 1024;
const QString SNAPSHOTS = u"/collections/articles/snapshots"_s;
const QString SNAPSHOT_FILES = u"/collections/articles/snapshots/articles-"_s;

// Retries at once, so the tests wait for behaviour, not for backoff.
RetryPolicy fastPolicy()
{
    RetryPolicy policy;
    policy.baseDelayMs = 5;
    policy.maxDelayMs = 20;
    policy.maxRetryAfterMs = 2'000;
    policy.creationPollIntervalMs = 50;
    policy.random = [] {
        return 0.5;
    };
    return policy;
}

Fault fault(FaultKind kind, const QString &method, const QString &pathPrefix, qint64 value = 0, int times = 1)
{
    Fault result;
    result.kind = kind;
    result.method = method;
    result.pathPrefix = pathPrefix;
    result.value = value;
    result.times = times;
    return result;
}

Fault status(const QString &method, const QString &pathPrefix, int code, const QString &retryAfter = {})
{
    Fault result = fault(FaultKind::RespondWithStatus, method, pathPrefix);
    result.status = code;
    result.body = R"({"status":{"error":"injected"},"time":0.0})"_ba;
    result.retryAfter = retryAfter;
    return result;
}

bool runToEnd(Job &job)
{
    QSignalSpy finished(&job, &Job::finished);
    job.start();
    if (!finished.wait(120'000))
        return false;
    QTest::qWait(0);
    return finished.count() == 1;
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

bool anyContains(const QStringList &texts, const QString &part)
{
    return std::any_of(texts.begin(), texts.end(), [&part](const QString &text) {
        return text.contains(part);
    });
}

} // namespace

// Backups and restores through a bad network: drops, stalls, refusals, lost answers, a full disk, cancel.
class TestTransferRetry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void download_droppedThreeTimes_resumesWithIfRangeAndVerifies();
    void download_serverIgnoresRange_restartsFromZeroAndVerifies();
    void download_stalled_isRetriedAndCompletes();
    void backup_transientStatus_isRetried_data();
    void backup_transientStatus_isRetried();
    void backup_permanentStatus_isNotRetried_data();
    void backup_permanentStatus_isNotRetried();
    void backup_retriesExhausted_failsAndKeepsNoPartFile();
    void create_answerLost_adoptsTheServersSnapshot();
    void download_notEnoughSpace_isLocalDiskFullBeforeAnyByte();
    void backup_cancelDuringBackoff_finishesCancelledAtOnce();
    void restore_uploadDroppedOnce_isSentAgainWithWarning();
    void restore_payloadTooLarge_isNotRetried();

private:
    [[nodiscard]] BackupRequest articles() const;
    [[nodiscard]] int requestsTo(const QByteArray &method, const QString &pathPrefix) const;

    QNetworkAccessManager m_network;
    std::unique_ptr<Emulator::QdrantEmulator> m_emulator;
    std::unique_ptr<QdrantClient> m_client;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestTransferRetry::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_network.setProxy(QNetworkProxy::NoProxy);
}

void TestTransferRetry::init()
{
    Emulator::EmulatorConfig config;
    config.walBytes = 6 * MiB;
    m_emulator = std::make_unique<Emulator::QdrantEmulator>(config);
    QVERIFY(m_emulator->listen());
    Emulator::CollectionSpec spec;
    spec.name = u"articles"_s;
    spec.vectors = QJsonObject{ { u"size"_s, 4 }, { u"distance"_s, u"Dot"_s } };
    spec.pointsCount = 42;
    m_emulator->addCollection(spec);
    ServerEndpoint endpoint;
    endpoint.baseUrl = m_emulator->baseUrl();
    endpoint.transferStallTimeoutMs = 1'000;
    m_client = std::make_unique<QdrantClient>(m_network, endpoint);
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestTransferRetry::cleanup()
{
    m_client.reset();
    m_emulator.reset();
    m_dir.reset();
}

BackupRequest TestTransferRetry::articles() const
{
    BackupRequest request;
    request.scope = SnapshotScope::forCollection(u"articles"_s);
    request.outputFolder = m_dir->path();
    return request;
}

int TestTransferRetry::requestsTo(const QByteArray &method, const QString &pathPrefix) const
{
    int count = 0;
    for (const auto &request : m_emulator->requests()) {
        if (request.method == method && request.path.startsWith(pathPrefix))
            ++count;
    }
    return count;
}

void TestTransferRetry::download_droppedThreeTimes_resumesWithIfRangeAndVerifies()
{
    m_emulator->injectFault(fault(FaultKind::DropAfterBytes, u"GET"_s, SNAPSHOT_FILES, MiB, 3));
    BackupJob job(*m_client, articles());
    job.setRetryPolicy(fastPolicy());
    QSignalSpy stages(&job, &Job::stageChanged);
    qint64 lastDone = 0;
    bool monotonic = true;
    connect(&job, &Job::progressChanged, this, [&lastDone, &monotonic](qint64 done, qint64 total) {
        if (total < MiB)
            return; // a JSON answer, not the snapshot
        monotonic = monotonic && done >= lastDone;
        lastDone = done;
    });
    QVERIFY(runToEnd(job));
    QVERIFY2(job.state() == Job::State::Succeeded, qPrintable(job.error().userMessage()));

    const BackupResult result = job.result();
    QVERIFY(result.matchedServerChecksum);
    QCOMPARE(QString::fromLatin1(sha256OfFile(result.filePath)), result.sha256);
    QCOMPARE(filesIn(m_dir->path()),
        (QStringList{ QFileInfo(result.filePath).fileName(), QFileInfo(result.metadataPath).fileName() }));
    QVERIFY(monotonic);

    QList<Emulator::RecordedRequest> gets;
    for (const auto &request : m_emulator->requests()) {
        if (request.method == "GET"_ba && request.path.startsWith(SNAPSHOT_FILES))
            gets.append(request);
    }
    // Qt may resend a request on its own after a closed connection, so count at least, not exactly.
    QVERIFY2(gets.size() >= 4, qPrintable(QString::number(gets.size())));
    QVERIFY(!gets.first().headers.contains("range"_ba));
    int resumed = 0;
    for (const auto &request : std::as_const(gets)) {
        if (!request.headers.contains("range"_ba))
            continue;
        QVERIFY(request.headers.value("range"_ba).startsWith("bytes="));
        QVERIFY(!request.headers.value("if-range"_ba).isEmpty());
        ++resumed;
    }
    QVERIFY2(resumed >= 2, qPrintable(QString::number(resumed)));

    QStringList stageTexts;
    for (const auto &arguments : stages)
        stageTexts.append(arguments.first().toString());
    QVERIFY2(anyContains(stageTexts, u"download interrupted (connection lost), retrying in"_s),
        qPrintable(stageTexts.join(u'\n')));
    // Qt may resend a request itself when a connection closes early, so not every drop reaches the job.
    QVERIFY(anyContains(stageTexts, u"(attempt 2 of 5)"_s));
    QVERIFY(anyContains(stageTexts, u"resuming at"_s));
    QVERIFY2(anyContains(job.warnings(), u"download resumed at"_s), qPrintable(job.warnings().join(u'\n')));
}

void TestTransferRetry::download_serverIgnoresRange_restartsFromZeroAndVerifies()
{
    m_emulator->injectFault(fault(FaultKind::DropAfterBytes, u"GET"_s, SNAPSHOT_FILES, 2 * MiB, 1));
    m_emulator->injectFault(fault(FaultKind::IgnoreRange, u"GET"_s, SNAPSHOT_FILES, 0, -1));
    BackupJob job(*m_client, articles());
    job.setRetryPolicy(fastPolicy());
    QVERIFY(runToEnd(job));
    QVERIFY2(job.state() == Job::State::Succeeded, qPrintable(job.error().userMessage()));
    QVERIFY(job.result().matchedServerChecksum);
    QCOMPARE(QString::fromLatin1(sha256OfFile(job.result().filePath)), job.result().sha256);
    QCOMPARE(QFileInfo(job.result().filePath).size(), job.result().size);
    QVERIFY2(
        anyContains(job.warnings(), u"started again from the beginning"_s), qPrintable(job.warnings().join(u'\n')));
    QCOMPARE(filesIn(m_dir->path()).size(), 2);
}

void TestTransferRetry::download_stalled_isRetriedAndCompletes()
{
    m_emulator->injectFault(fault(FaultKind::StallAfterBytes, u"GET"_s, SNAPSHOT_FILES, MiB, 1));
    BackupJob job(*m_client, articles());
    job.setRetryPolicy(fastPolicy());
    QVERIFY(runToEnd(job));
    QVERIFY2(job.state() == Job::State::Succeeded, qPrintable(job.error().userMessage()));
    QCOMPARE(QString::fromLatin1(sha256OfFile(job.result().filePath)), job.result().sha256);
    QVERIFY2(anyContains(job.warnings(), u"download interrupted (no data received)"_s),
        qPrintable(job.warnings().join(u'\n')));
    QCOMPARE(requestsTo("GET"_ba, SNAPSHOT_FILES), 2);
}

void TestTransferRetry::backup_transientStatus_isRetried_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("retryAfter");
    QTest::addColumn<QString>("reason");
    QTest::newRow("503 on create") << u"POST"_s << SNAPSHOTS << 503 << QString() << u"server error, HTTP 503"_s;
    QTest::newRow("503 on list") << u"GET"_s << SNAPSHOTS << 503 << QString() << u"server error, HTTP 503"_s;
    QTest::newRow("429 on create, Retry-After 1")
        << u"POST"_s << SNAPSHOTS << 429 << u"1"_s << u"rate limited, HTTP 429"_s;
    QTest::newRow("502 on download") << u"GET"_s << SNAPSHOT_FILES << 502 << QString() << u"server error, HTTP 502"_s;
}

void TestTransferRetry::backup_transientStatus_isRetried()
{
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(int, code);
    QFETCH(QString, retryAfter);
    QFETCH(QString, reason);
    m_emulator->injectFault(status(method, path, code, retryAfter));
    BackupJob job(*m_client, articles());
    job.setRetryPolicy(fastPolicy());
    QSignalSpy stages(&job, &Job::stageChanged);
    QVERIFY(runToEnd(job));
    QVERIFY2(job.state() == Job::State::Succeeded, qPrintable(job.error().userMessage()));
    QCOMPARE(m_emulator->snapshotNames(u"articles"_s).size(), 1);
    QStringList stageTexts;
    for (const auto &arguments : stages)
        stageTexts.append(arguments.first().toString());
    QVERIFY2(anyContains(stageTexts, reason), qPrintable(stageTexts.join(u'\n')));
    if (!retryAfter.isEmpty())
        QVERIFY2(anyContains(stageTexts, u"retrying in 1 s"_s), qPrintable(stageTexts.join(u'\n')));
    QVERIFY(!job.warnings().isEmpty());
}

void TestTransferRetry::backup_permanentStatus_isNotRetried_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<ErrorKind>("kind");
    QTest::newRow("404") << 404 << ErrorKind::NotFound;
    QTest::newRow("401") << 401 << ErrorKind::Unauthorized;
    QTest::newRow("403") << 403 << ErrorKind::Forbidden;
    QTest::newRow("409") << 409 << ErrorKind::AlreadyExists;
}

void TestTransferRetry::backup_permanentStatus_isNotRetried()
{
    QFETCH(int, code);
    QFETCH(ErrorKind, kind);
    m_emulator->injectFault(status(u"POST"_s, SNAPSHOTS, code));
    BackupJob job(*m_client, articles());
    job.setRetryPolicy(fastPolicy());
    QVERIFY(runToEnd(job));
    QCOMPARE(job.state(), Job::State::Failed);
    QCOMPARE(job.error().kind, kind);
    QCOMPARE(requestsTo("POST"_ba, SNAPSHOTS), 1);
    QVERIFY(job.warnings().isEmpty());
    QCOMPARE(filesIn(m_dir->path()), QStringList());
}

void TestTransferRetry::backup_retriesExhausted_failsAndKeepsNoPartFile()
{
    m_emulator->injectFault(fault(FaultKind::DropAfterBytes, u"GET"_s, SNAPSHOT_FILES, MiB / 2, -1));
    BackupJob job(*m_client, articles());
    RetryPolicy policy = fastPolicy();
    policy.maxAttempts = 3;
    job.setRetryPolicy(policy);
    QVERIFY(runToEnd(job));
    QCOMPARE(job.state(), Job::State::Failed);
    QCOMPARE(job.error().kind, ErrorKind::CannotConnect);
    QVERIFY2(job.error().userMessage().contains(u"gave up after 3 attempts"_s), qPrintable(job.error().userMessage()));
    // Qt may resend a GET on its own when a kept-alive connection closes, so count at least.
    QVERIFY(requestsTo("GET"_ba, SNAPSHOT_FILES) >= 3);
    QCOMPARE(filesIn(m_dir->path()), QStringList());
}

void TestTransferRetry::create_answerLost_adoptsTheServersSnapshot()
{
    // The server creates the snapshot, then the connection drops before the answer's body.
    m_emulator->injectFault(fault(FaultKind::DropAfterBytes, u"POST"_s, SNAPSHOTS, 0, 1));
    BackupJob job(*m_client, articles());
    job.setRetryPolicy(fastPolicy());
    QVERIFY(runToEnd(job));
    QVERIFY2(job.state() == Job::State::Succeeded, qPrintable(job.error().userMessage()));
    QCOMPARE(requestsTo("POST"_ba, SNAPSHOTS), 1);
    const QStringList onServer = m_emulator->snapshotNames(u"articles"_s);
    QCOMPARE(onServer, QStringList{ job.result().snapshotName });
    QVERIFY(job.result().matchedServerChecksum);
    QVERIFY2(anyContains(job.warnings(), u"adopted snapshot"_s), qPrintable(job.warnings().join(u'\n')));
}

void TestTransferRetry::download_notEnoughSpace_isLocalDiskFullBeforeAnyByte()
{
    BackupJob job(*m_client, articles());
    job.setRetryPolicy(fastPolicy());
    job.setFreeSpaceProbe([](const QString &) -> Result<qint64> {
        return 3 * MiB;
    });
    QVERIFY(runToEnd(job));
    QCOMPARE(job.state(), Job::State::Failed);
    QCOMPARE(job.error().kind, ErrorKind::LocalDiskFull);
    const QString message = job.error().userMessage();
    QVERIFY2(message.contains(QDir::toNativeSeparators(m_dir->path())), qPrintable(message));
    QVERIFY2(message.contains(u"3.0 MiB"_s) && message.contains(u"is free"_s), qPrintable(message));
    QCOMPARE(requestsTo("GET"_ba, SNAPSHOT_FILES), 0);
    QCOMPARE(filesIn(m_dir->path()), QStringList());
}

void TestTransferRetry::backup_cancelDuringBackoff_finishesCancelledAtOnce()
{
    m_emulator->injectFault(fault(FaultKind::DropAfterBytes, u"GET"_s, SNAPSHOT_FILES, MiB, 1));
    BackupJob job(*m_client, articles());
    RetryPolicy policy = fastPolicy();
    policy.baseDelayMs = 600'000;
    policy.maxDelayMs = 600'000;
    job.setRetryPolicy(policy);
    QSignalSpy finished(&job, &Job::finished);
    job.start();
    QTRY_VERIFY_WITH_TIMEOUT(job.stage().contains(u"retrying in"_s), 30'000);
    QVERIFY(!filesIn(m_dir->path()).isEmpty()); // the .part waits for the resume
    job.cancel();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(job.state(), Job::State::Cancelled);
    QCOMPARE(filesIn(m_dir->path()), QStringList());
    QCOMPARE(requestsTo("GET"_ba, SNAPSHOT_FILES), 1);
}

void TestTransferRetry::restore_uploadDroppedOnce_isSentAgainWithWarning()
{
    BackupJob backup(*m_client, articles());
    QVERIFY(runToEnd(backup));
    QVERIFY2(backup.state() == Job::State::Succeeded, qPrintable(backup.error().userMessage()));
    const QString uploadPath = u"/collections/fresh/snapshots/upload"_s;
    // Qt itself resends a request whose connection closes while it is still being sent (up to twice), so
    // drop often enough for the failure to reach the job.
    m_emulator->injectFault(fault(FaultKind::DropAfterBytes, u"POST"_s, uploadPath, MiB, 3));

    RestoreRequest request;
    request.snapshotFile = backup.result().filePath;
    request.collection = u"fresh"_s;
    request.target = RestoreTarget::CreateNew;
    RestoreJob job(*m_client, request);
    job.setRetryPolicy(fastPolicy());
    QVERIFY(runToEnd(job));
    QVERIFY2(job.state() == Job::State::Succeeded, qPrintable(job.error().userMessage()));
    QCOMPARE(job.result().pointsCount, 42);
    QVERIFY(job.result().uploadedCopyDeleted);
    QVERIFY(requestsTo("POST"_ba, uploadPath) >= 2);
    QVERIFY2(
        anyContains(job.warnings(), u"upload interrupted (connection lost)"_s), qPrintable(job.warnings().join(u'\n')));
    QVERIFY(m_emulator->snapshotNames(u"fresh"_s).isEmpty());
}

void TestTransferRetry::restore_payloadTooLarge_isNotRetried()
{
    BackupJob backup(*m_client, articles());
    QVERIFY(runToEnd(backup));
    QVERIFY2(backup.state() == Job::State::Succeeded, qPrintable(backup.error().userMessage()));
    const QString uploadPath = u"/collections/fresh/snapshots/upload"_s;
    Fault tooLarge = status(u"POST"_s, uploadPath, 413);
    tooLarge.body = "<html>413 Request Entity Too Large</html>"_ba;
    m_emulator->injectFault(tooLarge);

    RestoreRequest request;
    request.snapshotFile = backup.result().filePath;
    request.collection = u"fresh"_s;
    request.target = RestoreTarget::CreateNew;
    RestoreJob job(*m_client, request);
    job.setRetryPolicy(fastPolicy());
    QVERIFY(runToEnd(job));
    QCOMPARE(job.state(), Job::State::Failed);
    QCOMPARE(job.error().kind, ErrorKind::PayloadTooLarge);
    QCOMPARE(requestsTo("POST"_ba, uploadPath), 1);
    QVERIFY(!m_emulator->hasCollection(u"fresh"_s));
}

QTEST_GUILESS_MAIN(TestTransferRetry)
#include "TestTransferRetry.moc"
