// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/retention/ServerSnapshotPruner.h"
#include "emulator/QdrantEmulator.h"
#include "support/TestFiles.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Snapdock;
using Emulator::CollectionSpec;
using Emulator::EmulatorConfig;
using Emulator::Fault;
using Emulator::FaultKind;
using Emulator::QdrantEmulator;

namespace {

const QString API_KEY = u"prune-key-31"_s;
const QString SNAPSHOTS = u"/collections/articles/snapshots/"_s;

// Retries at once, so the tests wait for behaviour, not for backoff.
RetryPolicy fastPolicy()
{
    RetryPolicy policy;
    policy.maxAttempts = 2;
    policy.baseDelayMs = 5;
    policy.maxDelayMs = 10;
    policy.random = [] {
        return 0.5;
    };
    return policy;
}

// Qdrant's own naming, one day apart: the names sort like the times.
QString snapshotName(int day)
{
    return u"articles-1-2026-11-%1-03-00-00.snapshot"_s.arg(day, 2, 10, QLatin1Char('0'));
}

bool runToEnd(Job &job)
{
    QSignalSpy finished(&job, &Job::finished);
    job.start();
    if (!finished.wait(30'000))
        return false;
    QTest::qWait(0);
    return finished.count() == 1;
}

SnapshotDescription described(const QString &name, const QDateTime &created, qint64 size = 1)
{
    SnapshotDescription snapshot;
    snapshot.name = name;
    snapshot.creationTime = created;
    snapshot.size = size;
    return snapshot;
}

} // namespace

class TestServerSnapshotPruner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void decide_ordersByCreationTimeThenName();
    void decide_keepZeroAndMoreThanListed();
    void run_deletesAllButTheNewest();
    void run_dryRun_deletesNothing();
    void run_excludedSnapshot_isNeverDeleted();
    void run_failedDeletion_isReportedAndTheRestGoOn();
    void run_snapshotAlreadyGone_countsAsDeleted();
    void run_missingCollection_fails();
    void run_negativeCount_isRefusedBeforeAnyRequest();

private:
    // Five snapshots of "articles" on the server, 2026-11-01 … 11-05, added oldest first; sizes 100 … 500.
    void addSnapshots();
    [[nodiscard]] QStringList deleteRequests() const;

    QNetworkAccessManager m_network;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QdrantEmulator> m_emulator;
    std::unique_ptr<QdrantClient> m_client;
};

void TestServerSnapshotPruner::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_network.setProxy(QNetworkProxy::NoProxy);
}

void TestServerSnapshotPruner::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    EmulatorConfig config;
    config.apiKey = API_KEY;
    m_emulator = std::make_unique<QdrantEmulator>(config);
    QVERIFY(m_emulator->listen());
    CollectionSpec articles;
    articles.name = u"articles"_s;
    articles.vectors = QJsonObject{ { u"size"_s, 4 }, { u"distance"_s, u"Dot"_s } };
    articles.pointsCount = 10;
    m_emulator->addCollection(articles);
    ServerEndpoint endpoint;
    endpoint.baseUrl = m_emulator->baseUrl();
    endpoint.apiKey = API_KEY;
    m_client = std::make_unique<QdrantClient>(m_network, endpoint);
}

void TestServerSnapshotPruner::cleanup()
{
    m_client.reset();
    m_emulator.reset();
    m_dir.reset();
}

void TestServerSnapshotPruner::addSnapshots()
{
    // Added oldest first: creation times (whole seconds, often equal here) and names then agree on the order.
    for (int day = 1; day <= 5; ++day) {
        const QString source = m_dir->filePath(u"source-%1"_s.arg(day));
        QVERIFY(!TestSupport::writeGeneratedFile(source, 100 * day, quint32(day)).isEmpty());
        QVERIFY(m_emulator->addSnapshotFile(u"articles"_s, snapshotName(day), source, true));
    }
    QCOMPARE(m_emulator->snapshotNames(u"articles"_s).size(), 5);
    m_emulator->clearRequests();
}

QStringList TestServerSnapshotPruner::deleteRequests() const
{
    QStringList paths;
    for (const auto &request : m_emulator->requests()) {
        if (request.method == "DELETE")
            paths.append(request.path);
    }
    return paths;
}

