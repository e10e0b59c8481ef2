// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Command.h"

#include "cli/OutputPrinter.h"

namespace Snapdock::Cli {

Command::Command(const CommandContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{}

void Command::finishWith(ExitCode code)
{
    if (m_finished)
        return;
    m_finished = true;
    m_exitCode = code;
    Q_EMIT finished();
}

void Command::failWith(const Error &error)
{
    m_context.output.reportError(error);
    finishWith(exitCodeFor(error.kind));
}

ExitCode Command::exitCodeFromResults() const
{
    const QList<ResultRow> &rows = m_context.output.results();
    ExitCode firstCode = ExitCode::Ok;
    bool allSameReason = true;
    int failures = 0;
    for (const ResultRow &row : rows) {
        if (row.ok)
            continue;
        const ExitCode code = row.error ? exitCodeFor(row.error->kind) : ExitCode::ServerError;
        if (code == ExitCode::Cancelled)
            return ExitCode::Cancelled;
        if (failures == 0)
            firstCode = code;
        else if (firstCode != code)
            allSameReason = false;
        ++failures;
    }
    if (failures == 0)
        return ExitCode::Ok;
    if (failures == rows.size() && allSameReason)
        return firstCode;
    return ExitCode::PartialFailure;
}

} // namespace Snapdock::Cli
