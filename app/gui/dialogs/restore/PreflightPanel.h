// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jobs/PreflightCheck.h"

#include <QWidget>

class QGridLayout;

namespace Snapdock {

// Shows a PreflightReport as one line per check, each with an icon (ok, info, warning, blocking) and wrapped
// text, sized to its content. Shows "Checking…" while a check runs. Holds a copy of the report.
class PreflightPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PreflightPanel(QWidget *parent = nullptr);

    void showChecking();
    // Shows a problem found before asking the server (e.g. an invalid name) as one blocking line.
    void showProblem(const QString &problem);
    void showReport(const PreflightReport &report);

    // The texts shown, in order (for tests and accessibility).
    [[nodiscard]] QStringList lines() const { return m_lines; }

private:
    void clear();
    void addLine(PreflightReport::Severity severity, const QString &text);

    QGridLayout *m_layout;
    QStringList m_lines;
};

} // namespace Snapdock
