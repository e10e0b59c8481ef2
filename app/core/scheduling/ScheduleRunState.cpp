// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scheduling/ScheduleRunState.h"

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

namespace {

struct OutcomeName
{
    RunOutcome outcome;
    QLatin1StringView key;
};

constexpr std::array<OutcomeName, 5> OUTCOME_NAMES = { {
    { RunOutcome::None, "none"_L1 },
    { RunOutcome::Succeeded, "succeeded"_L1 },
    { RunOutcome::PartiallyFailed, "partially-failed"_L1 },
    { RunOutcome::Failed, "failed"_L1 },
    { RunOutcome::Cancelled, "cancelled"_L1 },
} };

} // namespace

QString ScheduleRunState::outcomeKey(RunOutcome outcome)
{
    for (const OutcomeName &name : OUTCOME_NAMES) {
        if (name.outcome == outcome)
            return name.key;
    }
    return u"none"_s;
}

std::optional<RunOutcome> ScheduleRunState::outcomeFromKey(const QString &key)
{
    for (const OutcomeName &name : OUTCOME_NAMES) {
        if (name.key == key)
            return name.outcome;
    }
    return std::nullopt;
}

} // namespace Snapdock
