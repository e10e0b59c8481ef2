// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/scheduling/Schedule.h"
#include "core/support/Result.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTabWidget;

namespace Snapdock {

class Clock;
class RetentionEditor;
class ScheduleStore;
class ScheduledPathPanel;
class SelectionEditor;
class TimingEditor;
struct AppContext;

// Adds or edits a schedule: name, host, what to back up, the folder template (with a live preview of the folder
// the next run writes to), the timing (with the next five runs), retention, restore drills, the recovery-point
// watchdog's maximum age, the webhook, and the OS job that runs it while Snapdock is closed (with "test the
// scheduled path now").
//
// Saving validates the whole schedule (Schedule::validate) and writes it to the ScheduleStore; when the OS job has
// to be installed, removed or rewritten, the dialog stays open until that finished and shows its outcome (it
// closes by itself on success). The host's collections are listed from its session (read-only, cancelled with the
// dialog) to offer them as checkboxes; without a connection names are typed. Use open(); never exec().
// Everything referenced must outlive the dialog.
class ScheduleDialog : public QDialog
{
    Q_OBJECT

public:
    // `existing` with an empty id: a new schedule (a duplicate keeps the other fields).
    ScheduleDialog(AppContext &context,
        ScheduleStore &store,
        const Clock &clock,
        const Schedule &existing,
        QWidget *parent = nullptr);
    ~ScheduleDialog() override;

    // The schedule the form describes (id kept when editing), validated.
    [[nodiscard]] Result<Schedule> scheduleFromForm() const;
    // Validates and stores; saved() follows, then the OS job is updated if needed.
    void save();

    [[nodiscard]] QString statusText() const;
    // The expanded folder of the next run, or why the template is not valid.
    [[nodiscard]] QString folderPreviewText() const;

    // Form access for tests.
    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }
    [[nodiscard]] QLineEdit *nameEdit() const { return m_name; }
    [[nodiscard]] QComboBox *hostBox() const { return m_host; }
    [[nodiscard]] QCheckBox *enabledBox() const { return m_enabled; }
    [[nodiscard]] SelectionEditor *selectionEditor() const { return m_selection; }
    [[nodiscard]] QLineEdit *folderTemplateEdit() const { return m_folderTemplate; }
    [[nodiscard]] TimingEditor *timingEditor() const { return m_timing; }
    [[nodiscard]] RetentionEditor *retentionEditor() const { return m_retention; }
    [[nodiscard]] QCheckBox *drillBox() const { return m_drill; }
    [[nodiscard]] QSpinBox *drillDaysBox() const { return m_drillDays; }
    [[nodiscard]] QComboBox *drillHostBox() const { return m_drillHost; }
    [[nodiscard]] QSpinBox *maxAgeBox() const { return m_maxAge; }
    [[nodiscard]] QLineEdit *webhookEdit() const { return m_webhook; }
    [[nodiscard]] ScheduledPathPanel *scheduledPathPanel() const { return m_pathPanel; }

Q_SIGNALS:
    // The schedule was written to the store.
    void saved(const QString &scheduleId);

private:
    [[nodiscard]] QWidget *buildGeneralTab();
    [[nodiscard]] QWidget *buildRetentionTab();
    [[nodiscard]] QWidget *buildAlertsTab();
    void fillForm(const Schedule &schedule);
    void onHostChanged();
    void loadCollections();
    void updateFolderPreview();
    void updateDrillWidgets();
    void onOsJobApplied();
    void setStatus(const QString &text, bool isError);
    [[nodiscard]] QString selectedProfileId() const;

    AppContext &m_context;
    ScheduleStore &m_store;
    const Clock &m_clock;
    Schedule m_existing;
    quint64 m_collectionsGeneration = 0;

    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_name = nullptr;
    QCheckBox *m_enabled = nullptr;
    QComboBox *m_host = nullptr;
    SelectionEditor *m_selection = nullptr;
    QLineEdit *m_folderTemplate = nullptr;
    QLabel *m_folderPreview = nullptr;
    TimingEditor *m_timing = nullptr;
    RetentionEditor *m_retention = nullptr;
    QCheckBox *m_drill = nullptr;
    QSpinBox *m_drillDays = nullptr;
    QComboBox *m_drillHost = nullptr;
    QSpinBox *m_maxAge = nullptr;
    QLineEdit *m_webhook = nullptr;
    QCheckBox *m_webhookOnSuccess = nullptr;
    QCheckBox *m_webhookOnFailure = nullptr;
    ScheduledPathPanel *m_pathPanel = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPointer<QObject> m_sessionWatch; // the host session whose key we wait for
};

} // namespace Snapdock
