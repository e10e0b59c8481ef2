// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jobs/JobJournal.h"

#include "core/history/HistoryRecord.h"
#include "core/support/Logging.h"
#include "core/support/ProcessLiveness.h"
#include "core/support/SqlTransaction.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

namespace {

// Ordered: migration i brings user_version from i to i + 1. Never edit a released one; append a new one.
const SqliteConnection::Migrations &migrations()
{
    static const SqliteConnection::Migrations all{
        // v1: one row per job that has not finished. Times are UTC milliseconds since the epoch.
        {
            u"CREATE TABLE pending_jobs ("
            "id INTEGER PRIMARY KEY AUTOINCREMENT, "
            "kind TEXT NOT NULL, "
            "host TEXT NOT NULL DEFAULT '', "
            "profile_id TEXT NOT NULL DEFAULT '', "
            "profile_name TEXT NOT NULL DEFAULT '', "
            "collection TEXT NOT NULL DEFAULT '', "
            "title TEXT NOT NULL DEFAULT '', "
            "request TEXT NOT NULL DEFAULT '{}', "
            "owner_pid INTEGER NOT NULL, "
            "owner_instance TEXT NOT NULL DEFAULT '', "
            "created_at INTEGER NOT NULL, "
            "updated_at INTEGER NOT NULL, "
            "history_id INTEGER NOT NULL DEFAULT 0, "
            "snapshot_name TEXT NOT NULL DEFAULT '', "
            "part_path TEXT NOT NULL DEFAULT '', "
            "validator TEXT NOT NULL DEFAULT '', "
            "total_size INTEGER NOT NULL DEFAULT -1, "
            "expected_sha256 TEXT NOT NULL DEFAULT '')"_s,
        },
    };
    return all;
}

const QString COLUMNS = u"id, kind, host, profile_id, profile_name, collection, title, request, owner_pid, "
                        "owner_instance, created_at, updated_at, history_id, snapshot_name, part_path, validator, "
                        "total_size, expected_sha256"_s;

// Qt binds a null QString as SQL NULL, which the NOT NULL text columns refuse; "no value" is stored as ''.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(u""_s) : QVariant(value);
}

PendingJob readJob(const QSqlQuery &query)
{
    PendingJob job;
    job.id = query.value(0).toLongLong();
    job.kind = jobKindFromName(query.value(1).toString()).value_or(JobKind::Backup);
    job.host = query.value(2).toString();
    job.profileId = query.value(3).toString();
    job.profileName = query.value(4).toString();
    job.collection = query.value(5).toString();
    job.title = query.value(6).toString();
    job.request = QJsonDocument::fromJson(query.value(7).toString().toUtf8()).object();
    job.ownerPid = query.value(8).toLongLong();
    job.ownerInstance = query.value(9).toString();
    job.createdAt = QDateTime::fromMSecsSinceEpoch(query.value(10).toLongLong(), Qt::UTC);
    job.updatedAt = QDateTime::fromMSecsSinceEpoch(query.value(11).toLongLong(), Qt::UTC);
    job.historyId = query.value(12).toLongLong();
    job.checkpoint.snapshotName = query.value(13).toString();
    job.checkpoint.partPath = query.value(14).toString();
    job.checkpoint.validator = query.value(15).toString().toLatin1();
    job.checkpoint.totalSize = query.value(16).toLongLong();
    job.checkpoint.expectedSha256 = query.value(17).toString();
    return job;
}

bool isInterrupted(const PendingJob &job)
{
    return !isOwnerRunning(job.ownerPid, job.ownerInstance);
}

} // namespace

int JobJournal::schemaVersion()
{
    return int(migrations().size());
}

QString JobJournal::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"queue.sqlite"_s);
}

JobJournal::JobJournal()
    : m_connection(u"job journal"_s)
{}

JobJournal::~JobJournal() = default;

VoidResult JobJournal::open(const QString &path)
{
    return m_connection.open(path, migrations(), u"Update Snapdock, or finish its jobs with the newer version."_s);
}

