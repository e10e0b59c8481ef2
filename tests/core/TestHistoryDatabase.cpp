// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/history/HistoryDatabase.h"
#include "core/history/HistoryRecorder.h"
#include "core/jobs/BackupJob.h"
#include "core/jobs/JobQueue.h"
#include "emulator/QdrantEmulator.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Snapdock;
using Emulator::CollectionSpec;
using Emulator::EmulatorConfig;
using Emulator::Fault;
using Emulator::FaultKind;
using Emulator::QdrantEmulator;

namespace {

const QDateTime BASE_TIME = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

HistoryRecord makeRecord(const QString &host, const QString &collection, HistoryOutcome outcome, int minutesAfterBase)
{
    HistoryRecord r;
    r.jobId = quint64(minutesAfterBase + 1);
    r.kind = JobKind::Backup;
    r.host = host;
    r.profileName = u"prod"_s;
    r.collection = collection;
    r.title = u"Back up "_s + collection;
    r.startedAt = BASE_TIME.addSecs(60 * minutesAfterBase);
    if (outcome != HistoryOutcome::Running)
        r.finishedAt = r.startedAt.addSecs(30);
    r.outcome = outcome;
    r.bytes = 1000 + minutesAfterBase;
    return r;
}

// The eight fixture rows the filter table works on.
QList<HistoryRecord> fixtureRows()
{
    const QString a = u"https://a.example:6333"_s;
    const QString b = u"http://b.example:6333"_s;
    return {
        makeRecord(a, u"articles"_s, HistoryOutcome::Succeeded, 0),
        makeRecord(a, u"articles_v2"_s, HistoryOutcome::Failed, 10),
        makeRecord(a, u"images"_s, HistoryOutcome::Succeeded, 20),
        makeRecord(b, u"articles"_s, HistoryOutcome::Cancelled, 30),
        makeRecord(b, u"50%_off"_s, HistoryOutcome::Succeeded, 40),
        makeRecord(b, u"500 off"_s, HistoryOutcome::Failed, 50),
        makeRecord(b, u"Images-Large"_s, HistoryOutcome::Succeeded, 60),
        makeRecord(a, u""_s, HistoryOutcome::Succeeded, 70), // full storage
    };
}

// Splits RFC 4180 CSV into records of fields: quoted fields may hold commas, CR/LF and doubled quotes.
QList<QStringList> parseCsv(const QString &text, bool *ok)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    *ok = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field.append(c);
            }
        } else if (c == u'"' && field.isEmpty()) {
            quoted = true;
            fieldStarted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == u'\r') {
            if (i + 1 >= text.size() || text.at(i + 1) != u'\n')
                *ok = false; // a bare CR outside quotes is not RFC 4180
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            fieldStarted = false;
            ++i;
        } else if (c == u'\n') {
            *ok = false; // line ends must be CRLF
        } else {
            field.append(c);
            fieldStarted = true;
        }
    }
    if (quoted)
        *ok = false;
    if (fieldStarted || !row.isEmpty())
        *ok = false; // the last record must end with CRLF
    return rows;
}

} // namespace

Q_DECLARE_METATYPE(HistoryFilter)

// The SQLite history: schema migrations, filters, CSV, crash recovery, and that no key ever lands in the file.
class TestHistoryDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void open_emptyFile_migratesToCurrentVersion();
    void reopen_keepsRowsAndLog();
    void open_newerSchema_isRefusedAndFileUntouched();
    void open_twoInstances_coexist();
    void query_filters_data();
    void query_filters();
    void query_limitAndOffset_pageNewestFirst();
    void exportCsv_quotesCommasAndNewlines_parsesBack();
    void open_afterCrash_marksRunningAsInterrupted();
    void recordFinished_unknownRow_fails();
    void appendLog_unknownRow_writesNothing();
    void host_isStoredWithoutUserInfo();
    void bulkInsert_hundredThousandRows_thenFilteredQuery();
    void recorder_fullRun_recordsHistoryAndNoKeyInFile();

