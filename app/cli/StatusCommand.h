// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/Command.h"
#include "core/monitoring/StatusReport.h"

#include <QThread>

#include <atomic>
#include <memory>

namespace Snapdock::Cli {

// `status --dir DIR --max-age DURATION [--collection NAME]...`: the recovery-point watchdog for monitoring systems
// (Nagios, a Prometheus textfile collector, healthchecks). Per host + collection: the newest backup, the newest one
// that verifies (SHA-256 against its metadata), its age and whether it breaches --max-age. The scan and the hashing
// run on a worker thread; a cancel takes effect after the file being hashed.
// Exit codes: 0 when nothing breaches; 11 (RecoveryPointTooOld) when any collection breaches (too old, nothing
// verifies, or a --collection without any backup) and when DIR holds no backup at all; 130 when cancelled; 9 or 2
// when DIR cannot be read.
class StatusCommand final : public Command
{
    Q_OBJECT

public:
    explicit StatusCommand(const CommandContext &context, QObject *parent = nullptr);
    // Waits for the worker (at most the file being hashed).
    ~StatusCommand() override;

    void start() override;
    void cancel() override;

private:
    void onEvaluated(const Result<StatusReport> &report);
    void print(const StatusReport &report);

    std::unique_ptr<QThread> m_worker;
    std::shared_ptr<std::atomic_bool> m_cancelled = std::make_shared<std::atomic_bool>(false);
};

} // namespace Snapdock::Cli
