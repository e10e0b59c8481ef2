// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/scheduling/ScheduleUnitSpec.h"
#include "core/support/Result.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QProcess;

namespace Snapdock {

class ScheduleTiming;

// Installs, removes and starts the OS-native job that runs a schedule while Snapdock is closed: a systemd user
// timer on Linux (SystemdUnits), a launchd agent on macOS (LaunchdAgent), a Task Scheduler task on Windows
// (WindowsTaskXml). Each calls `snapdock-cli run-schedule <id>`.
//
// Every path is injectable (unit folder, snapdock-cli, the control program systemctl / launchctl / schtasks), so
// tests write into a temporary folder and run a stand-in program, never touching the real user configuration.
//
// install(), remove() and startNow() run one operation at a time: files are written or removed, then the control
// program is run through QProcess (never waited for: no nested event loop). finished() is emitted exactly once
// per operation, always from the event loop; result() holds its outcome, with the control program's stderr when
// it failed. Calling one while busy() is a programmer error. Threading: the thread that created it.
class ScheduleUnitWriter : public QObject
{
    Q_OBJECT

public:
    enum class Platform
    {
        Systemd,
        Launchd,
        WindowsTask,
    };

    // One generated file, relative to unitFolder().
    struct File
    {
        QString name;
        QByteArray content;
    };

    explicit ScheduleUnitWriter(Platform platform = nativePlatform(), QObject *parent = nullptr);
    ~ScheduleUnitWriter() override;

    // What this build of Snapdock installs on the machine it runs on.
    [[nodiscard]] static Platform nativePlatform();

    [[nodiscard]] Platform platform() const { return m_platform; }
    // Where the files go: ~/.config/systemd/user, ~/Library/LaunchAgents, or Snapdock's data folder on Windows
    // (the task itself lives in Task Scheduler; the XML is kept as the record that it was installed).
    [[nodiscard]] QString unitFolder() const { return m_unitFolder; }
    void setUnitFolder(const QString &folder) { m_unitFolder = folder; }
    // Absolute path of snapdock-cli: next to this program, else found in PATH.
    [[nodiscard]] QString cliPath() const { return m_cliPath; }
    void setCliPath(const QString &path) { m_cliPath = path; }
    // systemctl, launchctl or schtasks.
    [[nodiscard]] QString controlProgram() const { return m_controlProgram; }
    void setControlProgram(const QString &program) { m_controlProgram = program; }

    // What is installed for a schedule; InvalidArgument for an id that is not letters, digits, '-' and '_', or a
    // timing the platform cannot express.
    [[nodiscard]] Result<ScheduleUnitSpec> spec(
        const QString &scheduleId, const QString &scheduleName, const ScheduleTiming &timing) const;
    // The files install() writes for `spec`.
    [[nodiscard]] Result<QList<File>> generate(const ScheduleUnitSpec &spec) const;
    // Whether the files of this schedule's OS job are in unitFolder().
    [[nodiscard]] bool isInstalled(const QString &scheduleId) const;

    // Writes the files (replacing older ones) and enables the job: `systemctl --user daemon-reload` and
    // `systemctl --user enable --now <timer>`, `launchctl load -w <plist>`, `schtasks /Create /XML <file> /F`.
    void install(const ScheduleUnitSpec &spec);
    // Disables the job and removes its files. The files are removed even when the control program fails (e.g. no
    // user session); the result then reports its error.
    void remove(const QString &scheduleId);
    // Starts the installed job now, the way the OS timer would ("test the scheduled path now"): it runs in the
    // OS job's environment, not the application's. finished() comes once the OS has accepted the start.
    void startNow(const QString &scheduleId);

    [[nodiscard]] bool isBusy() const { return m_busy; }
    [[nodiscard]] const VoidResult &result() const { return m_result; }

Q_SIGNALS:
    void finished();

private:
    enum class OnFailure
    {
        Stop, // the operation fails with this step's error
        Report, // go on, and fail with this error at the end (files are removed even when disabling failed)
        Ignore, // expected to fail at times (unloading an agent that is not loaded)
    };

    // One step of an operation: run the control program with `arguments`, or call `local`.
    struct Step
    {
        QStringList arguments;
        OnFailure onFailure = OnFailure::Stop;
        std::function<VoidResult()> local{}; // braces: aggregate initialisation may leave it out
    };

    void run(QList<Step> steps);
    void runNextStep();
    void onProcessFinished();
    void finish(VoidResult result);
    [[nodiscard]] QStringList fileNames(const QString &scheduleId) const;
    [[nodiscard]] VoidResult writeFiles(const QList<File> &files) const;
    [[nodiscard]] VoidResult removeFiles(const QString &scheduleId) const;

    Platform m_platform;
    QString m_unitFolder;
    QString m_cliPath;
    QString m_controlProgram;

    bool m_busy = false;
    QList<Step> m_steps;
    QPointer<QProcess> m_process;
    Step m_runningStep;
    std::optional<Error> m_reportedFailure; // from a Report step, the result unless a Stop step fails
    VoidResult m_result;
};

} // namespace Snapdock
