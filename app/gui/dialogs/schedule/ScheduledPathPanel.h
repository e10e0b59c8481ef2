// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/scheduling/Schedule.h"
#include "core/support/Result.h"

#include <QByteArray>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QProcess;
class QPushButton;

namespace Snapdock {

class ScheduleUnitWriter;

// The part of the schedule editor about runs while Snapdock is closed:
//  - "Run also when Snapdock is closed": the OS job (systemd user timer, launchd agent, Task Scheduler task) that
//    runs `snapdock-cli run-schedule ID`, installed or removed by apply() after the schedule is saved, with the
//    outcome shown;
//  - "Test the scheduled path now": runs that same command (the snapdock-cli the OS job would run) as a child
//    process and shows its exit code and output. The key is never passed: the CLI finds it the way the OS job
//    does (keychain or key file), and QDRANT_API_KEY is removed from its environment for the same reason.
//
// Owns its ScheduleUnitWriter (writer() lets tests point it at a temporary folder and a stand-in control
// program). No nested event loops: applied() and tested() come from the event loop. A test still running when
// the panel goes away is asked to stop (SIGTERM; the CLI cleans up) and left to finish on its own.
class ScheduledPathPanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr qsizetype MAX_SHOWN_OUTPUT = 64 * 1024;

    explicit ScheduledPathPanel(QWidget *parent = nullptr);
    ~ScheduledPathPanel() override;

    [[nodiscard]] ScheduleUnitWriter &writer() const { return *m_writer; }

    // The schedule as stored (an empty id: not saved yet); the checkbox shows whether its OS job is installed.
    void setSchedule(const Schedule &stored);
    [[nodiscard]] bool isOsJobInstalled() const { return m_installed; }

    // Whether saving `saved` needs the OS job installed, removed or rewritten (its timing or name changed).
    [[nodiscard]] bool needsApply(const Schedule &saved) const;
    // Makes the OS job match the checkbox for `saved` (which must have an id); applied() follows once.
    void apply(const Schedule &saved);
    [[nodiscard]] bool isApplying() const;
    [[nodiscard]] const VoidResult &applyResult() const { return m_applyResult; }

    // Runs `snapdock-cli run-schedule ID` for the stored schedule; tested() follows once it ended.
    void testScheduledPath();
    [[nodiscard]] bool isTesting() const;
    // The last test's exit code; -1 when it did not start or crashed.
    [[nodiscard]] int testExitCode() const { return m_exitCode; }
    [[nodiscard]] QString testOutput() const;
    [[nodiscard]] QString statusText() const;

    [[nodiscard]] QCheckBox *runWhenClosedBox() const { return m_runWhenClosed; }
    [[nodiscard]] QPushButton *testButton() const { return m_testButton; }
    [[nodiscard]] QPlainTextEdit *outputView() const { return m_output; }

Q_SIGNALS:
    void applied();
    void tested();

private:
    void onWriterFinished();
    void onTestFinished(int exitCode, bool crashed);
    void setStatus(const QString &text, bool isError);
    void updateButtons();

    ScheduleUnitWriter *m_writer;
    QCheckBox *m_runWhenClosed;
    QLabel *m_status;
    QPushButton *m_testButton;
    QPlainTextEdit *m_output;
    Schedule m_stored;
    bool m_installed = false;
    bool m_installing = false; // the writer's operation is an install (else a remove)
    VoidResult m_applyResult;
    QPointer<QProcess> m_process;
    QByteArray m_testOutput;
    int m_exitCode = -1;
};

} // namespace Snapdock