void JobJournal::close()
{
    m_connection.close();
}

Result<qint64> JobJournal::add(const PendingJob &job)
{
    if (!isOpen())
        return fail(m_connection.notOpen());
    SqlTransaction transaction(m_connection);
    if (auto ok = transaction.begun(); !ok)
        return fail(ok.error());
    QSqlQuery query(m_connection.database());
    query.prepare(
        u"INSERT INTO pending_jobs (kind, host, profile_id, profile_name, collection, title, request, "
        "owner_pid, owner_instance, created_at, updated_at, history_id, snapshot_name, part_path, "
        "validator, total_size, expected_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    query.addBindValue(jobKindName(job.kind));
    query.addBindValue(text(HistoryRecord::credentialFreeHost(job.host)));
    query.addBindValue(text(job.profileId));
    query.addBindValue(text(job.profileName));
    query.addBindValue(text(job.collection));
    query.addBindValue(text(job.title));
    query.addBindValue(QString::fromUtf8(QJsonDocument(job.request).toJson(QJsonDocument::Compact)));
    query.addBindValue(currentProcessId());
    query.addBindValue(currentProcessInstance());
    query.addBindValue(now);
    query.addBindValue(now);
    query.addBindValue(job.historyId);
    query.addBindValue(text(job.checkpoint.snapshotName));
    query.addBindValue(text(job.checkpoint.partPath));
    query.addBindValue(text(QString::fromLatin1(job.checkpoint.validator)));
    query.addBindValue(job.checkpoint.totalSize);
    query.addBindValue(text(job.checkpoint.expectedSha256));
    if (auto ok = m_connection.exec(query, u"recording a job"_s); !ok)
        return fail(ok.error());
    const qint64 id = query.lastInsertId().toLongLong();
    if (auto ok = transaction.commit(); !ok)
        return fail(ok.error());
    return id;
}

VoidResult JobJournal::writeOwned(qint64 id, const QString &sql, const QVariantList &values, const QString &what)
{
    if (!isOpen())
        return fail(m_connection.notOpen());
    SqlTransaction transaction(m_connection);
    if (auto ok = transaction.begun(); !ok)
        return ok;
    QSqlQuery query(m_connection.database());
    query.prepare(sql + u" WHERE id = ? AND owner_pid = ? AND owner_instance = ?"_s);
    for (const QVariant &value : values)
        query.addBindValue(value);
    query.addBindValue(id);
    query.addBindValue(currentProcessId());
    query.addBindValue(currentProcessInstance());
    if (auto ok = m_connection.exec(query, what); !ok)
        return ok;
    if (query.numRowsAffected() != 1) {
        return fail(Error::make(ErrorKind::InvalidArgument,
            u"job journal: %1: job %2 is gone or was taken over by another process"_s.arg(what).arg(id)));
    }
    return transaction.commit();
}

VoidResult JobJournal::setHistoryId(qint64 id, qint64 historyId)
{
    return writeOwned(id,
        u"UPDATE pending_jobs SET history_id = ?, updated_at = ?"_s,
        { historyId, QDateTime::currentMSecsSinceEpoch() },
        u"linking the history"_s);
}

VoidResult JobJournal::setCheckpoint(qint64 id, const DownloadCheckpoint &checkpoint)
{
    return writeOwned(id,
        u"UPDATE pending_jobs SET snapshot_name = ?, part_path = ?, validator = ?, total_size = ?, "
        "expected_sha256 = ?, updated_at = ?"_s,
        { text(checkpoint.snapshotName),
            text(checkpoint.partPath),
            text(QString::fromLatin1(checkpoint.validator)),
            checkpoint.totalSize,
            text(checkpoint.expectedSha256),
            QDateTime::currentMSecsSinceEpoch() },
        u"recording the download checkpoint"_s);
}

VoidResult JobJournal::remove(qint64 id)
{
    return writeOwned(id, u"DELETE FROM pending_jobs"_s, {}, u"removing a finished job"_s);
}

Result<QList<PendingJob>> JobJournal::select(const QString &where, const QVariantList &values) const
{
    if (!isOpen())
        return fail(m_connection.notOpen());
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_s + COLUMNS + u" FROM pending_jobs"_s + where + u" ORDER BY id"_s);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (auto ok = m_connection.exec(query, u"reading the jobs"_s); !ok)
        return fail(ok.error());
    QList<PendingJob> jobs;
    while (query.next())
        jobs.append(readJob(query));
    return jobs;
}

