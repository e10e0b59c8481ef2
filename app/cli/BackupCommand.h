// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/Command.h"
#include "core/qdrant/SnapshotScope.h"

#include <QPointer>

namespace Snapdock {
class ApiRequest;
class Job;
} // namespace Snapdock

namespace Snapdock::Cli {

class JobRunner;

// `backup`: one BackupJob per selected collection (or the full storage), run through a JobRunner. With
// --all the collections are listed first; a failure there fails the whole command.
class BackupCommand final : public Command
{
    Q_OBJECT

public:
    explicit BackupCommand(const CommandContext &context, QObject *parent = nullptr);

    void start() override;
    void cancel() override;

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
