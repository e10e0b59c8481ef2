// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scheduling/ScheduleStore.h"
#include "support/ManualClock.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Snapdock;
using Snapdock::TestSupport::ManualClock;

namespace {

QDateTime utc(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toUTC();
}

Schedule sampleSchedule(const QString &name = u"Nightly"_s)
{
    Schedule schedule;
    schedule.name = name;
    schedule.profileId = Schedule::createId();
    schedule.selection.mode = ScheduleSelection::Mode::List;
    schedule.selection.names = { u"docs"_s, u"images, with a comma"_s };
    schedule.timing = *ScheduleTiming::daily({ QTime(2, 30), QTime(14, 0) });
    schedule.retention = QJsonObject{ { u"keepLast"_s, 7 } };
    schedule.keepOnServer = 2;
    schedule.drill.enabled = true;
    schedule.webhookUrl = QUrl(u"https://hooks.example.com/x?a=1&b=%22q%22"_s);
    return schedule;
}

// The helper modes this binary runs in as a child process: another program writing the same settings file.
int runChild(const QStringList &arguments)
{
    const QString mode = arguments.at(1);
    ScheduleStore store(arguments.at(2));
    const QString id = arguments.at(3);
    if (mode == u"--child-record-drill"_s)
        return store.recordDrill(id, utc(arguments.at(4)), RunOutcome::Succeeded) ? 0 : 1;
    if (mode == u"--child-rename"_s) {
        Result<Schedule> schedule = store.schedule(id);
        if (!schedule)
            return 1;
        schedule->name = arguments.at(4);
        return store.update(*schedule) ? 0 : 1;
    }
    return 2;
}

} // namespace

// Schedules and their run state in QSettings, shared by the desktop application and the CLI.
class TestScheduleStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void add_assignsIdAndCreatedAtFromClock();
    void add_reopenedStore_seesEveryField();
    void add_invalidSchedule_isRefusedAndNothingSaved();
    void add_takenId_isAlreadyExists();
    void update_changesOnlyThatSchedule_andKeepsCreatedAt();
    void update_unknownId_isNotFound();
    void remove_alsoRemovesRunState();
    void schedules_orderedByCreationThenName();
    void schedulesForProfile_filters();
    void signals_carryTheScheduleId();

    void runState_neverRan_isDefault();
    void runState_startedThenFinished_roundTrips();
    void runState_unknownSchedule_isNotFound();

    void malformedEntry_isSkippedAndExplained();
    void twoSettingsObjects_oneFile_bothWritesSurvive();
    void childProcess_writesMeanwhile_bothWritesSurvive();

private:
    [[nodiscard]] bool runChildProcess(const QStringList &arguments);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_file;
};

void TestScheduleStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestScheduleStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_file = m_dir->filePath(u"snapdock.ini"_s);
}

bool TestScheduleStore::runChildProcess(const QStringList &arguments)
{
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), arguments);
    if (!child.waitForFinished(60000)) {
        child.kill();
        child.waitForFinished();
        return false;
    }
    return child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0;
}

void TestScheduleStore::add_assignsIdAndCreatedAtFromClock()
{
    const ManualClock clock(utc(u"2026-11-26T10:11:12.345Z"_s));
    ScheduleStore store(m_file);
    store.setClock(&clock);
    const Result<Schedule> added = store.add(sampleSchedule());
    QVERIFY2(added.has_value(), qPrintable(added ? QString() : added.error().detail));
    QVERIFY(Schedule::isWellFormedId(added->id));
    QCOMPARE(added->createdAt, clock.now());
    QCOMPARE(added->createdAt.timeSpec(), Qt::UTC);

    // A given createdAt is kept.
    Schedule withTime = sampleSchedule(u"Second"_s);
    withTime.createdAt = utc(u"2026-01-01T00:00:00Z"_s);
    const Result<Schedule> second = store.add(withTime);
    QVERIFY(second.has_value());
    QCOMPARE(second->createdAt, withTime.createdAt);
}

