// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/Command.h"
#include "core/jobs/BackupJob.h"

#include <QPointer>

namespace Snapdock::Cli {

// `download`: one BackupJob for a snapshot already on the server (by name, or --latest).
class DownloadCommand final : public Command
{
    Q_OBJECT

public:
    explicit DownloadCommand(const CommandContext &context, QObject *parent = nullptr);

    void start() override;
    void cancel() override;

private:
    void onJobFinished();

    QPointer<BackupJob> m_job;
    bool m_cancelRequested = false;
};

} // namespace Snapdock::Cli
