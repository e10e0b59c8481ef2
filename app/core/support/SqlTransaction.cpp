// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/support/SqlTransaction.h"

#include "core/support/SqliteConnection.h"

#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

SqlTransaction::SqlTransaction(const SqliteConnection &connection)
    : m_connection(connection)
    , m_db(connection.database())
{
    QSqlQuery begin(m_db);
    m_open = begin.exec(u"BEGIN IMMEDIATE"_s);
    if (!m_open)
        m_beginError = begin.lastError();
}

SqlTransaction::~SqlTransaction()
{
    if (m_open) {
        QSqlQuery rollback(m_db);
        rollback.exec(u"ROLLBACK"_s);
    }
}

VoidResult SqlTransaction::begun() const
{
    if (!m_open)
        return fail(m_connection.sqlError(u"starting a transaction"_s, m_beginError));
    return {};
}

VoidResult SqlTransaction::commit()
{
    QSqlQuery commit(m_db);
    if (!commit.exec(u"COMMIT"_s))
        return fail(m_connection.sqlError(u"committing"_s, commit.lastError()));
    m_open = false;
    return {};
}

} // namespace Snapdock
