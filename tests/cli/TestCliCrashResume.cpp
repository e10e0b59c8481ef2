// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Crash safety end to end: snapdock-cli killed with SIGKILL mid-transfer, then `jobs`, `resume` and `discard`, against
// qdrant-emulator over real sockets. Each test has its own application data folder (XDG_DATA_HOME).
#include "cli/CliTestSupport.h"
#include "core/history/HistoryDatabase.h"
#include "core/jobs/JobJournal.h"
#include "support/TestFiles.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Snapdock::HistoryDatabase;
using Snapdock::HistoryOutcome;
using Snapdock::HistoryRecord;
using Snapdock::JobJournal;
using Snapdock::TestSupport::CliFixture;
using Snapdock::TestSupport::CliRun;

namespace {

constexpr qint64 MiB = 1024 * 1024;
// Each shard's WAL in the emulator's snapshots: large enough that a download is still running when it is killed.
constexpr qint64 WAL_BYTES = 12 * MiB;
constexpr qint64 STALL_AT = 3 * MiB;
constexpr int KILL_WAIT_MS = 30'000;

QJsonObject stallFault(const QString &method, const QString &pathPrefix, qint64 bytes)
{
    return QJsonObject{ { u"kind"_s, u"StallAfterBytes"_s },
        { u"method"_s, method },
        { u"pathPrefix"_s, pathPrefix },
        { u"value"_s, bytes },
        { u"times"_s, 1 } };
}

QStringList partFiles(const QString &folder)
{
    return QDir(folder).entryList({ u"*.part"_s }, QDir::Files | QDir::Hidden);
}

} // namespace

class TestCliCrashResume : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void backup_killedMidDownload_resumeFinishesWithTheServersSha256();
    void restore_killedMidUpload_resumeRunsItAgain();
    void discard_removesTheJobAndItsPartFile();

private:
    [[nodiscard]] QProcessEnvironment environment() const;
    [[nodiscard]] CliRun run(const QStringList &arguments) const;
    [[nodiscard]] QString dataFolder() const { return m_home->filePath(u"data/Snapdock/snapdock"_s); }
    [[nodiscard]] QString outputFolder() const { return m_home->filePath(u"out"_s); }
    // Starts `arguments` (with the manage key), waits until `ready` holds, then kills it with SIGKILL.
    [[nodiscard]] bool killWhen(const QStringList &arguments, const std::function<bool()> &ready);
    [[nodiscard]] QJsonArray interruptedJobs();
    [[nodiscard]] QList<HistoryRecord> history() const;

    CliFixture m_fixture;
    std::unique_ptr<QTemporaryDir> m_home;
};

void TestCliCrashResume::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_fixture.start(true, { u"--wal-bytes"_s, QString::number(WAL_BYTES) }));
}

void TestCliCrashResume::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_fixture.control("DELETE", u"/faults"_s);
    m_fixture.clearRequestLog();
}

void TestCliCrashResume::cleanup()
{
    m_home.reset();
}

QProcessEnvironment TestCliCrashResume::environment() const
{
    QProcessEnvironment environment = CliFixture::cleanEnvironment();
    environment.insert(u"XDG_DATA_HOME"_s, m_home->filePath(u"data"_s));
    environment.insert(u"XDG_CONFIG_HOME"_s, m_home->filePath(u"config"_s));
    return environment;
}

CliRun TestCliCrashResume::run(const QStringList &arguments) const
{
    return m_fixture.run(arguments, m_home->path(), environment());
}

