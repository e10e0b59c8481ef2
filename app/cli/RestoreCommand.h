// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/Command.h"

#include <QPointer>

#include <optional>

namespace Snapdock {
class RestoreJob;
}

namespace Snapdock::Cli {

// `restore`: one RestoreJob (upload with checksum, then delete the uploaded copy unless --keep-uploaded).
class RestoreCommand final : public Command
{
    Q_OBJECT

public:
    explicit RestoreCommand(const CommandContext &context, QObject *parent = nullptr);

    void start() override;
    void cancel() override;

private:
    void onJobFinished();
    void report(const std::optional<Error> &error);

    QPointer<RestoreJob> m_job;
    bool m_cancelRequested = false;
};

} // namespace Snapdock::Cli
