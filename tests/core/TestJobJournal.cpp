// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/history/HistoryDatabase.h"
#include "core/jobs/JobJournal.h"
#include "core/support/ProcessLiveness.h"
#include "support/JournalRows.h"
#include "support/TestFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Snapdock;
using namespace Snapdock::TestSupport;

namespace {

constexpr qint64 MiB = 1024 * 1024;

PendingJob sampleRow(const QString &title)
{
    PendingJob row;
    row.kind = JobKind::Backup;
    row.host = u"http://user:secret@qdrant.example:6333/?api-key=x"_s;
    row.profileId = u"profile-1"_s;
    row.profileName = u"prod"_s;
    row.collection = u"articles"_s;
    row.title = title;
    row.request = QJsonObject{ { u"scope"_s, u"collection"_s } };
    return row;
}

} // namespace

// The persisted job queue: rows before start, checkpoints, ownership by live processes (also in the history),
// exclusive take-over and all-or-nothing writes. TestJobResume covers what a resumed job does with a row.
class TestJobJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void processLiveness_tellsRunningFromGone();
    void add_thenCheckpointAndHistory_thenRemove();
    void interrupted_ignoresLiveOwners_returnsGoneOnes();
    void claim_isExclusive();
    void ownerWrites_failOnceAnotherProcessTookOver();
    void discard_removesRowAndPartFile();
    void open_newerSchema_isRefusedAndFileUntouched();
    void failedWrite_leavesNoHalfChange();
    void lockedFile_writeFails_nothingWritten();
    void history_marksOnlyRowsOfGoneProcessesInterrupted();