private:
    [[nodiscard]] QString dbPath() const { return m_dir->filePath(u"nested/folder/history.sqlite"_s); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestHistoryDatabase::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestHistoryDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestHistoryDatabase::cleanup()
{
    m_dir.reset();
}

void TestHistoryDatabase::open_emptyFile_migratesToCurrentVersion()
{
    HistoryDatabase db;
    const VoidResult opened = db.open(dbPath());
    QVERIFY2(opened.has_value(), qPrintable(opened ? QString() : opened.error().userMessage()));
    QVERIFY(QFile::exists(dbPath())); // the folder was created too
    QCOMPARE(HistoryDatabase::schemaVersion(), 3);
    db.close();

    // Inspect it independently of the class under test.
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"inspect"_s);
        raw.setDatabaseName(dbPath());
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(u"PRAGMA user_version"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), HistoryDatabase::schemaVersion());
        QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"wal"_s);
        QVERIFY(q.exec(u"SELECT name FROM sqlite_master WHERE type IN ('table', 'index') AND name NOT LIKE "
                       "'sqlite_%' ORDER BY name"_s));
        QStringList names;
        while (q.next())
            names.append(q.value(0).toString());
        QCOMPARE(names,
            (QStringList{ u"job_log"_s,
                u"job_log_job_id"_s,
                u"jobs"_s,
                u"jobs_collection_started"_s,
                u"jobs_host_started"_s,
                u"jobs_outcome_started"_s,
                u"jobs_started_at"_s }));
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"inspect"_s);
}

void TestHistoryDatabase::reopen_keepsRowsAndLog()
{
    qint64 id = 0;
    {
        HistoryDatabase db;
        QVERIFY(db.open(dbPath()));
        HistoryRecord r = makeRecord(u"http://h:6333"_s, u"articles"_s, HistoryOutcome::Running, 0);
        const Result<qint64> inserted = db.recordStarted(r);
        QVERIFY(inserted);
        id = *inserted;
        QVERIFY(db.appendLog(id, HistoryLogLevel::Info, u"creating snapshot"_s, BASE_TIME.addSecs(1)));
        QVERIFY(db.appendLog(id, HistoryLogLevel::Warning, u"download interrupted, retrying"_s, BASE_TIME.addSecs(2)));
        r.finishedAt = BASE_TIME.addSecs(5);
        r.bytes = 4096;
        r.sha256 = QString(64, u'a');
        r.filePath = u"/backups/articles.snapshot"_s;
        r.snapshotName = u"articles-2026.snapshot"_s;
        QVERIFY(db.recordFinished(id, HistoryOutcome::Succeeded, r));
    }
    HistoryDatabase db;
    QVERIFY(db.open(dbPath()));
    const Result<QList<HistoryRecord>> rows = db.query({});
    QVERIFY(rows);
    QCOMPARE(rows->size(), 1);
    const HistoryRecord &r = rows->first();
    QCOMPARE(r.id, id);
    QCOMPARE(r.outcome, HistoryOutcome::Succeeded); // finished rows are not "interrupted"
    QCOMPARE(r.startedAt, BASE_TIME);
    QCOMPARE(r.startedAt.timeSpec(), Qt::UTC);
    QCOMPARE(r.finishedAt, BASE_TIME.addSecs(5));
    QCOMPARE(r.bytes, qint64(4096));
    QCOMPARE(r.sha256, QString(64, u'a'));
    QCOMPARE(r.filePath, u"/backups/articles.snapshot"_s);
    QCOMPARE(r.snapshotName, u"articles-2026.snapshot"_s);
    QCOMPARE(r.collection, u"articles"_s);
    QCOMPARE(r.profileName, u"prod"_s);
    QCOMPARE(r.kind, JobKind::Backup);
    const Result<QStringList> log = db.log(id);
    QVERIFY(log);
    QCOMPARE(*log,
        (QStringList{ u"2026-03-01T12:00:01.000Z info: creating snapshot"_s,
            u"2026-03-01T12:00:02.000Z warning: download interrupted, retrying"_s }));
}

