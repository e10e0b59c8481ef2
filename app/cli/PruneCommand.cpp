// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/PruneCommand.h"

#include "cli/JobRunner.h"
#include "cli/OutputPrinter.h"
#include "core/catalog/BackupCatalog.h"
#include "core/jobs/JobJournal.h"
#include "core/qdrant/QdrantClient.h"
#include "core/retention/LocalPruner.h"
#include "core/retention/ServerSnapshotPruner.h"
#include "core/storage/SnapshotName.h"
#include "core/support/Translation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock::Cli {

namespace {

QString jsonTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonValue jsonTimeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(jsonTime(time)) : QJsonValue();
}

// Aligned columns, the last one unpadded.
QStringList formatTable(const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        widths.resize(std::max(widths.size(), row.size()), 0);
        for (qsizetype column = 0; column + 1 < row.size(); ++column)
            widths[column] = std::max(widths[column], row.at(column).size());
    }
    QStringList lines;
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype column = 0; column < row.size(); ++column)
            line += column + 1 < row.size() ? row.at(column).leftJustified(widths[column] + 2) : row.at(column);
        lines.append(line);
    }
    return lines;
}

// Two spellings of one server ("qdrant:6333", "http://qdrant:6333/") compare equal.
QString serverKey(const QString &url)
{
    const QUrl parsed(url.contains("://"_L1) ? url : u"http://"_s + url);
    if (!parsed.isValid() || parsed.host().isEmpty())
        return url;
    const int defaultPort = parsed.scheme() == "https"_L1 ? 443 : 80;
    return parsed.scheme() + u"://"_s + parsed.host().toLower() + u':' + QString::number(parsed.port(defaultPort));
}

// "Backups of "articles" on http://qdrant:6333:", and the like for full-storage, shard and unreadable backups.
QString groupHeading(const RetentionCandidate &backup)
{
    const auto tr = [](const char *text) {
        return translateWithFallback("Snapdock::Cli::PruneCommand", text);
    };
    if (backup.host.isEmpty() && backup.collection.isEmpty())
        return tr("Backups without readable metadata:");
    if (backup.collection.isEmpty())
        return tr("Full-storage backups of %1:").arg(backup.host);
    if (backup.shardId >= 0)
        return tr("Backups of shard %1 of \"%2\" on %3:").arg(backup.shardId).arg(backup.collection, backup.host);
    return tr("Backups of \"%1\" on %2:").arg(backup.collection, backup.host);
}

QString shownName(const QString &name)
{
    return SnapshotName::isSafe(name) ? name : SnapshotName::quoted(name);
}

} // namespace

PruneCommand::PruneCommand(const CommandContext &context, QObject *parent)
    : Command(context, parent)
    , m_zone(QTimeZone::systemTimeZone())
{}

RetentionPolicy PruneCommand::policy() const
{
    const CliOptions &options = m_context.options;
    RetentionPolicy policy;
    policy.keepLast = options.keepLast;
    policy.keepHourly = options.keepHourly;
    policy.keepDaily = options.keepDaily;
    policy.keepWeekly = options.keepWeekly;
    policy.keepMonthly = options.keepMonthly;
    policy.keepYearly = options.keepYearly;
    return policy;
}

