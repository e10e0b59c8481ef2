// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dialogs/DrillResultDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

DrillResultDialog::DrillResultDialog(const DrillReport &report, bool passed, const Error &error, QWidget *parent)
    : QDialog(parent)
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(passed ? tr("Restore drill passed") : tr("Restore drill failed"));

    QStringList lines;
    lines.append(passed
            ? tr("✓ The backup %1 restores and matches its record.").arg(QFileInfo(report.snapshotFile).fileName())
            : tr("✗ The backup %1 did not pass the restore drill.").arg(QFileInfo(report.snapshotFile).fileName()));
    if (!passed && !report.compared())
        lines.append(error.userMessage());
    else if (!passed)
        lines.append(
            tr("%n check(s) differ from what was recorded at backup time.", nullptr, int(report.mismatches().size())));
    if (!report.scratchCollection.isEmpty()) {
        lines.append(report.scratchRemoved ? tr("The scratch collection %1 was deleted.").arg(report.scratchCollection)
                                           : tr("⚠ The scratch collection %1 could not be deleted; remove it by hand.")
                                                 .arg(report.scratchCollection));
    }
    m_summary->setText(lines.join(u'\n'));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({ tr("Check"), tr("Recorded at backup"), tr("Restored"), tr("Result") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setRowCount(int(report.checks.size()));
    for (int row = 0; row < report.checks.size(); ++row) {
        const DrillCheck &check = report.checks.at(row);
        m_table->setItem(row, CheckColumn, new QTableWidgetItem(checkTitle(check.name)));
        for (const auto &[column, text] :
            { std::pair{ int(RecordedColumn), check.expected }, std::pair{ int(RestoredColumn), check.actual } }) {
            auto *item = new QTableWidgetItem(text);
            item->setToolTip(text);
            m_table->setItem(row, column, item);
        }
        m_table->setItem(row, ResultColumn, new QTableWidgetItem(check.ok ? tr("✓ matches") : tr("✗ differs")));
    }
    m_table->resizeColumnsToContents();
    m_table->setVisible(report.compared());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(720, report.compared() ? 360 : 160);
}

QString DrillResultDialog::summaryText() const
{
    return m_summary->text();
}

QString DrillResultDialog::checkTitle(const QString &name)
{
    if (name == u"points_count"_s)
        return tr("Points");
    if (name == u"vectors"_s)
        return tr("Vectors");
    if (name == u"sparse_vectors"_s)
        return tr("Sparse vectors");
    if (name == u"shard_number"_s)
        return tr("Shards");
    if (name == u"payload_schema"_s)
        return tr("Payload schema");
    return name;
}

} // namespace Snapdock
