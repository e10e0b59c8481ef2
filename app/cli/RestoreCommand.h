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

struct ResultRow;

// `restore`: one RestoreJob (upload with checksum, then delete the uploaded copy unless --keep-uploaded), in the job
// journal while it runs.
class RestoreCommand final : public Command
{
    Q_OBJECT

public:
    explicit RestoreCommand(const CommandContext &context, QObject *parent = nullptr);

    void start() override;
    void cancel() override;

    // The summary row of a finished restore (also for `resume`); `shownFile` is the snapshot file as given.
    [[nodiscard]] static ResultRow resultRow(const RestoreJob &job, const QString &shownFile);

private:
    void onJobFinished();
    void report(const std::optional<Error> &error);

    QPointer<RestoreJob> m_job;
    bool m_cancelRequested = false;
};

} // namespace Snapdock::Cli
