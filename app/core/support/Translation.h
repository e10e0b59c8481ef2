// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Snapdock {

// For the file-local tr() helpers of code that is not a QObject. lupdate files a tr() call under the class whose
// member makes it, but under the enclosing namespace when a free function makes it, while such a helper can pass only
// one context. So this looks `text` up under `context` first and then under each enclosing namespace of it
// ("Snapdock::Cli::PruneCommand", then "Snapdock::Cli", then "Snapdock"), and returns the first translation found
// (the source text when there is none). `n` is QCoreApplication::translate()'s count for %n (-1: none).
[[nodiscard]] QString translateWithFallback(const char *context, const char *text, int n = -1);

} // namespace Snapdock
