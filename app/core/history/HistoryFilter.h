// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/history/HistoryRecord.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace Snapdock {

// Which history rows to show or export. Every criterion left empty matches everything. Plain value.
struct HistoryFilter
{
    QString host; // exact, compared with the credential-free form
    QString collectionContains; // substring, case-insensitive for ASCII; % and _ are literal
    std::optional<HistoryOutcome> outcome;
    std::optional<JobKind> kind;
    QDateTime startedFrom; // inclusive
    QDateTime startedBefore; // exclusive
};

} // namespace Snapdock
