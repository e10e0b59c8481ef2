// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/profiles/ProfileStore.h"
#include "core/scheduling/ScheduleStore.h"
#include "gui/models/ScheduleTableModel.h"
#include "support/ManualClock.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Snapdock;

// The schedules table: rows follow the store (also what another process wrote), next runs follow the clock, and
// last runs and recovery points read as a person expects.
class TestScheduleTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void rows_followTheStore_underModelTester();
    void nextRun_followsTheClock_andDisabledOrPausedHaveNone();
    void lastRun_andRunState_writtenByAnotherProcess_appearOnReload();
    void recoveryColumn_saysOkOrBreached();
    void selection_isDescribedForPeople();

private:
    [[nodiscard]] Schedule dailyAt(const QString &name, QTime time) const;
    [[nodiscard]] QString settingsFile() const { return m_dir->filePath(u"snapdock.conf"_s); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<ScheduleStore> m_store;
    std::unique_ptr<TestSupport::ManualClock> m_clock;
    QString m_profileId;
};

void TestScheduleTableModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestScheduleTableModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_profiles = std::make_unique<ProfileStore>(settingsFile());
    Profile profile;
    profile.name = u"Production"_s;
    profile.baseUrl = QUrl(u"http://127.0.0.1:6333"_s);
    profile.defaultBackupFolder = m_dir->filePath(u"backups"_s);
    auto added = m_profiles->add(profile);
    QVERIFY(added);
    m_profileId = added->id;
    // Friday 27 November 2026, 10:00 UTC.
    m_clock = std::make_unique<TestSupport::ManualClock>(QDateTime(QDate(2026, 11, 27), QTime(10, 0), Qt::UTC));
    m_store = std::make_unique<ScheduleStore>(settingsFile());
    m_store->setClock(m_clock.get());
}

void TestScheduleTableModel::cleanup()
{
    m_store.reset();
    m_profiles.reset();
    m_clock.reset();
    m_dir.reset();
}

Schedule TestScheduleTableModel::dailyAt(const QString &name, QTime time) const
{
    Schedule schedule;
    schedule.name = name;
    schedule.profileId = m_profileId;
    schedule.timing = *ScheduleTiming::daily({ time });
    return schedule;
}

void TestScheduleTableModel::rows_followTheStore_underModelTester()
{
    QVERIFY(m_store->add(dailyAt(u"Nightly"_s, QTime(2, 30))));
    ScheduleTableModel model(*m_store, *m_profiles, *m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(ScheduleTableModel::SortRole);
    proxy.sort(ScheduleTableModel::NextRunColumn);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, ScheduleTableModel::NameColumn).data().toString(), u"Nightly"_s);
    QCOMPARE(model.index(0, ScheduleTableModel::HostColumn).data().toString(), u"Production"_s);
    QCOMPARE(model.index(0, ScheduleTableModel::TimingColumn).data().toString(), u"Every day at 02:30"_s);

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    auto second = m_store->add(dailyAt(u"Afternoon"_s, QTime(14, 0)));
    QVERIFY(second);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf(second->id), 1);

    Schedule renamed = *second;
    renamed.name = u"Early afternoon"_s;
    QVERIFY(m_store->update(renamed));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(1, ScheduleTableModel::NameColumn).data().toString(), u"Early afternoon"_s);

    // The profile's name is the host column.
    Profile profile = *m_profiles->profile(m_profileId);
    profile.name = u"Prod cluster"_s;
    QVERIFY(m_profiles->update(profile));
    QCOMPARE(model.index(1, ScheduleTableModel::HostColumn).data().toString(), u"Prod cluster"_s);

    QVERIFY(m_store->remove(second->id));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rowOf(second->id), -1);
}

void TestScheduleTableModel::nextRun_followsTheClock_andDisabledOrPausedHaveNone()
{
    auto nightly = m_store->add(dailyAt(u"Nightly"_s, QTime(2, 30)));
    QVERIFY(nightly);
    ScheduleTableModel model(*m_store, *m_profiles, *m_clock);
    model.setTimeZone(QTimeZone::utc());
    const QDateTime tomorrow(QDate(2026, 11, 28), QTime(2, 30), Qt::UTC);
    QCOMPARE(model.nextRun(nightly->id), tomorrow);
    QCOMPARE(model.index(0, ScheduleTableModel::NextRunColumn).data(ScheduleTableModel::SortRole).toLongLong(),
        tomorrow.toMSecsSinceEpoch());

    // A day later the 02:30 slot has passed without a run: it is due (once) now.
    m_clock->setNow(QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.refreshTimes();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(0, ScheduleTableModel::NextRunColumn).data().toString(), u"due now"_s);

    model.setPaused(true);
    QCOMPARE(model.index(0, ScheduleTableModel::NextRunColumn).data().toString(), u"paused"_s);
    QVERIFY(!model.nextRun(nightly->id).isValid());
    model.setPaused(false);

    Schedule disabled = *nightly;
    disabled.enabled = false;
    QVERIFY(m_store->update(disabled));
    QCOMPARE(model.index(0, ScheduleTableModel::NextRunColumn).data().toString(), u"disabled"_s);
    QCOMPARE(model.index(0, ScheduleTableModel::NameColumn).data().toString(), u"Nightly (disabled)"_s);
    QCOMPARE(model.index(0, 0).data(ScheduleTableModel::EnabledRole).toBool(), false);
}

