// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/Command.h"
#include "core/history/HistoryDatabase.h"

#include <QPointer>

namespace Snapdock {
class RestoreDrillJob;
}

namespace Snapdock::Cli {

// `verify --snapshot FILE`: a restore drill on --host (RestoreDrillJob). Prints every check (recorded / restored /
// result) and what became of the scratch collection, and records the drill in the history the desktop application
// shows (<AppDataLocation>/history.sqlite, kind "verify"; best effort: a history that cannot be opened only warns).
// Exit codes: 0 only when every check matched and the scratch collection is gone; 10 (DrillMismatch) when the
// restored collection differs from the metadata; 130 when cancelled; otherwise the failure's usual code.
class VerifyCommand final : public Command
{
    Q_OBJECT

public:
    explicit VerifyCommand(const CommandContext &context, QObject *parent = nullptr);
    ~VerifyCommand() override;

    void start() override;
    void cancel() override;

private:
    void onJobFinished();
    void printReport();
    void recordStarted(const QString &collection);
    void recordFinished();

    QPointer<RestoreDrillJob> m_job;
    HistoryDatabase m_history;
    qint64 m_historyId = 0;
    bool m_cancelRequested = false;
};

} // namespace Snapdock::Cli
