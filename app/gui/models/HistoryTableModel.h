// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/history/HistoryFilter.h"
#include "core/history/HistoryRecord.h"
#include "core/support/Error.h"

#include <QAbstractTableModel>
#include <QList>

namespace Snapdock {

class HistoryDatabase;

// The job history as a table, newest first, fetched lazily: every (re)query loads the first PAGE_SIZE rows, and
// views (or QAbstractItemModelTester) pull further pages through canFetchMore()/fetchMore(), so opening a history
// of 100 000 rows reads one page. setFilter() and reload() re-query (a model reset).
//
// Reads only; the database must outlive the model. Rows are HistoryRecord copies; never a stored QModelIndex.
// GUI thread only (the database's connection lives there).
class HistoryTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int PAGE_SIZE = 200;

    enum Column
    {
        StartedColumn,
        TitleColumn,
        KindColumn,
        HostColumn,
        CollectionColumn,
        OutcomeColumn,
        SizeColumn,
        DurationColumn,
        FileColumn,
        ErrorColumn,
        ColumnCount
    };

    enum Role
    {
        SortRole = Qt::UserRole + 1, // raw value: UTC QDateTime, qint64, plain strings
        RecordIdRole, // the history row id (qint64), in every column
        KindRole, // JobKind as int, in every column
        OutcomeRole, // HistoryOutcome as int, in every column
    };

    explicit HistoryTableModel(HistoryDatabase &database, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    [[nodiscard]] const HistoryFilter &filter() const { return m_filter; }
    // Re-queries with `filter` (a model reset); the first page is loaded when a view asks.
    void setFilter(const HistoryFilter &filter);
    // Re-queries with the current filter, e.g. after jobs finished.
    void reload();

    // Rows matching the filter in the database (loaded or not).
    [[nodiscard]] int totalCount() const { return m_total; }
    // The record of a loaded row; a default record for an invalid index.
    [[nodiscard]] HistoryRecord record(const QModelIndex &index) const;
    [[nodiscard]] HistoryDatabase &database() const { return m_database; }
    // The last query error in words, empty when the last query worked.
    [[nodiscard]] QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void queryFailed(const Snapdock::Error &error);

private:
    [[nodiscard]] QVariant displayData(const HistoryRecord &r, int column) const;
    [[nodiscard]] QVariant sortData(const HistoryRecord &r, int column) const;
    [[nodiscard]] QString outcomeText(HistoryOutcome outcome) const;
    [[nodiscard]] QString kindText(JobKind kind) const;
    void report(const Error &error);

    HistoryDatabase &m_database;
    HistoryFilter m_filter;
    QList<HistoryRecord> m_records;
    int m_total = 0;
    QString m_lastError;
    bool m_notifying = false; // while a reset or an insert is being notified
};

} // namespace Snapdock
