// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QApplication;

namespace Snapdock {

// The composition root of the desktop application: creates the long-lived services (network, profiles,
// keychain, job queue, history), installs the translation for the system locale, shows the main window and
// runs the event loop. It also creates the schedule store, the core Scheduler (on the system clock) and the
// ScheduleRunner that runs schedules through the application's job queue. Options: --version, --grab FILE (save a
// screenshot of the window and quit, for docs and headless smoke tests), --settings FILE (an INI file instead of the
// platform settings, for tests), --minimized (start in the tray, as the login item does).
int runApplication(QApplication &app);

} // namespace Snapdock
