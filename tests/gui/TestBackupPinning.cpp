// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jobs/JobQueue.h"
#include "core/storage/SnapshotMetadata.h"
#include "gui/HostSession.h"
#include "gui/models/LocalBackupModel.h"
#include "gui/widgets/HostBrowser.h"
#include "gui/widgets/LocalBackupsView.h"
#include "support/TestFiles.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDir>
#include <QFile>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Snapdock;

// Pin and Unpin in the local backups view write the metadata's pinned flag, which retention honours.
class TestBackupPinning : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pinAndUnpin_writeTheMetadataFile();
    void backupWithoutMetadata_cannotBePinned();

private:
    [[nodiscard]] static QString writeBackup(const QString &folder, const QString &name, bool withMetadata);
    static void select(LocalBackupsView &view, const QString &snapshotPath);
};

void TestBackupPinning::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

QString TestBackupPinning::writeBackup(const QString &folder, const QString &name, bool withMetadata)
{
    const QString path = QDir(folder).filePath(name);
    const QByteArray sha = TestSupport::writeGeneratedFile(path, 2048, 7);
    if (!withMetadata)
        return path;
    SnapshotMetadata metadata;
    metadata.kind = u"collection"_s;
    metadata.host = u"http://127.0.0.1:6333"_s;
    metadata.collection = u"docs"_s;
    metadata.fileName = name;
    metadata.snapshotName = name;
    metadata.size = 2048;
    metadata.sha256 = QString::fromLatin1(sha);
    metadata.backupStartedAt = QDateTime(QDate(2026, 11, 26), QTime(2, 30), Qt::UTC);
    metadata.backupFinishedAt = metadata.backupStartedAt.addSecs(3);
    return metadata.writeTo(SnapshotMetadata::metadataPathFor(path)) ? path : QString();
}

void TestBackupPinning::select(LocalBackupsView &view, const QString &snapshotPath)
{
    QTableView *table = view.tableView();
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, 0);
        if (index.data(LocalBackupModel::SnapshotPathRole).toString() == snapshotPath) {
            table->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return;
        }
    }
}

void TestBackupPinning::pinAndUnpin_writeTheMetadataFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = writeBackup(dir.path(), u"docs-2026-11-26.snapshot"_s, true);
    QVERIFY(!path.isEmpty());

    JobQueue jobs;
    HostBrowser browser(jobs);
    LocalBackupModel &model = browser.localBackupModel();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    browser.showLocalBackups();
    browser.setLocalBackupFolder(dir.path());
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 1, 10'000);
    const QModelIndex pinCell = model.index(model.rowOf(path), LocalBackupModel::PinnedColumn);
    QVERIFY(!pinCell.data(LocalBackupModel::PinnedRole).toBool());
    QVERIFY(pinCell.data(Qt::DecorationRole).isNull());

    select(*browser.localBackupsView(), path);
    QVERIFY(browser.pinAction()->isEnabled());
    QVERIFY(!browser.unpinAction()->isEnabled());
    QVERIFY(browser.verifyByRestoringAction()->isEnabled());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    browser.pinAction()->trigger();
    QCOMPARE(changed.count(), 1);
    auto written = SnapshotMetadata::readFrom(SnapshotMetadata::metadataPathFor(path));
    QVERIFY(written);
    QVERIFY(written->pinned);
    // Everything else in the file is as it was.
    QCOMPARE(written->sha256, QString::fromLatin1(TestSupport::sha256OfFile(path)));
    QCOMPARE(written->collection, u"docs"_s);
    QVERIFY(model.index(model.rowOf(path), 0).data(LocalBackupModel::PinnedRole).toBool());
    QVERIFY(!model.index(model.rowOf(path), LocalBackupModel::PinnedColumn).data(Qt::DecorationRole).isNull());
    QVERIFY(!browser.pinAction()->isEnabled());
    QVERIFY(browser.unpinAction()->isEnabled());

    // A rescan reads the flag back from the file.
    browser.refresh();
    browser.setLocalBackupFolder(dir.path());
    QTRY_VERIFY(model.rowOf(path) >= 0 && model.backup(path)->metadata.pinned);

    browser.unpinAction()->trigger();
    written = SnapshotMetadata::readFrom(SnapshotMetadata::metadataPathFor(path));
    QVERIFY(written);
    QVERIFY(!written->pinned);
    QVERIFY(!model.index(model.rowOf(path), 0).data(LocalBackupModel::PinnedRole).toBool());
}

void TestBackupPinning::backupWithoutMetadata_cannotBePinned()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = writeBackup(dir.path(), u"bare.snapshot"_s, false);
    JobQueue jobs;
    HostBrowser browser(jobs);
    browser.showLocalBackups();
    browser.setLocalBackupFolder(dir.path());
    QTRY_COMPARE_WITH_TIMEOUT(browser.localBackupModel().rowCount(), 1, 10'000);
    select(*browser.localBackupsView(), path);
    QVERIFY(!browser.pinAction()->isEnabled());
    QVERIFY(!browser.unpinAction()->isEnabled());
    QVERIFY(!browser.verifyByRestoringAction()->isEnabled());
    QVERIFY(!QFile::exists(SnapshotMetadata::metadataPathFor(path)));
}

QTEST_MAIN(TestBackupPinning)
#include "TestBackupPinning.moc"
