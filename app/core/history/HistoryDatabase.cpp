// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/history/HistoryDatabase.h"

#include "core/history/HistoryCsvWriter.h"
#include "core/support/Logging.h"
#include "core/support/ProcessLiveness.h"
#include "core/support/SqlTransaction.h"

#include <QIODevice>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

namespace {

// Ordered: migration i brings user_version from i to i + 1. Never edit a released one; append a new one.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> all{
        // v1: job rows and their log lines. Times are UTC milliseconds since the epoch.
        {
            u"CREATE TABLE jobs ("
            "id INTEGER PRIMARY KEY AUTOINCREMENT, "
            "job_id INTEGER NOT NULL DEFAULT 0, "
            "kind TEXT NOT NULL, "
            "host TEXT NOT NULL DEFAULT '', "
            "profile_name TEXT NOT NULL DEFAULT '', "
            "collection TEXT NOT NULL DEFAULT '', "
            "title TEXT NOT NULL DEFAULT '', "
            "started_at INTEGER NOT NULL, "
            "finished_at INTEGER, "
            "outcome TEXT NOT NULL CHECK (outcome IN "
            "('running', 'succeeded', 'failed', 'cancelled', 'interrupted')), "
            "bytes INTEGER NOT NULL DEFAULT 0, "
            "sha256 TEXT NOT NULL DEFAULT '', "
            "file_path TEXT NOT NULL DEFAULT '', "
            "error_text TEXT NOT NULL DEFAULT '', "
            "snapshot_name TEXT NOT NULL DEFAULT '')"_s,
            u"CREATE INDEX jobs_started_at ON jobs (started_at)"_s,
            u"CREATE INDEX jobs_host ON jobs (host)"_s,
            u"CREATE INDEX jobs_collection ON jobs (collection)"_s,
            u"CREATE INDEX jobs_outcome ON jobs (outcome)"_s,
            u"CREATE TABLE job_log ("
            "id INTEGER PRIMARY KEY AUTOINCREMENT, "
            "job_id INTEGER NOT NULL REFERENCES jobs (id) ON DELETE CASCADE, "
            "at INTEGER NOT NULL, "
            "level TEXT NOT NULL, "
            "text TEXT NOT NULL)"_s,
            u"CREATE INDEX job_log_job_id ON job_log (job_id, id)"_s,
        },
        // v2: the process that runs a job, so that a row is called interrupted only once that process is gone
        // (the desktop application and the CLI share the file). 0 and '': not known (rows from v1, imports).
        {
            u"ALTER TABLE jobs ADD COLUMN owner_pid INTEGER NOT NULL DEFAULT 0"_s,
            u"ALTER TABLE jobs ADD COLUMN owner_instance TEXT NOT NULL DEFAULT ''"_s,
        },
        // v3: the history view filters by host, outcome or collection and shows the newest first; with one-column
        // indexes SQLite sorted every matching row (88-153 ms over 100 000 jobs), with these it reads them in order.
        {
            u"CREATE INDEX jobs_host_started ON jobs (host, started_at)"_s,
            u"CREATE INDEX jobs_outcome_started ON jobs (outcome, started_at)"_s,
            u"CREATE INDEX jobs_collection_started ON jobs (collection, started_at)"_s,
            u"DROP INDEX IF EXISTS jobs_host"_s,
            u"DROP INDEX IF EXISTS jobs_outcome"_s,
            u"DROP INDEX IF EXISTS jobs_collection"_s,
        },
    };
    return all;
}

const QString COLUMNS = u"id, job_id, kind, host, profile_name, collection, title, started_at, finished_at, "
                        "outcome, bytes, sha256, file_path, error_text, snapshot_name, owner_pid, owner_instance"_s;

QVariant msecs(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant();
}

// Qt binds a null QString as SQL NULL, which the NOT NULL text columns refuse; "no value" is stored as ''.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(u""_s) : QVariant(value);
}

