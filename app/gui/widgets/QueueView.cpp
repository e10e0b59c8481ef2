// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/widgets/QueueView.h"

#include "core/history/HistoryRecorder.h"
#include "core/jobs/JobQueue.h"
#include "gui/models/DisplayFormat.h"
#include "gui/models/JobTableModel.h"
#include "gui/widgets/InterruptedJobsBanner.h"
#include "gui/widgets/JobLogDialog.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPainter>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

namespace {

// Paints the progress column as a progress bar with the model's "x of y (n %)" text; a busy-free empty cell when
// nothing is known yet.
class ProgressDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const int percent = index.data(JobTableModel::ProgressPercentRole).toInt();
        const QString text = index.data(Qt::DisplayRole).toString();
        if (percent < 0 && text.isEmpty()) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem background = option;
        initStyleOption(&background, index);
        background.text.clear();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(2, 2, -2, -2);
        bar.minimum = 0;
        bar.maximum = 100;
        bar.progress = percent < 0 ? 0 : percent;
        bar.text = text;
        bar.textVisible = true;
        bar.textAlignment = Qt::AlignCenter;
        bar.state = option.state | QStyle::State_Horizontal;
        bar.fontMetrics = option.fontMetrics;
        bar.palette = option.palette;
        style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setWidth(std::max(size.width() + 16, 180));
        return size;
    }
};

QToolButton *toolButton(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    return button;
}

} // namespace

QueueView::QueueView(JobQueue &queue, JobTableModel &model, QWidget *parent)
    : QWidget(parent)
    , m_queue(queue)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_cancel(new QAction(style()->standardIcon(QStyle::SP_BrowserStop), tr("&Cancel"), this))
    , m_retry(new QAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("&Retry"), this))
    , m_remove(new QAction(style()->standardIcon(QStyle::SP_DialogDiscardButton), tr("Re&move"), this))
    , m_clearFinished(new QAction(style()->standardIcon(QStyle::SP_DialogResetButton), tr("C&lear finished"), this))
    , m_openLog(new QAction(style()->standardIcon(QStyle::SP_FileDialogDetailedView), tr("Open &log"), this))
{
    m_proxy->setSourceModel(&model);
    m_proxy->setSortRole(JobTableModel::SortRole);

    m_table->setModel(m_proxy);
    m_table->setObjectName(u"queueTable"_s);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // enqueue order until a header is clicked
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->setItemDelegateForColumn(JobTableModel::ProgressColumn, new ProgressDelegate(m_table));
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    const std::pair<int, int> widths[] = { { JobTableModel::TitleColumn, 180 },
        { JobTableModel::HostColumn, 90 },
        { JobTableModel::CollectionColumn, 100 },
        { JobTableModel::StateColumn, 80 },
        { JobTableModel::StageColumn, 180 },
        { JobTableModel::ProgressColumn, 200 },
        { JobTableModel::SpeedColumn, 80 },
        { JobTableModel::EtaColumn, 70 },
        { JobTableModel::StartedColumn, 150 },
        { JobTableModel::DurationColumn, 70 } };
    for (const auto &[column, width] : widths)
        header->resizeSection(column, width);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_cancel->setToolTip(tr("Cancel the selected jobs (Del, Esc)"));
    m_cancel->setShortcuts({ QKeySequence(QKeySequence::Delete), QKeySequence(Qt::Key_Escape) });
    m_retry->setToolTip(tr("Run the selected failed or cancelled jobs again"));
    m_remove->setToolTip(tr("Remove the selected finished jobs from the list"));
    m_clearFinished->setToolTip(tr("Remove every finished job from the list"));
    m_openLog->setToolTip(tr("Show what the selected job did"));
    for (QAction *action : { m_cancel, m_retry, m_remove, m_clearFinished, m_openLog }) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        m_table->addAction(action);
    }
    connect(m_cancel, &QAction::triggered, this, &QueueView::cancelSelected);
    connect(m_retry, &QAction::triggered, this, &QueueView::retrySelected);
    connect(m_remove, &QAction::triggered, this, &QueueView::removeSelected);
    connect(m_clearFinished, &QAction::triggered, this, [this] {
        m_queue.clearFinished();
    });
    connect(m_openLog, &QAction::triggered, this, &QueueView::openLog);
    connect(m_table, &QTableView::doubleClicked, this, &QueueView::openLog);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    for (QAction *action : { m_cancel, m_retry, m_remove, m_clearFinished, m_openLog })
        bar->addWidget(toolButton(action, this));
    bar->addStretch(1);
    bar->addWidget(m_summary);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &QueueView::updateActions);
    connect(&model, &QAbstractItemModel::dataChanged, this, &QueueView::updateActions);
    connect(&model, &QAbstractItemModel::rowsInserted, this, &QueueView::updateActions);
    connect(&model, &QAbstractItemModel::rowsRemoved, this, &QueueView::updateActions);
    connect(&model, &QAbstractItemModel::modelReset, this, &QueueView::updateActions);

    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        m_model.refreshDurations();
    });
    m_tick.start();
    updateActions();
}

