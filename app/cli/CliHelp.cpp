// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliHelp.h"

#include "cli/ExitCode.h"
#include "core/support/Translation.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock::Cli {

namespace {

QString tr(const char *text)
{
    return translateWithFallback("Snapdock::Cli", text);
}

} // namespace

QString helpText(CommandKind topic)
{
    const QString globalOptions =
        tr("Global options (before or after the command):\n"
           "  --host URL           Qdrant REST URL (default http://localhost:6333)\n"
           "  --api-key KEY        API key. Warning: a key on the command line is visible to\n"
           "                       other users of this machine (ps, /proc); prefer\n"
           "                       --api-key-file or the QDRANT_API_KEY variable.\n"
           "  --api-key-file PATH  read the key from the first line of PATH (keep it chmod 600)\n"
           "  --ca-cert FILE       trust the CA certificates in this PEM file instead of the\n"
           "                       system's (for a private CA or a self-signed server)\n"
           "  --pin-sha256 HEX     also accept the server certificate with this SHA-256\n"
           "                       fingerprint when it fails verification (self-signed);\n"
           "                       an error for an untrusted certificate shows its fingerprint\n"
           "  --allow-insecure-key send the key over http:// to a host other than localhost\n"
           "                       without the warning (it travels unencrypted)\n"
           "  --json               print one JSON document on stdout at the end, nothing else\n"
           "  -q, --quiet          print only errors (and the data of list commands)\n"
           "  -h, --help           show help; `snapdock-cli help COMMAND` for one command\n"
           "  --version            show the version\n"
           "The key is taken from --api-key, else --api-key-file, else QDRANT_API_KEY.\n");
    QString text;
    switch (topic) {
    case CommandKind::Backup:
        text = tr("Usage: snapdock-cli backup (--collection NAME... | --all | --full-storage) [options]\n\n"
                  "Creates a snapshot on the server, downloads it, verifies its SHA-256 against the server's\n"
                  "checksum and writes NAME.snapshot.snapdock.json next to it.\n\n"
                  "  --collection NAME       back up this collection (repeat for several)\n"
                  "  --all                   back up every collection, one after another\n"
                  "  --full-storage          back up the full storage (all collections and aliases)\n"
                  "  --output-dir DIR        where to write the files (default ./snapshots)\n"
                  "  --concurrency N         back up N collections at once (default 1)\n"
                  "  --delete-from-server    delete the snapshot from the server after download\n");
        break;
    case CommandKind::Restore:
        text = tr("Usage: snapdock-cli restore --snapshot FILE (--collection NAME | --new-collection NAME) "
                  "[options]\n\n"
                  "Uploads FILE with its SHA-256 as checksum. Qdrant keeps a copy of the upload in the\n"
                  "collection's snapshot list; snapdock-cli deletes it afterwards.\n\n"
                  "  --snapshot FILE         the local .snapshot file\n"
                  "  --collection NAME       replace the data of this existing collection\n"
                  "  --new-collection NAME   create this collection (it must not exist)\n"
                  "  --priority P            snapshot | replica | no_sync (default: the server's, snapshot)\n"
                  "  --keep-uploaded         keep the uploaded copy on the server\n");
        break;
    case CommandKind::ListCollections:
        text = tr("Usage: snapdock-cli list-collections [options]\n\nLists the collections on the server.\n");
        break;
    case CommandKind::ListSnapshots:
        text = tr("Usage: snapdock-cli list-snapshots (--collection NAME | --full-storage) [options]\n\n"
                  "Lists the snapshots stored on the server: name, size, creation time, SHA-256.\n");
        break;
    case CommandKind::Download:
        text = tr("Usage: snapdock-cli download (--collection NAME | --full-storage) (--snapshot NAME | --latest) "
                  "[options]\n\n"
                  "Downloads a snapshot that is already on the server, verifies the listed checksum and writes\n"
                  "the same metadata file as backup.\n\n"
                  "  --snapshot NAME         the snapshot's name on the server\n"
                  "  --latest                the most recent snapshot\n"
                  "  --output-dir DIR        where to write the files (default ./snapshots)\n");
        break;
    case CommandKind::Prune:
        text = tr("Usage: snapdock-cli prune --dir DIR [--keep-last N] [--keep-hourly N] [--keep-daily N]\n"
                  "         [--keep-weekly N] [--keep-monthly N] [--keep-yearly N] [--keep-on-server K]\n"
                  "         [--collection NAME]... [--dry-run] [options]\n\n"
                  "Removes old backups from DIR (searched recursively) with restic's 'forget' rules: each rule\n"
                  "keeps the newest backup of each of the last N hours/days/weeks/months/years that have one,\n"
                  "and a backup kept by any rule stays. Backups are grouped per host and collection; pinned\n"
                  "backups are never removed; a backup's metadata file goes with it. Every decision is shown\n"
                  "with its reason.\n\n"
                  "  --dir DIR               the folder holding the backups\n"
                  "  --keep-last N           keep the N newest backups\n"
                  "  --keep-hourly N         keep the newest backup of each of the last N hours\n"
                  "  --keep-daily N          ... of each of the last N days\n"
                  "  --keep-weekly N         ... of each of the last N ISO weeks\n"
                  "  --keep-monthly N        ... of each of the last N months\n"
                  "  --keep-yearly N         ... of each of the last N years\n"
                  "  --keep-on-server K      also keep only the K newest snapshots of each collection on --host\n"
                  "  --collection NAME       only this collection (repeat for several)\n"
                  "  --dry-run               show what would be removed, remove nothing\n");
        break;
    case CommandKind::Verify:
        text = tr("Usage: snapdock-cli verify (--snapshot FILE | --dir DIR) [options]\n\n"
                  "--snapshot: a restore drill. Restores FILE into a scratch collection\n"
                  "NAME__snapdock_verify_TIMESTAMP on --host, compares points count, vector configuration, shard\n"
                  "count and payload schema with the metadata recorded at backup time, then deletes the scratch\n"
                  "collection (also when something failed). Exit code 0 only when everything matched.\n"
                  "--dir: checks the SHA-256 of every backup in DIR (recursively) against its metadata file.\n\n"
                  "  --snapshot FILE         the backup to restore (its .snapdock.json must be next to it)\n"
                  "  --dir DIR               verify every backup in DIR locally, without a server\n");
        break;
    case CommandKind::Status:
        text = tr("Usage: snapdock-cli status --dir DIR --max-age DURATION [--collection NAME]... [options]\n\n"
                  "For each host and collection with backups in DIR (searched recursively): the newest backup\n"
                  "whose SHA-256 matches its metadata, and its age. Exits non-zero when any collection's newest\n"
                  "verified backup is older than DURATION, or when DIR holds no backup: for Nagios, Prometheus\n"
                  "textfile collectors or healthchecks.\n\n"
                  "  --dir DIR               the folder holding the backups\n"
                  "  --max-age DURATION      e.g. 26h, 90m, 7d, 1d12h\n"
                  "  --collection NAME       only this collection (repeat for several)\n");
        break;
    case CommandKind::Jobs:
        text = tr("Usage: snapdock-cli jobs [options]\n\n"
                  "Lists the jobs a crash, a kill or a power loss interrupted (in this program or the desktop\n"
                  "application), with the bytes already downloaded. Resume them with 'snapdock-cli resume'.\n");
        break;
    case CommandKind::Resume:
        text = tr("Usage: snapdock-cli resume (--job ID... | --all) [options]\n\n"
                  "Resumes interrupted jobs: a download continues from its .part file (the final SHA-256 still\n"
                  "covers the whole file); a restore runs again from the start. The host comes from the job;\n"
                  "the key from --api-key, --api-key-file or QDRANT_API_KEY as usual.\n\n"
                  "  --job ID                resume this job (see 'snapdock-cli jobs'; repeat for several)\n"
                  "  --all                   resume every interrupted job\n");
        break;
    case CommandKind::Discard:
        text = tr("Usage: snapdock-cli discard (--job ID... | --all) [options]\n\n"
                  "Forgets interrupted jobs and deletes their partial files.\n\n"
                  "  --job ID                discard this job (repeat for several)\n"
                  "  --all                   discard every interrupted job\n");
        break;
    case CommandKind::RunSchedule:
        text = tr("Usage: snapdock-cli run-schedule ID [options]\n\n"
                  "Runs a schedule made in the desktop application now: backs up its collections into its\n"
                  "folder, applies its retention, runs its restore drill when one is due, records everything in\n"
                  "the history and calls its webhook. This is what the installed systemd timer, launchd agent or\n"
                  "Task Scheduler task calls. The server and its TLS settings are the schedule's connection\n"
                  "profile (--host is ignored). The key comes from the keychain, else from the profile's key file\n"
                  "<config>/keys/<profile-id>.key (chmod 600; ~/.config/Snapdock/snapdock/keys on Linux), else\n"
                  "from --api-key-file or QDRANT_API_KEY. A schedule never runs twice at once: a second run\n"
                  "exits with code 12.\n");
        break;
    case CommandKind::None:
    case CommandKind::Help:
    case CommandKind::Version:
        text = tr("Usage: snapdock-cli COMMAND [options]\n\n"
                  "Backs up and restores Qdrant collections through the snapshot API.\n\n"
                  "Commands:\n"
                  "  backup            create, download and verify snapshots of collections\n"
                  "  restore           upload a snapshot file into a collection\n"
                  "  list-collections  list the collections on the server\n"
                  "  list-snapshots    list the snapshots stored on the server\n"
                  "  download          download a snapshot already on the server\n"
                  "  verify            check backups: a restore drill, or SHA-256 of a folder\n"
                  "  prune             remove old backups by retention rules\n"
                  "  status            report collections whose newest backup is too old\n"
                  "  jobs              list interrupted jobs\n"
                  "  resume            resume interrupted jobs\n"
                  "  discard           forget interrupted jobs and delete their partial files\n"
                  "  run-schedule ID   run a schedule now (what the OS timer calls)\n"
                  "  help COMMAND      show the options of COMMAND\n");
        break;
    }
    return text + u"\n"_s + globalOptions + u"\n"_s + exitCodeTable();
}

} // namespace Snapdock::Cli
