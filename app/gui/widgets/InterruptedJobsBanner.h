// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QListWidget;
class QPushButton;

namespace Snapdock {

class InterruptedJobsController;

// A strip at the top of the queue view naming the jobs that were interrupted when Snapdock or snapdock-cli stopped,
// with [Resume] and [Discard] (asks first), a list of every job when there are more than the summary names, and why
// jobs could not be resumed. Hidden while there is nothing interrupted. Only shows: the controller (not owned, must
// outlive the banner) does the work.
class InterruptedJobsBanner : public QFrame
{
    Q_OBJECT

public:
    explicit InterruptedJobsBanner(InterruptedJobsController &controller, QWidget *parent = nullptr);

    [[nodiscard]] QString text() const;
    [[nodiscard]] QString problemText() const;
    [[nodiscard]] QListWidget *detailsList() const { return m_details; }
    [[nodiscard]] QPushButton *resumeButton() const { return m_resume; }
    [[nodiscard]] QPushButton *discardButton() const { return m_discard; }

private:
    void showState();
    void confirmDiscard();

    InterruptedJobsController &m_controller;
    QLabel *m_label;
    QLabel *m_problems;
    QListWidget *m_details;
    QPushButton *m_resume;
    QPushButton *m_discard;
};

} // namespace Snapdock