private:
    [[nodiscard]] QString journalPath() const { return m_dir->filePath(u"data/queue.sqlite"_s); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestJobJournal::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestJobJournal::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestJobJournal::cleanup()
{
    m_dir.reset();
}

void TestJobJournal::processLiveness_tellsRunningFromGone()
{
    QVERIFY(isProcessRunning(currentProcessId()));
    QVERIFY(isOwnerRunning(currentProcessId(), currentProcessInstance()));
    // An earlier process that had this pid (a container's PID 1 on every run) is not this one.
    QVERIFY(!isOwnerRunning(currentProcessId(), u"an-earlier-run"_s));
    QVERIFY(!isProcessRunning(0));
    QVERIFY(!isProcessRunning(-5));
    const qint64 gone = goneProcessId();
    QVERIFY(gone > 0);
    QVERIFY(!isProcessRunning(gone));
    QVERIFY(!isOwnerRunning(gone, u"whatever"_s));

    QProcess sleeper;
    sleeper.start(u"sleep"_s, { u"60"_s });
    if (!sleeper.waitForStarted())
        QSKIP("no sleep program to stand for another live process");
    QVERIFY(isProcessRunning(sleeper.processId()));
    QVERIFY(isOwnerRunning(sleeper.processId(), u"any"_s));
    sleeper.kill();
    sleeper.waitForFinished();
}

void TestJobJournal::add_thenCheckpointAndHistory_thenRemove()
{
    JobJournal journal;
    QVERIFY(journal.open(journalPath()));
    QCOMPARE(JobJournal::schemaVersion(), 1);
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const Result<qint64> id = journal.add(sampleRow(u"Back up articles"_s));
    QVERIFY2(id, qPrintable(id ? QString() : id.error().userMessage()));

    PendingJob row = *journal.job(*id);
    QCOMPARE(row.id, *id);
    QCOMPARE(row.kind, JobKind::Backup);
    QCOMPARE(row.host, u"http://qdrant.example:6333"_s); // no user info, no query
    QCOMPARE(row.profileId, u"profile-1"_s);
    QCOMPARE(row.profileName, u"prod"_s);
    QCOMPARE(row.collection, u"articles"_s);
    QCOMPARE(row.title, u"Back up articles"_s);
    QCOMPARE(row.request.value(u"scope"_s).toString(), u"collection"_s);
    QCOMPARE(row.ownerPid, currentProcessId());
    QCOMPARE(row.ownerInstance, currentProcessInstance());
    QVERIFY(row.createdAt >= before);
    QVERIFY(!row.checkpoint.isValid());
    QCOMPARE(row.historyId, 0);

    const DownloadCheckpoint checkpoint{
        u"articles-1.snapshot"_s, m_dir->filePath(u"articles-1.snapshot.part"_s), "\"5f-18c2\""_ba, 6 * MiB, u"ab12"_s
    };
    QVERIFY(journal.setCheckpoint(*id, checkpoint));
    QVERIFY(journal.setHistoryId(*id, 77));
    row = *journal.job(*id);
    QCOMPARE(row.checkpoint, checkpoint);
    QCOMPARE(row.historyId, 77);
    QVERIFY(row.updatedAt >= row.createdAt);

    // A second instance (the GUI next to this CLI run) sees the same row, and it is not interrupted.
    JobJournal other;
    QVERIFY(other.open(journalPath()));
    QCOMPARE(other.jobs()->size(), 1);
    QVERIFY(other.interrupted()->isEmpty());

    QVERIFY(journal.remove(*id));
    QVERIFY(journal.jobs()->isEmpty());
    QVERIFY(!journal.remove(*id)); // gone
}

void TestJobJournal::interrupted_ignoresLiveOwners_returnsGoneOnes()
{
    JobJournal journal;
    QVERIFY(journal.open(journalPath()));
    const qint64 mine = *journal.add(sampleRow(u"mine"_s));
    const qint64 dead = *journal.add(sampleRow(u"dead"_s));
    const qint64 earlierRun = *journal.add(sampleRow(u"earlier run with my pid"_s));
    const qint64 alive = *journal.add(sampleRow(u"alive"_s));

    QProcess sleeper;
    sleeper.start(u"sleep"_s, { u"60"_s });
    if (!sleeper.waitForStarted())
        QSKIP("no sleep program to stand for another live process");
    QVERIFY(setJournalRowOwner(journalPath(), dead, goneProcessId(), u"x"_s));
    QVERIFY(setJournalRowOwner(journalPath(), earlierRun, currentProcessId(), u"an-earlier-run"_s));
    QVERIFY(setJournalRowOwner(journalPath(), alive, sleeper.processId(), u"y"_s));

    QList<qint64> ids;
    const QList<PendingJob> interrupted = *journal.interrupted();
    for (const PendingJob &row : interrupted)
        ids.append(row.id);
    QCOMPARE(ids, (QList<qint64>{ dead, earlierRun }));
    QCOMPARE(journal.jobs()->size(), 4);
    Q_UNUSED(mine);

    // Once that process is gone too, its row is interrupted as well.
    sleeper.kill();
    QVERIFY(sleeper.waitForFinished());
    QCOMPARE(journal.interrupted()->size(), 3);
}

void TestJobJournal::claim_isExclusive()
{
    JobJournal first;
    JobJournal second;
    QVERIFY(first.open(journalPath()));
    QVERIFY(second.open(journalPath()));
    const qint64 id = *first.add(sampleRow(u"to resume"_s));

    // Nobody takes over the row of a running job.
    const Result<PendingJob> early = second.claim(id);
    QVERIFY(!early);
    QCOMPARE(early.error().kind, ErrorKind::InvalidArgument);

    QVERIFY(setJournalRowOwner(journalPath(), id, goneProcessId(), u"killed"_s));
    const Result<PendingJob> claimed = first.claim(id);
    QVERIFY2(claimed, qPrintable(claimed ? QString() : claimed.error().userMessage()));
    QCOMPARE(claimed->ownerPid, currentProcessId());
    QCOMPARE(claimed->title, u"to resume"_s);
    QVERIFY(first.interrupted()->isEmpty());
    // Whoever comes second finds a live owner now.
    QVERIFY(!second.claim(id));
    QVERIFY(!first.claim(id));
    QVERIFY(!second.claim(id + 100)); // no such row
    // The claimant owns it: it may write and remove it.
    QVERIFY(first.setHistoryId(id, 5));
    QVERIFY(first.remove(id));
}

void TestJobJournal::ownerWrites_failOnceAnotherProcessTookOver()
{
    JobJournal journal;
    QVERIFY(journal.open(journalPath()));
    const qint64 id = *journal.add(sampleRow(u"taken over"_s));
    QProcess sleeper;
    sleeper.start(u"sleep"_s, { u"60"_s });
    if (!sleeper.waitForStarted())
        QSKIP("no sleep program to stand for another live process");
    QVERIFY(setJournalRowOwner(journalPath(), id, sleeper.processId(), u"other"_s));
    QVERIFY(!journal.setCheckpoint(id, DownloadCheckpoint{ u"n.snapshot"_s, {}, "v"_ba, 1, {} }));
    QVERIFY(!journal.setHistoryId(id, 9));
    QVERIFY(!journal.remove(id));
    const PendingJob row = *journal.job(id);
    QVERIFY(!row.checkpoint.isValid());
    QCOMPARE(row.historyId, 0);
    sleeper.kill();
    sleeper.waitForFinished();
}

void TestJobJournal::discard_removesRowAndPartFile()
{
    JobJournal journal;
    QVERIFY(journal.open(journalPath()));
    const QString part = m_dir->filePath(u"articles-9.snapshot.part"_s);
    QVERIFY(!writeGeneratedFile(part, 4096).isEmpty());
    const qint64 id = *journal.add(sampleRow(u"discard me"_s));
    QVERIFY(journal.setCheckpoint(id, DownloadCheckpoint{ u"articles-9.snapshot"_s, part, "\"e\""_ba, 8192, {} }));

    // A job that still runs is not discarded, nor its file.
    QVERIFY(!journal.discard(id));
    QVERIFY(QFile::exists(part));
    QCOMPARE(journal.jobs()->size(), 1);

    QVERIFY(setJournalRowOwner(journalPath(), id, goneProcessId(), u"killed"_s));
    QVERIFY(journal.discard(id));
    QVERIFY(!QFile::exists(part));
    QVERIFY(journal.jobs()->isEmpty());

    // Only a .part is ever removed, whatever the row says.
    const QString notPart = m_dir->filePath(u"precious.snapshot"_s);
    QVERIFY(!writeGeneratedFile(notPart, 100).isEmpty());
    const qint64 other = *journal.add(sampleRow(u"odd row"_s));
    QVERIFY(journal.setCheckpoint(other, DownloadCheckpoint{ u"precious.snapshot"_s, notPart, "\"e\""_ba, 100, {} }));
    QVERIFY(setJournalRowOwner(journalPath(), other, goneProcessId(), u"killed"_s));
    QVERIFY(journal.discard(other));
    QVERIFY(QFile::exists(notPart));
}

void TestJobJournal::open_newerSchema_isRefusedAndFileUntouched()
{
    QVERIFY(QDir().mkpath(QFileInfo(journalPath()).absolutePath()));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"future"_s);
        raw.setDatabaseName(journalPath());
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(u"CREATE TABLE pending_jobs (id INTEGER PRIMARY KEY, owner_pid INTEGER)"_s));
        QVERIFY(q.exec(u"PRAGMA user_version = 42"_s));
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"future"_s);
    QFile file(journalPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();

    JobJournal journal;
    const VoidResult opened = journal.open(journalPath());
    QVERIFY(!opened);
    QCOMPARE(opened.error().kind, ErrorKind::LocalIoError);
    QVERIFY2(opened.error().userMessage().contains(u"newer"_s), qPrintable(opened.error().userMessage()));
    QVERIFY(!opened.error().hint.isEmpty());
    QVERIFY(!journal.isOpen());
    QVERIFY(!journal.add(sampleRow(u"x"_s)));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
    QVERIFY(!QFile::exists(journalPath() + u"-wal"_s));
}

