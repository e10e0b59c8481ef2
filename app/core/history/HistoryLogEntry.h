// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace Snapdock {

enum class HistoryLogLevel
{
    Info, // stages, starts, retries of the whole job
    Warning, // Job::warnings(), recovered interruptions
    Error, // why the job failed
};

// One timestamped line of a job's log in the history. Plain value.
struct HistoryLogEntry
{
    QDateTime at; // UTC
    HistoryLogLevel level = HistoryLogLevel::Info;
    QString text;

    // "2026-03-01T10:15:02.120Z warning: text" — the form log() and exports show.
    [[nodiscard]] QString toLine() const;

    [[nodiscard]] static QString levelName(HistoryLogLevel level);
    [[nodiscard]] static HistoryLogLevel levelFromName(const QString &name); // Info for unknown names
};

} // namespace Snapdock
