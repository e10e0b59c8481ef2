// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jobs/JobQueue.h"
#include "gui/models/JobTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Snapdock;

namespace {

// A job the test drives by hand: it runs until told to finish.
class FakeJob final : public Job
{
public:
    FakeJob()
        : Job(nullptr)
    {}

    void reportProgress(qint64 done, qint64 total) { Q_EMIT progressChanged(done, total); }
    void finishOk() { succeed(); }
    void finishFailed() { failWith(Error::make(ErrorKind::BadRequest, u"doing the fake thing"_s, u"no"_s)); }

protected:
    void run() override { setStage(u"working"_s); }
};

JobDescription describe(const QString &title)
{
    JobDescription description;
    description.kind = JobKind::Backup;
    description.hostKey = u"host-a"_s;
    description.serverUrl = QUrl(u"http://127.0.0.1:6333"_s);
    description.profileName = u"Local"_s;
    description.collection = title;
    description.title = u"Back up "_s + title;
    description.factory = [] {
        return std::make_unique<FakeJob>();
    };
    return description;
}

} // namespace

class TestJobTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void lifecycle_underModelTester_insertsUpdatesAndRemovesExactRows();
    void jobsUpdated_emitsOneDataChangedForSeveralRows();
    void retry_appendsLinkedRow();

private:
    static FakeJob *enqueue(JobQueue &queue, const QString &name, JobId *id)
    {
        auto job = std::make_unique<FakeJob>();
        FakeJob *raw = job.get();
        *id = queue.enqueue(std::move(job), describe(name));
        return raw;
    }
};

void TestJobTableModel::lifecycle_underModelTester_insertsUpdatesAndRemovesExactRows()
{
    JobQueue queue;
    JobTableModel model(queue);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    JobId a, b, c;
    FakeJob *jobA = enqueue(queue, u"alpha"_s, &a);
    FakeJob *jobB = enqueue(queue, u"beta"_s, &b);
    enqueue(queue, u"gamma"_s, &c);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(inserted.count(), 3);
    QCOMPARE(inserted.at(2).at(1).toInt(), 2);
    QCOMPARE(model.rowOf(c), 2);
    QCOMPARE(model.index(0, JobTableModel::TitleColumn).data().toString(), u"Back up alpha"_s);
    QCOMPARE(model.index(0, JobTableModel::StateColumn).data().toString(), u"Queued"_s);
    QCOMPARE(model.index(0, JobTableModel::HostColumn).data().toString(), u"Local"_s);

    QSignalSpy started(&queue, &JobQueue::jobStarted);
    QTRY_COMPARE(started.count(), 2); // two per host
    QCOMPARE(model.index(0, JobTableModel::StateColumn).data().toString(), u"Running"_s);

    jobA->reportProgress(512, 1024);
    QTRY_COMPARE(model.index(0, JobTableModel::ProgressColumn).data(JobTableModel::ProgressPercentRole).toInt(), 50);
    QVERIFY(model.index(0, JobTableModel::ProgressColumn).data().toString().contains(u"50 %"_s));
    QCOMPARE(model.index(0, JobTableModel::StageColumn).data().toString(), u"working"_s);
    QCOMPARE(model.index(0, JobTableModel::ProgressColumn).data(JobTableModel::SortRole).toInt(), 50);

    jobA->finishOk();
    jobB->finishFailed();
    QTRY_COMPARE(model.index(0, JobTableModel::StateColumn).data().toString(), u"Succeeded"_s);
    QCOMPARE(model.index(1, JobTableModel::StateColumn).data().toString(), u"Failed"_s);
    QVERIFY(!model.index(1, JobTableModel::ErrorColumn).data().toString().isEmpty());
    QVERIFY(model.index(1, JobTableModel::ErrorColumn).data(Qt::ToolTipRole).toString().contains(u"Error:"_s));

    QVERIFY(queue.remove(a));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 0);
    QCOMPARE(model.rowOf(b), 0);
    QCOMPARE(model.rowOf(c), 1);
    QCOMPARE(model.jobId(model.index(1, 0)), c);

    queue.clearFinished();
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rowOf(c), 0);
    QVERIFY(queue.cancel(c));
    QTRY_COMPARE(model.index(0, JobTableModel::StateColumn).data().toString(), u"Cancelled"_s);
}

void TestJobTableModel::jobsUpdated_emitsOneDataChangedForSeveralRows()
{
    JobQueue queue;
    JobTableModel model(queue);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    JobId a, b;
    FakeJob *jobA = enqueue(queue, u"alpha"_s, &a);
    FakeJob *jobB = enqueue(queue, u"beta"_s, &b);
    QSignalSpy started(&queue, &JobQueue::jobStarted);
    QTRY_COMPARE(started.count(), 2);
    QSignalSpy updates(&queue, &JobQueue::jobsUpdated);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    for (int i = 1; i <= 50; ++i) {
        jobA->reportProgress(i * 10, 1000);
        jobB->reportProgress(i * 20, 1000);
    }
    QTRY_COMPARE(model.index(1, 0).data(JobTableModel::BytesDoneRole).toLongLong(), 1000);
    QTRY_COMPARE(model.index(0, 0).data(JobTableModel::BytesDoneRole).toLongLong(), 500);
    // 100 progress signals were coalesced by the queue, and each emission became exactly one dataChanged.
    QVERIFY(updates.count() >= 1);
    QVERIFY(updates.count() < 10);
    QCOMPARE(changed.count(), updates.count());
    bool spannedBoth = false;
    for (int i = 0; i < changed.count(); ++i) {
        spannedBoth = spannedBoth
            || (changed.at(i).at(0).toModelIndex().row() == 0 && changed.at(i).at(1).toModelIndex().row() == 1);
    }
    QVERIFY(spannedBoth);
    jobA->finishOk();
    jobB->finishOk();
    QTRY_VERIFY(!queue.job(a) || queue.job(a)->isFinished());
}

void TestJobTableModel::retry_appendsLinkedRow()
{
    JobQueue queue;
    JobTableModel model(queue);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    JobId a;
    FakeJob *job = enqueue(queue, u"alpha"_s, &a);
    QSignalSpy started(&queue, &JobQueue::jobStarted);
    QTRY_COMPARE(started.count(), 1);
    job->finishFailed();
    QTRY_COMPARE(model.snapshot(a).state, Job::State::Failed);
    const Result<JobId> again = queue.retry(a);
    QVERIFY(again.has_value());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf(*again), 1);
    QTRY_COMPARE(model.snapshot(a).retriedAs, *again);
}

QTEST_MAIN(TestJobTableModel)
#include "TestJobTableModel.moc"