void TestHistoryDatabase::open_newerSchema_isRefusedAndFileUntouched()
{
    QVERIFY(QDir().mkpath(QFileInfo(dbPath()).absolutePath()));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"future"_s);
        raw.setDatabaseName(dbPath());
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(u"CREATE TABLE jobs (id INTEGER PRIMARY KEY, outcome TEXT)"_s));
        QVERIFY(q.exec(u"INSERT INTO jobs (outcome) VALUES ('running')"_s));
        QVERIFY(q.exec(u"PRAGMA user_version = 99"_s));
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"future"_s);
    QFile file(dbPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();

    HistoryDatabase db;
    const VoidResult opened = db.open(dbPath());
    QVERIFY(!opened);
    QCOMPARE(opened.error().kind, ErrorKind::LocalIoError);
    QVERIFY2(opened.error().userMessage().contains(u"newer"_s), qPrintable(opened.error().userMessage()));
    QVERIFY(!opened.error().hint.isEmpty());
    QVERIFY(!db.isOpen());
    QVERIFY(!db.recordStarted(HistoryRecord{}));

    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before); // not migrated, not switched to WAL, the running row not touched
    QVERIFY(!QFile::exists(dbPath() + u"-wal"_s));
}

void TestHistoryDatabase::open_twoInstances_coexist()
{
    HistoryDatabase first;
    HistoryDatabase second;
    QVERIFY(first.open(dbPath()));
    QVERIFY(second.open(m_dir->filePath(u"other.sqlite"_s)));
    QVERIFY(first.recordStarted(makeRecord(u"http://x"_s, u"c"_s, HistoryOutcome::Succeeded, 0)));
    QCOMPARE(*first.count({}), 1);
    QCOMPARE(*second.count({}), 0);
    // Same file, third connection: sees the row.
    HistoryDatabase third;
    QVERIFY(third.open(dbPath()));
    QCOMPARE(*third.count({}), 1);
}

void TestHistoryDatabase::query_filters_data()
{
    QTest::addColumn<HistoryFilter>("filter");
    QTest::addColumn<QList<int>>("expectedMinutes"); // the fixture rows by their start minute, newest first

    QTest::newRow("everything") << HistoryFilter{} << QList<int>{ 70, 60, 50, 40, 30, 20, 10, 0 };
    HistoryFilter host;
    host.host = u"http://b.example:6333"_s;
    QTest::newRow("host") << host << QList<int>{ 60, 50, 40, 30 };
    HistoryFilter hostWithCredentials;
    hostWithCredentials.host = u"http://user:secret@b.example:6333/"_s;
    QTest::newRow("host given with user info") << hostWithCredentials << QList<int>{ 60, 50, 40, 30 };
    HistoryFilter substring;
    substring.collectionContains = u"articles"_s;
    QTest::newRow("collection substring") << substring << QList<int>{ 30, 10, 0 };
    HistoryFilter caseless;
    caseless.collectionContains = u"IMAGES"_s;
    QTest::newRow("collection substring, other case") << caseless << QList<int>{ 60, 20 };
    HistoryFilter wildcard;
    wildcard.collectionContains = u"%_"_s;
    QTest::newRow("collection wildcards are literal") << wildcard << QList<int>{ 40 };
    HistoryFilter outcome;
    outcome.outcome = HistoryOutcome::Failed;
    QTest::newRow("outcome") << outcome << QList<int>{ 50, 10 };
    HistoryFilter range;
    range.startedFrom = BASE_TIME.addSecs(20 * 60);
    range.startedBefore = BASE_TIME.addSecs(50 * 60);
    QTest::newRow("date range, end exclusive") << range << QList<int>{ 40, 30, 20 };
    HistoryFilter combined;
    combined.host = u"https://a.example:6333"_s;
    combined.outcome = HistoryOutcome::Succeeded;
    combined.startedFrom = BASE_TIME.addSecs(10 * 60);
    QTest::newRow("host + outcome + from") << combined << QList<int>{ 70, 20 };
    HistoryFilter nothing;
    nothing.host = u"http://nowhere"_s;
    QTest::newRow("no match") << nothing << QList<int>{};
    HistoryFilter kind;
    kind.kind = JobKind::Restore;
    QTest::newRow("kind") << kind << QList<int>{};
}