void TestServerSnapshotPruner::decide_ordersByCreationTimeThenName()
{
    const QDateTime base(QDate(2026, 11, 1), QTime(3, 0), Qt::UTC);
    // Listed in no order (Qdrant lists in directory order); one without a creation time, two with the same.
    const QList<SnapshotDescription> listed{ described(u"b"_s, base.addDays(1)),
        described(u"d"_s, base.addDays(3)),
        described(u"a"_s, base.addDays(1)),
        described(u"c"_s, base.addDays(2)) };
    const QList<ServerSnapshotDecision> decisions = ServerSnapshotPruner::decide(listed, 2, {});
    QStringList order;
    for (const ServerSnapshotDecision &decision : decisions)
        order.append(decision.snapshot.name + (decision.keep ? u"+"_s : u"-"_s));
    QCOMPARE(order, (QStringList{ u"d+"_s, u"c+"_s, u"b-"_s, u"a-"_s }));
    QCOMPARE(decisions.at(0).reasons, QStringList{ u"kept: one of the 2 newest on the server"_s });
    QCOMPARE(decisions.at(2).reasons, QStringList{ u"removed: older than the 2 newest"_s });

    const QList<ServerSnapshotDecision> one = ServerSnapshotPruner::decide(listed, 1, {});
    QCOMPARE(one.at(0).reasons, QStringList{ u"kept: the newest on the server"_s });
    QCOMPARE(one.at(1).reasons, QStringList{ u"removed: older than the newest"_s });
}

void TestServerSnapshotPruner::decide_keepZeroAndMoreThanListed()
{
    const QDateTime base(QDate(2026, 11, 1), QTime(3, 0), Qt::UTC);
    const QList<SnapshotDescription> listed{ described(u"a"_s, base), described(u"b"_s, base.addDays(1)) };
    for (const ServerSnapshotDecision &decision : ServerSnapshotPruner::decide(listed, 5, {}))
        QVERIFY(decision.keep);
    const QList<ServerSnapshotDecision> none = ServerSnapshotPruner::decide(listed, 0, { u"a"_s });
    QCOMPARE(none.at(0).snapshot.name, u"b"_s);
    QVERIFY(!none.at(0).keep);
    QCOMPARE(none.at(0).reasons, QStringList{ u"removed: no snapshots are to be kept on the server"_s });
    QVERIFY(none.at(1).keep);
    QCOMPARE(none.at(1).reasons, QStringList{ u"kept: a running Snapdock job is downloading it"_s });
}

void TestServerSnapshotPruner::run_deletesAllButTheNewest()
{
    addSnapshots();
    ServerSnapshotPruner job(*m_client, ServerPruneRequest{ u"articles"_s, 2 });
    QVERIFY(runToEnd(job));
    QCOMPARE(job.state(), Job::State::Succeeded);
    QCOMPARE(m_emulator->snapshotNames(u"articles"_s), (QStringList{ snapshotName(4), snapshotName(5) }));
    // One by one, oldest last.
    QCOMPARE(deleteRequests(),
        (QStringList{ SNAPSHOTS + snapshotName(3), SNAPSHOTS + snapshotName(2), SNAPSHOTS + snapshotName(1) }));
    QCOMPARE(job.decisions().size(), 5);
    QCOMPARE(job.deletedCount(), 3);
    QCOMPARE(job.failedCount(), 0);
    QCOMPARE(job.bytesFreed(), 300 + 200 + 100);
    QCOMPARE(job.decisions().at(0).snapshot.name, snapshotName(5));
    QVERIFY(job.decisions().at(0).keep);
    QVERIFY(!job.decisions().at(0).deleted);
    QCOMPARE(job.decisions().at(4).reasons, QStringList{ u"removed: older than the 2 newest"_s });
    QVERIFY(job.decisions().at(4).deleted);
    // Qdrant deletes the .checksum sidecar with the snapshot.
    QVERIFY(!QFile::exists(m_emulator->snapshotFilePath(u"articles"_s, snapshotName(1)) + u".checksum"_s));
}

void TestServerSnapshotPruner::run_dryRun_deletesNothing()
{
    addSnapshots();
    ServerPruneRequest request{ u"articles"_s, 2 };
    request.dryRun = true;
    ServerSnapshotPruner job(*m_client, request);
    QVERIFY(runToEnd(job));
    QCOMPARE(job.state(), Job::State::Succeeded);
    QCOMPARE(m_emulator->snapshotNames(u"articles"_s).size(), 5);
    QVERIFY(deleteRequests().isEmpty());
    QCOMPARE(job.deletedCount(), 0);
    QCOMPARE(job.bytesFreed(), 600); // what a real run would free
    int removals = 0;
    for (const ServerSnapshotDecision &decision : job.decisions())
        removals += decision.keep ? 0 : 1;
    QCOMPARE(removals, 3);
}

