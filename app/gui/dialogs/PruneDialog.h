// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/controllers/PrunePlan.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace Snapdock {

class PruneController;

// The dry run of "Prune now", then the pruning: a table of every retention decision with its reasons (kept: newest
// daily for 2026-11-26; removed: no rule keeps it), a summary, and "Remove N backups". Nothing is removed until
// that button is clicked; then the controller removes exactly what the table shows and the dialog reports what it
// removed and what failed. The controller must outlive the dialog. Use open(); never exec().
class PruneDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column
    {
        DecisionColumn,
        CollectionColumn,
        TimeColumn,
        FileColumn,
        ReasonColumn,
        ColumnCount
    };

    PruneDialog(PruneController &controller, const PrunePlan &plan, QWidget *parent = nullptr);

    [[nodiscard]] QTableWidget *table() const { return m_table; }
    [[nodiscard]] QPushButton *removeButton() const { return m_remove; }
    [[nodiscard]] QString summaryText() const;

Q_SIGNALS:
    // The removal ran (also when some files could not be removed).
    void pruned();

private:
    void fillTable();
    void removeBackups();
    void onApplied(const PrunePlan &plan, const LocalPruneReport &report);

    PruneController &m_controller;
    PrunePlan m_plan;
    QLabel *m_summary;
    QTableWidget *m_table;
    QPushButton *m_remove;
    QDialogButtonBox *m_buttons;
    bool m_applying = false;
};

} // namespace Snapdock
