// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliOptions.h"
#include "cli/ExitCode.h"

#include <QObject>

class QNetworkAccessManager;

namespace Snapdock {
class JobBookkeeper;
class JobJournal;
class QdrantClient;
} // namespace Snapdock

namespace Snapdock::Cli {

class OutputPrinter;
class ProgressPrinter;

// What every command gets; all references outlive the command.
struct CommandContext
{
    const CliOptions &options;
    const QdrantClient &client;
    OutputPrinter &output;
    ProgressPrinter &progress;
    QNetworkAccessManager &network; // `client`'s; for commands that reach other hosts too (resume)
    // The job journal (queue.sqlite) and what keeps it and the history for every job a command runs; null when the
    // files could not be opened (the jobs then run unrecorded).
    JobJournal *journal = nullptr;
    JobBookkeeper *bookkeeper = nullptr;
    bool hostGiven = false; // --host was on the command line rather than the default
};

// One snapdock-cli command. start() begins the work (call it from the running event loop); finished() is
// emitted exactly once, after which exitCode() is final. cancel() (Ctrl-C) stops the work in flight and
// leads to finished() with ExitCode::Cancelled. The creator owns the command.
class Command : public QObject
{
    Q_OBJECT

public:
    explicit Command(const CommandContext &context, QObject *parent = nullptr);

    virtual void start() = 0;
    virtual void cancel() = 0;

    [[nodiscard]] int exitCode() const { return toInt(m_exitCode); }
    [[nodiscard]] bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void finished();

protected:
    void finishWith(ExitCode code);
    // Reports a failure of the whole command and finishes with its exit code.
    void failWith(const Error &error);
    // 0 if every result row succeeded; the shared code if all failed for the same reason; 1 otherwise;
    // 130 if any was cancelled.
    [[nodiscard]] ExitCode exitCodeFromResults() const;

    const CommandContext m_context;

private:
    ExitCode m_exitCode = ExitCode::Ok;
    bool m_finished = false;
};

} // namespace Snapdock::Cli
