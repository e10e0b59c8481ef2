// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/models/LocalBackupModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Snapdock;

class TestLocalBackupModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fillUpdateClear_underModelTester();
    void status_reflectsCatalogAndVerification();
    void rescanOfChangedFile_forgetsVerification();
    void sizeAndTime_sortByRawValues();

private:
    static LocalBackup backup(const QString &name, qint64 size, const QDateTime &finished = {});
    static QStringList files(const QAbstractItemModel &model);
};

void TestLocalBackupModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

LocalBackup TestLocalBackupModel::backup(const QString &name, qint64 size, const QDateTime &finished)
{
    LocalBackup backup;
    backup.snapshotPath = u"/backups/docs/"_s + name;
    backup.metadataPath = backup.snapshotPath + u".snapdock.json"_s;
    backup.hasMetadata = true;
    backup.sizeMatches = true;
    backup.fileSize = size;
    backup.fileModified = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    backup.metadata.kind = u"collection"_s;
    backup.metadata.collection = u"docs"_s;
    backup.metadata.size = size;
    backup.metadata.pointsCount = 42;
    backup.metadata.sha256 = u"ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100"_s;
    backup.metadata.backupFinishedAt = finished;
    return backup;
}

QStringList TestLocalBackupModel::files(const QAbstractItemModel &model)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, LocalBackupModel::FileColumn).data().toString());
    return values;
}

void TestLocalBackupModel::fillUpdateClear_underModelTester()
{
    LocalBackupModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(LocalBackupModel::SortRole);
    proxy.sort(LocalBackupModel::StatusColumn);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);

    model.setBackups({ backup(u"a.snapshot"_s, 1), backup(u"b.snapshot"_s, 2), backup(u"c.snapshot"_s, 3) });
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, LocalBackupModel::CollectionColumn).data().toString(), u"docs"_s);
    QCOMPARE(model.index(0, LocalBackupModel::PointsColumn).data(LocalBackupModel::SortRole).toLongLong(), 42);
    QCOMPARE(model.index(0, LocalBackupModel::ChecksumColumn).data().toString(), u"ffeeddccbbaa…"_s);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.setVerifyStatus(u"/backups/docs/b.snapshot"_s, LocalBackupModel::Status::Verifying);
    model.setVerifyStatus(u"/backups/docs/b.snapshot"_s, LocalBackupModel::Status::Verified);
    QCOMPARE(changed.count(), 2);
    model.setVerifyStatus(u"/backups/docs/b.snapshot"_s, LocalBackupModel::Status::Ok); // ignored
    QCOMPARE(changed.count(), 2);

    model.setBackups({ backup(u"b.snapshot"_s, 2), backup(u"d.snapshot"_s, 4) });
    QCOMPARE(removed.count(), 2);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(files(model), (QStringList{ u"b.snapshot"_s, u"d.snapshot"_s }));
    QCOMPARE(model.status(u"/backups/docs/b.snapshot"_s), LocalBackupModel::Status::Verified);

    model.removeBackup(u"/backups/docs/b.snapshot"_s);
    QCOMPARE(files(model), (QStringList{ u"d.snapshot"_s }));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestLocalBackupModel::status_reflectsCatalogAndVerification()
{
    LocalBackupModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    LocalBackup missing = backup(u"missing.snapshot"_s, 5);
    missing.snapshotMissing = true;
    missing.fileSize = -1;
    LocalBackup bare = backup(u"bare.snapshot"_s, 5);
    bare.hasMetadata = false;
    bare.metadata = {};
    bare.metadataPath.clear();
    LocalBackup unreadable = bare;
    unreadable.snapshotPath = u"/backups/docs/unreadable.snapshot"_s;
    unreadable.metadataError = u"not JSON"_s;
    LocalBackup truncated = backup(u"truncated.snapshot"_s, 5);
    truncated.sizeMatches = false;
    model.setBackups({ backup(u"ok.snapshot"_s, 5), missing, bare, unreadable, truncated });

    auto statusText = [&model](const QString &name) {
        const int row = model.rowOf(u"/backups/docs/"_s + name);
        return model.index(row, LocalBackupModel::StatusColumn).data().toString();
    };
    QCOMPARE(statusText(u"ok.snapshot"_s), u"ok"_s);
    QCOMPARE(statusText(u"missing.snapshot"_s), u"snapshot missing"_s);
    QCOMPARE(statusText(u"bare.snapshot"_s), u"no metadata"_s);
    QCOMPARE(statusText(u"unreadable.snapshot"_s), u"metadata unreadable"_s);
    QCOMPARE(statusText(u"truncated.snapshot"_s), u"size differs ✗"_s);

    model.setVerifyStatus(u"/backups/docs/ok.snapshot"_s, LocalBackupModel::Status::Verified);
    QCOMPARE(statusText(u"ok.snapshot"_s), u"verified ✓"_s);
    model.setVerifyStatus(u"/backups/docs/ok.snapshot"_s, LocalBackupModel::Status::Mismatch, u"digest differs"_s);
    QCOMPARE(statusText(u"ok.snapshot"_s), u"mismatch ✗"_s);
    const int row = model.rowOf(u"/backups/docs/ok.snapshot"_s);
    QCOMPARE(model.index(row, LocalBackupModel::StatusColumn).data(Qt::ToolTipRole).toString(), u"digest differs"_s);
    QCOMPARE(model.index(row, LocalBackupModel::StatusColumn).data(LocalBackupModel::StatusRole).toInt(),
        int(LocalBackupModel::Status::Mismatch));
}

void TestLocalBackupModel::rescanOfChangedFile_forgetsVerification()
{
    LocalBackupModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    LocalBackup item = backup(u"a.snapshot"_s, 5);
    model.setBackups({ item });
    model.setVerifyStatus(item.snapshotPath, LocalBackupModel::Status::Verified);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setBackups({ item });
    QCOMPARE(changed.count(), 0);
    QCOMPARE(model.status(item.snapshotPath), LocalBackupModel::Status::Verified);
    item.fileModified = item.fileModified.addSecs(60);
    model.setBackups({ item });
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.status(item.snapshotPath), LocalBackupModel::Status::Ok);
}

void TestLocalBackupModel::sizeAndTime_sortByRawValues()
{
    LocalBackupModel model;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(LocalBackupModel::SortRole);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setBackups({
        backup(u"big.snapshot"_s, 3LL << 30, QDateTime(QDate(2026, 1, 15), QTime(1, 0), Qt::UTC)),
        backup(u"tiny.snapshot"_s, 900, QDateTime(QDate(2026, 2, 1), QTime(1, 0), Qt::UTC)),
        backup(u"mid.snapshot"_s, 20 * 1024, QDateTime(QDate(2025, 12, 31), QTime(1, 0), Qt::UTC)),
    });
    proxy.sort(LocalBackupModel::SizeColumn, Qt::AscendingOrder);
    QCOMPARE(files(proxy), (QStringList{ u"tiny.snapshot"_s, u"mid.snapshot"_s, u"big.snapshot"_s }));
    proxy.sort(LocalBackupModel::BackupTimeColumn, Qt::AscendingOrder);
    QCOMPARE(files(proxy), (QStringList{ u"mid.snapshot"_s, u"big.snapshot"_s, u"tiny.snapshot"_s }));
}

QTEST_MAIN(TestLocalBackupModel)
#include "TestLocalBackupModel.moc"