void TestHistoryDatabase::query_filters()
{
    QFETCH(HistoryFilter, filter);
    QFETCH(QList<int>, expectedMinutes);

    HistoryDatabase db;
    QVERIFY(db.open(dbPath()));
    QVERIFY(db.recordAll(fixtureRows()));
    const Result<QList<HistoryRecord>> rows = db.query(filter);
    QVERIFY(rows);
    QList<int> minutes;
    for (const HistoryRecord &r : *rows)
        minutes.append(int(BASE_TIME.secsTo(r.startedAt) / 60));
    QCOMPARE(minutes, expectedMinutes);
    QCOMPARE(*db.count(filter), expectedMinutes.size());
}

void TestHistoryDatabase::query_limitAndOffset_pageNewestFirst()
{
    HistoryDatabase db;
    QVERIFY(db.open(dbPath()));
    QVERIFY(db.recordAll(fixtureRows()));
    const Result<QList<HistoryRecord>> page = db.query({}, 3, 2);
    QVERIFY(page);
    QCOMPARE(page->size(), 3);
    QCOMPARE(page->at(0).startedAt, BASE_TIME.addSecs(50 * 60));
    QCOMPARE(page->at(2).startedAt, BASE_TIME.addSecs(30 * 60));
    QCOMPARE(db.query({}, 10, 7)->size(), 1);
}

void TestHistoryDatabase::exportCsv_quotesCommasAndNewlines_parsesBack()
{
    HistoryDatabase db;
    QVERIFY(db.open(dbPath()));
    HistoryRecord tricky = makeRecord(u"http://h:6333"_s, u"a,b"_s, HistoryOutcome::Failed, 5);
    tricky.errorText = u"the server said \"no\", twice\r\nand then\nit closed, really"_s;
    tricky.title = u"Back up \"a,b\" — ünïcode"_s;
    tricky.filePath = u"/tmp/with space/x.snapshot"_s;
    QVERIFY(db.recordAll({ makeRecord(u"http://h:6333"_s, u"plain"_s, HistoryOutcome::Succeeded, 0), tricky }));

    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(db.exportCsv({}, buffer));
    bool ok = false;
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(buffer.data()), &ok);
    QVERIFY(ok);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).first(), u"id"_s);
    const QStringList header = rows.at(0);
    for (const QStringList &row : rows)
        QCOMPARE(row.size(), header.size());
    const QStringList &first = rows.at(1); // newest first: the tricky one
    QCOMPARE(first.at(header.indexOf(u"collection"_s)), u"a,b"_s);
    QCOMPARE(first.at(header.indexOf(u"error_text"_s)), tricky.errorText);
    QCOMPARE(first.at(header.indexOf(u"title"_s)), tricky.title);
    QCOMPARE(first.at(header.indexOf(u"file_path"_s)), tricky.filePath);
    QCOMPARE(first.at(header.indexOf(u"outcome"_s)), u"failed"_s);
    QCOMPARE(first.at(header.indexOf(u"started_at"_s)), u"2026-03-01T12:05:00.000Z"_s);
    QCOMPARE(first.at(header.indexOf(u"finished_at"_s)), u"2026-03-01T12:05:30.000Z"_s);
    QCOMPARE(first.at(header.indexOf(u"kind"_s)), u"backup"_s);
    QCOMPARE(rows.at(2).at(header.indexOf(u"collection"_s)), u"plain"_s);

    // A filter applies to the export as to query().
    QBuffer filtered;
    QVERIFY(filtered.open(QIODevice::WriteOnly));
    HistoryFilter onlySucceeded;
    onlySucceeded.outcome = HistoryOutcome::Succeeded;
    QVERIFY(db.exportCsv(onlySucceeded, filtered));
    QCOMPARE(parseCsv(QString::fromUtf8(filtered.data()), &ok).size(), 2);

    QBuffer readOnly;
    QVERIFY(readOnly.open(QIODevice::ReadOnly));
    QVERIFY(!db.exportCsv({}, readOnly));
}