void PruneCommand::start()
{
    const CliOptions &options = m_context.options;
    OutputPrinter &output = m_context.output;
    // Deleting a server's snapshots is never done to the default localhost by accident.
    if (options.keepOnServer > 0 && !m_context.hostGiven) {
        failWith(Error::make(ErrorKind::InvalidArgument,
            tr("--keep-on-server needs --host URL, the server whose old snapshots to delete")));
        return;
    }
    const QFileInfo dir(options.dir);
    if (!dir.isDir()) {
        failWith(Error::make(ErrorKind::InvalidArgument, tr("--dir: \"%1\" is not a folder").arg(options.dir)));
        return;
    }
    m_dir = QDir::cleanPath(dir.absoluteFilePath());
    const Result<QList<LocalBackup>> scanned = BackupCatalog::scan(m_dir);
    if (!scanned) {
        failWith(scanned.error());
        return;
    }
    QList<LocalBackup> backups;
    for (const LocalBackup &backup : *scanned) {
        // With --collection, a backup without readable metadata cannot be placed in any collection: left alone.
        if (options.collections.isEmpty()
            || (backup.hasMetadata && options.collections.contains(backup.metadata.collection)))
            backups.append(backup);
    }

    output.setField(u"dir"_s, m_dir);
    output.setField(u"dryRun"_s, options.dryRun);
    output.setField(u"timeZone"_s, QString::fromUtf8(m_zone.id()));
    output.setField(u"policy"_s, policy().toJson());
    output.setField(u"local"_s, QJsonValue());
    output.setField(u"server"_s, QJsonValue());
    if (options.dryRun)
        output.printInfo(tr("Dry run: nothing is deleted."));

    if (options.hasLocalRetentionRule())
        pruneLocal(backups);
    else
        output.printInfo(tr("No --keep-* rule given: the backups in %1 are left as they are.").arg(m_dir));

    if (options.keepOnServer > 0)
        pruneServer(serverCollections(backups));
    else
        finish();
}

void PruneCommand::cancel()
{
    m_cancelRequested = true;
    if (m_runner)
        m_runner->cancel();
}

void PruneCommand::pruneLocal(const QList<LocalBackup> &backups)
{
    const CliOptions &options = m_context.options;
    const QList<RetentionDecision> plan = RetentionPlanner::plan(LocalPruner::candidatesFor(backups), policy(), m_zone);
    const LocalPruneReport report = LocalPruner(m_dir).apply(backups, plan, options.dryRun);
    m_localFailures = report.failedCount;

    QJsonArray decisions;
    for (const LocalPruneOutcome &outcome : report.outcomes) {
        const RetentionDecision &decision = outcome.decision;
        QJsonObject object{
            { u"host"_s, decision.backup.host },
            { u"collection"_s, decision.backup.collection },
            { u"file"_s, outcome.snapshotPath.isEmpty() ? QJsonValue() : QJsonValue(outcome.snapshotPath) },
            { u"metadataFile"_s, outcome.metadataPath.isEmpty() ? QJsonValue() : QJsonValue(outcome.metadataPath) },
            { u"time"_s, jsonTimeOrNull(decision.backup.time) },
            { u"size"_s, outcome.size },
            { u"pinned"_s, decision.backup.pinned },
            { u"action"_s, decision.keep ? u"keep"_s : u"remove"_s },
            { u"reasons"_s, QJsonArray::fromStringList(decision.reasons) },
            { u"rules"_s, QJsonArray::fromStringList(decision.rules) },
            { u"removed"_s, outcome.removed },
        };
        if (decision.backup.shardId >= 0)
            object.insert(u"shardId"_s, decision.backup.shardId);
        if (outcome.error)
            object.insert(u"error"_s, OutputPrinter::errorToJson(*outcome.error));
        decisions.append(object);
    }
    m_context.output.setField(u"local"_s,
        QJsonObject{ { u"decisions"_s, decisions },
            { u"removed"_s, report.removedCount },
            { u"kept"_s, report.keptCount },
            { u"failed"_s, report.failedCount },
            { u"bytesFreed"_s, report.bytesFreed },
            { u"removedFolders"_s, QJsonArray::fromStringList(report.removedFolders) } });

    printLocalTables(report);
    for (const LocalPruneOutcome &outcome : report.outcomes) {
        if (outcome.error)
            m_context.output.printError(outcome.error->userMessage());
    }
    const auto backupsText = [](int count) {
        return count == 1 ? tr("1 backup") : tr("%1 backups").arg(count);
    };
    OutputPrinter &output = m_context.output;
    if (report.outcomes.isEmpty()) {
        output.printInfo(tr("No backups found in %1.").arg(m_dir));
    } else if (options.dryRun) {
        output.printInfo(tr("Would remove %1, %2 would be freed; would keep %3.")
                             .arg(backupsText(report.removedCount),
                                 OutputPrinter::formatSize(report.bytesFreed),
                                 QString::number(report.keptCount)));
    } else {
        output.printInfo(tr("Removed %1, %2 freed; kept %3.")
                             .arg(backupsText(report.removedCount),
                                 OutputPrinter::formatSize(report.bytesFreed),
                                 QString::number(report.keptCount)));
    }
    if (report.failedCount > 0)
        output.printError(tr("%1 could not be removed (see above).").arg(backupsText(report.failedCount)));
}

