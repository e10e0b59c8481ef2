// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/support/Result.h"

#include <QSqlDatabase>
#include <QSqlError>

namespace Snapdock {

class SqliteConnection;

// Rolls back unless commit() succeeded: an early return can never leave half a change behind.
// BEGIN IMMEDIATE: the write lock is taken (waiting up to the busy timeout) before the first read, so a transaction
// that reads and then writes cannot fail half-way because another process wrote in between.
class SqlTransaction
{
public:
    explicit SqlTransaction(const SqliteConnection &connection);
    ~SqlTransaction();
    SqlTransaction(const SqlTransaction &) = delete;
    SqlTransaction &operator=(const SqlTransaction &) = delete;

    // The error if BEGIN failed (e.g. the file is locked for longer than the busy timeout).
    [[nodiscard]] VoidResult begun() const;
    [[nodiscard]] VoidResult commit();

private:
    const SqliteConnection &m_connection;
    QSqlDatabase m_db;
    QSqlError m_beginError;
    bool m_open = false;
};

} // namespace Snapdock
