// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliTestSupport.h"
#include "cli/ScheduleSettings.h"
#include "core/history/HistoryDatabase.h"
#include "core/scheduling/ScheduleStore.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Snapdock;
using namespace Snapdock::TestSupport;

namespace {

const QFileDevice::Permissions MODE_600 = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
const QFileDevice::Permissions MODE_644 = MODE_600 | QFileDevice::ReadGroup | QFileDevice::ReadOther;

QStringList filesBelow(const QString &folder, const QString &pattern)
{
    QStringList files;
    QDirIterator it(folder, { pattern }, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    return files;
}

} // namespace

// `snapdock-cli run-schedule ID` as the OS timer runs it: the schedule and its profile come from the desktop
// application's settings (a temporary XDG_CONFIG_HOME), the key from the profile's private key file because no
// keychain can be reached, the server from the profile — never from --host.
class TestCliRunSchedule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void runSchedule_privateKeyFile_backsUpIntoTheTemplatedFolderAndRecordsHistory();
    void runSchedule_keyFileReadableByOthers_isRefused();
    void runSchedule_secondConcurrentRun_isRefusedByTheLock();
    void runSchedule_unknownId_isNotFound();

private:
    [[nodiscard]] QString configFile() const { return m_settings.configFile; }
    [[nodiscard]] QString keyFile() const { return m_settings.keyFile; }
    [[nodiscard]] QString backupFolder() const { return m_settings.backupFolder; }
    void writeKeyFile(QFileDevice::Permissions mode);

    CliFixture m_fixture;
    std::unique_ptr<QTemporaryDir> m_home;
    QProcessEnvironment m_environment;
    ScheduleSettings m_settings;
    QString m_scheduleId;
};

void TestCliRunSchedule::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_fixture.start());
}

void TestCliRunSchedule::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_environment = ScheduleSettings::environment(*m_home, CliFixture::cleanEnvironment());
    // No keychain: a session bus that leads nowhere.
    m_environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/snapdock-test/bus"_s);
    // What the desktop application saves: a profile (no key in it) and a schedule.
    m_settings = ScheduleSettings::write(*m_home, m_fixture.baseUrl());
    QVERIFY(!m_settings.scheduleId.isEmpty());
    m_scheduleId = m_settings.scheduleId;
}

void TestCliRunSchedule::cleanup()
{
    m_fixture.control("DELETE", u"/faults"_s);
    m_home.reset();
}

void TestCliRunSchedule::writeKeyFile(QFileDevice::Permissions mode)
{
    QVERIFY(QDir().mkpath(QFileInfo(keyFile()).absolutePath()));
    QFile file(keyFile());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(CliFixture::API_KEY) + "\n");
    file.close();
    QVERIFY(file.setPermissions(mode));
}

void TestCliRunSchedule::runSchedule_privateKeyFile_backsUpIntoTheTemplatedFolderAndRecordsHistory()
{
    writeKeyFile(MODE_600);
    const CliRun run = m_fixture.run({ u"run-schedule"_s, m_scheduleId }, m_home->path(), m_environment);
    QVERIFY2(run.exitCode == 0, qPrintable(run.outText() + run.errText()));
    QVERIFY2(run.outText().contains(u"comes from the key file"_s), qPrintable(run.outText()));
    QVERIFY2(run.outText().contains(u"restore drill of products: passed"_s), qPrintable(run.outText()));

    // {profile}/{collection}/{date}, the date of the run in local time.
    const QString today = QDate::currentDate().toString(u"yyyy-MM-dd"_s);
    const QString folder = QDir(backupFolder()).filePath(u"Emulator/products/"_s + today);
    const QStringList snapshots = QDir(folder).entryList({ u"*.snapshot"_s }, QDir::Files);
    QCOMPARE(snapshots.size(), 1);
    QVERIFY(QFile::exists(QDir(folder).filePath(snapshots.constFirst() + u".snapdock.json"_s)));
    QCOMPARE(filesBelow(backupFolder(), u"*.snapshot"_s).size(), 1); // nothing but the selected collection

    // The history the desktop application shows.
    HistoryDatabase history;
    QVERIFY(history.open(m_settings.historyFile));
    HistoryFilter backups;
    backups.kind = JobKind::Backup;
    backups.outcome = HistoryOutcome::Succeeded;
    const Result<int> backupRows = history.count(backups);
    QVERIFY(backupRows);
    QCOMPARE(*backupRows, 1);
    HistoryFilter drills;
    drills.kind = JobKind::Verify;
    drills.outcome = HistoryOutcome::Succeeded;
    const Result<int> drillRows = history.count(drills);
    QVERIFY(drillRows);
    QCOMPARE(*drillRows, 1);

    const ScheduleStore schedules(configFile());
    const Result<ScheduleRunState> state = schedules.runState(m_scheduleId);
    QVERIFY(state);
    QCOMPARE(state->lastOutcome, RunOutcome::Succeeded);
    QVERIFY(state->lastDrillAt.isValid());

    // The key is in no output and no settings or history file.
    QVERIFY(!run.out.contains(CliFixture::API_KEY));
    QVERIFY(!run.err.contains(CliFixture::API_KEY));
    for (const QString &file : filesBelow(m_home->path(), u"*"_s)) {
        if (file == keyFile() || file.endsWith(u".snapshot"_s))
            continue;
        QFile content(file);
        QVERIFY(content.open(QIODevice::ReadOnly));
        QVERIFY2(!content.readAll().contains(CliFixture::API_KEY), qPrintable(file));
    }
}