void TestJobJournal::failedWrite_leavesNoHalfChange()
{
    JobJournal journal;
    QVERIFY(journal.open(journalPath()));
    const qint64 id = *journal.add(sampleRow(u"checkpointed"_s));
    const DownloadCheckpoint first{ u"articles-1.snapshot"_s, m_dir->filePath(u"a.part"_s), "\"1\""_ba, 10, u"aa"_s };
    QVERIFY(journal.setCheckpoint(id, first));
    {
        // The disk "fails" part-way through the next write of the file.
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"saboteur"_s);
        raw.setDatabaseName(journalPath());
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY2(q.exec(u"CREATE TRIGGER fail_writes BEFORE UPDATE OF part_path ON pending_jobs "
                        "BEGIN SELECT RAISE(ABORT, 'disk on fire'); END"_s),
            qPrintable(q.lastError().text()));
        QVERIFY(q.exec(u"CREATE TRIGGER fail_inserts BEFORE INSERT ON pending_jobs "
                       "WHEN NEW.title = 'doomed' BEGIN SELECT RAISE(ABORT, 'disk on fire'); END"_s));
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"saboteur"_s);

    const VoidResult written = journal.setCheckpoint(
        id, DownloadCheckpoint{ u"articles-2.snapshot"_s, u"/b.part"_s, "\"2\""_ba, 20, u"bb"_s });
    QVERIFY(!written);
    QCOMPARE(written.error().kind, ErrorKind::LocalIoError);
    QVERIFY2(written.error().userMessage().contains(u"disk on fire"_s), qPrintable(written.error().userMessage()));
    QCOMPARE(journal.job(id)->checkpoint, first); // every field as before, none of the new ones
    QVERIFY(!journal.add(sampleRow(u"doomed"_s)));
    QCOMPARE(journal.jobs()->size(), 1);
    // No transaction was left open: the next writes go through.
    QVERIFY(journal.setHistoryId(id, 3));
    QVERIFY(journal.add(sampleRow(u"fine"_s)));
    QCOMPARE(journal.jobs()->size(), 2);
}