QDateTime fromMsecs(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

// "%" and "_" are wildcards for LIKE; a collection named "50%_off" must match only itself.
QString likePattern(const QString &substring)
{
    QString escaped;
    escaped.reserve(substring.size() + 2);
    for (const QChar c : substring) {
        if (c == u'\\' || c == u'%' || c == u'_')
            escaped.append(u'\\');
        escaped.append(c);
    }
    return u'%' + escaped + u'%';
}

struct WhereClause
{
    QString sql; // empty, or " WHERE …"
    QVariantList values;
};

WhereClause whereClause(const HistoryFilter &filter)
{
    QStringList conditions;
    WhereClause clause;
    if (!filter.host.isEmpty()) {
        conditions.append(u"host = ?"_s);
        clause.values.append(HistoryRecord::credentialFreeHost(filter.host));
    }
    if (!filter.collectionContains.isEmpty()) {
        conditions.append(u"collection LIKE ? ESCAPE '\\'"_s);
        clause.values.append(likePattern(filter.collectionContains));
    }
    if (filter.outcome) {
        conditions.append(u"outcome = ?"_s);
        clause.values.append(historyOutcomeName(*filter.outcome));
    }
    if (filter.kind) {
        conditions.append(u"kind = ?"_s);
        clause.values.append(jobKindName(*filter.kind));
    }
    if (filter.startedFrom.isValid()) {
        conditions.append(u"started_at >= ?"_s);
        clause.values.append(filter.startedFrom.toMSecsSinceEpoch());
    }
    if (filter.startedBefore.isValid()) {
        conditions.append(u"started_at < ?"_s);
        clause.values.append(filter.startedBefore.toMSecsSinceEpoch());
    }
    if (!conditions.isEmpty())
        clause.sql = u" WHERE "_s + conditions.join(u" AND "_s);
    return clause;
}

void bindAll(QSqlQuery &query, const QVariantList &values)
{
    for (const QVariant &value : values)
        query.addBindValue(value);
}

HistoryRecord readRecord(const QSqlQuery &query)
{
    HistoryRecord r;
    r.id = query.value(0).toLongLong();
    r.jobId = query.value(1).toULongLong();
    r.kind = jobKindFromName(query.value(2).toString()).value_or(JobKind::Backup);
    r.host = query.value(3).toString();
    r.profileName = query.value(4).toString();
    r.collection = query.value(5).toString();
    r.title = query.value(6).toString();
    r.startedAt = fromMsecs(query.value(7));
    r.finishedAt = fromMsecs(query.value(8));
    r.outcome = historyOutcomeFromName(query.value(9).toString()).value_or(HistoryOutcome::Interrupted);
    r.bytes = query.value(10).toLongLong();
    r.sha256 = query.value(11).toString();
    r.filePath = query.value(12).toString();
    r.errorText = query.value(13).toString();
    r.snapshotName = query.value(14).toString();
    r.ownerPid = query.value(15).toLongLong();
    r.ownerInstance = query.value(16).toString();
    return r;
}

VoidResult insertRecord(const SqliteConnection &connection, const HistoryRecord &record, qint64 *id)
{
    QSqlQuery query(connection.database());
    query.prepare(u"INSERT INTO jobs (job_id, kind, host, profile_name, collection, title, started_at, finished_at, "
                  "outcome, bytes, sha256, file_path, error_text, snapshot_name, owner_pid, owner_instance) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(qint64(record.jobId)); // SQLite integers are signed
    query.addBindValue(jobKindName(record.kind));
    query.addBindValue(text(HistoryRecord::credentialFreeHost(record.host)));
    query.addBindValue(text(record.profileName));
    query.addBindValue(text(record.collection));
    query.addBindValue(text(record.title));
    query.addBindValue(
        record.startedAt.isValid() ? record.startedAt.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch());
    query.addBindValue(msecs(record.finishedAt));
    query.addBindValue(historyOutcomeName(record.outcome));
    query.addBindValue(record.bytes);
    query.addBindValue(text(record.sha256));
    query.addBindValue(text(record.filePath));
    query.addBindValue(text(record.errorText));
    query.addBindValue(text(record.snapshotName));
    query.addBindValue(record.ownerPid);
    query.addBindValue(text(record.ownerInstance));
    if (auto ok = connection.exec(query, u"recording a job"_s); !ok)
        return ok;
    if (id)
        *id = query.lastInsertId().toLongLong();
    return {};
}

} // namespace

int HistoryDatabase::schemaVersion()
{
    return int(migrations().size());
}

HistoryDatabase::HistoryDatabase()
    : m_connection(u"history database"_s)
{}

HistoryDatabase::~HistoryDatabase()
{
    close();
}

void HistoryDatabase::close()
{
    m_connection.close();
}

VoidResult HistoryDatabase::open(const QString &path)
{
    if (auto ok = m_connection.open(path, migrations(), u"Update Snapdock, or choose another history file."_s); !ok)
        return ok;
    const Result<int> interrupted = markInterrupted();
    if (!interrupted) {
        close();
        return fail(interrupted.error());
    }
    if (*interrupted > 0)
        qCInfo(lcJobs) << "history:" << *interrupted << "job(s) were interrupted by an earlier exit";
    return {};
}

Result<qint64> HistoryDatabase::recordStarted(const HistoryRecord &record)
{
    if (!isOpen())
        return fail(m_connection.notOpen());
    SqlTransaction transaction(m_connection);
    if (auto ok = transaction.begun(); !ok)
        return fail(ok.error());
    qint64 id = 0;
    if (auto ok = insertRecord(m_connection, record, &id); !ok)
        return fail(ok.error());
    if (auto ok = transaction.commit(); !ok)
        return fail(ok.error());
    return id;
}

VoidResult HistoryDatabase::recordAll(const QList<HistoryRecord> &records)
{
    if (!isOpen())
        return fail(m_connection.notOpen());
    SqlTransaction transaction(m_connection);
    if (auto ok = transaction.begun(); !ok)
        return ok;
    for (const HistoryRecord &record : records) {
        if (auto ok = insertRecord(m_connection, record, nullptr); !ok)
            return ok;
    }
    return transaction.commit();
}

VoidResult HistoryDatabase::recordFinished(qint64 id, HistoryOutcome outcome, const HistoryRecord &result)
{
    if (!isOpen())
        return fail(m_connection.notOpen());
    SqlTransaction transaction(m_connection);
    if (auto ok = transaction.begun(); !ok)
        return ok;
    QSqlQuery query(m_connection.database());
    query.prepare(u"UPDATE jobs SET finished_at = ?, outcome = ?, bytes = ?, sha256 = ?, file_path = ?, "
                  "error_text = ?, snapshot_name = ? WHERE id = ?"_s);
    query.addBindValue(
        result.finishedAt.isValid() ? result.finishedAt.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch());
    query.addBindValue(historyOutcomeName(outcome));
    query.addBindValue(result.bytes);
    query.addBindValue(text(result.sha256));
    query.addBindValue(text(result.filePath));
    query.addBindValue(text(result.errorText));
    query.addBindValue(text(result.snapshotName));
    query.addBindValue(id);
    if (auto ok = m_connection.exec(query, u"recording the end of job %1"_s.arg(id)); !ok)
        return ok;
    if (query.numRowsAffected() != 1)
        return fail(Error::make(ErrorKind::InvalidArgument, u"history database: there is no job %1"_s.arg(id)));
    return transaction.commit();
}

VoidResult HistoryDatabase::appendLog(qint64 id, HistoryLogLevel level, const QString &text, const QDateTime &at)
{
    return appendLogEntries(id, { HistoryLogEntry{ at, level, text } });
}

VoidResult HistoryDatabase::appendLogEntries(qint64 id, const QList<HistoryLogEntry> &entries)
{
    if (!isOpen())
        return fail(m_connection.notOpen());
    if (entries.isEmpty())
        return {};
    SqlTransaction transaction(m_connection);
    if (auto ok = transaction.begun(); !ok)
        return ok;
    QSqlQuery query(m_connection.database());
    query.prepare(u"INSERT INTO job_log (job_id, at, level, text) VALUES (?, ?, ?, ?)"_s);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const HistoryLogEntry &entry : entries) {
        query.addBindValue(id);
        query.addBindValue(entry.at.isValid() ? entry.at.toMSecsSinceEpoch() : now);
        query.addBindValue(HistoryLogEntry::levelName(entry.level));
        query.addBindValue(text(entry.text));
        // Fails (foreign key) for an unknown job id, rolling back the whole batch.
        if (auto ok = m_connection.exec(query, u"appending to the log of job %1"_s.arg(id)); !ok)
            return ok;
    }
    return transaction.commit();
}

