// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QCoreApplication;

namespace Snapdock::Cli {

// The whole of snapdock-cli: parses `arguments` (without the program name), resolves the API key, runs the
// command in `app`'s event loop (app.exec(), which returns when the command has finished) and returns the
// process exit code. Creates the one QNetworkAccessManager and injects it. Call once, from main().
[[nodiscard]] int runCli(QCoreApplication &app, const QStringList &arguments);

} // namespace Snapdock::Cli
