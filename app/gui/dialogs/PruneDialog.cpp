// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dialogs/PruneDialog.h"

#include "gui/controllers/PruneController.h"
#include "gui/models/DisplayFormat.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

PruneDialog::PruneDialog(PruneController &controller, const PrunePlan &plan, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_plan(plan)
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_remove(new QPushButton(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setWindowTitle(tr("Prune the backups of \"%1\"").arg(plan.scheduleName));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    const int removeCount = plan.removeCount();
    m_summary->setText(
        tr("Policy: %1.\nIn %2: %n backup(s) would be removed, freeing %3; %4 kept. Nothing has been removed yet.",
            nullptr,
            removeCount)
            .arg(plan.policy.describe(),
                QDir::toNativeSeparators(plan.rootFolder),
                DisplayFormat::size(plan.preview.bytesFreed),
                QString::number(plan.preview.keptCount)));
    m_remove->setText(tr("&Remove %n backup(s)", nullptr, removeCount));
    m_remove->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    m_remove->setEnabled(removeCount > 0);
    m_remove->setAutoDefault(false);
    m_buttons->addButton(m_remove, QDialogButtonBox::DestructiveRole);
    m_buttons->button(QDialogButtonBox::Close)->setDefault(true);

    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({ tr("Decision"), tr("Collection"), tr("Backed up"), tr("File"), tr("Why") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    fillTable();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_buttons);

    connect(m_remove, &QPushButton::clicked, this, &PruneDialog::removeBackups);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_controller, &PruneController::applied, this, &PruneDialog::onApplied);
    resize(900, 480);
}

QString PruneDialog::summaryText() const
{
    return m_summary->text();
}

void PruneDialog::fillTable()
{
    m_table->setRowCount(int(m_plan.decisions.size()));
    const QIcon removeIcon = style()->standardIcon(QStyle::SP_TrashIcon);
    for (int row = 0; row < m_plan.decisions.size(); ++row) {
        const RetentionDecision &decision = m_plan.decisions.at(row);
        auto *verdict = new QTableWidgetItem(decision.keep ? tr("keep") : tr("remove"));
        if (!decision.keep) {
            verdict->setIcon(removeIcon);
            QFont bold = verdict->font();
            bold.setBold(true);
            verdict->setFont(bold);
        }
        m_table->setItem(row, DecisionColumn, verdict);
        m_table->setItem(row,
            CollectionColumn,
            new QTableWidgetItem(
                decision.backup.collection.isEmpty() ? tr("Full storage") : decision.backup.collection));
        auto *time = new QTableWidgetItem(DisplayFormat::localTime(decision.backup.time));
        time->setToolTip(DisplayFormat::utcTime(decision.backup.time));
        m_table->setItem(row, TimeColumn, time);
        auto *file = new QTableWidgetItem(QFileInfo(decision.backup.id).fileName());
        file->setToolTip(QDir::toNativeSeparators(decision.backup.id));
        m_table->setItem(row, FileColumn, file);
        auto *reasons = new QTableWidgetItem(decision.reasons.join(u"; "_s));
        reasons->setToolTip(decision.reasons.join(u'\n'));
        m_table->setItem(row, ReasonColumn, reasons);
    }
    m_table->resizeColumnsToContents();
}

void PruneDialog::removeBackups()
{
    if (m_applying || m_controller.isBusy())
        return;
    m_applying = true;
    m_remove->setEnabled(false);
    m_summary->setText(tr("Removing %n backup(s)…", nullptr, m_plan.removeCount()));
    m_controller.apply(m_plan);
}

void PruneDialog::onApplied(const PrunePlan &plan, const LocalPruneReport &report)
{
    if (!m_applying || plan.scheduleId != m_plan.scheduleId)
        return;
    m_applying = false;
    QStringList lines{ tr("Removed %n backup(s), freeing %1.", nullptr, report.removedCount)
                           .arg(DisplayFormat::size(report.bytesFreed)) };
    for (const LocalPruneOutcome &outcome : report.outcomes) {
        if (outcome.error) {
            lines.append(
                tr("✗ %1: %2").arg(QDir::toNativeSeparators(outcome.snapshotPath), outcome.error->userMessage()));
        }
    }
    m_summary->setText(lines.join(u'\n'));
    // Mark what is gone so that the table stays a record of this run.
    for (int row = 0; row < report.outcomes.size() && row < m_table->rowCount(); ++row) {
        const LocalPruneOutcome &outcome = report.outcomes.at(row);
        if (outcome.removed)
            m_table->item(row, DecisionColumn)->setText(tr("removed"));
        else if (outcome.error)
            m_table->item(row, DecisionColumn)->setText(tr("not removed"));
    }
    m_remove->hide();
    Q_EMIT pruned();
}

} // namespace Snapdock
