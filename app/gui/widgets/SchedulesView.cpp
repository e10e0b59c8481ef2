// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/widgets/SchedulesView.h"

#include "core/profiles/ProfileStore.h"
#include "core/scheduling/ScheduleStore.h"
#include "core/scheduling/ScheduleUnitWriter.h"
#include "gui/AppContext.h"
#include "gui/controllers/PruneController.h"
#include "gui/controllers/ScheduleRunner.h"
#include "gui/dialogs/PruneDialog.h"
#include "gui/dialogs/ScheduleDialog.h"
#include "gui/dialogs/schedule/ScheduledPathPanel.h"
#include "gui/models/ScheduleTableModel.h"
#include "gui/widgets/BrowserTable.h"
#include "gui/widgets/Confirmation.h"
#include "gui/widgets/LoadStateBanner.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

SchedulesView::SchedulesView(AppContext &context, ScheduleTableModel &model, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(model)
    , m_prune(new PruneController(context.history, *context.clock, this))
    , m_unitWriter(new ScheduleUnitWriter(ScheduleUnitWriter::nativePlatform(), this))
    , m_banner(new LoadStateBanner(this))
    , m_table(new QTableView(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    Q_ASSERT(context.schedules && context.scheduleRunner && context.clock);
    BrowserTable::setUp(
        *m_table, *m_proxy, m_model, ScheduleTableModel::SortRole, ScheduleTableModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // A handful of rows: every column can follow its contents (next and last runs change as they run).
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Schedules"));
    buildActions();

    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setIconSize(QSize(16, 16));
    toolbar->addActions({ m_new, m_edit, m_duplicate, m_delete });
    toolbar->addSeparator();
    toolbar->addActions({ m_runNow, m_pruneNow, m_toggleEnabled });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(toolbar);
    layout->addWidget(m_banner);
    layout->addWidget(m_table, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &SchedulesView::updateActions);
    connect(m_table, &QTableView::doubleClicked, m_edit, &QAction::trigger);
    connect(&m_model, &QAbstractItemModel::dataChanged, this, &SchedulesView::updateActions);
    connect(&m_model, &QAbstractItemModel::rowsInserted, this, &SchedulesView::updateActions);
    connect(&m_model, &QAbstractItemModel::rowsRemoved, this, &SchedulesView::updateActions);

    ScheduleRunner &runner = *context.scheduleRunner;
    connect(&runner, &ScheduleRunner::runStarted, this, [this](const QString &id) {
        m_model.setRunning(id, true);
    });
    connect(&runner, &ScheduleRunner::runFinished, this, [this](const QString &id) {
        m_model.setRunning(id, false);
        m_model.reload();
    });
    connect(m_unitWriter, &ScheduleUnitWriter::finished, this, [this] {
        if (const VoidResult &removed = m_unitWriter->result(); !removed)
            m_banner->showError(tr("The OS job could not be removed: %1").arg(removed.error().userMessage()));
    });
    connect(m_prune, &PruneController::planned, this, &SchedulesView::onPlanned);
    connect(m_prune, &PruneController::planFailed, this, [this](const Error &error) {
        m_banner->showError(tr("Cannot prune: %1").arg(error.userMessage()));
    });

    m_refresh.setInterval(REFRESH_INTERVAL_MS);
    connect(&m_refresh, &QTimer::timeout, this, [this] {
        m_model.reload();
        m_model.refreshTimes();
    });
    m_refresh.start();
    updateActions();
}

SchedulesView::~SchedulesView() = default;

void SchedulesView::buildActions()
{
    const auto make =
        [this](const QString &text, const QString &tip, QStyle::StandardPixmap icon = QStyle::SP_CustomBase) {
            auto *action = new QAction(text, this);
            action->setToolTip(tip);
            action->setStatusTip(tip);
            if (icon != QStyle::SP_CustomBase)
                action->setIcon(style()->standardIcon(icon));
            m_table->addAction(action);
            return action;
        };
    m_new = make(tr("&New Schedule…"), tr("Create a scheduled backup"), QStyle::SP_FileIcon);
    m_edit = make(tr("&Edit…"), tr("Edit the selected schedule"), QStyle::SP_FileDialogDetailedView);
    m_duplicate = make(tr("D&uplicate…"), tr("A new schedule with the settings of the selected one"));
    m_delete = make(tr("&Delete…"), tr("Delete the selected schedule (its backups stay)"), QStyle::SP_TrashIcon);
    m_runNow = make(tr("&Run Now"), tr("Run the selected schedule now"), QStyle::SP_MediaPlay);
    m_pruneNow = make(tr("&Prune Now…"),
        tr("Apply the schedule's retention policy to its local backups (shows what would go first)"),
        QStyle::SP_DialogDiscardButton);
    m_toggleEnabled = make(tr("Disa&ble"), tr("Stop or resume running the selected schedule"));

    connect(m_new, &QAction::triggered, this, [this] {
        Schedule schedule;
        if (const QList<Profile> profiles = m_context.profiles.profiles(); !profiles.isEmpty())
            schedule.profileId = profiles.first().id;
        openEditor(schedule);
    });
    connect(m_edit, &QAction::triggered, this, [this] {
        if (const auto schedule = m_model.schedule(currentScheduleId()))
            openEditor(*schedule);
    });
    connect(m_duplicate, &QAction::triggered, this, [this] {
        auto schedule = m_model.schedule(currentScheduleId());
        if (!schedule)
            return;
        schedule->id.clear();
        schedule->createdAt = QDateTime();
        schedule->name = tr("Copy of %1").arg(schedule->name);
        openEditor(*schedule);
    });
    connect(m_delete, &QAction::triggered, this, &SchedulesView::deleteCurrent);
    connect(m_runNow, &QAction::triggered, this, [this] {
        runNow(currentScheduleId());
    });
    connect(m_pruneNow, &QAction::triggered, this, [this] {
        pruneNow(currentScheduleId());
    });
    connect(m_toggleEnabled, &QAction::triggered, this, &SchedulesView::toggleCurrent);
}

QString SchedulesView::currentScheduleId() const
{
    return BrowserTable::currentValue(*m_table, ScheduleTableModel::ScheduleIdRole);
}

void SchedulesView::selectSchedule(const QString &scheduleId)
{
    const int row = m_model.rowOf(scheduleId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model.index(row, 0));
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void SchedulesView::openEditor(const Schedule &schedule)
{
    if (m_context.profiles.profiles().isEmpty()) {
        m_banner->showMessage(tr("Add a host first: a schedule backs up one host."));
        return;
    }
    auto *dialog = new ScheduleDialog(m_context, *m_context.schedules, *m_context.clock, schedule, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The editor installs OS jobs where this view looks for them.
    ScheduleUnitWriter &writer = dialog->scheduledPathPanel()->writer();
    writer.setUnitFolder(m_unitWriter->unitFolder());
    writer.setCliPath(m_unitWriter->cliPath());
    writer.setControlProgram(m_unitWriter->controlProgram());
    dialog->scheduledPathPanel()->setSchedule(schedule);
    connect(dialog, &ScheduleDialog::saved, this, [this](const QString &id) {
        m_banner->clear();
        selectSchedule(id);
    });
    dialog->open();
}

void SchedulesView::runNow(const QString &scheduleId)
{
    if (scheduleId.isEmpty())
        return;
    if (auto started = m_context.scheduleRunner->runNow(scheduleId); !started)
        m_banner->showError(tr("Could not start the run: %1").arg(started.error().userMessage()));
    else
        m_banner->clear();
    updateActions();
}

void SchedulesView::pruneNow(const QString &scheduleId)
{
    const auto schedule = m_model.schedule(scheduleId);
    if (!schedule || m_prune->isBusy())
        return;
    const auto profile = m_context.profiles.profile(schedule->profileId);
    if (!profile) {
        m_banner->showError(tr("The host of \"%1\" no longer exists.").arg(schedule->name));
        return;
    }
    m_banner->showLoading(tr("Looking at the backups of \"%1\"…").arg(schedule->name));
    m_prune->plan(*schedule, *profile);
}

void SchedulesView::onPlanned(const PrunePlan &plan)
{
    m_banner->clear();
    auto *dialog = new PruneDialog(*m_prune, plan, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PruneDialog::pruned, this, &SchedulesView::pruned);
    dialog->open();
}

void SchedulesView::deleteCurrent()
{
    const auto schedule = m_model.schedule(currentScheduleId());
    if (!schedule)
        return;
    const bool osJob = m_unitWriter->isInstalled(schedule->id);
    Confirmation::ask(this,
        tr("Delete Schedule"),
        osJob ? tr("Delete the schedule \"%1\" and remove its OS job?\n\nIts backups stay where they are.")
                    .arg(schedule->name)
              : tr("Delete the schedule \"%1\"?\n\nIts backups stay where they are.").arg(schedule->name),
        tr("Delete Schedule"),
        [this, id = schedule->id, osJob] {
            if (auto removed = m_context.schedules->remove(id); !removed) {
                m_banner->showError(removed.error().userMessage());
                return;
            }
            // The OS job would otherwise go on calling run-schedule for a schedule that is gone.
            if (osJob && !m_unitWriter->isBusy())
                m_unitWriter->remove(id);
        });
}

void SchedulesView::toggleCurrent()
{
    auto schedule = m_model.schedule(currentScheduleId());
    if (!schedule)
        return;
    schedule->enabled = !schedule->enabled;
    if (auto updated = m_context.schedules->update(*schedule); !updated)
        m_banner->showError(updated.error().userMessage());
    updateActions();
}

void SchedulesView::updateActions()
{
    const QString id = currentScheduleId();
    const auto schedule = m_model.schedule(id);
    const bool running = schedule && m_context.scheduleRunner->isRunning(id);
    m_edit->setEnabled(schedule.has_value());
    m_duplicate->setEnabled(schedule.has_value());
    m_delete->setEnabled(schedule && !running);
    m_runNow->setEnabled(schedule && !running);
    m_pruneNow->setEnabled(schedule && !running && !m_prune->isBusy());
    m_toggleEnabled->setEnabled(schedule.has_value());
    m_toggleEnabled->setText(schedule && !schedule->enabled ? tr("Ena&ble") : tr("Disa&ble"));
    if (m_model.rowCount() == 0 && m_banner->state() == LoadStateBanner::State::Hidden)
        m_banner->showMessage(tr("No schedules yet. “New Schedule…” backs up a host at the times you choose."));
    else if (m_model.rowCount() > 0 && m_banner->state() == LoadStateBanner::State::Message)
        m_banner->clear();
}

} // namespace Snapdock