void TestScheduleTableModel::lastRun_andRunState_writtenByAnotherProcess_appearOnReload()
{
    auto nightly = m_store->add(dailyAt(u"Nightly"_s, QTime(2, 30)));
    QVERIFY(nightly);
    ScheduleTableModel model(*m_store, *m_profiles, *m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.index(0, ScheduleTableModel::LastRunColumn).data().toString(), u"never"_s);

    model.setRunning(nightly->id, true);
    QCOMPARE(model.index(0, ScheduleTableModel::LastRunColumn).data().toString(), u"running…"_s);
    model.setRunning(nightly->id, false);

    // `snapdock-cli run-schedule` writes the same settings file through its own store.
    ScheduleStore cli(settingsFile());
    const QDateTime started(QDate(2026, 11, 27), QTime(2, 30), Qt::UTC);
    QVERIFY(cli.recordRunStarted(nightly->id, started, started));
    QVERIFY(cli.recordRunFinished(nightly->id, started.addSecs(300), RunOutcome::PartiallyFailed, u"3 of 4 backups"_s));
    QVERIFY(model.index(0, ScheduleTableModel::LastRunColumn).data().toString() == u"never"_s);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.reload();
    QCOMPARE(changed.count(), 1);
    const QModelIndex lastRun = model.index(0, ScheduleTableModel::LastRunColumn);
    QVERIFY2(lastRun.data().toString().endsWith(u"partly failed"_s), qPrintable(lastRun.data().toString()));
    QCOMPARE(lastRun.data(Qt::ToolTipRole).toString(), u"3 of 4 backups"_s);
    QVERIFY(!lastRun.data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(lastRun.data(ScheduleTableModel::SortRole).toLongLong(), started.toMSecsSinceEpoch());

    // Nothing changed: no signal.
    model.reload();
    QCOMPARE(changed.count(), 1);

    // Removed by the other process: the row goes.
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QVERIFY(cli.remove(nightly->id));
    model.reload();
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.rowCount(), 0);
}

void TestScheduleTableModel::recoveryColumn_saysOkOrBreached()
{
    Schedule watched = dailyAt(u"Nightly"_s, QTime(2, 30));
    watched.maxAgeHours = 26;
    auto nightly = m_store->add(watched);
    QVERIFY(nightly);
    Schedule unwatched = dailyAt(u"Unwatched"_s, QTime(3, 0));
    unwatched.maxAgeHours = 0;
    auto other = m_store->add(unwatched);
    QVERIFY(other);
    ScheduleTableModel model(*m_store, *m_profiles, *m_clock);
    const QModelIndex recovery = model.index(0, ScheduleTableModel::RecoveryColumn);
    QCOMPARE(recovery.data().toString(), u"checking…"_s);
    QCOMPARE(model.index(1, ScheduleTableModel::RecoveryColumn).data().toString(), u"not watched"_s);

    RecoveryStatus ok;
    ok.checked = true;
    ok.maxAgeSeconds = 26 * 3600;
    ok.oldestAgeSeconds = 3 * 3600;
    model.setRecovery(nightly->id, ok);
    QCOMPARE(recovery.data().toString(), u"ok, 3h old"_s);
    QVERIFY(!recovery.data(ScheduleTableModel::BreachedRole).toBool());

    RecoveryStatus breached = ok;
    breached.breached = true;
    breached.oldestAgeSeconds = 30 * 3600;
    breached.warnings.insert(u"docs"_s, u"the newest good backup is 1d 6h old (limit 1d 2h)"_s);
    model.setRecovery(nightly->id, breached);
    QCOMPARE(recovery.data().toString(), u"30h old (max 26h)"_s);
    QVERIFY(recovery.data(ScheduleTableModel::BreachedRole).toBool());
    QVERIFY(recovery.data(Qt::ToolTipRole).toString().contains(u"docs: the newest good backup"_s));
    QVERIFY(!recovery.data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(model.recovery(nightly->id), breached);
}

void TestScheduleTableModel::selection_isDescribedForPeople()
{
    ScheduleSelection all;
    QCOMPARE(ScheduleTableModel::describeSelection(all), u"All collections"_s);
    ScheduleSelection list;
    list.mode = ScheduleSelection::Mode::List;
    list.names = { u"docs"_s, u"articles"_s, u"images"_s, u"users"_s, u"logs"_s };
    QCOMPARE(ScheduleTableModel::describeSelection(list), u"docs, articles, images and 2 more"_s);
    ScheduleSelection pattern;
    pattern.mode = ScheduleSelection::Mode::Pattern;
    pattern.pattern = u"prod_*"_s;
    pattern.includeFullStorage = true;
    QCOMPARE(ScheduleTableModel::describeSelection(pattern), u"Matching “prod_*” + full storage"_s);
    ScheduleSelection fullOnly;
    fullOnly.mode = ScheduleSelection::Mode::List;
    fullOnly.includeFullStorage = true;
    QCOMPARE(ScheduleTableModel::describeSelection(fullOnly), u"Full storage"_s);
}

QTEST_MAIN(TestScheduleTableModel)
#include "TestScheduleTableModel.moc"
