// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dialogs/restore/PreflightPanel.h"

#include <QGridLayout>
#include <QLabel>
#include <QStyle>

namespace Snapdock {

PreflightPanel::PreflightPanel(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QGridLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setVerticalSpacing(6);
    m_layout->setColumnStretch(1, 1);
    m_layout->setAlignment(Qt::AlignTop);
}

void PreflightPanel::clear()
{
    m_lines.clear();
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void PreflightPanel::showChecking()
{
    clear();
    addLine(PreflightReport::Severity::Info, tr("Checking the server…"));
}

void PreflightPanel::showProblem(const QString &problem)
{
    clear();
    addLine(PreflightReport::Severity::Blocking, problem);
}

void PreflightPanel::showReport(const PreflightReport &report)
{
    clear();
    for (const PreflightReport::Item &item : report.items)
        addLine(item.severity, item.text);
    if (report.items.isEmpty())
        addLine(PreflightReport::Severity::Info, tr("Nothing to check."));
}

void PreflightPanel::addLine(PreflightReport::Severity severity, const QString &text)
{
    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxInformation;
    switch (severity) {
    case PreflightReport::Severity::Ok:
        pixmap = QStyle::SP_DialogApplyButton;
        break;
    case PreflightReport::Severity::Info:
        pixmap = QStyle::SP_MessageBoxInformation;
        break;
    case PreflightReport::Severity::Warning:
        pixmap = QStyle::SP_MessageBoxWarning;
        break;
    case PreflightReport::Severity::Blocking:
        pixmap = QStyle::SP_MessageBoxCritical;
        break;
    }
    const int extent = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(pixmap, nullptr, this).pixmap(extent, extent));
    auto *label = new QLabel(text, this);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const int row = int(m_lines.size());
    m_layout->addWidget(icon, row, 0, Qt::AlignTop);
    m_layout->addWidget(label, row, 1);
    // Children added to a visible widget stay hidden until shown; the dialog measures them right away.
    icon->show();
    label->show();
    m_lines.append(text);
}

} // namespace Snapdock