bool TestCliCrashResume::killWhen(const QStringList &arguments, const std::function<bool()> &ready)
{
    const std::unique_ptr<QProcess> process =
        m_fixture.startCli(m_fixture.withManageKey(arguments), m_home->path(), environment());
    if (!process->waitForStarted())
        return false;
    // Polls like QTRY_VERIFY: the transfer stalls at a fixed byte count, so this waits for a state, not for time.
    QDeadlineTimer deadline(KILL_WAIT_MS);
    bool reached = ready();
    while (!reached && !deadline.hasExpired() && process->state() == QProcess::Running) {
        QTest::qWait(50);
        reached = ready();
    }
    if (!reached || process->state() != QProcess::Running) {
        qWarning() << "not killed mid-transfer:" << process->readAllStandardError();
        process->kill();
        process->waitForFinished();
        return false;
    }
    process->kill(); // SIGKILL: no handler, no cleanup, as a crash or the OOM killer leaves it
    return process->waitForFinished() && process->exitStatus() == QProcess::CrashExit;
}

QJsonArray TestCliCrashResume::interruptedJobs()
{
    const CliRun jobs = run({ u"jobs"_s, u"--json"_s });
    if (jobs.exitCode != 0)
        qWarning() << jobs.errText();
    return jobs.json().object().value(u"jobs"_s).toArray();
}

QList<HistoryRecord> TestCliCrashResume::history() const
{
    HistoryDatabase database;
    if (!database.open(QDir(dataFolder()).filePath(u"history.sqlite"_s)))
        return {};
    return database.query({}).value_or(QList<HistoryRecord>{});
}

void TestCliCrashResume::backup_killedMidDownload_resumeFinishesWithTheServersSha256()
{
    m_fixture.control(
        "POST", u"/faults"_s, stallFault(u"GET"_s, u"/collections/products/snapshots/products-"_s, STALL_AT));
    QVERIFY(killWhen({ u"backup"_s, u"--collection"_s, u"products"_s, u"--output-dir"_s, outputFolder() }, [this] {
        const QStringList parts = partFiles(outputFolder());
        return parts.size() == 1 && QFileInfo(QDir(outputFolder()).filePath(parts.first())).size() == STALL_AT;
    }));
    const QString part = QDir(outputFolder()).filePath(partFiles(outputFolder()).constFirst());

    // `jobs` lists it, with the bytes already there.
    const QJsonArray jobs = interruptedJobs();
    QCOMPARE(jobs.size(), 1);
    const QJsonObject job = jobs.first().toObject();
    QCOMPARE(job.value(u"kind"_s).toString(), u"backup"_s);
    QCOMPARE(job.value(u"collection"_s).toString(), u"products"_s);
    QCOMPARE(job.value(u"host"_s).toString(), m_fixture.host());
    QCOMPARE(job.value(u"partFile"_s).toString(), QFileInfo(part).absoluteFilePath());
    QCOMPARE(job.value(u"partBytes"_s).toInteger(), STALL_AT);
    QVERIFY(job.value(u"totalBytes"_s).toInteger() > STALL_AT);
    const QString snapshot = job.value(u"snapshot"_s).toString();
    QVERIFY(part.endsWith(snapshot + u".part"_s));
    const CliRun listed = run({ u"jobs"_s });
    QCOMPARE(listed.exitCode, 0);
    QVERIFY2(listed.outText().contains(u"products"_s) && listed.outText().contains(u"3.0 MiB of"_s),
        qPrintable(listed.outText()));

    // The next job command says so, once, on stderr.
    const CliRun other = run(
        m_fixture.withManageKey({ u"restore"_s, u"--snapshot"_s, u"absent.snapshot"_s, u"--collection"_s, u"x"_s }));
    QVERIFY2(other.errText().contains(u"1 interrupted job(s) can be resumed: snapdock-cli jobs"_s),
        qPrintable(other.errText()));

    m_fixture.clearRequestLog();
    const CliRun resumed = run({ u"resume"_s, u"--all"_s, u"--api-key"_s, QString::fromLatin1(CliFixture::API_KEY) });
    QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.errText()));
    QVERIFY2(resumed.outText().contains(u"Resumed 1 of 1"_s), qPrintable(resumed.outText()));

    // It continued where the killed run stopped, on the snapshot that run was downloading.
    bool sawRange = false;
    const QJsonArray requests = m_fixture.control("GET", u"/requests"_s).toArray();
    for (const QJsonValue &value : requests) {
        const QJsonObject request = value.toObject();
        if (request.value(u"method"_s).toString() == u"POST"_s)
            QFAIL("the resume created a snapshot instead of finishing the download");
        if (!request.value(u"path"_s).toString().endsWith(snapshot))
            continue;
        const QString range = request.value(u"headers"_s).toObject().value(u"range"_s).toString();
        QCOMPARE(range, u"bytes=%1-"_s.arg(STALL_AT));
        sawRange = true;
    }
    QVERIFY(sawRange);

    const QString file = QDir(outputFolder()).filePath(snapshot);
    QString serverChecksum;
    const QJsonArray listing = m_fixture.api("GET", u"/collections/products/snapshots"_s).toArray();
    for (const QJsonValue &value : listing) {
        if (value.toObject().value(u"name"_s).toString() == snapshot)
            serverChecksum = value.toObject().value(u"checksum"_s).toString();
    }
    QVERIFY(!serverChecksum.isEmpty());
    QCOMPARE(QString::fromLatin1(Snapdock::TestSupport::sha256OfFile(file)), serverChecksum);
    QVERIFY(QFile::exists(file + u".snapdock.json"_s));
    QVERIFY(partFiles(outputFolder()).isEmpty());
    QCOMPARE(interruptedJobs().size(), 0);
    JobJournal journal;
    QVERIFY(journal.open(QDir(dataFolder()).filePath(u"queue.sqlite"_s)));
    QVERIFY(journal.jobs()->isEmpty());
    journal.close();

    // The history shows both runs: the killed one interrupted, the resumed one succeeded.
    const QList<HistoryRecord> runs = history();
    QCOMPARE(runs.size(), 2);
    QCOMPARE(runs.at(0).outcome, HistoryOutcome::Succeeded);
    QCOMPARE(runs.at(0).sha256, serverChecksum);
    QCOMPARE(runs.at(0).collection, u"products"_s);
    QCOMPARE(runs.at(1).outcome, HistoryOutcome::Interrupted);
    QCOMPARE(runs.at(1).host, m_fixture.host());

    // Neither file ever held the key.
    QDirIterator files(dataFolder(), QDir::Files);
    while (files.hasNext()) {
        QFile data(files.next());
        QVERIFY(data.open(QIODevice::ReadOnly));
        QVERIFY2(!data.readAll().contains(CliFixture::API_KEY), qPrintable(data.fileName()));
    }
}

