// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/scheduling/CalendarRule.h"

#include <QList>
#include <QString>

namespace Snapdock {

// Everything an OS job for a schedule is made from: which schedule, what to run and when. Plain value type.
struct ScheduleUnitSpec
{
    QString scheduleId; // letters, digits, '-' and '_' only (ScheduleUnitWriter checks): it goes into file names
    QString scheduleName; // for the unit's description
    QString cliPath; // absolute path of snapdock-cli
    QList<CalendarRule> rules; // never empty; local time of the system's zone
};

} // namespace Snapdock