void TestScheduleStore::add_reopenedStore_seesEveryField()
{
    Schedule added;
    {
        ScheduleStore store(m_file);
        const Result<Schedule> result = store.add(sampleSchedule());
        QVERIFY(result.has_value());
        added = *result;
    }
    ScheduleStore reopened(m_file);
    QCOMPARE(reopened.ids(), QStringList{ added.id });
    QVERIFY(reopened.contains(added.id));
    const Result<Schedule> read = reopened.schedule(added.id);
    QVERIFY2(read.has_value(), qPrintable(read ? QString() : read.error().detail));
    QVERIFY(*read == added);
    QCOMPARE(reopened.schedules().size(), 1);

    // One key per schedule, readable JSON, nothing else in the group.
    QSettings raw(m_file, QSettings::IniFormat);
    raw.beginGroup(u"schedules"_s);
    QCOMPARE(raw.childKeys(), QStringList{ added.id });
    const QJsonDocument json = QJsonDocument::fromJson(raw.value(added.id).toString().toUtf8());
    QCOMPARE(json.object().value("name"_L1).toString(), u"Nightly"_s);
}

void TestScheduleStore::add_invalidSchedule_isRefusedAndNothingSaved()
{
    ScheduleStore store(m_file);
    Schedule invalid = sampleSchedule();
    invalid.folderTemplate = u"../outside"_s;
    const Result<Schedule> added = store.add(invalid);
    QVERIFY(!added.has_value());
    QCOMPARE(added.error().kind, ErrorKind::InvalidArgument);
    QVERIFY(store.ids().isEmpty());

    Schedule badId = sampleSchedule();
    badId.id = u"../../etc/passwd"_s;
    QVERIFY(!store.add(badId).has_value());
    QVERIFY(store.ids().isEmpty());
}

void TestScheduleStore::add_takenId_isAlreadyExists()
{
    ScheduleStore store(m_file);
    const Result<Schedule> first = store.add(sampleSchedule());
    QVERIFY(first.has_value());
    Schedule clash = sampleSchedule(u"Clash"_s);
    clash.id = first->id;
    const Result<Schedule> second = store.add(clash);
    QVERIFY(!second.has_value());
    QCOMPARE(second.error().kind, ErrorKind::AlreadyExists);
    QCOMPARE(store.schedule(first->id)->name, u"Nightly"_s);
}

void TestScheduleStore::update_changesOnlyThatSchedule_andKeepsCreatedAt()
{
    ScheduleStore store(m_file);
    const Result<Schedule> a = store.add(sampleSchedule(u"A"_s));
    const Result<Schedule> b = store.add(sampleSchedule(u"B"_s));
    QVERIFY(a && b);

    Schedule changed = *a;
    changed.name = u"A renamed"_s;
    changed.timing = *ScheduleTiming::everyHours(6);
    changed.createdAt = QDateTime();
    QVERIFY(store.update(changed).has_value());

    const Result<Schedule> read = store.schedule(a->id);
    QCOMPARE(read->name, u"A renamed"_s);
    QCOMPARE(read->timing.describe(), u"Every 6 hours"_s);
    QCOMPARE(read->createdAt, a->createdAt);
    QVERIFY(*store.schedule(b->id) == *b);

    Schedule invalid = *read;
    invalid.name.clear();
    QCOMPARE(store.update(invalid).error().kind, ErrorKind::InvalidArgument);
    QCOMPARE(store.schedule(a->id)->name, u"A renamed"_s);
}

void TestScheduleStore::update_unknownId_isNotFound()
{
    ScheduleStore store(m_file);
    Schedule unknown = sampleSchedule();
    unknown.id = Schedule::createId();
    const VoidResult updated = store.update(unknown);
    QVERIFY(!updated.has_value());
    QCOMPARE(updated.error().kind, ErrorKind::NotFound);
    QVERIFY(store.ids().isEmpty());
}

