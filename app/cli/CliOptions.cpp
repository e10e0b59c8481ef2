// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliOptions.h"

#include "cli/ExitCode.h"
#include "core/qdrant/ServerEndpoint.h"
#include "core/support/Duration.h"
#include "core/support/Translation.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>
#include <QSslCertificate>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock::Cli {

namespace {

QString tr(const char *text)
{
    return translateWithFallback("Snapdock::Cli", text);
}

using Kinds = std::initializer_list<CommandKind>;

// Every option, the commands that accept it (empty: every command) and whether it takes a value.
struct OptionSpec
{
    QLatin1StringView name;
    bool takesValue;
    Kinds commands;
};

constexpr auto JOB_COMMANDS = { CommandKind::Backup, CommandKind::Restore, CommandKind::Download };

const std::array OPTIONS = {
    OptionSpec{ "--host"_L1, true, {} },
    OptionSpec{ "--api-key"_L1, true, {} },
    OptionSpec{ "--api-key-file"_L1, true, {} },
    OptionSpec{ "--ca-cert"_L1, true, {} },
    OptionSpec{ "--pin-sha256"_L1, true, {} },
    OptionSpec{ "--allow-insecure-key"_L1, false, {} },
    OptionSpec{ "--json"_L1, false, {} },
    OptionSpec{ "--quiet"_L1, false, {} },
    OptionSpec{ "--help"_L1, false, {} },
    OptionSpec{ "--version"_L1, false, {} },
    OptionSpec{ "--collection"_L1,
        true,
        { CommandKind::Backup,
            CommandKind::Restore,
            CommandKind::ListSnapshots,
            CommandKind::Download,
            CommandKind::Prune,
            CommandKind::Status } },
    OptionSpec{ "--all"_L1, false, { CommandKind::Backup, CommandKind::Resume, CommandKind::Discard } },
    OptionSpec{
        "--full-storage"_L1, false, { CommandKind::Backup, CommandKind::ListSnapshots, CommandKind::Download } },
    OptionSpec{ "--output-dir"_L1, true, { CommandKind::Backup, CommandKind::Download } },
    OptionSpec{ "--concurrency"_L1, true, { CommandKind::Backup } },
    OptionSpec{ "--delete-from-server"_L1, false, { CommandKind::Backup } },
    OptionSpec{ "--snapshot"_L1, true, { CommandKind::Restore, CommandKind::Download, CommandKind::Verify } },
    OptionSpec{ "--latest"_L1, false, { CommandKind::Download } },
    OptionSpec{ "--new-collection"_L1, true, { CommandKind::Restore } },
    OptionSpec{ "--priority"_L1, true, { CommandKind::Restore } },
    OptionSpec{ "--keep-uploaded"_L1, false, { CommandKind::Restore } },
    OptionSpec{ "--dir"_L1, true, { CommandKind::Prune, CommandKind::Verify, CommandKind::Status } },
    OptionSpec{ "--keep-last"_L1, true, { CommandKind::Prune } },
    OptionSpec{ "--keep-hourly"_L1, true, { CommandKind::Prune } },
    OptionSpec{ "--keep-daily"_L1, true, { CommandKind::Prune } },
    OptionSpec{ "--keep-weekly"_L1, true, { CommandKind::Prune } },
    OptionSpec{ "--keep-monthly"_L1, true, { CommandKind::Prune } },
    OptionSpec{ "--keep-yearly"_L1, true, { CommandKind::Prune } },
    OptionSpec{ "--keep-on-server"_L1, true, { CommandKind::Prune } },
    OptionSpec{ "--dry-run"_L1, false, { CommandKind::Prune } },
    OptionSpec{ "--max-age"_L1, true, { CommandKind::Status } },
    OptionSpec{ "--job"_L1, true, { CommandKind::Resume, CommandKind::Discard } },
};

// --keep-* counts: generous, but a typo such as 7000000 is more likely than a wish to keep that many.
constexpr int MAX_KEEP_COUNT = 100000;

struct CommandSpec
{
    CommandKind kind;
    QLatin1StringView name;
};

const std::array COMMANDS = {
    CommandSpec{ CommandKind::Backup, "backup"_L1 },
    CommandSpec{ CommandKind::Restore, "restore"_L1 },
    CommandSpec{ CommandKind::ListCollections, "list-collections"_L1 },
    CommandSpec{ CommandKind::ListSnapshots, "list-snapshots"_L1 },
    CommandSpec{ CommandKind::Download, "download"_L1 },
    CommandSpec{ CommandKind::Prune, "prune"_L1 },
    CommandSpec{ CommandKind::Verify, "verify"_L1 },
    CommandSpec{ CommandKind::Status, "status"_L1 },
    CommandSpec{ CommandKind::Jobs, "jobs"_L1 },
    CommandSpec{ CommandKind::Resume, "resume"_L1 },
    CommandSpec{ CommandKind::Discard, "discard"_L1 },
    CommandSpec{ CommandKind::RunSchedule, "run-schedule"_L1 },
    CommandSpec{ CommandKind::Help, "help"_L1 },
};

const OptionSpec *findOption(QStringView name)
{
    for (const OptionSpec &spec : OPTIONS) {
        if (spec.name == name)
            return &spec;
    }
    return nullptr;
}

std::optional<CommandKind> findCommand(QStringView name)
{
    for (const CommandSpec &spec : COMMANDS) {
        if (spec.name == name)
            return spec.kind;
    }
    return std::nullopt;
}

tl::unexpected<Error> usageError(const QString &message, CommandKind command = CommandKind::None)
{
    const QString helpCommand = command == CommandKind::None || command == CommandKind::Help
        ? u"snapdock-cli --help"_s
        : u"snapdock-cli help "_s + commandName(command);
    return fail(Error::make(ErrorKind::InvalidArgument, message + u"\n"_s + tr("Try '%1'.").arg(helpCommand)));
}

// A --keep-* count: a whole number from 0 to MAX_KEEP_COUNT.
Result<int> keepCount(QStringView name, const QString &value)
{
    bool ok = false;
    const int count = value.toInt(&ok);
    if (!ok || count < 0 || count > MAX_KEEP_COUNT)
        return usageError(tr("%1 must be a whole number from 0 to %2, not \"%3\".")
                              .arg(name.toString())
                              .arg(MAX_KEEP_COUNT)
                              .arg(value),
            CommandKind::Prune);
    return count;
}

// The prune option `name` stores into, or null for another option.
int *keepField(CliOptions &options, QStringView name)
{
    if (name == "--keep-last"_L1)
        return &options.keepLast;
    if (name == "--keep-hourly"_L1)
        return &options.keepHourly;
    if (name == "--keep-daily"_L1)
        return &options.keepDaily;
    if (name == "--keep-weekly"_L1)
        return &options.keepWeekly;
    if (name == "--keep-monthly"_L1)
        return &options.keepMonthly;
    if (name == "--keep-yearly"_L1)
        return &options.keepYearly;
    if (name == "--keep-on-server"_L1)
        return &options.keepOnServer;
    return nullptr;
}

// Options of the maintenance commands (prune, verify, status, resume, discard); false if `name` is not one.
Result<bool> applyMaintenanceOption(CliOptions &options, QStringView name, const QString &value)
{
    if (int *field = keepField(options, name)) {
        const Result<int> count = keepCount(name, value);
        if (!count)
            return fail(count.error());
        *field = *count;
    } else if (name == "--dir"_L1) {
        options.dir = value;
    } else if (name == "--dry-run"_L1) {
        options.dryRun = true;
    } else if (name == "--max-age"_L1) {
        const std::optional<qint64> seconds = parseDuration(value);
        if (!seconds)
            return usageError(tr("--max-age must be a duration such as 26h, 90m, 7d or 1d12h, not \"%1\".").arg(value),
                CommandKind::Status);
        options.maxAgeSeconds = *seconds;
    } else if (name == "--job"_L1) {
        bool ok = false;
        const qint64 id = value.toLongLong(&ok);
        if (!ok || id <= 0)
            return usageError(tr("--job must be a job number as 'snapdock-cli jobs' lists it, not \"%1\".").arg(value));
        options.jobIds.append(id);
    } else {
        return false;
    }
    return true;
}

// Applies one option; `value` is empty for flags.
VoidResult applyOption(CliOptions &options, QStringView name, const QString &value)
{
    if (name == "--host"_L1) {
        options.host = value;
    } else if (name == "--api-key"_L1) {
        options.apiKey = value;
    } else if (name == "--api-key-file"_L1) {
        options.apiKeyFile = value;
    } else if (name == "--ca-cert"_L1) {
        // Checked here so that a typo is a usage error now, not a TLS failure after connecting.
        const QFileInfo file(value);
        if (!file.isFile() || !file.isReadable())
            return usageError(tr("--ca-cert: cannot read the file \"%1\".").arg(value));
        if (QSslCertificate::fromPath(value, QSsl::Pem, QSslCertificate::PatternSyntax::FixedString).isEmpty())
            return usageError(tr("--ca-cert: \"%1\" contains no PEM certificate.").arg(value));
        options.caCertificatesFile = file.absoluteFilePath();
    } else if (name == "--pin-sha256"_L1) {
        options.pinnedSha256 = ServerEndpoint::normalizedFingerprint(value.trimmed().toLatin1());
        if (options.pinnedSha256.isEmpty())
            return usageError(tr("--pin-sha256 must be a SHA-256 fingerprint: 64 hex digits, colons allowed "
                                 "(openssl x509 -noout -fingerprint -sha256 -in CERT), not \"%1\".")
                                  .arg(value));
    } else if (name == "--allow-insecure-key"_L1) {
        options.allowInsecureKey = true;
    } else if (name == "--json"_L1) {
        options.json = true;
    } else if (name == "--quiet"_L1) {
        options.quiet = true;
    } else if (name == "--collection"_L1) {
        options.collections.append(value);
    } else if (name == "--all"_L1) {
        options.all = true;
    } else if (name == "--full-storage"_L1) {
        options.fullStorage = true;
    } else if (name == "--output-dir"_L1) {
        options.outputDir = value;
    } else if (name == "--concurrency"_L1) {
        bool ok = false;
        const int concurrency = value.toInt(&ok);
        if (!ok || concurrency < 1 || concurrency > CliOptions::MAX_CONCURRENCY)
            return usageError(tr("--concurrency must be a number from 1 to %1, not \"%2\".")
                                  .arg(CliOptions::MAX_CONCURRENCY)
                                  .arg(value));
        options.concurrency = concurrency;
    } else if (name == "--delete-from-server"_L1) {
        options.deleteFromServer = true;
    } else if (name == "--snapshot"_L1) {
        options.snapshot = value;
    } else if (name == "--latest"_L1) {
        options.latest = true;
    } else if (name == "--new-collection"_L1) {
        options.newCollection = value;
    } else if (name == "--priority"_L1) {
        const auto priority = snapshotPriorityFromString(value);
        if (!priority || *priority == SnapshotPriority::ServerDefault)
            return usageError(
                tr("--priority must be snapshot, replica or no_sync, not \"%1\".").arg(value), CommandKind::Restore);
        options.priority = *priority;
    } else if (name == "--keep-uploaded"_L1) {
        options.keepUploaded = true;
    } else if (const Result<bool> applied = applyMaintenanceOption(options, name, value); !applied) {
        return fail(applied.error());
    }
    return {};
}

bool allows(const OptionSpec &spec, CommandKind command)
{
    if (spec.commands.size() == 0)
        return true;
    for (CommandKind kind : spec.commands) {
        if (kind == command)
            return true;
    }
    return false;
}

// Rules that involve several options of one command.
VoidResult validate(const CliOptions &options, const QSet<QString> &seen)
{
    const CommandKind command = options.command;
    const bool hasCollection = !options.collections.isEmpty();
    switch (command) {
    case CommandKind::Backup: {
        const int selections = int(hasCollection) + int(options.all) + int(options.fullStorage);
        if (hasCollection && options.all)
            return usageError(tr("--collection and --all cannot be used together."), command);
        if (selections > 1)
            return usageError(tr("--full-storage cannot be combined with --collection or --all."), command);
        if (selections == 0)
            return usageError(tr("backup needs --collection NAME, --all or --full-storage."), command);
        break;
    }
    case CommandKind::Restore:
        if (options.snapshot.isEmpty())
            return usageError(tr("restore needs --snapshot FILE."), command);
        if (hasCollection && !options.newCollection.isEmpty())
            return usageError(tr("--collection and --new-collection cannot be used together."), command);
        if (!hasCollection && options.newCollection.isEmpty())
            return usageError(tr("restore needs --collection NAME (replace an existing collection) or "
                                 "--new-collection NAME (create one)."),
                command);
        if (options.collections.size() > 1)
            return usageError(tr("restore takes a single --collection."), command);
        break;
    case CommandKind::ListSnapshots:
    case CommandKind::Download:
        if (hasCollection && options.fullStorage)
            return usageError(tr("--collection and --full-storage cannot be used together."), command);
        if (!hasCollection && !options.fullStorage)
            return usageError(tr("%1 needs --collection NAME or --full-storage.").arg(commandName(command)), command);
        if (options.collections.size() > 1)
            return usageError(tr("%1 takes a single --collection.").arg(commandName(command)), command);
        if (command == CommandKind::Download) {
            if (!options.snapshot.isEmpty() && options.latest)
                return usageError(tr("--snapshot and --latest cannot be used together."), command);
            if (options.snapshot.isEmpty() && !options.latest)
                return usageError(tr("download needs --snapshot NAME or --latest."), command);
        }
        break;
    case CommandKind::Prune:
        if (options.dir.isEmpty())
            return usageError(tr("prune needs --dir DIR."), command);
        if (!options.hasLocalRetentionRule() && options.keepOnServer == 0)
            return usageError(tr("prune needs at least one rule: --keep-last, --keep-hourly, --keep-daily, "
                                 "--keep-weekly, --keep-monthly, --keep-yearly or --keep-on-server "
                                 "(without one nothing would be removed)."),
                command);
        break;
    case CommandKind::Verify:
        if (options.snapshot.isEmpty() == options.dir.isEmpty())
            return usageError(tr("verify needs either --snapshot FILE (a restore drill on --host) or --dir DIR "
                                 "(check every backup's SHA-256 locally)."),
                command);
        break;
    case CommandKind::Status:
        if (options.dir.isEmpty())
            return usageError(tr("status needs --dir DIR."), command);
        if (options.maxAgeSeconds <= 0)
            return usageError(tr("status needs --max-age DURATION, e.g. --max-age 26h."), command);
        break;
    case CommandKind::Resume:
    case CommandKind::Discard:
        if (options.jobIds.isEmpty() == !options.all)
            return usageError(
                tr("%1 needs either --job ID (see 'snapdock-cli jobs') or --all.").arg(commandName(command)), command);
        break;
    case CommandKind::RunSchedule:
        if (options.scheduleId.isEmpty())
            return usageError(tr("run-schedule needs the schedule's ID (the schedule editor shows it)."), command);
        break;
    case CommandKind::Jobs:
    case CommandKind::ListCollections:
    case CommandKind::None:
    case CommandKind::Help:
    case CommandKind::Version:
        break;
    }
    for (const QString &name :
        { u"--collection"_s, u"--new-collection"_s, u"--snapshot"_s, u"--output-dir"_s, u"--dir"_s }) {
        if (!seen.contains(name))
            continue;
        const bool empty = name == "--collection"_L1 ? options.collections.contains(QString())
            : name == "--new-collection"_L1          ? options.newCollection.isEmpty()
            : name == "--snapshot"_L1                ? options.snapshot.isEmpty()
            : name == "--dir"_L1                     ? options.dir.isEmpty()
                                                     : options.outputDir.isEmpty();
        if (empty)
            return usageError(tr("%1 needs a non-empty value.").arg(name), command);
    }
    return {};
}

} // namespace