void TestJobJournal::lockedFile_writeFails_nothingWritten()
{
    JobJournal journal;
    QVERIFY(journal.open(journalPath()));
    QVERIFY(journal.add(sampleRow(u"before"_s)));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"locker"_s);
        raw.setDatabaseName(journalPath());
        QVERIFY(raw.open());
        QSqlQuery lock(raw);
        QVERIFY(lock.exec(u"BEGIN EXCLUSIVE"_s));
        // Held for longer than the busy timeout: the write gives up with an error, it does not hang.
        const Result<qint64> blocked = journal.add(sampleRow(u"blocked"_s));
        QVERIFY(!blocked);
        QCOMPARE(blocked.error().kind, ErrorKind::LocalIoError);
        QVERIFY(lock.exec(u"ROLLBACK"_s));
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"locker"_s);
    const QList<PendingJob> rows = *journal.jobs();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.constFirst().title, u"before"_s);
    QVERIFY(journal.add(sampleRow(u"after"_s)));
}

void TestJobJournal::history_marksOnlyRowsOfGoneProcessesInterrupted()
{
    const QString path = m_dir->filePath(u"data/history.sqlite"_s);
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    {
        // A file of schema version 1, as the previous release wrote it, with a job left running.
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v1"_s);
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(u"CREATE TABLE jobs (id INTEGER PRIMARY KEY AUTOINCREMENT, job_id INTEGER NOT NULL DEFAULT 0, "
                       "kind TEXT NOT NULL, host TEXT NOT NULL DEFAULT '', profile_name TEXT NOT NULL DEFAULT '', "
                       "collection TEXT NOT NULL DEFAULT '', title TEXT NOT NULL DEFAULT '', started_at INTEGER NOT "
                       "NULL, finished_at INTEGER, outcome TEXT NOT NULL, bytes INTEGER NOT NULL DEFAULT 0, sha256 "
                       "TEXT NOT NULL DEFAULT '', file_path TEXT NOT NULL DEFAULT '', error_text TEXT NOT NULL DEFAULT "
                       "'', snapshot_name TEXT NOT NULL DEFAULT '')"_s));
        QVERIFY(q.exec(u"CREATE TABLE job_log (id INTEGER PRIMARY KEY AUTOINCREMENT, job_id INTEGER NOT NULL "
                       "REFERENCES jobs (id) ON DELETE CASCADE, at INTEGER NOT NULL, level TEXT NOT NULL, text TEXT "
                       "NOT NULL)"_s));
        QVERIFY(q.exec(u"INSERT INTO jobs (kind, started_at, outcome) VALUES ('backup', 1, 'running')"_s));
        QVERIFY(q.exec(u"PRAGMA user_version = 1"_s));
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"v1"_s);

    QProcess sleeper;
    sleeper.start(u"sleep"_s, { u"60"_s });
    if (!sleeper.waitForStarted())
        QSKIP("no sleep program to stand for another live process");
    qint64 mine = 0;
    qint64 otherProcess = 0;
    qint64 gone = 0;
    {
        HistoryDatabase history;
        QVERIFY(history.open(path)); // migrates; the v1 row has no known owner, so it was interrupted
        QCOMPARE(history.record(1)->outcome, HistoryOutcome::Interrupted);
        HistoryRecord record;
        record.kind = JobKind::Backup;
        record.outcome = HistoryOutcome::Running;
        record.ownerPid = currentProcessId();
        record.ownerInstance = currentProcessInstance();
        mine = *history.recordStarted(record);
        record.ownerPid = sleeper.processId();
        record.ownerInstance = u"the CLI next door"_s;
        otherProcess = *history.recordStarted(record);
        record.ownerPid = goneProcessId();
        gone = *history.recordStarted(record);
        QCOMPARE(history.record(gone)->ownerPid, record.ownerPid);
    }
    HistoryDatabase reopened;
    QVERIFY(reopened.open(path));
    QCOMPARE(reopened.record(mine)->outcome, HistoryOutcome::Running); // this process still runs it
    QCOMPARE(reopened.record(otherProcess)->outcome, HistoryOutcome::Running); // so does the other one
    QCOMPARE(reopened.record(gone)->outcome, HistoryOutcome::Interrupted);
    QVERIFY(reopened.log(gone)->constFirst().contains(u"interrupted"_s));
    sleeper.kill();
    QVERIFY(sleeper.waitForFinished());
    QCOMPARE(*reopened.markInterrupted(), 1);
    QCOMPARE(reopened.record(otherProcess)->outcome, HistoryOutcome::Interrupted);
    QCOMPARE(reopened.record(mine)->outcome, HistoryOutcome::Running);
}

QTEST_GUILESS_MAIN(TestJobJournal)
#include "TestJobJournal.moc"
