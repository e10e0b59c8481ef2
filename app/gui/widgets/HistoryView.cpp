// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/widgets/HistoryView.h"

#include "core/history/HistoryDatabase.h"
#include "core/jobs/RestorePlan.h"
#include "gui/models/HistoryTableModel.h"
#include "gui/widgets/JobLogDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

namespace {

constexpr int FILTER_DELAY_MS = 250;

QToolButton *toolButton(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    return button;
}

} // namespace

HistoryView::HistoryView(HistoryTableModel &model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_host(new QLineEdit(this))
    , m_collection(new QLineEdit(this))
    , m_outcome(new QComboBox(this))
    , m_fromEnabled(new QCheckBox(tr("From"), this))
    , m_from(new QDateEdit(QDate::currentDate().addMonths(-1), this))
    , m_toEnabled(new QCheckBox(tr("to"), this))
    , m_to(new QDateEdit(QDate::currentDate(), this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_openLog(new QAction(style()->standardIcon(QStyle::SP_FileDialogDetailedView), tr("Open &log"), this))
    , m_undo(new QAction(style()->standardIcon(QStyle::SP_ArrowBack), tr("&Undo this restore…"), this))
    , m_export(new QAction(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("&Export CSV…"), this))
    , m_refresh(new QAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("Re&fresh"), this))
{
    m_host->setObjectName(u"hostFilter"_s);
    m_host->setPlaceholderText(tr("Host URL"));
    m_host->setClearButtonEnabled(true);
    m_collection->setObjectName(u"collectionFilter"_s);
    m_collection->setPlaceholderText(tr("Collection contains…"));
    m_collection->setClearButtonEnabled(true);
    m_outcome->setObjectName(u"outcomeFilter"_s);
    m_outcome->addItem(tr("Any outcome"));
    for (const HistoryOutcome outcome : { HistoryOutcome::Succeeded,
             HistoryOutcome::Failed,
             HistoryOutcome::Cancelled,
             HistoryOutcome::Interrupted,
             HistoryOutcome::Running }) {
        const QString names[] = { tr("Running"), tr("Succeeded"), tr("Failed"), tr("Cancelled"), tr("Interrupted") };
        m_outcome->addItem(names[int(outcome)], int(outcome));
    }
    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
    }
    m_undo->setToolTip(tr("Restore the safety snapshot taken before this restore into the same collection"));
    m_export->setToolTip(tr("Save the rows matching the filter as a CSV file"));

    m_table->setModel(&model);
    m_table->setObjectName(u"historyTable"_s);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(HistoryTableModel::StartedColumn, 140);
    m_table->horizontalHeader()->resizeSection(HistoryTableModel::TitleColumn, 220);
    m_table->horizontalHeader()->resizeSection(HistoryTableModel::KindColumn, 80);
    m_table->horizontalHeader()->resizeSection(HistoryTableModel::OutcomeColumn, 90);
    m_table->horizontalHeader()->resizeSection(HistoryTableModel::SizeColumn, 80);
    m_table->horizontalHeader()->resizeSection(HistoryTableModel::DurationColumn, 80);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addAction(m_openLog);
    m_table->addAction(m_undo);

    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addWidget(m_host, 2);
    filters->addWidget(m_collection, 2);
    filters->addWidget(m_outcome, 1);
    filters->addWidget(m_fromEnabled);
    filters->addWidget(m_from);
    filters->addWidget(m_toEnabled);
    filters->addWidget(m_to);

    auto *actions = new QHBoxLayout;
    actions->setContentsMargins(0, 0, 0, 0);
    for (QAction *action : { m_openLog, m_undo, m_export, m_refresh })
        actions->addWidget(toolButton(action, this));
    actions->addStretch(1);
    actions->addWidget(m_count);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addWidget(m_table, 1);

    m_filterTimer.setSingleShot(true);
    m_filterTimer.setInterval(FILTER_DELAY_MS);
    connect(&m_filterTimer, &QTimer::timeout, this, &HistoryView::applyFilter);
    connect(m_host, &QLineEdit::textChanged, this, &HistoryView::scheduleFilter);
    connect(m_collection, &QLineEdit::textChanged, this, &HistoryView::scheduleFilter);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &HistoryView::scheduleFilter);
    connect(m_from, &QDateEdit::dateChanged, this, &HistoryView::scheduleFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &HistoryView::scheduleFilter);
    connect(m_fromEnabled, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toEnabled, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    connect(m_fromEnabled, &QCheckBox::toggled, this, &HistoryView::scheduleFilter);
    connect(m_toEnabled, &QCheckBox::toggled, this, &HistoryView::scheduleFilter);

    connect(m_openLog, &QAction::triggered, this, &HistoryView::openLog);
    connect(m_table, &QTableView::doubleClicked, this, &HistoryView::openLog);
    connect(m_undo, &QAction::triggered, this, &HistoryView::requestUndo);
    connect(m_export, &QAction::triggered, this, &HistoryView::chooseExportFile);
    connect(m_refresh, &QAction::triggered, &m_model, &HistoryTableModel::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HistoryView::updateActions);
    connect(&m_model, &QAbstractItemModel::modelReset, this, &HistoryView::updateActions);
    connect(&m_model, &QAbstractItemModel::rowsInserted, this, &HistoryView::updateActions);
    updateActions();
}

HistoryView::~HistoryView() = default;

HistoryFilter HistoryView::currentFilter() const
{
    HistoryFilter filter;
    filter.host = m_host->text().trimmed();
    filter.collectionContains = m_collection->text().trimmed();
    if (m_outcome->currentIndex() > 0)
        filter.outcome = HistoryOutcome(m_outcome->currentData().toInt());
    if (m_fromEnabled->isChecked())
        filter.startedFrom = m_from->date().startOfDay().toUTC();
    if (m_toEnabled->isChecked())
        filter.startedBefore = m_to->date().addDays(1).startOfDay().toUTC(); // the whole "to" day
    return filter;
}

void HistoryView::setFilter(const HistoryFilter &filter)
{
    m_host->setText(filter.host);
    m_collection->setText(filter.collectionContains);
    m_outcome->setCurrentIndex(filter.outcome ? m_outcome->findData(int(*filter.outcome)) : 0);
    m_fromEnabled->setChecked(filter.startedFrom.isValid());
    if (filter.startedFrom.isValid())
        m_from->setDate(filter.startedFrom.toLocalTime().date());
    m_toEnabled->setChecked(filter.startedBefore.isValid());
    if (filter.startedBefore.isValid())
        m_to->setDate(filter.startedBefore.toLocalTime().addMSecs(-1).date());
    applyFilter();
}

void HistoryView::scheduleFilter()
{
    m_filterTimer.start();
}

void HistoryView::applyFilter()
{
    m_filterTimer.stop();
    m_model.setFilter(currentFilter());
}

VoidResult HistoryView::exportCsv(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail(Error::make(ErrorKind::LocalIoError, tr("writing %1").arg(path), file.errorString()));
    VoidResult written = m_model.database().exportCsv(currentFilter(), file);
    file.close();
    if (!written)
        QFile::remove(path);
    return written;
}

void HistoryView::chooseExportFile()
{
    auto *dialog = new QFileDialog(this, tr("Export history"), QString(), tr("CSV files (*.csv)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(u"csv"_s);
    dialog->selectFile(u"snapdock-history.csv"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        if (const VoidResult written = exportCsv(path); written)
            Q_EMIT exported(path);
        else
            Q_EMIT exportFailed(written.error().userMessage());
    });
    dialog->open();
}

void HistoryView::openLog()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const HistoryRecord record = m_model.record(current.siblingAtColumn(0));
    if (record.id == 0)
        return;
    auto *dialog = new JobLogDialog(record.title, JobLogDialog::historyLines(m_model.database(), record.id), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    Q_EMIT logOpened(dialog);
}

QString HistoryView::selectedSafetySnapshot() const
{
    return m_safetySnapshot;
}

void HistoryView::requestUndo()
{
    const HistoryRecord record = m_model.record(m_table->selectionModel()->currentIndex().siblingAtColumn(0));
    if (record.id == 0 || m_safetySnapshot.isEmpty())
        return;
    Q_EMIT undoRestoreRequested(
        RestoreSource::localFile(m_safetySnapshot, SnapshotScope::forCollection(record.collection)),
        record.collection,
        record.host,
        record.profileName);
}

void HistoryView::updateActions()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const HistoryRecord record = rows.isEmpty() ? HistoryRecord() : m_model.record(rows.first());
    m_openLog->setEnabled(record.id != 0);
    // One log query per selection change, only for succeeded restores: cheap, and keeps the model free of it.
    m_safetySnapshot.clear();
    if (record.id != 0 && record.kind == JobKind::Restore && record.outcome == HistoryOutcome::Succeeded) {
        if (const Result<QStringList> log = m_model.database().log(record.id)) {
            const QString path = RestorePlan::safetySnapshotFromLog(*log);
            if (!path.isEmpty() && QFileInfo::exists(path))
                m_safetySnapshot = path;
        }
    }
    m_undo->setEnabled(!m_safetySnapshot.isEmpty());
    m_undo->setToolTip(m_safetySnapshot.isEmpty()
            ? tr("Only restores that took a safety snapshot (still on disk) can be undone")
            : tr("Restore %1 into “%2”").arg(QFileInfo(m_safetySnapshot).fileName(), record.collection));
    m_count->setText(tr("%1 of %n job(s) shown", nullptr, m_model.totalCount()).arg(m_model.rowCount()));
}

} // namespace Snapdock