void TestCliCrashResume::restore_killedMidUpload_resumeRunsItAgain()
{
    const CliRun backup = run(m_fixture.withManageKey(
        { u"backup"_s, u"--collection"_s, u"products"_s, u"--output-dir"_s, outputFolder(), u"--json"_s }));
    QVERIFY2(backup.exitCode == 0, qPrintable(backup.errText()));
    const QString snapshotFile =
        backup.json().object().value(u"results"_s).toArray().at(0).toObject().value(u"file"_s).toString();
    QVERIFY(QFileInfo::exists(snapshotFile));
    const qint64 original = m_fixture.pointsCount(u"products"_s);
    m_fixture.control("PUT", u"/collections/products/points_count"_s, QJsonObject{ { u"points_count"_s, 7 } });

    m_fixture.control("POST", u"/faults"_s, stallFault(u"POST"_s, u"/collections/products/snapshots/upload"_s, MiB));
    QVERIFY(killWhen({ u"restore"_s, u"--snapshot"_s, snapshotFile, u"--collection"_s, u"products"_s }, [this] {
        return !m_fixture.requestLog().filter(u"/snapshots/upload"_s).isEmpty();
    }));
    QCOMPARE(m_fixture.pointsCount(u"products"_s), 7); // nothing restored

    const QJsonArray jobs = interruptedJobs();
    QCOMPARE(jobs.size(), 1);
    const QJsonObject job = jobs.first().toObject();
    QCOMPARE(job.value(u"kind"_s).toString(), u"restore"_s);
    QCOMPARE(job.value(u"file"_s).toString(), snapshotFile);

    const CliRun resumed = run({ u"resume"_s,
        u"--job"_s,
        QString::number(job.value(u"id"_s).toInteger()),
        u"--host"_s,
        m_fixture.host(),
        u"--api-key"_s,
        QString::fromLatin1(CliFixture::API_KEY),
        u"--json"_s });
    QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.errText()));
    const QJsonObject result = resumed.json().object().value(u"results"_s).toArray().at(0).toObject();
    QVERIFY(result.value(u"ok"_s).toBool());
    QVERIFY2(result.value(u"warnings"_s).toArray().first().toString().contains(u"again from the start"_s),
        qPrintable(QString::fromUtf8(resumed.out)));
    QCOMPARE(m_fixture.pointsCount(u"products"_s), original);
    QCOMPARE(interruptedJobs().size(), 0);

    const QList<HistoryRecord> runs = history();
    QCOMPARE(runs.size(), 3); // the backup, the killed restore, the resumed restore
    QCOMPARE(runs.at(0).kind, Snapdock::JobKind::Restore);
    QCOMPARE(runs.at(0).outcome, HistoryOutcome::Succeeded);
    QCOMPARE(runs.at(1).kind, Snapdock::JobKind::Restore);
    QCOMPARE(runs.at(1).outcome, HistoryOutcome::Interrupted);
}

