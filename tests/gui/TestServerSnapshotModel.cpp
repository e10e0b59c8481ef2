// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/models/ServerSnapshotModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Snapdock;

class TestServerSnapshotModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fillUpdateClear_underModelTester();
    void size_sortsNumerically();
    void created_sortsChronologically();
    void display_shortChecksumAndLocalTime_tooltipsFull();

private:
    static SnapshotDescription snapshot(const QString &name, qint64 size, const QDateTime &created = {});
    static QStringList names(const QAbstractItemModel &model);
};

void TestServerSnapshotModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

SnapshotDescription TestServerSnapshotModel::snapshot(const QString &name, qint64 size, const QDateTime &created)
{
    SnapshotDescription description;
    description.name = name;
    description.size = size;
    description.creationTime = created;
    description.checksum = u"0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"_s;
    return description;
}

QStringList TestServerSnapshotModel::names(const QAbstractItemModel &model)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, ServerSnapshotModel::NameColumn).data().toString());
    return values;
}

void TestServerSnapshotModel::fillUpdateClear_underModelTester()
{
    ServerSnapshotModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(ServerSnapshotModel::SortRole);
    proxy.sort(ServerSnapshotModel::SizeColumn);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);

    const SnapshotScope docs = SnapshotScope::forCollection(u"docs"_s);
    model.setSnapshots(docs, { snapshot(u"s1"_s, 10), snapshot(u"s2"_s, 20), snapshot(u"s3"_s, 30) });
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(model.hasScope());

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    // Same scope: s1 gone, s2 and s3 changed (one dataChanged), s4 new.
    model.setSnapshots(docs, { snapshot(u"s2"_s, 21), snapshot(u"s3"_s, 31), snapshot(u"s4"_s, 40) });
    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(names(model), (QStringList{ u"s2"_s, u"s3"_s, u"s4"_s }));
    QCOMPARE(model.snapshot(u"s2"_s)->size, 21);

    // Unchanged list: no signal at all.
    changed.clear();
    model.setSnapshots(docs, { snapshot(u"s2"_s, 21), snapshot(u"s3"_s, 31), snapshot(u"s4"_s, 40) });
    QCOMPARE(changed.count(), 0);

    model.removeSnapshot(u"s3"_s);
    QCOMPARE(names(model), (QStringList{ u"s2"_s, u"s4"_s }));
    model.removeSnapshot(u"unknown"_s);

    // Another scope resets.
    model.setSnapshots(SnapshotScope::fullStorage(), { snapshot(u"full"_s, 1), snapshot(u"full"_s, 2) });
    QCOMPARE(reset.count(), 1);
    QCOMPARE(names(model), (QStringList{ u"full"_s }));
    QCOMPARE(model.scope().kind, SnapshotScope::Kind::FullStorage);

    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.hasScope());
}

void TestServerSnapshotModel::size_sortsNumerically()
{
    ServerSnapshotModel model;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(ServerSnapshotModel::SortRole);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSnapshots(SnapshotScope::forCollection(u"c"_s),
        { snapshot(u"two-gib"_s, 2LL << 30), snapshot(u"nine-bytes"_s, 9), snapshot(u"ten-kib"_s, 10 * 1024) });
    proxy.sort(ServerSnapshotModel::SizeColumn, Qt::AscendingOrder);
    QCOMPARE(names(proxy), (QStringList{ u"nine-bytes"_s, u"ten-kib"_s, u"two-gib"_s }));
    QCOMPARE(model.index(model.rowOf(u"two-gib"_s), ServerSnapshotModel::SizeColumn).data().toString(),
        QLocale().formattedDataSize(2LL << 30, 1, QLocale::DataSizeIecFormat));
}

void TestServerSnapshotModel::created_sortsChronologically()
{
    ServerSnapshotModel model;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(ServerSnapshotModel::SortRole);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSnapshots(SnapshotScope::forCollection(u"c"_s),
        {
            snapshot(u"feb"_s, 1, QDateTime(QDate(2026, 2, 1), QTime(10, 0), Qt::UTC)),
            snapshot(u"dec"_s, 1, QDateTime(QDate(2025, 12, 31), QTime(10, 0), Qt::UTC)),
            snapshot(u"unknown"_s, 1),
            snapshot(u"jan"_s, 1, QDateTime(QDate(2026, 1, 15), QTime(10, 0), Qt::UTC)),
        });
    proxy.sort(ServerSnapshotModel::CreatedColumn, Qt::AscendingOrder);
    QCOMPARE(names(proxy), (QStringList{ u"unknown"_s, u"dec"_s, u"jan"_s, u"feb"_s }));
    proxy.sort(ServerSnapshotModel::CreatedColumn, Qt::DescendingOrder);
    QCOMPARE(names(proxy), (QStringList{ u"feb"_s, u"jan"_s, u"dec"_s, u"unknown"_s }));
}

void TestServerSnapshotModel::display_shortChecksumAndLocalTime_tooltipsFull()
{
    ServerSnapshotModel model;
    const QDateTime created(QDate(2026, 1, 15), QTime(10, 30), Qt::UTC);
    model.setSnapshots(SnapshotScope::forCollection(u"c"_s), { snapshot(u"s"_s, 5, created) });
    const QModelIndex checksum = model.index(0, ServerSnapshotModel::ChecksumColumn);
    QCOMPARE(checksum.data().toString(), u"0123456789ab…"_s);
    QCOMPARE(checksum.data(Qt::ToolTipRole).toString(), snapshot(u"s"_s, 5).checksum);
    const QModelIndex time = model.index(0, ServerSnapshotModel::CreatedColumn);
    QCOMPARE(time.data().toString(), QLocale().toString(created.toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(time.data(Qt::ToolTipRole).toString(), u"2026-01-15 10:30:00 UTC"_s);
    QCOMPARE(time.data(ServerSnapshotModel::SortRole).toLongLong(), created.toMSecsSinceEpoch());
    QCOMPARE(model.index(0, ServerSnapshotModel::SizeColumn).data(ServerSnapshotModel::SortRole).toLongLong(), 5);
}

QTEST_MAIN(TestServerSnapshotModel)
#include "TestServerSnapshotModel.moc"
