// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/Command.h"

#include <QPointer>

namespace Snapdock {
class FolderVerifyJob;
}

namespace Snapdock::Cli {

// `verify --dir DIR`: the local verify of every backup below DIR (FolderVerifyJob: SHA-256 against the metadata, no
// server involved). Prints one row per backup: OK, MISMATCH, MISSING METADATA or UNREADABLE. Exit codes: 0 when every
// backup is OK; 7 (InvalidSnapshot) when any is not; 5 (NotFound) when DIR holds no backup at all; 130 when
// cancelled; 9 when DIR cannot be read.
class LocalVerifyCommand final : public Command
{
    Q_OBJECT

public:
    explicit LocalVerifyCommand(const CommandContext &context, QObject *parent = nullptr);
    ~LocalVerifyCommand() override;

    void start() override;
    void cancel() override;

private:
    void onJobFinished();

    QPointer<FolderVerifyJob> m_job;
    bool m_cancelRequested = false;
};

} // namespace Snapdock::Cli
