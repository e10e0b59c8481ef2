// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/history/HistoryFilter.h"
#include "core/support/Result.h"
#include "gui/RestoreSource.h"

#include <QTimer>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;

namespace Snapdock {

class HistoryTableModel;
class JobLogDialog;

// The job history: a filter bar (host, collection, outcome, date range; the model re-queries on every change,
// debounced), the lazily fetched table, and actions on the selected row: open its log, "Undo this restore"
// (restore rows that recorded a safety snapshot), and export of the filtered history as CSV.
//
// The model is injected (not owned) and must outlive the view. Never opens a nested event loop: the file dialog
// and log windows are shown with open()/show().
class HistoryView : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryView(HistoryTableModel &model, QWidget *parent = nullptr);
    ~HistoryView() override;

    // The filter the bar describes now.
    [[nodiscard]] HistoryFilter currentFilter() const;
    // Sets the bar's fields (and so the model's filter).
    void setFilter(const HistoryFilter &filter);
    // Writes the rows matching the current filter to `path` as CSV (HistoryDatabase::exportCsv).
    [[nodiscard]] VoidResult exportCsv(const QString &path) const;

    // The safety snapshot recorded by the selected restore row, or empty.
    [[nodiscard]] QString selectedSafetySnapshot() const;
    [[nodiscard]] QTableView *tableView() const { return m_table; }
    [[nodiscard]] QAction *undoRestoreAction() const { return m_undo; }
    [[nodiscard]] QAction *openLogAction() const { return m_openLog; }
    [[nodiscard]] QAction *exportAction() const { return m_export; }

Q_SIGNALS:
    // "Undo this restore": restore `source` (the safety snapshot, a LocalFile) into `collection` on `host` (the
    // credential-free URL the history recorded; `profileName` as recorded). MainWindow opens a RestoreDialog.
    void undoRestoreRequested(const Snapdock::RestoreSource &source,
        const QString &collection,
        const QString &host,
        const QString &profileName);
    void logOpened(Snapdock::JobLogDialog *dialog);
    void exported(const QString &path);
    void exportFailed(const QString &message);

private:
    void applyFilter();
    void scheduleFilter();
    void chooseExportFile();
    void openLog();
    void requestUndo();
    void updateActions();

    HistoryTableModel &m_model;
    QLineEdit *m_host;
    QLineEdit *m_collection;
    QComboBox *m_outcome;
    QCheckBox *m_fromEnabled;
    QDateEdit *m_from;
    QCheckBox *m_toEnabled;
    QDateEdit *m_to;
    QLabel *m_count;
    QTableView *m_table;
    QAction *m_openLog;
    QAction *m_undo;
    QAction *m_export;
    QAction *m_refresh;
    QTimer m_filterTimer;
    QString m_safetySnapshot; // of the selected row, found when the selection changes
};

} // namespace Snapdock