void TestScheduleStore::remove_alsoRemovesRunState()
{
    ScheduleStore store(m_file);
    const Result<Schedule> added = store.add(sampleSchedule());
    QVERIFY(added.has_value());
    QVERIFY(store.recordRunStarted(added->id, utc(u"2026-11-26T02:30:01Z"_s), utc(u"2026-11-26T02:30:00Z"_s)));
    QVERIFY(store.remove(added->id).has_value());
    QVERIFY(!store.contains(added->id));
    QCOMPARE(store.schedule(added->id).error().kind, ErrorKind::NotFound);
    QCOMPARE(store.remove(added->id).error().kind, ErrorKind::NotFound);

    QSettings raw(m_file, QSettings::IniFormat);
    QVERIFY(raw.allKeys().filter(added->id).isEmpty());
}

void TestScheduleStore::schedules_orderedByCreationThenName()
{
    ScheduleStore store(m_file);
    const QDateTime early = utc(u"2026-01-01T00:00:00Z"_s);
    const QDateTime late = utc(u"2026-06-01T00:00:00Z"_s);
    for (const auto &[name, created] :
        { std::pair{ u"Late"_s, late }, std::pair{ u"Zeta"_s, early }, std::pair{ u"Alpha"_s, early } }) {
        Schedule schedule = sampleSchedule(name);
        schedule.createdAt = created;
        QVERIFY(store.add(schedule).has_value());
    }
    QStringList names;
    for (const Schedule &schedule : store.schedules())
        names.append(schedule.name);
    QCOMPARE(names, (QStringList{ u"Alpha"_s, u"Zeta"_s, u"Late"_s }));
}

void TestScheduleStore::schedulesForProfile_filters()
{
    ScheduleStore store(m_file);
    const Schedule first = sampleSchedule(u"First"_s);
    Schedule second = sampleSchedule(u"Second"_s);
    second.profileId = first.profileId;
    QVERIFY(store.add(first) && store.add(second) && store.add(sampleSchedule(u"Other host"_s)));
    QCOMPARE(store.schedulesForProfile(first.profileId).size(), 2);
    QVERIFY(store.schedulesForProfile(Schedule::createId()).isEmpty());
}

void TestScheduleStore::signals_carryTheScheduleId()
{
    ScheduleStore store(m_file);
    QSignalSpy added(&store, &ScheduleStore::scheduleAdded);
    QSignalSpy changed(&store, &ScheduleStore::scheduleChanged);
    QSignalSpy removed(&store, &ScheduleStore::scheduleRemoved);
    QSignalSpy runs(&store, &ScheduleStore::runStateChanged);

    const Result<Schedule> schedule = store.add(sampleSchedule());
    QVERIFY(schedule.has_value());
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.constFirst().constFirst().toString(), schedule->id);

    QVERIFY(store.update(*schedule).has_value()); // no change: no signal
    QCOMPARE(changed.size(), 0);
    Schedule renamed = *schedule;
    renamed.name = u"Renamed"_s;
    QVERIFY(store.update(renamed).has_value());
    QCOMPARE(changed.size(), 1);

    QVERIFY(store.recordDrill(schedule->id, utc(u"2026-11-26T05:00:00Z"_s), RunOutcome::Failed));
    QCOMPARE(runs.size(), 1);
    QVERIFY(store.remove(schedule->id).has_value());
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.constFirst().constFirst().toString(), schedule->id);
}

void TestScheduleStore::runState_neverRan_isDefault()
{
    ScheduleStore store(m_file);
    const Result<Schedule> schedule = store.add(sampleSchedule());
    QVERIFY(schedule.has_value());
    const Result<ScheduleRunState> state = store.runState(schedule->id);
    QVERIFY(state.has_value());
    QVERIFY(*state == ScheduleRunState());
    QVERIFY(!state->hasRun());
}

