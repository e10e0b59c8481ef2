// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/scheduling/Schedule.h"

#include <QTimer>
#include <QWidget>

class QAction;
class QSortFilterProxyModel;
class QTableView;

namespace Snapdock {

class LoadStateBanner;
class PruneController;
class ScheduleTableModel;
class ScheduleUnitWriter;
struct AppContext;
struct PrunePlan;

// The Schedules tab: the saved schedules (ScheduleTableModel, injected) with New, Edit, Duplicate, Delete (confirmed;
// removes the OS job too), Run now, Prune now (a dry run in PruneDialog first) and Enable/Disable. Runs go through
// the context's ScheduleRunner, so their jobs appear in the queue and the history.
//
// The context must have schedules, a schedule runner and a clock; it and the model must outlive the view. Dialogs
// are opened with open(); background errors show in the banner. The table re-reads the store every
// REFRESH_INTERVAL_MS (runs of `snapdock-cli run-schedule` change it from outside) and moves the next-run times.
class SchedulesView : public QWidget
{
    Q_OBJECT

public:
    static constexpr int REFRESH_INTERVAL_MS = 30'000;

    SchedulesView(AppContext &context, ScheduleTableModel &model, QWidget *parent = nullptr);
    ~SchedulesView() override;

    // The schedule of the current row, or empty.
    [[nodiscard]] QString currentScheduleId() const;
    void selectSchedule(const QString &scheduleId);

    // Opens the editor for `schedule` (an empty id: a new one).
    void openEditor(const Schedule &schedule);
    void runNow(const QString &scheduleId);
    void pruneNow(const QString &scheduleId);

    [[nodiscard]] QTableView *tableView() const { return m_table; }
    [[nodiscard]] LoadStateBanner *banner() const { return m_banner; }
    [[nodiscard]] PruneController *pruneController() const { return m_prune; }
    [[nodiscard]] ScheduleUnitWriter &unitWriter() const { return *m_unitWriter; }
    [[nodiscard]] QAction *newAction() const { return m_new; }
    [[nodiscard]] QAction *editAction() const { return m_edit; }
    [[nodiscard]] QAction *duplicateAction() const { return m_duplicate; }
    [[nodiscard]] QAction *deleteAction() const { return m_delete; }
    [[nodiscard]] QAction *runNowAction() const { return m_runNow; }
    [[nodiscard]] QAction *pruneNowAction() const { return m_pruneNow; }
    [[nodiscard]] QAction *toggleEnabledAction() const { return m_toggleEnabled; }

Q_SIGNALS:
    // A local prune removed backups (the local backups view may want to look again).
    void pruned();

private:
    void buildActions();
    void updateActions();
    void deleteCurrent();
    void toggleCurrent();
    void onPlanned(const PrunePlan &plan);

    AppContext &m_context;
    ScheduleTableModel &m_model;
    PruneController *m_prune;
    ScheduleUnitWriter *m_unitWriter;
    LoadStateBanner *m_banner;
    QTableView *m_table;
    QSortFilterProxyModel *m_proxy;
    QAction *m_new = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_runNow = nullptr;
    QAction *m_pruneNow = nullptr;
    QAction *m_toggleEnabled = nullptr;
    QTimer m_refresh;
};

} // namespace Snapdock
