// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dialogs/schedule/RetentionEditor.h"

#include "core/scheduling/Schedule.h"

#include <QGridLayout>
#include <QLabel>
#include <QList>
#include <QSpinBox>

#include <utility>

namespace Snapdock {

namespace {

QSpinBox *makeCountBox(QWidget *parent, const QString &accessibleName)
{
    auto *box = new QSpinBox(parent);
    box->setRange(0, RetentionEditor::MAX_COUNT);
    box->setSpecialValueText(RetentionEditor::tr("off"));
    box->setAccessibleName(accessibleName);
    return box;
}

} // namespace

RetentionEditor::RetentionEditor(QWidget *parent)
    : QWidget(parent)
    , m_last(makeCountBox(this, tr("Keep the last")))
    , m_hourly(makeCountBox(this, tr("Hourly")))
    , m_daily(makeCountBox(this, tr("Daily")))
    , m_weekly(makeCountBox(this, tr("Weekly")))
    , m_monthly(makeCountBox(this, tr("Monthly")))
    , m_yearly(makeCountBox(this, tr("Yearly")))
    , m_keepOnServer(new QSpinBox(this))
    , m_summary(new QLabel(this))
{
    m_keepOnServer->setRange(0, Schedule::MAX_KEEP_ON_SERVER);
    m_keepOnServer->setSpecialValueText(tr("leave them all"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    const QList<std::pair<QString, QSpinBox *>> rows{ { tr("Keep the &last:"), m_last },
        { tr("&Hourly:"), m_hourly },
        { tr("&Daily:"), m_daily },
        { tr("&Weekly:"), m_weekly },
        { tr("&Monthly:"), m_monthly },
        { tr("&Yearly:"), m_yearly } };
    for (int i = 0; i < rows.size(); ++i) {
        auto *label = new QLabel(rows.at(i).first, this);
        label->setBuddy(rows.at(i).second);
        // Two columns of three rules.
        grid->addWidget(label, i % 3, (i / 3) * 2);
        grid->addWidget(rows.at(i).second, i % 3, (i / 3) * 2 + 1);
        connect(rows.at(i).second, &QSpinBox::valueChanged, this, &RetentionEditor::updateSummary);
    }
    auto *serverLabel = new QLabel(tr("Snapshots left on the &server per collection:"), this);
    serverLabel->setBuddy(m_keepOnServer);
    grid->addWidget(serverLabel, 3, 0, 1, 3);
    grid->addWidget(m_keepOnServer, 3, 3);
    grid->addWidget(m_summary, 4, 0, 1, 5);
    grid->setColumnStretch(4, 1);
    connect(m_keepOnServer, &QSpinBox::valueChanged, this, &RetentionEditor::changed);

    setPolicy(defaultPolicy());
}

RetentionPolicy RetentionEditor::defaultPolicy()
{
    RetentionPolicy policy;
    policy.keepDaily = 7;
    policy.keepWeekly = 4;
    policy.keepMonthly = 6;
    return policy;
}

void RetentionEditor::setPolicy(const RetentionPolicy &policy)
{
    m_last->setValue(policy.keepLast);
    m_hourly->setValue(policy.keepHourly);
    m_daily->setValue(policy.keepDaily);
    m_weekly->setValue(policy.keepWeekly);
    m_monthly->setValue(policy.keepMonthly);
    m_yearly->setValue(policy.keepYearly);
    updateSummary();
}

RetentionPolicy RetentionEditor::policy() const
{
    RetentionPolicy policy;
    policy.keepLast = m_last->value();
    policy.keepHourly = m_hourly->value();
    policy.keepDaily = m_daily->value();
    policy.keepWeekly = m_weekly->value();
    policy.keepMonthly = m_monthly->value();
    policy.keepYearly = m_yearly->value();
    return policy;
}

void RetentionEditor::setKeepOnServer(int count)
{
    m_keepOnServer->setValue(count);
}

int RetentionEditor::keepOnServer() const
{
    return m_keepOnServer->value();
}

QSpinBox *RetentionEditor::spinBox(Rule rule) const
{
    switch (rule) {
    case Rule::Last:
        return m_last;
    case Rule::Hourly:
        return m_hourly;
    case Rule::Daily:
        return m_daily;
    case Rule::Weekly:
        return m_weekly;
    case Rule::Monthly:
        return m_monthly;
    case Rule::Yearly:
        return m_yearly;
    }
    return m_last;
}

QString RetentionEditor::summaryText() const
{
    return m_summary->text();
}

void RetentionEditor::updateSummary()
{
    const RetentionPolicy current = policy();
    m_summary->setText(current.isEmpty()
            ? tr("Local backups: keep everything (no rule set). Pinned backups are always kept.")
            : tr("Local backups: %1. Pinned backups are always kept.").arg(current.describe()));
    Q_EMIT changed();
}

} // namespace Snapdock
