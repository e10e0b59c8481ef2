// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jobs/DrillReport.h"
#include "core/support/Error.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace Snapdock {

// The outcome of a restore drill: passed or not, the scratch collection and whether it was removed, and a table of
// the checks (what the backup recorded against what the restored collection reports). Read-only; deletes itself
// when closed (WA_DeleteOnClose). Use show() or open().
class DrillResultDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column
    {
        CheckColumn,
        RecordedColumn,
        RestoredColumn,
        ResultColumn,
        ColumnCount
    };

    DrillResultDialog(const DrillReport &report, bool passed, const Error &error, QWidget *parent = nullptr);

    [[nodiscard]] QTableWidget *table() const { return m_table; }
    [[nodiscard]] QString summaryText() const;

    // "Points", "Vectors" … for a DrillCheck name; the name itself when unknown.
    [[nodiscard]] static QString checkTitle(const QString &name);

private:
    QLabel *m_summary;
    QTableWidget *m_table;
};

} // namespace Snapdock