void TestHistoryDatabase::open_afterCrash_marksRunningAsInterrupted()
{
    qint64 running = 0;
    qint64 finished = 0;
    {
        HistoryDatabase db;
        QVERIFY(db.open(dbPath()));
        running = *db.recordStarted(makeRecord(u"http://h"_s, u"a"_s, HistoryOutcome::Running, 0));
        finished = *db.recordStarted(makeRecord(u"http://h"_s, u"b"_s, HistoryOutcome::Running, 1));
        QVERIFY(db.recordFinished(finished, HistoryOutcome::Succeeded, HistoryRecord{}));
        // The process "dies" here: the first row is never finished.
    }
    HistoryDatabase db;
    QVERIFY(db.open(dbPath()));
    QCOMPARE(db.record(running)->outcome, HistoryOutcome::Interrupted);
    QVERIFY(!db.record(running)->finishedAt.isValid());
    QCOMPARE(db.record(finished)->outcome, HistoryOutcome::Succeeded);
    const QStringList log = *db.log(running);
    QCOMPARE(log.size(), 1);
    QVERIFY(log.first().contains(u"warning: interrupted"_s));
    QVERIFY(db.log(finished)->isEmpty());
    QCOMPARE(*db.markInterrupted(), 0); // nothing left to mark
}

void TestHistoryDatabase::recordFinished_unknownRow_fails()
{
    HistoryDatabase db;
    QVERIFY(db.open(dbPath()));
    const VoidResult result = db.recordFinished(12345, HistoryOutcome::Failed, HistoryRecord{});
    QVERIFY(!result);
    QCOMPARE(*db.count({}), 0);
}

void TestHistoryDatabase::appendLog_unknownRow_writesNothing()
{
    HistoryDatabase db;
    QVERIFY(db.open(dbPath()));
    const qint64 id = *db.recordStarted(makeRecord(u"http://h"_s, u"a"_s, HistoryOutcome::Running, 0));
    QVERIFY(!db.appendLog(id + 1, HistoryLogLevel::Info, u"orphan"_s)); // foreign key
    QVERIFY(db.appendLogEntries(id,
        { HistoryLogEntry{ BASE_TIME, HistoryLogLevel::Info, u"one"_s },
            HistoryLogEntry{ BASE_TIME, HistoryLogLevel::Error, u"two"_s } }));
    QCOMPARE(*db.log(id),
        (QStringList{ u"2026-03-01T12:00:00.000Z info: one"_s, u"2026-03-01T12:00:00.000Z error: two"_s }));
    QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"orphans"_s);
    raw.setDatabaseName(dbPath());
    QVERIFY(raw.open());
    QSqlQuery q(raw);
    QVERIFY(q.exec(u"SELECT COUNT(*) FROM job_log"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 2);
    q = QSqlQuery();
    raw.close();
    raw = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"orphans"_s);
}