QueueView::~QueueView() = default;

void QueueView::setHistory(HistoryRecorder *recorder, const HistoryDatabase *database)
{
    m_recorder = recorder;
    m_history = database;
}

void QueueView::setInterruptedJobs(InterruptedJobsController &controller)
{
    m_interruptedBanner = new InterruptedJobsBanner(controller, this);
    // Above the buttons: the first thing seen after a crash.
    if (auto *box = qobject_cast<QVBoxLayout *>(layout()))
        box->insertWidget(0, m_interruptedBanner);
}

QList<JobId> QueueView::selectedJobs() const
{
    QList<JobId> ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        const JobId id = m_model.jobId(m_proxy->mapToSource(row));
        if (id.isValid())
            ids.append(id);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

void QueueView::selectJobs(const QList<JobId> &ids)
{
    QItemSelection selection;
    for (const JobId id : ids) {
        const int row = m_model.rowOf(id);
        if (row < 0)
            continue;
        const QModelIndex index = m_proxy->mapFromSource(m_model.index(row, 0));
        selection.select(index, index.siblingAtColumn(JobTableModel::ColumnCount - 1));
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void QueueView::cancelSelected()
{
    const QList<JobId> ids = selectedJobs();
    for (const JobId id : ids)
        m_queue.cancel(id);
}

void QueueView::retrySelected()
{
    QList<JobId> retried;
    const QList<JobId> ids = selectedJobs();
    for (const JobId id : ids) {
        const JobSnapshot s = m_model.snapshot(id);
        if (s.state != Job::State::Failed && s.state != Job::State::Cancelled)
            continue;
        if (const Result<JobId> next = m_queue.retry(id))
            retried.append(*next);
    }
    if (!retried.isEmpty())
        selectJobs(retried);
}

void QueueView::removeSelected()
{
    const QList<JobId> ids = selectedJobs();
    for (const JobId id : ids) {
        if (m_model.snapshot(id).isFinished())
            m_queue.remove(id);
    }
}

void QueueView::openLog()
{
    const QList<JobId> ids = selectedJobs();
    if (ids.isEmpty())
        return;
    const JobId id = ids.first();
    const JobSnapshot s = m_model.snapshot(id);
    QStringList lines;
    if (m_recorder && m_history && m_recorder->historyId(id) != 0) {
        m_recorder->flush();
        lines = JobLogDialog::historyLines(*m_history, m_recorder->historyId(id));
    } else {
        lines = summaryLines(id);
    }
    auto *dialog = new JobLogDialog(s.title, lines, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    Q_EMIT logOpened(dialog);
}

QStringList QueueView::summaryLines(JobId id) const
{
    const JobSnapshot s = m_model.snapshot(id);
    QStringList lines;
    lines.append(tr("queued: %1").arg(DisplayFormat::utcTime(s.queuedAt)));
    if (s.startedAt.isValid())
        lines.append(tr("started: %1").arg(DisplayFormat::utcTime(s.startedAt)));
    if (!s.stage.isEmpty())
        lines.append(tr("stage: %1").arg(s.stage));
    for (const QString &warning : s.warnings)
        lines.append(tr("warning: %1").arg(warning));
    if (!s.errorMessage.isEmpty())
        lines.append(tr("error: %1").arg(s.errorMessage));
    if (s.finishedAt.isValid())
        lines.append(tr("finished: %1").arg(DisplayFormat::utcTime(s.finishedAt)));
    if (!s.result.filePath.isEmpty())
        lines.append(tr("file: %1").arg(s.result.filePath));
    return lines;
}

void QueueView::updateActions()
{
    bool anyRunning = false;
    bool anyRetriable = false;
    bool anyFinished = false;
    const QList<JobId> ids = selectedJobs();
    for (const JobId id : ids) {
        const JobSnapshot s = m_model.snapshot(id);
        anyRunning = anyRunning || !s.isFinished();
        anyRetriable = anyRetriable
            || ((s.state == Job::State::Failed || s.state == Job::State::Cancelled) && !s.retriedAs.isValid());
        anyFinished = anyFinished || s.isFinished();
    }
    m_cancel->setEnabled(anyRunning);
    m_retry->setEnabled(anyRetriable);
    m_remove->setEnabled(anyFinished);
    m_openLog->setEnabled(!ids.isEmpty());

    int running = 0;
    int finished = 0;
    for (int row = 0; row < m_model.rowCount(); ++row) {
        const auto state = Job::State(m_model.index(row, 0).data(JobTableModel::StateRole).toInt());
        if (state == Job::State::Succeeded || state == Job::State::Failed || state == Job::State::Cancelled)
            ++finished;
        else
            ++running;
    }
    m_clearFinished->setEnabled(finished > 0);
    m_summary->setText(tr("%n active", nullptr, running) + u" · "_s + tr("%n finished", nullptr, finished));
}

} // namespace Snapdock