void TestScheduleStore::runState_startedThenFinished_roundTrips()
{
    ScheduleStore store(m_file);
    const Result<Schedule> schedule = store.add(sampleSchedule());
    QVERIFY(schedule.has_value());
    const QString id = schedule->id;

    const QDateTime slot = utc(u"2026-11-26T02:30:00Z"_s);
    const QDateTime started = utc(u"2026-11-26T09:00:00.250Z"_s);
    QVERIFY(store.recordRunStarted(id, started, slot));
    ScheduleRunState state = *store.runState(id);
    QCOMPARE(state.lastRunAt, started);
    QCOMPARE(state.lastSlotAt, slot);
    QVERIFY(!state.lastFinishedAt.isValid());
    QCOMPARE(state.lastOutcome, RunOutcome::None);

    const QDateTime finished = utc(u"2026-11-26T09:14:00Z"_s);
    QVERIFY(store.recordRunFinished(id, finished, RunOutcome::PartiallyFailed, u"3 of 4\ncollections backed up"_s));
    QVERIFY(store.recordDrill(id, utc(u"2026-11-26T09:20:00Z"_s), RunOutcome::Succeeded));

    ScheduleStore reopened(m_file);
    state = *reopened.runState(id);
    QCOMPARE(state.lastRunAt, started);
    QCOMPARE(state.lastSlotAt, slot);
    QCOMPARE(state.lastFinishedAt, finished);
    QCOMPARE(state.lastOutcome, RunOutcome::PartiallyFailed);
    QCOMPARE(state.lastMessage, u"3 of 4 collections backed up"_s);
    QCOMPARE(state.lastDrillAt, utc(u"2026-11-26T09:20:00Z"_s));
    QCOMPARE(state.lastDrillOutcome, RunOutcome::Succeeded);

    // The next run clears the previous run's ending but keeps the drill.
    QVERIFY(reopened.recordRunStarted(id, utc(u"2026-11-27T02:30:01Z"_s), utc(u"2026-11-27T02:30:00Z"_s)));
    state = *reopened.runState(id);
    QVERIFY(!state.lastFinishedAt.isValid());
    QCOMPARE(state.lastOutcome, RunOutcome::None);
    QVERIFY(state.lastMessage.isEmpty());
    QCOMPARE(state.lastDrillOutcome, RunOutcome::Succeeded);
}

void TestScheduleStore::runState_unknownSchedule_isNotFound()
{
    ScheduleStore store(m_file);
    const QString id = Schedule::createId();
    QCOMPARE(store.runState(id).error().kind, ErrorKind::NotFound);
    QCOMPARE(store.recordRunStarted(id, utc(u"2026-11-26T02:30:00Z"_s), {}).error().kind, ErrorKind::NotFound);
    QCOMPARE(store.recordRunFinished(id, {}, RunOutcome::Failed, {}).error().kind, ErrorKind::NotFound);
    QCOMPARE(store.recordDrill(id, {}, RunOutcome::Failed).error().kind, ErrorKind::NotFound);
    // Nothing was written for the unknown id.
    QSettings raw(m_file, QSettings::IniFormat);
    QVERIFY(raw.allKeys().isEmpty());
}

void TestScheduleStore::malformedEntry_isSkippedAndExplained()
{
    const QString brokenId = Schedule::createId();
    {
        QSettings raw(m_file, QSettings::IniFormat);
        raw.setValue(QString(u"schedules/"_s + brokenId), u"{\"name\": \"half"_s);
        raw.setValue(u"schedules/not-a-uuid"_s, QString::fromUtf8(QJsonDocument(sampleSchedule().toJson()).toJson()));
    }
    ScheduleStore store(m_file);
    const Result<Schedule> good = store.add(sampleSchedule(u"Good"_s));
    QVERIFY(good.has_value());
    const QList<Schedule> schedules = store.schedules();
    QCOMPARE(schedules.size(), 1);
    QCOMPARE(schedules.constFirst().id, good->id);

    const Result<Schedule> broken = store.schedule(brokenId);
    QVERIFY(!broken.has_value());
    QCOMPARE(broken.error().kind, ErrorKind::InvalidArgument);
    QVERIFY2(broken.error().detail.contains(brokenId), qPrintable(broken.error().detail));
}