void PruneCommand::printLocalTables(const LocalPruneReport &report)
{
    OutputPrinter &output = m_context.output;
    if (output.isJson() || output.isQuiet())
        return;
    const QDir root(m_dir);
    const QStringList header{
        tr("TIME (%1)").arg(QString::fromUtf8(m_zone.id())), tr("FILE"), tr("SIZE"), tr("ACTION"), tr("REASONS")
    };
    QList<QStringList> rows;
    QString heading;
    const auto flush = [&] {
        if (rows.size() > 1) {
            output.printInfo(heading);
            for (const QString &line : formatTable(rows))
                output.printInfo(line);
            output.printInfo(QString());
        }
        rows = { header };
    };
    QString currentGroup;
    bool first = true;
    for (const LocalPruneOutcome &outcome : report.outcomes) {
        const RetentionCandidate &backup = outcome.decision.backup;
        const QString group = backup.host + u'\n' + backup.collection + u'\n' + QString::number(backup.shardId);
        if (first || group != currentGroup) {
            flush();
            first = false;
            currentGroup = group;
            heading = groupHeading(backup);
        }
        QString action = tr("KEEP");
        QString reasons = outcome.decision.reasons.join(u"; "_s);
        if (outcome.error) {
            action = tr("FAILED");
            reasons += u" — "_s + outcome.error->userMessage();
        } else if (!outcome.decision.keep) {
            action = outcome.removed ? tr("REMOVED") : tr("WOULD REMOVE");
        }
        const QString file = outcome.snapshotPath.isEmpty()
            ? tr("%1 (snapshot missing)").arg(root.relativeFilePath(outcome.metadataPath))
            : root.relativeFilePath(outcome.snapshotPath);
        rows.append(
            { backup.time.isValid() ? backup.time.toTimeZone(m_zone).toString(u"yyyy-MM-dd HH:mm:ss"_s) : u"-"_s,
                file,
                outcome.snapshotPath.isEmpty() ? u"-"_s : OutputPrinter::formatSize(outcome.size),
                action,
                reasons });
    }
    flush();
}

QStringList PruneCommand::serverCollections(const QList<LocalBackup> &backups)
{
    const CliOptions &options = m_context.options;
    QStringList collections;
    for (const QString &collection : options.collections) {
        if (!collections.contains(collection))
            collections.append(collection);
    }
    if (!collections.isEmpty())
        return collections;
    const QString server = serverKey(m_context.client.endpoint().displayUrl());
    QStringList otherHosts;
    for (const LocalBackup &backup : backups) {
        const SnapshotMetadata &metadata = backup.metadata;
        if (!backup.hasMetadata || metadata.collection.isEmpty())
            continue;
        if (serverKey(metadata.host) != server) {
            if (!otherHosts.contains(metadata.host))
                otherHosts.append(metadata.host);
        } else if (!collections.contains(metadata.collection)) {
            collections.append(metadata.collection);
        }
    }
    collections.sort();
    if (!otherHosts.isEmpty())
        m_context.output.printWarning(
            tr("backups of other servers are in %1 (%2); their collections are not pruned on %3.")
                .arg(m_dir, otherHosts.join(u", "_s), m_context.client.endpoint().displayUrl()));
    return collections;
}