Result<QList<PendingJob>> JobJournal::jobs() const
{
    return select({}, {});
}

Result<QList<PendingJob>> JobJournal::interrupted() const
{
    Result<QList<PendingJob>> all = jobs();
    if (!all)
        return all;
    all->removeIf([](const PendingJob &job) {
        return !isInterrupted(job);
    });
    return all;
}

Result<PendingJob> JobJournal::job(qint64 id) const
{
    const Result<QList<PendingJob>> found = select(u" WHERE id = ?"_s, { id });
    if (!found)
        return fail(found.error());
    if (found->isEmpty())
        return fail(Error::make(ErrorKind::InvalidArgument, u"there is no job %1 in the job journal"_s.arg(id)));
    return found->constFirst();
}

Result<PendingJob> JobJournal::claim(qint64 id)
{
    Result<PendingJob> current = job(id);
    if (!current)
        return current;
    if (!isInterrupted(*current)) {
        return fail(Error::make(
            ErrorKind::InvalidArgument, u"job %1 is still running (process %2)"_s.arg(id).arg(current->ownerPid)));
    }
    SqlTransaction transaction(m_connection);
    if (auto ok = transaction.begun(); !ok)
        return fail(ok.error());
    QSqlQuery query(m_connection.database());
    // Only while the owner is still the one found dead above: of two processes claiming at once, one wins.
    query.prepare(u"UPDATE pending_jobs SET owner_pid = ?, owner_instance = ?, updated_at = ? "
                  "WHERE id = ? AND owner_pid = ? AND owner_instance = ?"_s);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    query.addBindValue(currentProcessId());
    query.addBindValue(currentProcessInstance());
    query.addBindValue(now);
    query.addBindValue(id);
    query.addBindValue(current->ownerPid);
    query.addBindValue(text(current->ownerInstance));
    if (auto ok = m_connection.exec(query, u"taking over job %1"_s.arg(id)); !ok)
        return fail(ok.error());
    if (query.numRowsAffected() != 1) {
        return fail(
            Error::make(ErrorKind::AlreadyExists, u"job %1 was taken over by another process meanwhile"_s.arg(id)));
    }
    if (auto ok = transaction.commit(); !ok)
        return fail(ok.error());
    current->ownerPid = currentProcessId();
    current->ownerInstance = currentProcessInstance();
    current->updatedAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    qCInfo(lcJobs) << "job journal: took over interrupted job" << id;
    return current;
}

VoidResult JobJournal::discard(qint64 id)
{
    const Result<PendingJob> claimed = claim(id);
    if (!claimed)
        return fail(claimed.error());
    if (auto ok = remove(id); !ok)
        return ok;
    const QString part = claimed->checkpoint.partPath;
    // Only ever a partial download, and not one that a job still in the journal (a new run of the same snapshot into
    // the same folder) is writing.
    if (!part.endsWith(u".part"_s) || !QFile::exists(part))
        return {};
    const Result<QList<PendingJob>> sharing = select(u" WHERE part_path = ?"_s, { part });
    if (!sharing)
        return fail(sharing.error());
    if (!sharing->isEmpty())
        return {};
    if (!QFile::remove(part)) {
        return fail(Error::make(ErrorKind::LocalIoError,
            u"removing %1 of the discarded job %2"_s.arg(QDir::toNativeSeparators(part)).arg(id)));
    }
    return {};
}

} // namespace Snapdock
