// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jobs/JobId.h"

#include <QList>
#include <QTimer>
#include <QWidget>

class QAction;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace Snapdock {

class HistoryDatabase;
class HistoryRecorder;
class InterruptedJobsBanner;
class InterruptedJobsController;
class JobLogDialog;
class JobQueue;
class JobTableModel;

// The job queue as a table with a progress bar per row, and the actions on the selected jobs: cancel (Del, Esc),
// retry (failed or cancelled), remove (finished), clear finished, open log. Multi-selection; sortable through a
// proxy on JobTableModel::SortRole.
//
// The model is injected (not owned) and must wrap `queue`; both must outlive the view. Repaints follow the
// model, which follows the queue's throttled jobsUpdated() (≤ 4 Hz), plus a 1 s tick for running durations.
class QueueView : public QWidget
{
    Q_OBJECT

public:
    QueueView(JobQueue &queue, JobTableModel &model, QWidget *parent = nullptr);
    ~QueueView() override;

    // Optional: "Open log" then shows the job's recorded history log (stages with times) instead of a summary.
    // Neither is owned; both must outlive the view.
    void setHistory(HistoryRecorder *recorder, const HistoryDatabase *database);
    // Optional: a banner above the table offers the jobs `controller` (not owned, must outlive the view) knows were
    // interrupted. Call once.
    void setInterruptedJobs(InterruptedJobsController &controller);
    // Null until setInterruptedJobs().
    [[nodiscard]] InterruptedJobsBanner *interruptedJobsBanner() const { return m_interruptedBanner; }

    [[nodiscard]] QList<JobId> selectedJobs() const;
    void selectJobs(const QList<JobId> &ids);

    [[nodiscard]] QTableView *tableView() const { return m_table; }
    [[nodiscard]] QAction *cancelAction() const { return m_cancel; }
    [[nodiscard]] QAction *retryAction() const { return m_retry; }
    [[nodiscard]] QAction *removeAction() const { return m_remove; }
    [[nodiscard]] QAction *clearFinishedAction() const { return m_clearFinished; }
    [[nodiscard]] QAction *openLogAction() const { return m_openLog; }

Q_SIGNALS:
    // A log window was opened (non-modal, deletes itself on close).
    void logOpened(Snapdock::JobLogDialog *dialog);

private:
    void cancelSelected();
    void retrySelected();
    void removeSelected();
    void openLog();
    void updateActions();
    [[nodiscard]] QStringList summaryLines(JobId id) const;

    JobQueue &m_queue;
    JobTableModel &m_model;
    HistoryRecorder *m_recorder = nullptr;
    const HistoryDatabase *m_history = nullptr;
    InterruptedJobsBanner *m_interruptedBanner = nullptr;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLabel *m_summary;
    QAction *m_cancel;
    QAction *m_retry;
    QAction *m_remove;
    QAction *m_clearFinished;
    QAction *m_openLog;
    QTimer m_tick;
};

} // namespace Snapdock
