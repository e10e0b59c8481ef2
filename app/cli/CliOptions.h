// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/qdrant/SnapshotPriority.h"
#include "core/support/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Snapdock::Cli {

enum class CommandKind
{
    None,
    Help,
    Version,
    Backup,
    Restore,
    ListCollections,
    ListSnapshots,
    Download,
    Prune,
    Verify,
    Status,
    Jobs,
    Resume,
    Discard,
    RunSchedule
};

// The command line, parsed and checked. Plain value type.
struct CliOptions
{
    static constexpr int MAX_CONCURRENCY = 16;

    CommandKind command = CommandKind::None;
    CommandKind helpTopic = CommandKind::None; // for `help backup` / `backup --help`

    // Global options (accepted before or after the command).
    QString host = QStringLiteral("http://localhost:6333");
    std::optional<QString> apiKey; // --api-key; never printed
    QString apiKeyFile;
    QString caCertificatesFile; // --ca-cert: checked to hold at least one PEM certificate
    QByteArray pinnedSha256; // --pin-sha256: 64 lowercase hex digits, colons removed
    bool allowInsecureKey = false; // --allow-insecure-key: no warning for a key over http:// to a remote host
    bool json = false;
    bool quiet = false;

    // Command options.
    QStringList collections; // --collection, repeatable for backup
    bool all = false;
    bool fullStorage = false;
    QString newCollection;
    QString outputDir = QStringLiteral("./snapshots");
    int concurrency = 1;
    QString snapshot; // restore: a local file; download: a name on the server
    bool latest = false;
    SnapshotPriority priority = SnapshotPriority::ServerDefault;
    bool keepUploaded = false;
    bool deleteFromServer = false;

    // prune, verify --dir, status: a folder of backups, searched recursively.
    QString dir;
    // prune: restic-style rules (0 = rule off) and the number of snapshots to keep on the server (0 = leave them).
    int keepLast = 0;
    int keepHourly = 0;
    int keepDaily = 0;
    int keepWeekly = 0;
    int keepMonthly = 0;
    int keepYearly = 0;
    int keepOnServer = 0;
    bool dryRun = false;
    // status: the oldest a collection's newest verified backup may be, in seconds (--max-age 26h).
    qint64 maxAgeSeconds = 0;
    // resume, discard: interrupted jobs by id (--job, repeatable); `all` selects every one.
    QList<qint64> jobIds;
    // run-schedule: the schedule's id (positional).
    QString scheduleId;

    // True when any --keep-* rule (not --keep-on-server) is set.
    [[nodiscard]] bool hasLocalRetentionRule() const
    {
        return keepLast + keepHourly + keepDaily + keepWeekly + keepMonthly + keepYearly > 0;
    }
};

// Parses the arguments after the program name. Options may come before or after the command, as
// `--name value` or `--name=value`. Usage errors come back as ErrorKind::InvalidArgument whose detail is the
// complete message for the user.
[[nodiscard]] Result<CliOptions> parseArguments(const QStringList &arguments);

// "backup", "list-snapshots", …; empty for None, Help and Version.
[[nodiscard]] QString commandName(CommandKind command);

} // namespace Snapdock::Cli