Result<int> HistoryDatabase::markInterrupted()
{
    if (!isOpen())
        return fail(m_connection.notOpen());
    SqlTransaction transaction(m_connection);
    if (auto ok = transaction.begun(); !ok)
        return fail(ok.error());
    // Only rows whose process is gone: another process (the CLI next to the desktop application) may be running its
    // own jobs in this file right now. A row without a known owner (written before v2) counts as gone.
    QList<qint64> orphaned;
    {
        QSqlQuery running(m_connection.database());
        running.setForwardOnly(true);
        running.prepare(u"SELECT id, owner_pid, owner_instance FROM jobs WHERE outcome = 'running'"_s);
        if (auto ok = m_connection.exec(running, u"reading running jobs"_s); !ok)
            return fail(ok.error());
        while (running.next()) {
            if (!isOwnerRunning(running.value(1).toLongLong(), running.value(2).toString()))
                orphaned.append(running.value(0).toLongLong());
        }
    }
    QSqlQuery log(m_connection.database());
    log.prepare(u"INSERT INTO job_log (job_id, at, level, text) VALUES (?, ?, 'warning', ?)"_s);
    QSqlQuery update(m_connection.database());
    update.prepare(u"UPDATE jobs SET outcome = 'interrupted' WHERE id = ? AND outcome = 'running'"_s);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const qint64 id : std::as_const(orphaned)) {
        log.addBindValue(id);
        log.addBindValue(now);
        log.addBindValue(u"interrupted: Snapdock stopped before the job finished"_s);
        if (auto ok = m_connection.exec(log, u"logging interrupted jobs"_s); !ok)
            return fail(ok.error());
        update.addBindValue(id);
        if (auto ok = m_connection.exec(update, u"marking interrupted jobs"_s); !ok)
            return fail(ok.error());
    }
    if (auto ok = transaction.commit(); !ok)
        return fail(ok.error());
    return int(orphaned.size());
}

