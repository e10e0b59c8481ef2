// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliApplication.h"

#include "cli/ApiKeySource.h"
#include "cli/BackupCommand.h"
#include "cli/CliHelp.h"
#include "cli/CliOptions.h"
#include "cli/DiscardCommand.h"
#include "cli/DownloadCommand.h"
#include "cli/ExitCode.h"
#include "cli/JobsCommand.h"
#include "cli/ListCollectionsCommand.h"
#include "cli/ListSnapshotsCommand.h"
#include "cli/LocalVerifyCommand.h"
#include "cli/OutputPrinter.h"
#include "cli/ProgressPrinter.h"
#include "cli/PruneCommand.h"
#include "cli/RestoreCommand.h"
#include "cli/ResumeCommand.h"
#include "cli/RunScheduleCommand.h"
#include "cli/SignalWatcher.h"
#include "cli/StatusCommand.h"
#include "cli/VerifyCommand.h"
#include "core/history/HistoryDatabase.h"
#include "core/jobs/JobBookkeeper.h"
#include "core/jobs/JobJournal.h"
#include "core/qdrant/QdrantClient.h"
#include "core/support/Translation.h"

#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock::Cli {

namespace {

QString tr(const char *text)
{
    return translateWithFallback("Snapdock::Cli", text);
}

void writeTo(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

// Accepts "host:port" and "host" too, as the classic scripts did, by assuming http://.
Result<QUrl> parseHost(const QString &text)
{
    const QString trimmed = text.trimmed();
    const QUrl url(trimmed.contains("://"_L1) ? trimmed : u"http://"_s + trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != "http"_L1 && url.scheme() != "https"_L1))
        return fail(Error::make(ErrorKind::InvalidArgument,
            tr("--host must be an http:// or https:// URL, e.g. http://localhost:6333, not \"%1\".").arg(trimmed)));
    return url;
}

std::unique_ptr<Command> makeCommand(const CommandContext &context)
{
    switch (context.options.command) {
    case CommandKind::Backup:
        return std::make_unique<BackupCommand>(context);
    case CommandKind::Restore:
        return std::make_unique<RestoreCommand>(context);
    case CommandKind::ListCollections:
        return std::make_unique<ListCollectionsCommand>(context);
    case CommandKind::ListSnapshots:
        return std::make_unique<ListSnapshotsCommand>(context);
    case CommandKind::Download:
        return std::make_unique<DownloadCommand>(context);
    case CommandKind::Prune:
        return std::make_unique<PruneCommand>(context);
    case CommandKind::Verify:
        if (context.options.dir.isEmpty())
            return std::make_unique<VerifyCommand>(context);
        return std::make_unique<LocalVerifyCommand>(context);
    case CommandKind::Status:
        return std::make_unique<StatusCommand>(context);
    case CommandKind::Jobs:
        return std::make_unique<JobsCommand>(context);
    case CommandKind::Resume:
        return std::make_unique<ResumeCommand>(context);
    case CommandKind::Discard:
        return std::make_unique<DiscardCommand>(context);
    case CommandKind::RunSchedule:
        return std::make_unique<RunScheduleCommand>(context);
    case CommandKind::None:
    case CommandKind::Help:
    case CommandKind::Version:
        break;
    }
    return nullptr;
}

// Opens what the command needs of the job journal and the history (the desktop application's files, so that it
// shows and can resume what the CLI did). A file that cannot be opened costs only its records, with a warning.
void openJobRecords(const CliOptions &options, OutputPrinter &output, JobJournal &journal, HistoryDatabase &history)
{
    const CommandKind command = options.command;
    const bool startsJobs =
        command == CommandKind::Backup || command == CommandKind::Download || command == CommandKind::Restore;
    const bool runsJobs = startsJobs || command == CommandKind::Resume;
    if (!runsJobs && command != CommandKind::Jobs && command != CommandKind::Discard)
        return;
    if (auto ok = journal.open(JobJournal::defaultPath()); !ok) {
        output.printWarning(runsJobs
                ? tr("the jobs are not journaled, so a crash cannot be resumed: %1").arg(ok.error().userMessage())
                : ok.error().userMessage());
    }
    if (runsJobs || command == CommandKind::Discard) {
        const QString path =
            QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"history.sqlite"_s);
        if (auto ok = history.open(path); !ok)
            output.printWarning(tr("the jobs are not recorded in the history: %1").arg(ok.error().userMessage()));
    }
    if (startsJobs && journal.isOpen() && !options.json && !options.quiet) {
        const Result<QList<PendingJob>> interrupted = journal.interrupted();
        if (interrupted && !interrupted->isEmpty())
            output.printWarning(tr("%1 interrupted job(s) can be resumed: snapdock-cli jobs").arg(interrupted->size()));
    }
}

} // namespace