QString commandName(CommandKind command)
{
    for (const CommandSpec &spec : COMMANDS) {
        if (spec.kind == command && spec.kind != CommandKind::Help)
            return QString(spec.name);
    }
    return {};
}

Result<CliOptions> parseArguments(const QStringList &arguments)
{
    CliOptions options;
    QSet<QString> seen;
    QStringList positional;
    bool help = false;
    bool version = false;
    bool optionsEnded = false;

    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (optionsEnded || !argument.startsWith(u'-') || argument == "-"_L1) {
            positional.append(argument);
            continue;
        }
        if (argument == "--"_L1) {
            optionsEnded = true;
            continue;
        }
        QString name = argument;
        std::optional<QString> inlineValue;
        if (argument == "-h"_L1) {
            name = u"--help"_s;
        } else if (argument == "-q"_L1) {
            name = u"--quiet"_s;
        } else if (argument.startsWith("--"_L1)) {
            const qsizetype equals = argument.indexOf(u'=');
            if (equals > 0) {
                name = argument.left(equals);
                inlineValue = argument.mid(equals + 1);
            }
        }
        const OptionSpec *spec = findOption(name);
        if (!spec)
            return usageError(tr("unknown option \"%1\".").arg(name));
        QString value;
        if (spec->takesValue) {
            if (inlineValue) {
                value = *inlineValue;
            } else if (i + 1 < arguments.size() && !arguments.at(i + 1).startsWith("--"_L1)) {
                value = arguments.at(++i);
            } else {
                return usageError(tr("option %1 needs a value.").arg(name));
            }
        } else if (inlineValue) {
            return usageError(tr("option %1 does not take a value.").arg(name));
        }
        if (name == "--help"_L1) {
            help = true;
            continue;
        }
        if (name == "--version"_L1) {
            version = true;
            continue;
        }
        seen.insert(name);
        if (auto applied = applyOption(options, name, value); !applied)
            return fail(applied.error());
    }

    if (!positional.isEmpty()) {
        const auto command = findCommand(positional.first());
        if (!command)
            return usageError(tr("unknown command \"%1\".").arg(positional.first()));
        options.command = *command;
        positional.removeFirst();
    }
    if (options.command == CommandKind::RunSchedule && !positional.isEmpty())
        options.scheduleId = positional.takeFirst();
    if (options.command == CommandKind::Help) {
        if (!positional.isEmpty()) {
            const auto topic = findCommand(positional.takeFirst());
            if (!topic || *topic == CommandKind::Help)
                return usageError(tr("no help for \"%1\".").arg(arguments.last()));
            options.helpTopic = *topic;
        }
    } else if (help) {
        options.helpTopic = options.command;
        options.command = CommandKind::Help;
    }
    if (!positional.isEmpty())
        return usageError(tr("unexpected argument \"%1\".").arg(positional.first()), options.command);
    if (options.command == CommandKind::Help)
        return options;
    if (version) {
        options.command = CommandKind::Version;
        return options;
    }
    if (options.command == CommandKind::None)
        return usageError(tr("missing command."));

    for (const QString &name : std::as_const(seen)) {
        const OptionSpec *spec = findOption(name);
        if (spec && !allows(*spec, options.command))
            return usageError(
                tr("option %1 is not valid for %2.").arg(name, commandName(options.command)), options.command);
    }
    if (auto valid = validate(options, seen); !valid)
        return fail(valid.error());
    return options;
}

} // namespace Snapdock::Cli
