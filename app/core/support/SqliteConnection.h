// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/support/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

class QSqlError;
class QSqlQuery;

namespace Snapdock {

// One Qt Sql connection to one of Snapdock's SQLite files (the history, the job journal), set up the same way for
// all: WAL, synchronous=NORMAL (a committed transaction survives a crash of the process), foreign keys on, a busy
// timeout so that the desktop application and the CLI can share a file, and the schema versioned with
// PRAGMA user_version. Errors are LocalIoError with the file's label ("history database: …").
//
// Each instance has its own named connection. Not copyable; use it only from the thread that called open(), as Qt
// Sql requires.
class SqliteConnection
{
public:
    // Ordered: migration i brings user_version from i to i + 1; each is a list of statements.
    using Migrations = QList<QStringList>;

    // `label` names the file in errors and logs, e.g. "history database".
    explicit SqliteConnection(QString label);
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    // Creates the folder and the file if missing, refuses a file of a newer schema before anything is written to it
    // (the error carries `newerSchemaHint`), then brings the schema up to date, one transaction per migration.
    // Calling it again closes the file opened before. On failure the connection is closed.
    [[nodiscard]] VoidResult open(const QString &path, const Migrations &migrations, const QString &newerSchemaHint);
    void close();
    [[nodiscard]] bool isOpen() const { return !m_connectionName.isEmpty(); }
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] QString label() const { return m_label; }

    [[nodiscard]] QSqlDatabase database() const;

    [[nodiscard]] Error sqlError(const QString &what, const QSqlError &error) const;
    [[nodiscard]] Error notOpen() const;
    [[nodiscard]] VoidResult exec(QSqlQuery &query, const QString &what) const;
    [[nodiscard]] VoidResult execStatement(const QString &sql, const QString &what) const;
    // The first column of the first row, or a null QVariant when there is no row.
    [[nodiscard]] Result<QVariant> scalar(const QString &sql, const QString &what) const;

private:
    [[nodiscard]] VoidResult setUp(const Migrations &migrations, const QString &newerSchemaHint);

    QString m_label;
    QString m_path;
    QString m_connectionName; // empty while closed
};

} // namespace Snapdock
