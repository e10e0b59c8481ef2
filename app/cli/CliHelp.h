// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliOptions.h"

#include <QString>

namespace Snapdock::Cli {

// Usage, options and the exit-code table; for CommandKind::None the overview of every command.
[[nodiscard]] QString helpText(CommandKind topic);

} // namespace Snapdock::Cli
