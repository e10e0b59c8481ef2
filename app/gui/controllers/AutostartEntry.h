// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/support/Result.h"

#include <QCoreApplication>
#include <QString>

namespace Snapdock {

// "Start Snapdock at login": the platform's own way of starting a program when the person logs in, always with
// `--minimized` (straight to the tray):
//  - Linux and other XDG desktops: ~/.config/autostart/io.snapdock.Snapdock.desktop;
//  - macOS: a LaunchAgent, ~/Library/LaunchAgents/io.snapdock.Snapdock.plist (RunAtLoad);
//  - Windows: the "Snapdock" value under HKEY_CURRENT_USER\Software\Microsoft\Windows\CurrentVersion\Run.
// The location (file, or registry key) and the program are injectable, so tests never touch the real session.
// Synchronous (one small file or registry value). Not a QObject; GUI thread only.
class AutostartEntry
{
    Q_DECLARE_TR_FUNCTIONS(AutostartEntry)

public:
    enum class Platform
    {
        XdgAutostart,
        LaunchAgent,
        WindowsRun,
    };

    explicit AutostartEntry(Platform platform = nativePlatform());

    [[nodiscard]] static Platform nativePlatform();

    [[nodiscard]] Platform platform() const { return m_platform; }
    // The .desktop file, the .plist file, or the registry key (a QSettings NativeFormat path).
    [[nodiscard]] QString location() const { return m_location; }
    void setLocation(const QString &location) { m_location = location; }
    // The program started at login; default: this application's executable.
    [[nodiscard]] QString program() const { return m_program; }
    void setProgram(const QString &program) { m_program = program; }

    [[nodiscard]] bool isEnabled() const;
    // Writes or removes the entry. LocalIoError (or LocalPermissionDenied) naming the location on failure.
    [[nodiscard]] VoidResult setEnabled(bool enabled) const;

    // What setEnabled(true) writes into the file (empty for WindowsRun).
    [[nodiscard]] QByteArray fileContent() const;

private:
    Platform m_platform;
    QString m_location;
    QString m_program;
};

} // namespace Snapdock