Result<QList<HistoryRecord>> HistoryDatabase::query(const HistoryFilter &filter, int limit, int offset) const
{
    if (!isOpen())
        return fail(m_connection.notOpen());
    const WhereClause where = whereClause(filter);
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_s + COLUMNS + u" FROM jobs"_s + where.sql
        + u" ORDER BY started_at DESC, id DESC LIMIT ? OFFSET ?"_s);
    bindAll(query, where.values);
    query.addBindValue(limit < 0 ? -1 : limit); // SQLite: a negative LIMIT means none
    query.addBindValue(qMax(0, offset));
    if (auto ok = m_connection.exec(query, u"reading the history"_s); !ok)
        return fail(ok.error());
    QList<HistoryRecord> records;
    while (query.next())
        records.append(readRecord(query));
    return records;
}

Result<int> HistoryDatabase::count(const HistoryFilter &filter) const
{
    if (!isOpen())
        return fail(m_connection.notOpen());
    const WhereClause where = whereClause(filter);
    QSqlQuery query(m_connection.database());
    query.prepare(u"SELECT COUNT(*) FROM jobs"_s + where.sql);
    bindAll(query, where.values);
    if (auto ok = m_connection.exec(query, u"counting the history"_s); !ok)
        return fail(ok.error());
    return query.next() ? query.value(0).toInt() : 0;
}

Result<HistoryRecord> HistoryDatabase::record(qint64 id) const
{
    if (!isOpen())
        return fail(m_connection.notOpen());
    QSqlQuery query(m_connection.database());
    query.prepare(u"SELECT "_s + COLUMNS + u" FROM jobs WHERE id = ?"_s);
    query.addBindValue(id);
    if (auto ok = m_connection.exec(query, u"reading job %1"_s.arg(id)); !ok)
        return fail(ok.error());
    if (!query.next())
        return fail(Error::make(ErrorKind::NotFound, u"history database: there is no job %1"_s.arg(id)));
    return readRecord(query);
}

Result<QList<HistoryLogEntry>> HistoryDatabase::logEntries(qint64 id) const
{
    if (!isOpen())
        return fail(m_connection.notOpen());
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT at, level, text FROM job_log WHERE job_id = ? ORDER BY id"_s);
    query.addBindValue(id);
    if (auto ok = m_connection.exec(query, u"reading the log of job %1"_s.arg(id)); !ok)
        return fail(ok.error());
    QList<HistoryLogEntry> entries;
    while (query.next()) {
        entries.append(HistoryLogEntry{ fromMsecs(query.value(0)),
            HistoryLogEntry::levelFromName(query.value(1).toString()),
            query.value(2).toString() });
    }
    return entries;
}

Result<QStringList> HistoryDatabase::log(qint64 id) const
{
    const Result<QList<HistoryLogEntry>> entries = logEntries(id);
    if (!entries)
        return fail(entries.error());
    QStringList lines;
    lines.reserve(entries->size());
    for (const HistoryLogEntry &entry : *entries)
        lines.append(entry.toLine());
    return lines;
}

VoidResult HistoryDatabase::exportCsv(const HistoryFilter &filter, QIODevice &device) const
{
    if (!isOpen())
        return fail(m_connection.notOpen());
    if (!device.isWritable())
        return fail(Error::make(ErrorKind::LocalIoError, u"exporting the history: the file is not open for writing"_s));
    const WhereClause where = whereClause(filter);
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_s + COLUMNS + u" FROM jobs"_s + where.sql + u" ORDER BY started_at DESC, id DESC"_s);
    bindAll(query, where.values);
    if (auto ok = m_connection.exec(query, u"exporting the history"_s); !ok)
        return fail(ok.error());

    HistoryCsvWriter csv(device);
    if (auto ok = csv.writeHeader(); !ok)
        return ok;
    while (query.next()) {
        if (auto ok = csv.writeRecord(readRecord(query)); !ok)
            return ok;
    }
    return {};
}

} // namespace Snapdock
