// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jobs/JobId.h"
#include "core/jobs/PreflightCheck.h"
#include "core/jobs/RestorePlan.h"
#include "gui/RestoreSource.h"
#include "gui/dialogs/restore/SourceInspector.h"

#include <QDialog>
#include <QPointer>
#include <QTimer>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QMimeData;
class QPushButton;
class QRadioButton;

namespace Snapdock {

struct AppContext;
class HostSession;
class PreflightPanel;

// Point-and-click restore into the host of `session`: source (a local .snapshot file, a snapshot already on the
// server, or a URL the server downloads), target (a new collection, validated as Qdrant validates names, or an
// existing one to replace), priority, checksum, safety snapshot, aliases, and whether to keep the uploaded copy.
//
// Before anything can run it shows a pre-flight (PreflightCheck, re-run shortly after every change): server
// version vs the backup's, target exists or not, vectors and shard count vs the existing collection — a mismatch
// blocks the Restore button, with the reason shown, before a byte is uploaded. Replacing also needs the
// collection's name typed as confirmation. "Restore" enqueues one RestorePlan into context.jobs, emits
// restoreQueued() and closes; progress is in the queue.
//
// Open with open() or show(), never exec(). The context and the session must outlive the dialog.
class RestoreDialog : public QDialog
{
    Q_OBJECT

public:
    RestoreDialog(AppContext &context, HostSession &session, const RestoreSource &source, QWidget *parent = nullptr);
    ~RestoreDialog() override;

    // True when `mime` carries exactly one local file whose name ends in ".snapshot" (drop onto the main window).
    [[nodiscard]] static bool acceptsDrop(const QMimeData *mime);
    // That file's path, or empty when acceptsDrop() is false.
    [[nodiscard]] static QString droppedSnapshotPath(const QMimeData *mime);

    void setSource(const RestoreSource &source);
    [[nodiscard]] RestoreSource source() const;
    // Pre-fills the target; "undo this restore" uses ReplaceExisting with the collection restored into.
    void setTarget(RestoreTarget target, const QString &collection);
    [[nodiscard]] RestoreTarget target() const;
    [[nodiscard]] QString targetCollection() const;
    void setPriority(SnapshotPriority priority);
    void setConfirmationText(const QString &text);
    void setSafetySnapshotEnabled(bool enabled);
    void setRecreateAliases(bool enabled);
    void setKeepUploadedCopy(bool keep);

    // The request "Restore" would enqueue now.
    [[nodiscard]] RestorePlanRequest plannedRequest() const;
    [[nodiscard]] bool isPreflightRunning() const;
    [[nodiscard]] const PreflightReport &preflightReport() const { return m_report; }
    // Why Restore is disabled now, or empty when it is enabled. Shown above the buttons (a pre-flight block as a
    // pointer to the pre-flight list, where the reason is listed).
    [[nodiscard]] QString blockingReason() const { return m_blockingReason; }
    [[nodiscard]] QPushButton *restoreButton() const { return m_restoreButton; }
    [[nodiscard]] QStringList preflightLines() const;

    // Re-runs the pre-flight now instead of after the debounce.
    void checkNow();

Q_SIGNALS:
    void preflightFinished();
    void restoreQueued(Snapdock::JobId id);

private:
    void buildUi();
    [[nodiscard]] QWidget *buildSourceBox();
    [[nodiscard]] QWidget *buildTargetBox();
    [[nodiscard]] QWidget *buildOptionsBox();
    void loadCollections();
    void browseFile();
    void onSourceEdited();
    void scheduleCheck();
    void onCheckFinished();
    void updateControls();
    void fitHeight();
    void startRestore();
    [[nodiscard]] QString localProblem() const;

    AppContext &m_context;
    HostSession &m_session;
    SourceDetails m_details;
    QString m_inspectedKey; // the source m_details describe
    PreflightReport m_report;
    QPointer<PreflightCheck> m_check;
    bool m_checkDone = false;
    QString m_blockingReason;
    QTimer m_checkTimer;

    QRadioButton *m_fromFile = nullptr;
    QRadioButton *m_fromServer = nullptr;
    QRadioButton *m_fromUrl = nullptr;
    QLineEdit *m_filePath = nullptr;
    QPushButton *m_browse = nullptr;
    QLineEdit *m_serverCollection = nullptr;
    QLineEdit *m_serverSnapshot = nullptr;
    QLineEdit *m_url = nullptr;
    QLabel *m_sourceSummary = nullptr;

    QRadioButton *m_createNew = nullptr;
    QRadioButton *m_replace = nullptr;
    QLineEdit *m_newName = nullptr;
    QComboBox *m_existing = nullptr;
    QCheckBox *m_safety = nullptr;
    QLabel *m_confirmLabel = nullptr;
    QLineEdit *m_confirm = nullptr;

    QComboBox *m_priority = nullptr;
    QLabel *m_priorityHelp = nullptr;
    QCheckBox *m_checksum = nullptr;
    QLineEdit *m_sha256 = nullptr;
    QCheckBox *m_aliases = nullptr;
    QCheckBox *m_keepUpload = nullptr;

    PreflightPanel *m_preflight = nullptr;
    QLabel *m_reason = nullptr;
    QPushButton *m_restoreButton = nullptr;
};

} // namespace Snapdock
