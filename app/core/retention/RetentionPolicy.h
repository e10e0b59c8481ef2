// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/support/Result.h"

#include <QJsonObject>
#include <QString>

namespace Snapdock {

// Which local backups to keep, in restic's `forget` terms: the N newest, and the newest backup of each of the
// last N hours, days, ISO weeks, months and years that have one. 0 turns a rule off; a backup kept by any
// rule stays (RetentionPlanner applies it). Plain value type.
struct RetentionPolicy
{
    int keepLast = 0;
    int keepHourly = 0;
    int keepDaily = 0;
    int keepWeekly = 0;
    int keepMonthly = 0;
    int keepYearly = 0;

    // No rule set: the planner then keeps everything, and prune refuses to run with it.
    [[nodiscard]] bool isEmpty() const;

    // "keep the last 3, 7 daily, 4 weekly"; "keep everything (no rule)" when empty. Translated.
    [[nodiscard]] QString describe() const;

    // Refuses negative counts (ErrorKind::InvalidArgument naming the rule).
    [[nodiscard]] VoidResult validate() const;

    // Exactly the keys "keepLast", "keepHourly", "keepDaily", "keepWeekly", "keepMonthly", "keepYearly".
    [[nodiscard]] QJsonObject toJson() const;
    // Missing keys are 0. Refuses non-integers, negative counts and unknown keys: a rule written by a newer
    // version and silently dropped here would make a prune remove more than the person asked for.
    [[nodiscard]] static Result<RetentionPolicy> fromJson(const QJsonObject &object);

    friend bool operator==(const RetentionPolicy &, const RetentionPolicy &) = default;
};

} // namespace Snapdock