QList<PendingJob> PruneCommand::journaledJobs() const
{
    // Another snapdock process (a backup cron, the desktop application) may be downloading one of the
    // snapshots, or may resume a download it was interrupted in: its journal row names the snapshot.
    JobJournal own;
    const JobJournal *journal = m_context.journal;
    if (!journal) {
        if (auto opened = own.open(JobJournal::defaultPath()); !opened) {
            m_context.output.printWarning(
                tr("cannot read the job journal, so the snapshots that running jobs download are not known: %1")
                    .arg(opened.error().userMessage()));
            return {};
        }
        journal = &own;
    }
    Result<QList<PendingJob>> jobs = journal->jobs();
    if (!jobs) {
        m_context.output.printWarning(
            tr("cannot read the job journal, so the snapshots that running jobs download are not known: %1")
                .arg(jobs.error().userMessage()));
        return {};
    }
    return *jobs;
}

QSet<QString> PruneCommand::namesInUse(const QList<PendingJob> &jobs, const QString &collection) const
{
    const QString server = serverKey(m_context.client.endpoint().displayUrl());
    QSet<QString> names;
    for (const PendingJob &job : jobs) {
        if (job.collection == collection && serverKey(job.host) == server && job.checkpoint.isValid())
            names.insert(job.checkpoint.snapshotName);
    }
    return names;
}

void PruneCommand::pruneServer(const QStringList &collections)
{
    const CliOptions &options = m_context.options;
    if (collections.isEmpty()) {
        m_context.output.printInfo(tr("No collections of %1 found in %2: no server snapshots to prune (name them "
                                      "with --collection).")
                                       .arg(m_context.client.endpoint().displayUrl(), m_dir));
        finish();
        return;
    }
    const QList<PendingJob> jobs = journaledJobs();
    m_runner = new JobRunner(1, this);
    connect(m_runner, &JobRunner::jobFinished, this, &PruneCommand::onServerJobFinished);
    connect(m_runner, &JobRunner::allFinished, this, &PruneCommand::finish);
    for (const QString &collection : collections) {
        ServerPruneRequest request{ collection, options.keepOnServer };
        request.excludedNames = namesInUse(jobs, collection);
        request.dryRun = options.dryRun;
        m_runner->add(new ServerSnapshotPruner(m_context.client, request));
    }
    m_runner->start();
    if (m_cancelRequested)
        m_runner->cancel();
}