void TestCliCrashResume::discard_removesTheJobAndItsPartFile()
{
    m_fixture.control(
        "POST", u"/faults"_s, stallFault(u"GET"_s, u"/collections/products/snapshots/products-"_s, STALL_AT));
    QVERIFY(killWhen({ u"backup"_s, u"--collection"_s, u"products"_s, u"--output-dir"_s, outputFolder() }, [this] {
        const QStringList parts = partFiles(outputFolder());
        return parts.size() == 1 && QFileInfo(QDir(outputFolder()).filePath(parts.first())).size() == STALL_AT;
    }));
    QCOMPARE(interruptedJobs().size(), 1);

    // An explicit --host must be the job's own.
    const CliRun elsewhere = run({ u"resume"_s,
        u"--all"_s,
        u"--host"_s,
        u"http://127.0.0.1:%1"_s.arg(CliFixture::closedPort()),
        u"--api-key"_s,
        QString::fromLatin1(CliFixture::API_KEY) });
    QCOMPARE(elsewhere.exitCode, 2);
    QVERIFY2(elsewhere.errText().contains(u"is not the host of job"_s), qPrintable(elsewhere.errText()));
    QCOMPARE(interruptedJobs().size(), 1); // untouched

    const CliRun unknown = run({ u"discard"_s, u"--job"_s, u"999"_s });
    QCOMPARE(unknown.exitCode, 2);
    QCOMPARE(partFiles(outputFolder()).size(), 1);

    const CliRun discarded = run({ u"discard"_s, u"--all"_s });
    QVERIFY2(discarded.exitCode == 0, qPrintable(discarded.errText()));
    QVERIFY(partFiles(outputFolder()).isEmpty());
    QCOMPARE(interruptedJobs().size(), 0);
    QVERIFY(QDir(outputFolder()).entryList(QDir::Files).isEmpty());

    const QList<HistoryRecord> runs = history();
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.first().outcome, HistoryOutcome::Interrupted);
    HistoryDatabase database;
    QVERIFY(database.open(QDir(dataFolder()).filePath(u"history.sqlite"_s)));
    QVERIFY(database.log(runs.first().id)->join(u'\n').contains(u"discarded"_s));
}

QTEST_GUILESS_MAIN(TestCliCrashResume)
#include "TestCliCrashResume.moc"
