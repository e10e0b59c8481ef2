// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jobs/BackupJob.h"
#include "core/jobs/JobQueue.h"
#include "emulator/QdrantEmulator.h"
#include "gui/models/JobTableModel.h"
#include "gui/widgets/QueueView.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDir>
#include <QDirIterator>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Snapdock;
using namespace Snapdock::Emulator;

class TestQueueView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cancel_stalledDownload_leavesNoFile();

private:
    JobId enqueueBackup(JobQueue &queue, const QdrantClient &client, const QString &collection, const QString &folder);
    static QStringList filesBelow(const QString &folder);

    QNetworkAccessManager m_network;
};

void TestQueueView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_network.setProxy(QNetworkProxy::NoProxy);
}

JobId TestQueueView::enqueueBackup(
    JobQueue &queue, const QdrantClient &client, const QString &collection, const QString &folder)
{
    BackupRequest request;
    request.scope = SnapshotScope::forCollection(collection);
    request.outputFolder = folder;
    request.deleteFromServerAfterDownload = true;
    JobDescription description;
    description.kind = JobKind::Backup;
    description.hostKey = u"emulator"_s;
    description.serverUrl = client.endpoint().baseUrl;
    description.profileName = u"Emulator"_s;
    description.collection = collection;
    description.title = u"Back up "_s + collection;
    description.factory = [&client, request] {
        return std::make_unique<BackupJob>(client, request);
    };
    return queue.enqueue(description.factory(), description);
}

QStringList TestQueueView::filesBelow(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    return files;
}

void TestQueueView::cancel_stalledDownload_leavesNoFile()
{
    EmulatorConfig config;
    config.walBytes = 4 << 20;
    QdrantEmulator emulator(config);
    QVERIFY(emulator.listen());
    CollectionSpec big;
    big.name = u"big"_s;
    big.vectors = QJsonObject{ { u"size"_s, 4 }, { u"distance"_s, u"Cosine"_s } };
    big.pointsCount = 100000;
    emulator.addCollection(big);
    CollectionSpec small;
    small.name = u"small"_s;
    small.vectors = QJsonObject{ { u"size"_s, 4 }, { u"distance"_s, u"Dot"_s } };
    small.pointsCount = 10;
    emulator.addCollection(small);
    Fault stall;
    stall.method = u"GET"_s;
    stall.pathPrefix = u"/collections/big/snapshots/"_s;
    stall.kind = FaultKind::StallAfterBytes;
    stall.value = 1 << 20;
    stall.times = -1;
    emulator.injectFault(stall);

    ServerEndpoint endpoint;
    endpoint.baseUrl = emulator.baseUrl();
    const QdrantClient client(m_network, endpoint);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString bigFolder = dir.filePath(u"big"_s);

    JobQueue queue;
    JobTableModel model(queue);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QueueView view(queue, model);
    view.resize(1280, 300);
    view.show();

    const JobId done = enqueueBackup(queue, client, u"small"_s, dir.filePath(u"small"_s));
    const JobId running = enqueueBackup(queue, client, u"big"_s, bigFolder);
    QTRY_COMPARE_WITH_TIMEOUT(model.snapshot(done).state, Job::State::Succeeded, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(model.snapshot(running).bytesDone > 0, 30000);
    QCOMPARE(model.snapshot(running).state, Job::State::Running);
    QVERIFY(!filesBelow(bigFolder).isEmpty()); // the .part being written

    view.selectJobs({ running });
    QVERIFY(view.cancelAction()->isEnabled());
    QVERIFY(!view.retryAction()->isEnabled());
    const QString shot = QCoreApplication::applicationDirPath() + u"/screenshot-queue-view.png"_s;
    QVERIFY(view.grab().save(shot));

    QSignalSpy finished(&queue, &JobQueue::jobFinished);
    view.cancelAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(model.snapshot(running).state, Job::State::Cancelled, 10000);
    QCOMPARE(model.index(model.rowOf(running), JobTableModel::StateColumn).data().toString(), u"Cancelled"_s);
    QVERIFY2(filesBelow(bigFolder).isEmpty(), qPrintable(filesBelow(bigFolder).join(u", "_s)));

    // Cancelled jobs can be retried; finished ones removed; "clear finished" empties the list.
    QTRY_VERIFY(view.retryAction()->isEnabled());
    QVERIFY(view.removeAction()->isEnabled());
    view.selectJobs({ done });
    QVERIFY(!view.cancelAction()->isEnabled());
    view.removeAction()->trigger();
    QCOMPARE(model.rowCount(), 1);
    view.clearFinishedAction()->trigger();
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestQueueView)
#include "TestQueueView.moc"