void PruneCommand::onServerJobFinished(Job *job)
{
    auto *pruner = qobject_cast<ServerSnapshotPruner *>(job);
    Q_ASSERT(pruner);
    const QString collection = pruner->request().collection;
    const bool dryRun = pruner->request().dryRun;
    OutputPrinter &output = m_context.output;
    for (const QString &warning : pruner->warnings())
        output.printWarning(warning);

    QJsonArray snapshots;
    QList<QStringList> rows{ { tr("CREATED (UTC)"), tr("NAME"), tr("SIZE"), tr("ACTION"), tr("REASON") } };
    for (const ServerSnapshotDecision &decision : pruner->decisions()) {
        QJsonObject object{ { u"name"_s, decision.snapshot.name },
            { u"creationTime"_s, jsonTimeOrNull(decision.snapshot.creationTime) },
            { u"size"_s, decision.snapshot.size },
            { u"action"_s, decision.keep ? u"keep"_s : u"remove"_s },
            { u"reasons"_s, QJsonArray::fromStringList(decision.reasons) },
            { u"deleted"_s, decision.deleted } };
        QString action = decision.keep ? tr("KEEP") : decision.deleted ? tr("REMOVED") : tr("WOULD REMOVE");
        QString reasons = decision.reasons.join(u"; "_s);
        if (decision.error) {
            object.insert(u"error"_s, OutputPrinter::errorToJson(*decision.error));
            action = tr("FAILED");
            reasons += u" — "_s + decision.error->userMessage();
        } else if (!decision.keep && !decision.deleted && !dryRun) {
            action = tr("NOT DONE"); // the job stopped first (cancelled)
        }
        snapshots.append(object);
        rows.append({ decision.snapshot.creationTime.isValid()
                ? decision.snapshot.creationTime.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s)
                : u"-"_s,
            shownName(decision.snapshot.name),
            OutputPrinter::formatSize(decision.snapshot.size),
            action,
            reasons });
        if (decision.keep)
            ++m_serverKept;
        else
            ++m_serverToRemove;
    }
    m_serverDeleted += pruner->deletedCount();
    m_serverBytesFreed += pruner->bytesFreed();

    QJsonObject result{ { u"collection"_s, collection },
        { u"ok"_s, pruner->state() == Job::State::Succeeded },
        { u"snapshots"_s, snapshots } };
    const Error error = pruner->error();
    const bool failed = pruner->state() != Job::State::Succeeded;
    // A collection found only in old local backups may be gone from the server: nothing to prune there.
    const bool collectionGone = failed && error.kind == ErrorKind::NotFound && pruner->decisions().isEmpty()
        && !m_context.options.collections.contains(collection);
    if (failed)
        result.insert(u"error"_s, OutputPrinter::errorToJson(error));
    m_serverJson.append(result);

    if (pruner->state() == Job::State::Cancelled) {
        m_cancelled = true;
    } else if (collectionGone) {
        output.printWarning(tr("collection \"%1\" is not on %2 (any more): no snapshots to prune there.")
                                .arg(collection, m_context.client.endpoint().displayUrl()));
    } else if (failed) {
        ++m_serverFailures;
        if (pruner->decisions().isEmpty())
            output.printError(error.userMessage());
    }
    if (!output.isJson() && !output.isQuiet() && !pruner->decisions().isEmpty()) {
        output.printInfo(tr("Snapshots of \"%1\" on %2:").arg(collection, m_context.client.endpoint().displayUrl()));
        for (const QString &line : formatTable(rows))
            output.printInfo(line);
        output.printInfo(QString());
    }
    for (const ServerSnapshotDecision &decision : pruner->decisions()) {
        if (decision.error)
            output.printError(decision.error->userMessage());
    }
}

void PruneCommand::finish()
{
    const CliOptions &options = m_context.options;
    OutputPrinter &output = m_context.output;
    if (options.keepOnServer > 0) {
        output.setField(u"server"_s,
            QJsonObject{ { u"keepNewest"_s, options.keepOnServer },
                { u"collections"_s, m_serverJson },
                { u"deleted"_s, m_serverDeleted },
                { u"kept"_s, m_serverKept },
                { u"failed"_s, m_serverFailures },
                { u"bytesFreed"_s, m_serverBytesFreed } });
        if (!m_serverJson.isEmpty()) {
            const auto snapshotsText = [](int count) {
                return count == 1 ? tr("1 snapshot") : tr("%1 snapshots").arg(count);
            };
            const QString freed = OutputPrinter::formatSize(m_serverBytesFreed);
            output.printInfo(options.dryRun ? tr("Server: would delete %1, %2 would be freed; would keep %3.")
                                                  .arg(snapshotsText(m_serverToRemove), freed)
                                                  .arg(m_serverKept)
                                            : tr("Server: deleted %1, %2 freed; kept %3.")
                                                  .arg(snapshotsText(m_serverDeleted), freed)
                                                  .arg(m_serverKept));
        }
    }
    if (m_cancelled || m_cancelRequested)
        finishWith(ExitCode::Cancelled);
    else if (m_localFailures > 0 || m_serverFailures > 0)
        finishWith(ExitCode::PartialFailure);
    else
        finishWith(ExitCode::Ok);
}

} // namespace Snapdock::Cli
