// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/Command.h"
#include "core/jobs/PendingJob.h"

#include <QHash>
#include <QList>

#include <memory>
#include <vector>

namespace Snapdock {
class Job;
}

namespace Snapdock::Cli {

class JobRunner;

// `resume`: takes over interrupted jobs (--job ID… or --all) from the job journal and runs them to the end, one after
// another: a backup or download continues from its .part, a restore runs again from the start. Each job talks to the
// host it was started on (an explicit --host must be that host), with the key of this command line and the job's TLS
// settings unless --ca-cert or --pin-sha256 are given. Prints the same summary, and exits with the same codes, as
// backup. A job another process takes over first is reported as failed, not run twice.
class ResumeCommand final : public Command
{
    Q_OBJECT

public:
    explicit ResumeCommand(const CommandContext &context, QObject *parent = nullptr);
    ~ResumeCommand() override;

    void start() override;
    void cancel() override;

private:
    [[nodiscard]] VoidResult checkHosts(const QList<PendingJob> &jobs) const;
    // The client for the job's server, made once per endpoint; the key comes from this command line.
    [[nodiscard]] Result<const QdrantClient *> clientFor(const PendingJob &job);
    void addFailure(const PendingJob &job, const Error &error);
    void onJobFinished(Job *job);
    void onAllFinished();

    JobRunner *m_runner = nullptr;
    std::vector<std::unique_ptr<QdrantClient>> m_clients;
    QHash<Job *, qint64> m_journalIds;
    bool m_cancelRequested = false;
};

} // namespace Snapdock::Cli
