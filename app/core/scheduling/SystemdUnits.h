// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/scheduling/ScheduleUnitSpec.h"

#include <QByteArray>
#include <QString>

namespace Snapdock {

// The systemd user units of a schedule: `snapdock-schedule-<id>.service` (a oneshot running
// `snapdock-cli run-schedule <id>` at idle CPU and I/O priority) and `snapdock-schedule-<id>.timer` (one
// OnCalendar= line per calendar rule, Persistent=true, so a run missed while the machine was off or asleep happens
// once at the next boot or wake, not once per missed slot). Installed under ~/.config/systemd/user.
// Pure text generation; stateless and thread-safe.
class SystemdUnits
{
public:
    SystemdUnits() = delete;

    [[nodiscard]] static QString serviceName(const QString &scheduleId);
    [[nodiscard]] static QString timerName(const QString &scheduleId);

    [[nodiscard]] static QByteArray service(const ScheduleUnitSpec &spec);
    [[nodiscard]] static QByteArray timer(const ScheduleUnitSpec &spec);

    // The OnCalendar= value of one rule, e.g. "*-*-* 02:30:00", "Mon,Thu *-*-* 04:00:00", "*-*-* 00/6:00:00".
    [[nodiscard]] static QString onCalendar(const CalendarRule &rule);
};

} // namespace Snapdock
