// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/Command.h"
#include "core/qdrant/SnapshotScope.h"

#include <QPointer>

namespace Snapdock {
class ApiRequest;
class BackupJob;
class Job;
} // namespace Snapdock

namespace Snapdock::Cli {

class JobRunner;

struct ResultRow;

// `backup`: one BackupJob per selected collection (or the full storage), run through a JobRunner. With
// --all the collections are listed first; a failure there fails the whole command. Every job is in the job journal
// from before it starts until it finishes, so that a crash or kill leaves it resumable (`snapdock-cli resume`).
class BackupCommand final : public Command
{
    Q_OBJECT

public:
    explicit BackupCommand(const CommandContext &context, QObject *parent = nullptr);

    void start() override;
    void cancel() override;

    // The summary row of a finished backup or download (also for `resume`).
    [[nodiscard]] static ResultRow resultRow(const BackupJob &job);

private:
    void listCollections();
    void runJobs(const QList<SnapshotScope> &scopes);
    void onJobFinished(Job *job);
    void onAllFinished();

    JobRunner *m_runner = nullptr;
    QPointer<ApiRequest> m_listing;
    bool m_cancelRequested = false;
};

} // namespace Snapdock::Cli
