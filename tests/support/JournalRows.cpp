// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/JournalRows.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock::TestSupport {

qint64 goneProcessId()
{
    QProcess process;
    process.start(QCoreApplication::applicationFilePath(), { u"-functions"_s });
    if (!process.waitForStarted())
        return 0;
    const qint64 pid = process.processId();
    process.waitForFinished();
    return pid;
}

bool setJournalRowOwner(const QString &path, qint64 id, qint64 pid, const QString &instance)
{
    const QString connectionName = u"journal-row-owner"_s;
    bool ok = false;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
        raw.setDatabaseName(path);
        if (raw.open()) {
            QSqlQuery query(raw);
            query.prepare(u"UPDATE pending_jobs SET owner_pid = ?, owner_instance = ? WHERE id = ?"_s);
            query.addBindValue(pid);
            query.addBindValue(instance);
            query.addBindValue(id);
            ok = query.exec() && query.numRowsAffected() == 1;
            raw.close();
        }
    }
    QSqlDatabase::removeDatabase(connectionName);
    return ok;
}

} // namespace Snapdock::TestSupport
