// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

class QTemporaryDir;

namespace Snapdock::TestSupport {

// What the desktop application would have saved for a scheduled backup, in a temporary home folder: a connection
// profile "Emulator" (no key) with its backup folder, and a schedule "Nightly" of the collection "products" (7 daily
// backups kept, 2 snapshots left on the server, a weekly restore drill that is due).
struct ScheduleSettings
{
    QString profileId;
    QString scheduleId;
    QString configFile; // <home>/config/Snapdock/snapdock.conf, what QSettings() reads with XDG_CONFIG_HOME set
    QString backupFolder; // <home>/backups
    QString keyFile; // the profile's key file for unattended runs (not written)
    QString historyFile; // <home>/data/Snapdock/snapdock/history.sqlite

    // Writes the settings below `home`; empty ids when that failed.
    [[nodiscard]] static ScheduleSettings write(const QTemporaryDir &home, const QUrl &server);
    // `base` with HOME, XDG_CONFIG_HOME and XDG_DATA_HOME below `home`, and without a display a prompt could use.
    [[nodiscard]] static QProcessEnvironment environment(const QTemporaryDir &home, QProcessEnvironment base);
};

} // namespace Snapdock::TestSupport
