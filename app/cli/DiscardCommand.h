// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/Command.h"

namespace Snapdock::Cli {

// `discard`: forgets interrupted jobs (--job ID… or --all) and deletes their partial downloads. Their history rows
// stay "interrupted" and get a log line saying they were discarded. Local only; finishes at once.
class DiscardCommand final : public Command
{
    Q_OBJECT

public:
    explicit DiscardCommand(const CommandContext &context, QObject *parent = nullptr);

    void start() override;
    void cancel() override {}
};

} // namespace Snapdock::Cli