void TestHistoryDatabase::host_isStoredWithoutUserInfo()
{
    HistoryDatabase db;
    QVERIFY(db.open(dbPath()));
    HistoryRecord r = makeRecord(
        u"https://admin:hunter2@q.example:6333/prefix/?api-key=hunter2#frag"_s, u"a"_s, HistoryOutcome::Running, 0);
    const qint64 id = *db.recordStarted(r);
    QCOMPARE(db.record(id)->host, u"https://q.example:6333/prefix"_s);
    QCOMPARE(HistoryRecord::credentialFreeHost(u"profile-7f3a"_s), u"profile-7f3a"_s);
}

void TestHistoryDatabase::bulkInsert_hundredThousandRows_thenFilteredQuery()
{
    HistoryDatabase db;
    QVERIFY(db.open(dbPath()));
    constexpr int ROWS = 100'000;
    const QStringList hosts{ u"http://one:6333"_s, u"http://two:6333"_s, u"http://three:6333"_s };
    const std::array outcomes{ HistoryOutcome::Succeeded, HistoryOutcome::Failed, HistoryOutcome::Cancelled };
    QList<HistoryRecord> records;
    records.reserve(ROWS);
    for (int i = 0; i < ROWS; ++i) {
        HistoryRecord r;
        r.jobId = quint64(i);
        r.host = hosts.at(i % 3);
        r.collection = u"collection-%1"_s.arg(i % 100);
        r.startedAt = BASE_TIME.addSecs(i);
        r.finishedAt = r.startedAt.addSecs(1);
        r.outcome = outcomes.at(size_t(i % 3 == 0 ? (i / 3) % 3 : 0));
        r.bytes = i;
        records.append(r);
    }
    QVERIFY(db.recordAll(records));
    QCOMPARE(*db.count({}), ROWS);

    // host "one" = i % 3 == 0; failed among those = (i / 3) % 3 == 1; collection-42 = i % 100 == 42.
    HistoryFilter filter;
    filter.host = u"http://one:6333"_s;
    filter.outcome = HistoryOutcome::Failed;
    filter.collectionContains = u"collection-42"_s;
    filter.startedBefore = BASE_TIME.addSecs(50'000);
    QList<int> expected;
    for (int i = 50'000 - 1; i >= 0; --i) {
        if (i % 3 == 0 && (i / 3) % 3 == 1 && i % 100 == 42)
            expected.append(i);
    }
    QVERIFY(!expected.isEmpty());
    const Result<QList<HistoryRecord>> rows = db.query(filter, 20);
    QVERIFY(rows);
    QList<int> got;
    for (const HistoryRecord &r : *rows)
        got.append(int(r.bytes));
    QCOMPARE(got, expected.mid(0, 20));
    QCOMPARE(*db.count(filter), expected.size());
}

void TestHistoryDatabase::recorder_fullRun_recordsHistoryAndNoKeyInFile()
{
    const QString apiKey = u"k3y-that-must-never-be-stored-9f2c"_s;
    EmulatorConfig config;
    config.apiKey = apiKey;
    config.walBytes = 128 * 1024;
    QdrantEmulator emulator(config);
    QVERIFY(emulator.listen());
    CollectionSpec collection;
    collection.name = u"articles"_s;
    collection.vectors = QJsonObject{ { u"size"_s, 4 }, { u"distance"_s, u"Cosine"_s } };
    collection.pointsCount = 10;
    emulator.addCollection(collection);
    Fault refuse;
    refuse.kind = FaultKind::RespondWithStatus;
    refuse.method = u"POST"_s;
    refuse.pathPrefix = u"/collections/articles/snapshots"_s;
    refuse.status = 400;
    refuse.body = R"({"status":{"error":"injected refusal"},"time":0.0})"_ba;
    emulator.injectFault(refuse);

    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    ServerEndpoint endpoint;
    endpoint.baseUrl = emulator.baseUrl();
    endpoint.apiKey = apiKey;
    const QdrantClient client(network, endpoint);
    QTemporaryDir output;

    HistoryDatabase db;
    QVERIFY(db.open(dbPath()));
    auto queue = std::make_unique<JobQueue>();
    HistoryRecorder recorder(*queue, db);
    QSignalSpy writeFailed(&recorder, &HistoryRecorder::writeFailed);

    auto makeJob = [&client, &output]() -> std::unique_ptr<Job> {
        BackupRequest request;
        request.scope = SnapshotScope::forCollection(u"articles"_s);
        request.outputFolder = output.path();
        return std::make_unique<BackupJob>(client, request);
    };
    JobDescription description;
    description.kind = JobKind::Backup;
    description.hostKey = u"profile-1"_s;
    // A careless caller put the key in the URL: it must still not reach the database.
    QUrl withKey = emulator.baseUrl();
    withKey.setUserInfo(u"user:"_s + apiKey);
    withKey.setQuery(u"api-key="_s + apiKey);
    description.serverUrl = withKey;
    description.profileName = u"Local"_s;
    description.collection = u"articles"_s;
    description.title = u"Back up articles"_s;
    description.factory = makeJob;

    QSignalSpy finished(queue.get(), &JobQueue::jobFinished);
    const JobId failedId = queue->enqueue(makeJob(), description);
    QVERIFY(finished.wait(60'000));
    const Result<JobId> retried = queue->retry(failedId);
    QVERIFY(retried);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60'000);
    QCOMPARE(queue->snapshot(*retried).state, Job::State::Succeeded);
    recorder.flush();
    QCOMPARE(writeFailed.count(), 0);

    const Result<QList<HistoryRecord>> rows = db.query({});
    QVERIFY(rows);
    QCOMPARE(rows->size(), 2);
    const HistoryRecord &succeeded = rows->at(0);
    const HistoryRecord &failed = rows->at(1);
    QCOMPARE(succeeded.outcome, HistoryOutcome::Succeeded);
    QCOMPARE(succeeded.jobId, retried->value());
    QCOMPARE(succeeded.host, emulator.baseUrl().toString());
    QCOMPARE(succeeded.collection, u"articles"_s);
    QCOMPARE(succeeded.profileName, u"Local"_s);
    QCOMPARE(succeeded.sha256, queue->snapshot(*retried).result.sha256);
    QCOMPARE(succeeded.filePath, queue->snapshot(*retried).result.filePath);
    QVERIFY(succeeded.bytes > 0);
    QVERIFY(!succeeded.snapshotName.isEmpty());
    QVERIFY(succeeded.finishedAt.isValid());
    QCOMPARE(failed.outcome, HistoryOutcome::Failed);
    QVERIFY(failed.errorText.contains(u"injected refusal"_s));
    QCOMPARE(recorder.historyId(*retried), succeeded.id);

    const QStringList succeededLog = *db.log(succeeded.id);
    QVERIFY(succeededLog.size() >= 3);
    QVERIFY(succeededLog.first().contains(u"info: started: Back up articles"_s));
    QVERIFY(succeededLog.at(1).contains(u"retry of queue job "_s + failedId.toString()));
    QVERIFY(succeededLog.last().endsWith(u"info: succeeded"_s));
    QVERIFY(db.log(failed.id)->last().contains(u"error: failed:"_s));

    queue.reset();
    db.close();
    // Every byte SQLite wrote (main file, WAL, shared memory), in the encodings the key could take.
    const QDir folder(QFileInfo(dbPath()).absolutePath());
    const QStringList files = folder.entryList(QDir::Files);
    QVERIFY(files.contains(u"history.sqlite"_s));
    for (const QString &name : files) {
        QFile file(folder.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(!bytes.contains(apiKey.toUtf8()), qPrintable(name));
        const QByteArray utf16(reinterpret_cast<const char *>(apiKey.utf16()), apiKey.size() * 2);
        QVERIFY2(!bytes.contains(utf16), qPrintable(name));
    }
}

QTEST_GUILESS_MAIN(TestHistoryDatabase)
#include "TestHistoryDatabase.moc"