void TestCliRunSchedule::runSchedule_keyFileReadableByOthers_isRefused()
{
    writeKeyFile(MODE_644);
    const CliRun run = m_fixture.run({ u"run-schedule"_s, m_scheduleId }, m_home->path(), m_environment);
    QCOMPARE(run.exitCode, 9);
    QVERIFY2(run.errText().contains(u"chmod 600"_s), qPrintable(run.errText()));
    QVERIFY2(run.errText().contains(keyFile()), qPrintable(run.errText()));
    QVERIFY(filesBelow(backupFolder(), u"*.snapshot"_s).isEmpty());
}

void TestCliRunSchedule::runSchedule_secondConcurrentRun_isRefusedByTheLock()
{
    writeKeyFile(MODE_600);
    // The first run's download stalls, so that it holds the schedule's lock while the second one starts.
    m_fixture.control("POST",
        u"/faults"_s,
        QJsonObject{ { u"method"_s, u"GET"_s },
            { u"pathPrefix"_s, u"/collections/products/snapshots/products-"_s },
            { u"kind"_s, u"StallAfterBytes"_s },
            { u"value"_s, 4096 },
            { u"times"_s, 1 } });
    const auto first = m_fixture.startCli({ u"run-schedule"_s, m_scheduleId }, m_home->path(), m_environment);
    QTRY_VERIFY_WITH_TIMEOUT(!filesBelow(backupFolder(), u"*.part"_s).isEmpty(), 60'000);

    const CliRun second = m_fixture.run({ u"run-schedule"_s, m_scheduleId }, m_home->path(), m_environment);
    QCOMPARE(second.exitCode, 12);
    QVERIFY2(second.errText().contains(u"already running"_s), qPrintable(second.errText()));
    QVERIFY2(second.errText().contains(u"pid %1"_s.arg(first->processId())), qPrintable(second.errText()));

    // SIGTERM cancels the first run; it releases the lock, and the next run goes through.
    first->terminate();
    QVERIFY(first->waitForFinished(60'000));
    QCOMPARE(first->exitCode(), 130);
    QVERIFY(filesBelow(backupFolder(), u"*.part"_s).isEmpty());
    const CliRun third = m_fixture.run({ u"run-schedule"_s, m_scheduleId }, m_home->path(), m_environment);
    QVERIFY2(third.exitCode == 0, qPrintable(third.outText() + third.errText()));
}

void TestCliRunSchedule::runSchedule_unknownId_isNotFound()
{
    const CliRun run =
        m_fixture.run({ u"run-schedule"_s, u"00000000-0000-4000-8000-000000000000"_s }, m_home->path(), m_environment);
    QCOMPARE(run.exitCode, 5);
    QVERIFY2(run.errText().contains(u"schedule editor"_s), qPrintable(run.errText()));
}

QTEST_GUILESS_MAIN(TestCliRunSchedule)
#include "TestCliRunSchedule.moc"
