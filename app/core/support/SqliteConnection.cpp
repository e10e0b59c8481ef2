// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/support/SqliteConnection.h"

#include "core/support/Logging.h"
#include "core/support/SqlTransaction.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

namespace {

std::atomic<quint64> s_connectionCounter{ 0 };

// Another process (the CLI next to the desktop application) may hold the write lock for a moment.
constexpr int BUSY_TIMEOUT_MS = 5000;

} // namespace

SqliteConnection::SqliteConnection(QString label)
    : m_label(std::move(label))
{}

SqliteConnection::~SqliteConnection()
{
    close();
}

QSqlDatabase SqliteConnection::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Error SqliteConnection::sqlError(const QString &what, const QSqlError &error) const
{
    return Error::make(ErrorKind::LocalIoError, m_label + u": "_s + what, error.text());
}

Error SqliteConnection::notOpen() const
{
    return Error::make(ErrorKind::InvalidArgument, u"the %1 is not open"_s.arg(m_label));
}

VoidResult SqliteConnection::exec(QSqlQuery &query, const QString &what) const
{
    if (!query.exec())
        return fail(sqlError(what, query.lastError()));
    return {};
}

VoidResult SqliteConnection::execStatement(const QString &sql, const QString &what) const
{
    QSqlQuery query(database());
    if (!query.exec(sql))
        return fail(sqlError(what, query.lastError()));
    return {};
}

Result<QVariant> SqliteConnection::scalar(const QString &sql, const QString &what) const
{
    QSqlQuery query(database());
    if (!query.exec(sql))
        return fail(sqlError(what, query.lastError()));
    if (!query.next())
        return QVariant();
    return query.value(0);
}

void SqliteConnection::close()
{
    if (m_connectionName.isEmpty())
        return;
    {
        // Every QSqlDatabase copy must be gone before removeDatabase(), or Qt warns and keeps the connection.
        QSqlDatabase db = database();
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

VoidResult SqliteConnection::open(const QString &path, const Migrations &migrations, const QString &newerSchemaHint)
{
    close();
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        return fail(Error::make(ErrorKind::LocalIoError,
            u"%1: creating the folder %2"_s.arg(m_label, QDir::toNativeSeparators(info.absolutePath()))));
    }

    const QString name = u"snapdock-sqlite-%1"_s.arg(++s_connectionCounter);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(info.absoluteFilePath());
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(BUSY_TIMEOUT_MS));
        if (!db.open()) {
            const Error error = sqlError(u"opening %1"_s.arg(QDir::toNativeSeparators(path)), db.lastError());
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return fail(error);
        }
    }
    m_connectionName = name;
    m_path = info.absoluteFilePath();
    if (auto ok = setUp(migrations, newerSchemaHint); !ok) {
        close();
        m_path.clear();
        return ok;
    }
    return {};
}

VoidResult SqliteConnection::setUp(const Migrations &migrations, const QString &newerSchemaHint)
{
    const int known = int(migrations.size());
    // Read the version before anything that writes (journal_mode=WAL changes the file header).
    const Result<QVariant> version = scalar(u"PRAGMA user_version"_s, u"reading the schema version"_s);
    if (!version)
        return fail(version.error());
    if (version->toInt() > known) {
        Error error = Error::make(ErrorKind::LocalIoError,
            u"%1 %2: it was written by a newer Snapdock (schema version %3, this one knows %4)"_s
                .arg(m_label, QDir::toNativeSeparators(m_path))
                .arg(version->toInt())
                .arg(known));
        error.hint = newerSchemaHint;
        return fail(error);
    }
    for (const auto &[sql, what] : { std::pair{ u"PRAGMA foreign_keys = ON"_s, u"enabling foreign keys"_s },
             std::pair{ u"PRAGMA journal_mode = WAL"_s, u"enabling WAL"_s },
             std::pair{ u"PRAGMA synchronous = NORMAL"_s, u"setting synchronous"_s } }) {
        if (auto ok = execStatement(sql, what); !ok)
            return ok;
    }
    for (int from = version->toInt(); from < known; ++from) {
        SqlTransaction transaction(*this);
        if (auto ok = transaction.begun(); !ok)
            return ok;
        for (const QString &statement : migrations.at(from)) {
            if (auto ok = execStatement(statement, u"migrating to schema version %1"_s.arg(from + 1)); !ok)
                return ok;
        }
        // PRAGMA takes no bound parameters; the number is ours, not input.
        if (auto ok = execStatement(u"PRAGMA user_version = %1"_s.arg(from + 1), u"setting the schema version"_s); !ok)
            return ok;
        if (auto ok = transaction.commit(); !ok)
            return ok;
        qCInfo(lcJobs).noquote() << m_label << "migrated to schema version" << from + 1;
    }
    return {};
}

} // namespace Snapdock
