// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/models/CollectionTableModel.h"
#include "gui/models/DisplayFormat.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Snapdock;

class TestCollectionTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fillUpdateClear_underModelTester();
    void setCollections_keepsDetailsOfRowsThatStay();
    void points_sortNumerically();
    void lastBackup_sortsChronologically_andAgeFollowsClock();
    void detailError_showsInTooltip();
    void unknownCollection_isIgnored();

private:
    static CollectionInfo info(const QString &name, qint64 points, int shards = 1);
    static QStringList column(const QAbstractItemModel &model, int column);
};

void TestCollectionTableModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

CollectionInfo TestCollectionTableModel::info(const QString &name, qint64 points, int shards)
{
    CollectionInfo info;
    info.name = name;
    info.status = u"green"_s;
    info.pointsCount = points;
    info.shardNumber = shards;
    info.vectors = QJsonObject{ { u"size"_s, 4 }, { u"distance"_s, u"Cosine"_s } };
    return info;
}

QStringList TestCollectionTableModel::column(const QAbstractItemModel &model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, column).data().toString());
    return values;
}

void TestCollectionTableModel::fillUpdateClear_underModelTester()
{
    CollectionTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(CollectionTableModel::SortRole);
    proxy.sort(CollectionTableModel::PointsColumn);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    model.setCollections({ u"a"_s, u"b"_s, u"c"_s });
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 2);
    QCOMPARE(model.index(0, CollectionTableModel::StatusColumn).data().toString(), u"loading…"_s);

    model.setInfo(info(u"b"_s, 1234, 2));
    model.setAliases(u"b"_s, { u"bee"_s, u"buzz"_s });
    model.setSnapshotCount(u"b"_s, 4);
    QCOMPARE(changed.count(), 3);
    const int b = model.rowOf(u"b"_s);
    QCOMPARE(model.index(b, CollectionTableModel::ShardsColumn).data().toString(), u"2"_s);
    QCOMPARE(model.index(b, CollectionTableModel::AliasesColumn).data().toString(), u"bee, buzz"_s);
    QCOMPARE(model.index(b, CollectionTableModel::SnapshotsColumn).data().toString(), u"4"_s);
    QCOMPARE(model.index(b, CollectionTableModel::VectorsColumn).data().toString(), info(u"b"_s, 0).vectorsSummary());
    QCOMPARE(
        model.index(b, CollectionTableModel::PointsColumn).data(CollectionTableModel::SortRole).toLongLong(), 1234);
    QCOMPARE(model.index(b, CollectionTableModel::StatusColumn).data().toString(), u"green"_s);
    QVERIFY(!model.index(b, CollectionTableModel::StatusColumn).data(Qt::DecorationRole).isNull());

    // Backups for every row: one dataChanged for the whole block.
    changed.clear();
    model.setLastBackups({ { u"a"_s, QDateTime::currentDateTimeUtc() } });
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 2);

    model.setCollections({ u"b"_s, u"d"_s });
    QCOMPARE(model.collections(), (QStringList{ u"b"_s, u"d"_s }));
    QCOMPARE(removed.count(), 2);

    model.clear();
    QCOMPARE(model.rowCount(), 0);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestCollectionTableModel::setCollections_keepsDetailsOfRowsThatStay()
{
    CollectionTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCollections({ u"x"_s, u"y"_s });
    model.setInfo(info(u"y"_s, 77));
    model.setCollections({ u"y"_s, u"z"_s, u"y"_s });
    QCOMPARE(model.collections(), (QStringList{ u"y"_s, u"z"_s }));
    QVERIFY(model.info(u"y"_s).has_value());
    QCOMPARE(model.info(u"y"_s)->pointsCount, 77);
}

void TestCollectionTableModel::points_sortNumerically()
{
    CollectionTableModel model;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(CollectionTableModel::SortRole);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCollections({ u"big"_s, u"small"_s, u"middle"_s });
    model.setInfo(info(u"big"_s, 100000));
    model.setInfo(info(u"small"_s, 9));
    model.setInfo(info(u"middle"_s, 20));
    proxy.sort(CollectionTableModel::PointsColumn, Qt::AscendingOrder);
    QCOMPARE(column(proxy, CollectionTableModel::NameColumn), (QStringList{ u"small"_s, u"middle"_s, u"big"_s }));
    proxy.sort(CollectionTableModel::PointsColumn, Qt::DescendingOrder);
    QCOMPARE(column(proxy, CollectionTableModel::NameColumn), (QStringList{ u"big"_s, u"middle"_s, u"small"_s }));
}

void TestCollectionTableModel::lastBackup_sortsChronologically_andAgeFollowsClock()
{
    CollectionTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(CollectionTableModel::SortRole);
    const QDateTime now(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
    model.setClock([now] {
        return now;
    });
    model.setCollections({ u"never"_s, u"december"_s, u"february"_s, u"january"_s });
    model.setLastBackups({
        { u"december"_s, QDateTime(QDate(2025, 12, 31), QTime(23, 0), Qt::UTC) },
        { u"february"_s, QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC) },
        { u"january"_s, QDateTime(QDate(2026, 1, 15), QTime(8, 0), Qt::UTC) },
    });
    proxy.sort(CollectionTableModel::LastBackupColumn, Qt::AscendingOrder);
    QCOMPARE(column(proxy, CollectionTableModel::NameColumn),
        (QStringList{ u"never"_s, u"december"_s, u"january"_s, u"february"_s }));
    proxy.sort(CollectionTableModel::BackupAgeColumn, Qt::AscendingOrder);
    QCOMPARE(column(proxy, CollectionTableModel::NameColumn),
        (QStringList{ u"february"_s, u"january"_s, u"december"_s, u"never"_s }));

    const int february = model.rowOf(u"february"_s);
    QCOMPARE(
        model.index(february, CollectionTableModel::BackupAgeColumn).data().toString(), DisplayFormat::age(3 * 3600));
    QCOMPARE(
        model.index(model.rowOf(u"never"_s), CollectionTableModel::LastBackupColumn).data().toString(), u"never"_s);
    QVERIFY(model.index(february, CollectionTableModel::LastBackupColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(u"UTC"_s));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setClock([now] {
        return now.addDays(2);
    });
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(february, CollectionTableModel::BackupAgeColumn).data().toString(),
        DisplayFormat::age(2 * 86400 + 3 * 3600));
}

void TestCollectionTableModel::detailError_showsInTooltip()
{
    CollectionTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCollections({ u"broken"_s });
    model.setDetailError(u"broken"_s, u"the server rejected the API key"_s);
    QCOMPARE(model.index(0, CollectionTableModel::StatusColumn).data().toString(), u"error"_s);
    QCOMPARE(model.index(0, CollectionTableModel::NameColumn).data(Qt::ToolTipRole).toString(),
        u"the server rejected the API key"_s);
    model.setInfo(info(u"broken"_s, 1));
    QCOMPARE(model.index(0, CollectionTableModel::StatusColumn).data().toString(), u"green"_s);
}

void TestCollectionTableModel::unknownCollection_isIgnored()
{
    CollectionTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setInfo(info(u"ghost"_s, 1));
    model.setAliases(u"ghost"_s, { u"g"_s });
    model.setSnapshotCount(u"ghost"_s, 1);
    model.setLastBackups({ { u"ghost"_s, QDateTime::currentDateTimeUtc() } });
    QCOMPARE(changed.count(), 0);
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestCollectionTableModel)
#include "TestCollectionTableModel.moc"