void TestServerSnapshotPruner::run_excludedSnapshot_isNeverDeleted()
{
    addSnapshots();
    ServerPruneRequest request{ u"articles"_s, 1 };
    request.excludedNames = { snapshotName(2) };
    ServerSnapshotPruner job(*m_client, request);
    QVERIFY(runToEnd(job));
    QCOMPARE(job.state(), Job::State::Succeeded);
    QCOMPARE(m_emulator->snapshotNames(u"articles"_s), (QStringList{ snapshotName(2), snapshotName(5) }));
    QVERIFY(!deleteRequests().contains(SNAPSHOTS + snapshotName(2)));
    QCOMPARE(job.decisions().at(3).snapshot.name, snapshotName(2));
    QCOMPARE(job.decisions().at(3).reasons, QStringList{ u"kept: a running Snapdock job is downloading it"_s });
}

void TestServerSnapshotPruner::run_failedDeletion_isReportedAndTheRestGoOn()
{
    addSnapshots();
    Fault refused;
    refused.method = u"DELETE"_s;
    refused.pathPrefix = SNAPSHOTS + snapshotName(2);
    refused.kind = FaultKind::RespondWithStatus;
    refused.status = 500;
    refused.body = R"({"status":{"error":"Service internal error: disk I/O"},"time":0.0})"_ba;
    refused.times = 10; // every attempt
    m_emulator->injectFault(refused);

    ServerSnapshotPruner job(*m_client, ServerPruneRequest{ u"articles"_s, 2 });
    job.setRetryPolicy(fastPolicy());
    QVERIFY(runToEnd(job));
    QCOMPARE(job.state(), Job::State::Failed);
    QCOMPARE(job.error().kind, ErrorKind::ServerError);
    QCOMPARE(job.deletedCount(), 2);
    QCOMPARE(job.failedCount(), 1);
    QCOMPARE(job.bytesFreed(), 400);
    const ServerSnapshotDecision &failed = job.decisions().at(3);
    QCOMPARE(failed.snapshot.name, snapshotName(2));
    QVERIFY(failed.error);
    QVERIFY(!failed.deleted);
    QVERIFY(failed.error->serverMessage.contains(u"disk I/O"_s));
    QCOMPARE(
        m_emulator->snapshotNames(u"articles"_s), (QStringList{ snapshotName(2), snapshotName(4), snapshotName(5) }));
    // Retried once (policy: 2 attempts), then the older snapshot was still deleted.
    QCOMPARE(deleteRequests(),
        (QStringList{ SNAPSHOTS + snapshotName(3),
            SNAPSHOTS + snapshotName(2),
            SNAPSHOTS + snapshotName(2),
            SNAPSHOTS + snapshotName(1) }));
}

void TestServerSnapshotPruner::run_snapshotAlreadyGone_countsAsDeleted()
{
    addSnapshots();
    Fault gone;
    gone.method = u"DELETE"_s;
    gone.pathPrefix = SNAPSHOTS + snapshotName(1);
    gone.kind = FaultKind::RespondWithStatus;
    gone.status = 404;
    gone.body = R"({"status":{"error":"Not found: Snapshot articles-1 not found"},"time":0.0})"_ba;
    m_emulator->injectFault(gone);

    ServerSnapshotPruner job(*m_client, ServerPruneRequest{ u"articles"_s, 4 });
    QVERIFY(runToEnd(job));
    QCOMPARE(job.state(), Job::State::Succeeded);
    QCOMPARE(job.deletedCount(), 1);
    QVERIFY(job.decisions().at(4).deleted);
    QCOMPARE(job.warnings().size(), 1);
    QVERIFY2(job.warnings().constFirst().contains(snapshotName(1)), qPrintable(job.warnings().constFirst()));
}

void TestServerSnapshotPruner::run_missingCollection_fails()
{
    ServerSnapshotPruner job(*m_client, ServerPruneRequest{ u"no such collection"_s, 2 });
    QVERIFY(runToEnd(job));
    QCOMPARE(job.state(), Job::State::Failed);
    QCOMPARE(job.error().kind, ErrorKind::NotFound);
    QVERIFY(job.decisions().isEmpty());
    QVERIFY(deleteRequests().isEmpty());
}

void TestServerSnapshotPruner::run_negativeCount_isRefusedBeforeAnyRequest()
{
    addSnapshots();
    ServerSnapshotPruner job(*m_client, ServerPruneRequest{ u"articles"_s, -1 });
    QVERIFY(runToEnd(job));
    QCOMPARE(job.state(), Job::State::Failed);
    QCOMPARE(job.error().kind, ErrorKind::InvalidArgument);
    QVERIFY(m_emulator->requests().isEmpty());
    QCOMPARE(m_emulator->snapshotNames(u"articles"_s).size(), 5);
}

QTEST_GUILESS_MAIN(TestServerSnapshotPruner)
#include "TestServerSnapshotPruner.moc"
