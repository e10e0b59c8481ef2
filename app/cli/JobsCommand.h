// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/Command.h"

namespace Snapdock::Cli {

// `jobs`: lists the interrupted jobs of the job journal (this program's and the desktop application's): id, kind,
// collection, host, file, bytes already in the .part and the total, and since when. Local only; finishes at once.
class JobsCommand final : public Command
{
    Q_OBJECT

public:
    explicit JobsCommand(const CommandContext &context, QObject *parent = nullptr);

    void start() override;
    void cancel() override {}
};

} // namespace Snapdock::Cli
