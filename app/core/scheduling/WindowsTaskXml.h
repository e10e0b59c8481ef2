// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/scheduling/ScheduleUnitSpec.h"
#include "core/support/Result.h"

#include <QByteArray>
#include <QString>

namespace Snapdock {

// The Task Scheduler task of a schedule, as the XML `schtasks /Create /TN <taskName> /XML <file>` registers: one
// CalendarTrigger per calendar rule and time (evenly spaced times of a day become one trigger with a repetition),
// running `snapdock-cli run-schedule <id>` whether or not the user is logged on (S4U, no stored password), with
// StartWhenAvailable so a run missed while the PC was off happens once when it is back, and never two instances at
// once. Pure text generation; stateless and thread-safe.
class WindowsTaskXml
{
public:
    // More triggers than this is not a sensible task (a timing that is not evenly spaced within the day).
    static constexpr int MAX_TRIGGERS = 96;

    WindowsTaskXml() = delete;

    // "\Snapdock\schedule-<id>": the task's path in the Task Scheduler library.
    [[nodiscard]] static QString taskName(const QString &scheduleId);
    // "schedule-<id>.xml": the file Snapdock keeps the registered XML in.
    [[nodiscard]] static QString fileName(const QString &scheduleId);

    // The task definition: UTF-16LE with a byte order mark, as schtasks expects. InvalidArgument when the rules
    // need more than MAX_TRIGGERS triggers.
    [[nodiscard]] static Result<QByteArray> xml(const ScheduleUnitSpec &spec);
};

} // namespace Snapdock