// Two QSettings objects on one file, as the GUI's settings and a store opened on the file path would be.
void TestScheduleStore::twoSettingsObjects_oneFile_bothWritesSurvive()
{
    QSettings settingsA(m_file, QSettings::IniFormat);
    QSettings settingsB(m_file, QSettings::IniFormat);
    ScheduleStore a(&settingsA);
    ScheduleStore b(&settingsB);

    const Result<Schedule> schedule = a.add(sampleSchedule());
    QVERIFY(schedule.has_value());
    QVERIFY(b.contains(schedule->id));

    QVERIFY(b.recordDrill(schedule->id, utc(u"2026-11-26T05:00:00Z"_s), RunOutcome::Succeeded));
    QVERIFY(a.recordRunStarted(schedule->id, utc(u"2026-11-26T02:30:01Z"_s), utc(u"2026-11-26T02:30:00Z"_s)));
    Schedule renamed = *schedule;
    renamed.name = u"Renamed in B"_s;
    QVERIFY(b.update(renamed).has_value());

    for (const ScheduleStore *store : { &a, &b }) {
        const ScheduleRunState state = *store->runState(schedule->id);
        QCOMPARE(state.lastDrillAt, utc(u"2026-11-26T05:00:00Z"_s));
        QCOMPARE(state.lastRunAt, utc(u"2026-11-26T02:30:01Z"_s));
        QCOMPARE(store->schedule(schedule->id)->name, u"Renamed in B"_s);
    }
}

// `snapdock-cli run-schedule` and the desktop application are separate processes: what one writes must neither be
// lost nor overwrite what the other wrote, and a long-lived store sees the other's changes without reopening.
void TestScheduleStore::childProcess_writesMeanwhile_bothWritesSurvive()
{
    ScheduleStore store(m_file);
    const Result<Schedule> schedule = store.add(sampleSchedule());
    QVERIFY(schedule.has_value());
    const QString id = schedule->id;
    QVERIFY(store.recordRunStarted(id, utc(u"2026-11-26T02:30:01Z"_s), utc(u"2026-11-26T02:30:00Z"_s)));

    QVERIFY(runChildProcess({ u"--child-record-drill"_s, m_file, id, u"2026-11-26T03:00:00Z"_s }));
    QVERIFY(runChildProcess({ u"--child-rename"_s, m_file, id, u"Renamed by the CLI"_s }));

    QVERIFY(store.recordRunFinished(id, utc(u"2026-11-26T02:45:00Z"_s), RunOutcome::Succeeded, u"done"_s));

    const ScheduleRunState state = *store.runState(id);
    QCOMPARE(state.lastRunAt, utc(u"2026-11-26T02:30:01Z"_s));
    QCOMPARE(state.lastFinishedAt, utc(u"2026-11-26T02:45:00Z"_s));
    QCOMPARE(state.lastOutcome, RunOutcome::Succeeded);
    QCOMPARE(state.lastDrillAt, utc(u"2026-11-26T03:00:00Z"_s));
    QCOMPARE(state.lastDrillOutcome, RunOutcome::Succeeded);
    QCOMPARE(store.schedule(id)->name, u"Renamed by the CLI"_s);

    // And the file itself holds all of it for the next process.
    ScheduleStore fresh(m_file);
    QVERIFY(*fresh.runState(id) == state);
    QCOMPARE(fresh.schedule(id)->name, u"Renamed by the CLI"_s);
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() >= 5 && arguments.at(1).startsWith(u"--child-"_s))
        return runChild(arguments);
    TestScheduleStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "TestScheduleStore.moc"
