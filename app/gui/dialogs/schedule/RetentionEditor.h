// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/retention/RetentionPolicy.h"

#include <QWidget>

class QLabel;
class QSpinBox;

namespace Snapdock {

// The "Retention" part of the schedule editor: restic-style keep-last / hourly / daily / weekly / monthly /
// yearly counts for the local backups, how many snapshots stay on the server, and a live sentence saying what
// the policy keeps. GUI thread only.
class RetentionEditor : public QWidget
{
    Q_OBJECT

public:
    enum class Rule
    {
        Last,
        Hourly,
        Daily,
        Weekly,
        Monthly,
        Yearly
    };

    static constexpr int MAX_COUNT = 9999;

    explicit RetentionEditor(QWidget *parent = nullptr);

    // What a new schedule starts with: 7 daily, 4 weekly, 6 monthly.
    [[nodiscard]] static RetentionPolicy defaultPolicy();

    void setPolicy(const RetentionPolicy &policy);
    [[nodiscard]] RetentionPolicy policy() const;
    void setKeepOnServer(int count);
    [[nodiscard]] int keepOnServer() const;

    [[nodiscard]] QSpinBox *spinBox(Rule rule) const;
    [[nodiscard]] QSpinBox *keepOnServerBox() const { return m_keepOnServer; }
    [[nodiscard]] QString summaryText() const;

Q_SIGNALS:
    void changed();

private:
    void updateSummary();

    QSpinBox *m_last;
    QSpinBox *m_hourly;
    QSpinBox *m_daily;
    QSpinBox *m_weekly;
    QSpinBox *m_monthly;
    QSpinBox *m_yearly;
    QSpinBox *m_keepOnServer;
    QLabel *m_summary;
};

} // namespace Snapdock