int runCli(QCoreApplication &app, const QStringList &arguments)
{
    QCoreApplication::setApplicationName(u"snapdock"_s);
    QCoreApplication::setOrganizationName(u"Snapdock"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SNAPDOCK_VERSION_STRING));
    // Core logs at info level for the GUI's log view; on a terminal only warnings belong next to the output.
    // QT_LOGGING_RULES still overrides this.
    QLoggingCategory::setFilterRules(u"snapdock.*.info=false"_s);

    const Result<CliOptions> parsed = parseArguments(arguments);
    if (!parsed) {
        writeTo(stderr, u"snapdock-cli: "_s + parsed.error().detail + u"\n"_s);
        return toInt(ExitCode::UsageError);
    }
    const CliOptions &options = *parsed;
    if (options.command == CommandKind::Help) {
        writeTo(stdout, helpText(options.helpTopic));
        return toInt(ExitCode::Ok);
    }
    if (options.command == CommandKind::Version) {
        writeTo(stdout, u"snapdock-cli "_s + QStringLiteral(SNAPDOCK_VERSION_STRING) + u"\n"_s);
        return toInt(ExitCode::Ok);
    }
    const Result<QUrl> host = parseHost(options.host);
    if (!host) {
        writeTo(stderr, u"snapdock-cli: "_s + host.error().detail + u"\n"_s);
        return toInt(ExitCode::UsageError);
    }
    const Result<ResolvedApiKey> key = resolveApiKey(options, QProcessEnvironment::systemEnvironment());
    if (!key) {
        writeTo(stderr, u"snapdock-cli: "_s + key.error().detail + u".\n"_s);
        return toInt(ExitCode::UsageError);
    }

    ServerEndpoint endpoint;
    endpoint.baseUrl = *host;
    endpoint.apiKey = key->key;
    endpoint.caCertificatesFile = options.caCertificatesFile;
    endpoint.pinnedCertificateSha256 = options.pinnedSha256;
    // The classic scripts' cron lines send keys over http:// to internal hosts; refusing them would break the
    // drop-in promise, so the CLI allows it and warns (below) where the core refuses by default.
    endpoint.allowKeyOverPlainHttp = true;
    QNetworkAccessManager network;
    const QdrantClient client(network, endpoint);

    OutputPrinter output(options.json, options.quiet, key->key);
    ProgressPrinter progress(!options.quiet && ProgressPrinter::stderrIsTerminal());
    output.setProgressPrinter(&progress);
    output.setField(u"command"_s, commandName(options.command));
    // jobs and discard touch only local files; resume reports the jobs' own hosts.
    if (options.command != CommandKind::Jobs && options.command != CommandKind::Discard
        && options.command != CommandKind::Resume)
        output.setField(u"host"_s, endpoint.displayUrl());
    for (const QString &warning : key->warnings)
        output.printWarning(warning);
    if (endpoint.sendsKeyUnencrypted() && !options.allowInsecureKey)
        output.printWarning(tr("the API key travels unencrypted over http:// to %1; use https://, or pass "
                               "--allow-insecure-key to silence this warning.")
                                .arg(endpoint.baseUrl.host()));

    JobJournal journal;
    HistoryDatabase history;
    openJobRecords(options, output, journal, history);
    JobBookkeeper bookkeeper(journal.isOpen() ? &journal : nullptr, history.isOpen() ? &history : nullptr);
    const bool hostGiven = std::any_of(arguments.begin(), arguments.end(), [](const QString &argument) {
        return argument == "--host"_L1 || argument.startsWith("--host="_L1);
    });

    const CommandContext context{ options,
        client,
        output,
        progress,
        network,
        journal.isOpen() ? &journal : nullptr,
        journal.isOpen() || history.isOpen() ? &bookkeeper : nullptr,
        hostGiven };
    const std::unique_ptr<Command> command = makeCommand(context);
    if (!command) {
        output.printError(tr("the command %1 is not available in this build.").arg(commandName(options.command)));
        return toInt(ExitCode::UsageError);
    }
    QObject::connect(command.get(), &Command::finished, &app, [&command] {
        QCoreApplication::exit(command->exitCode());
    });

    SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &SignalWatcher::interrupted, &app, [&command, &output](int count) {
        if (count == 1) {
            output.printError(tr("interrupted; cancelling (press Ctrl-C again to quit at once)"));
            command->cancel();
        } else {
            QCoreApplication::exit(toInt(ExitCode::Cancelled));
        }
    });

    QTimer::singleShot(0, command.get(), [&command] {
        command->start();
    });
    const int loopResult = app.exec();
    const int exitCode = command->isFinished() ? command->exitCode() : loopResult;
    progress.clear();
    output.finish(exitCode);
    return exitCode;
}

} // namespace Snapdock::Cli
