// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/scheduling/ScheduleUnitSpec.h"
#include "core/support/Result.h"

#include <QByteArray>
#include <QString>

namespace Snapdock {

// The launchd agent of a schedule: ~/Library/LaunchAgents/io.snapdock.schedule.<id>.plist, running
// `snapdock-cli run-schedule <id>` as a background process with low-priority I/O at the calendar intervals of the
// schedule. launchd coalesces intervals missed while the Mac slept into one run at wake-up, which is the missed-run
// rule Snapdock wants. Pure text generation; stateless and thread-safe.
class LaunchdAgent
{
public:
    // launchd takes one dictionary per combination of values; more than this is not a sensible agent.
    static constexpr int MAX_INTERVALS = 512;

    LaunchdAgent() = delete;

    // "io.snapdock.schedule.<id>".
    [[nodiscard]] static QString label(const QString &scheduleId);
    // "<label>.plist".
    [[nodiscard]] static QString fileName(const QString &scheduleId);

    // The property list (XML, UTF-8). InvalidArgument when the rules need more than MAX_INTERVALS dictionaries.
    [[nodiscard]] static Result<QByteArray> plist(const ScheduleUnitSpec &spec);
};

} // namespace Snapdock
