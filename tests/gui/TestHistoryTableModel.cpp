// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/history/HistoryDatabase.h"
#include "core/jobs/RestorePlan.h"
#include "gui/models/HistoryTableModel.h"
#include "gui/widgets/HistoryView.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QFile>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Snapdock;

class TestHistoryTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void fetch_loadsPagesLazily();
    void filter_requeries();
    void view_exportsCsv_andOffersUndoForRestoreWithSafetySnapshot();
    void view_screenshot();

private:
    static constexpr int ROWS = 5000;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HistoryDatabase> m_db;
    int m_failed = 0;
};

void TestHistoryTableModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestHistoryTableModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<HistoryDatabase>();
    QVERIFY(m_db->open(m_dir->filePath(u"history.sqlite"_s)).has_value());
    QList<HistoryRecord> records;
    const QDateTime base(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC);
    m_failed = 0;
    for (int i = 0; i < ROWS; ++i) {
        HistoryRecord r;
        r.jobId = quint64(i + 1);
        r.kind = i % 7 == 0 ? JobKind::Restore : JobKind::Backup;
        r.host = i % 2 ? u"http://a.example:6333"_s : u"http://b.example:6333"_s;
        r.profileName = i % 2 ? u"Alpha"_s : u"Beta"_s;
        r.collection = i % 3 ? u"articles"_s : u"products"_s;
        r.title = u"Back up %1"_s.arg(r.collection);
        r.startedAt = base.addSecs(qint64(i) * 60);
        r.finishedAt = r.startedAt.addSecs(42);
        r.outcome = i % 5 == 0 ? HistoryOutcome::Failed : HistoryOutcome::Succeeded;
        if (r.outcome == HistoryOutcome::Failed) {
            r.errorText = u"Connection lost"_s;
            ++m_failed;
        }
        r.bytes = 1024 * (i + 1);
        r.filePath = u"/backups/%1-%2.snapshot"_s.arg(r.collection).arg(i);
        records.append(r);
    }
    QVERIFY(m_db->recordAll(records).has_value());
}

void TestHistoryTableModel::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestHistoryTableModel::fetch_loadsPagesLazily()
{
    HistoryTableModel model(*m_db);
    QCOMPARE(model.rowCount(), HistoryTableModel::PAGE_SIZE); // one page, not 5 000 rows
    QCOMPARE(model.totalCount(), ROWS);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int loaded = model.rowCount(); // the tester fetches a few pages itself
    QVERIFY2(loaded % HistoryTableModel::PAGE_SIZE == 0 && loaded <= 4 * HistoryTableModel::PAGE_SIZE,
        qPrintable(QString::number(loaded)));
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), loaded + HistoryTableModel::PAGE_SIZE);
    // Newest first.
    QVERIFY(model.index(0, 0).data(HistoryTableModel::SortRole).toDateTime()
        > model.index(1, 0).data(HistoryTableModel::SortRole).toDateTime());
    QCOMPARE(model.index(0, HistoryTableModel::HostColumn).data().toString(), u"Alpha"_s);
    while (model.canFetchMore({})) {
        const int before = model.rowCount();
        model.fetchMore({});
        QCOMPARE(model.rowCount(), before + HistoryTableModel::PAGE_SIZE);
    }
    QCOMPARE(model.rowCount(), ROWS);
}

void TestHistoryTableModel::filter_requeries()
{
    HistoryTableModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    HistoryFilter filter;
    filter.outcome = HistoryOutcome::Failed;
    model.setFilter(filter);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.totalCount(), m_failed);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), m_failed);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, HistoryTableModel::OutcomeColumn).data().toString(), u"Failed"_s);

    filter = {};
    filter.collectionContains = u"PROD"_s;
    filter.host = u"http://a.example:6333"_s;
    model.setFilter(filter);
    QVERIFY(model.totalCount() > 0);
    QVERIFY(model.totalCount() < ROWS / 3);
    QCOMPARE(model.index(0, HistoryTableModel::CollectionColumn).data().toString(), u"products"_s);

    filter = {};
    filter.startedFrom = QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC);
    filter.startedBefore = QDateTime(QDate(2026, 1, 1), QTime(10, 0), Qt::UTC);
    model.setFilter(filter);
    QCOMPARE(model.totalCount(), 60);
}

void TestHistoryTableModel::view_exportsCsv_andOffersUndoForRestoreWithSafetySnapshot()
{
    const QString safety = m_dir->filePath(u"articles-safety.snapshot"_s);
    QFile file(safety);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("tar");
    file.close();
    HistoryRecord restore;
    restore.kind = JobKind::Restore;
    restore.host = u"http://a.example:6333"_s;
    restore.profileName = u"Alpha"_s;
    restore.collection = u"articles"_s;
    restore.title = u"Restore articles from x.snapshot (replace)"_s;
    restore.startedAt = QDateTime::currentDateTimeUtc();
    const Result<qint64> id = m_db->recordStarted(restore);
    QVERIFY(id.has_value());
    QVERIFY(m_db->appendLog(*id, HistoryLogLevel::Info, RestorePlan::safetySnapshotStage(safety)).has_value());
    QVERIFY(m_db->recordFinished(*id, HistoryOutcome::Succeeded, HistoryRecord()).has_value());

    HistoryTableModel model(*m_db);
    HistoryView view(model);
    view.resize(1100, 500);
    view.show();
    QTRY_VERIFY(model.rowCount() > 0);
    QCOMPARE(model.index(0, HistoryTableModel::KindColumn).data().toString(), u"Restore"_s);
    QVERIFY(!view.undoRestoreAction()->isEnabled());
    view.tableView()->selectRow(0);
    QTRY_VERIFY(view.undoRestoreAction()->isEnabled());
    QCOMPARE(view.selectedSafetySnapshot(), safety);
    QSignalSpy undo(&view, &HistoryView::undoRestoreRequested);
    view.undoRestoreAction()->trigger();
    QCOMPARE(undo.count(), 1);
    const auto source = undo.at(0).at(0).value<RestoreSource>();
    QCOMPARE(source.kind, RestoreSource::Kind::LocalFile);
    QCOMPARE(source.path, safety);
    QCOMPARE(undo.at(0).at(1).toString(), u"articles"_s);

    view.tableView()->selectRow(1); // a backup row: no undo
    QTRY_VERIFY(!view.undoRestoreAction()->isEnabled());

    HistoryFilter failed;
    failed.outcome = HistoryOutcome::Failed;
    view.setFilter(failed);
    const QString csv = m_dir->filePath(u"export.csv"_s);
    QVERIFY(view.exportCsv(csv).has_value());
    QFile exported(csv);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = exported.readAll().split('\n');
    QCOMPARE(lines.size() - 2, m_failed); // header + rows, trailing CRLF leaves one empty element
}

void TestHistoryTableModel::view_screenshot()
{
    HistoryTableModel model(*m_db);
    HistoryView view(model);
    view.resize(1100, 420);
    view.show();
    QTRY_VERIFY(model.rowCount() > 0);
    view.tableView()->selectRow(2);
    const QString path = QCoreApplication::applicationDirPath() + u"/screenshot-history-view.png"_s;
    QVERIFY(view.grab().save(path));
}

QTEST_MAIN(TestHistoryTableModel)
#include "TestHistoryTableModel.moc"
