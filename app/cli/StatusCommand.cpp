// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/StatusCommand.h"

#include "cli/OutputPrinter.h"
#include "cli/TextTable.h"
#include "core/catalog/BackupCatalog.h"
#include "core/support/Duration.h"

#include <QDir>
#include <QJsonObject>
#include <QPointer>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock::Cli {

namespace {

// Runs on the worker thread: touches nothing but its arguments.
Result<StatusReport> evaluate(const QString &folder,
    qint64 maxAgeSeconds,
    const QStringList &collections,
    const std::shared_ptr<std::atomic_bool> &cancelled)
{
    Result<QList<LocalBackup>> backups = BackupCatalog::scan(folder);
    if (!backups)
        return fail(backups.error());
    const RecoveryPointWatchdog::Verifier checksum = RecoveryPointWatchdog::checksumVerifier();
    RecoveryPointWatchdog watchdog(maxAgeSeconds, [cancelled, checksum](const LocalBackup &backup) -> Result<bool> {
        if (cancelled->load())
            return fail(Error::make(ErrorKind::Cancelled, QString()));
        return checksum(backup);
    });
    watchdog.setCollections(collections);
    StatusReport report;
    report.folder = QDir(folder).absolutePath();
    report.generatedAt = QDateTime::currentDateTimeUtc();
    report.maxAgeSeconds = maxAgeSeconds;
    report.points = watchdog.evaluate(*backups, report.generatedAt);
    report.backupsWithoutMetadata = RecoveryPointWatchdog::unattributedCount(*backups);
    if (cancelled->load())
        return fail(Error::make(ErrorKind::Cancelled, QString()));
    return report;
}

QString statusText(const RecoveryPoint &point)
{
    switch (point.breach) {
    case BreachReason::None:
        return StatusCommand::tr("ok");
    case BreachReason::NoBackup:
        return StatusCommand::tr("NO BACKUP");
    case BreachReason::NotVerified:
        return StatusCommand::tr("NOT VERIFIED");
    case BreachReason::TooOld:
        return StatusCommand::tr("TOO OLD");
    }
    return {};
}

QString shownTime(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) : u"-"_s;
}

} // namespace

StatusCommand::StatusCommand(const CommandContext &context, QObject *parent)
    : Command(context, parent)
{}

StatusCommand::~StatusCommand()
{
    m_cancelled->store(true);
    if (m_worker)
        m_worker->wait();
}

void StatusCommand::start()
{
    m_context.output.setField(u"host"_s, QJsonValue::Null); // no server involved
    const CliOptions &options = m_context.options;
    QPointer<StatusCommand> self(this);
    auto cancelled = m_cancelled;
    m_worker.reset(QThread::create(
        [self, cancelled, folder = options.dir, maxAge = options.maxAgeSeconds, collections = options.collections] {
            const Result<StatusReport> report = evaluate(folder, maxAge, collections, cancelled);
            // Queued: runs in the command's thread, and not at all once the command is gone.
            QMetaObject::invokeMethod(
                self.data(),
                [self, report] {
                    if (self)
                        self->onEvaluated(report);
                },
                Qt::QueuedConnection);
        }));
    m_worker->start();
}

void StatusCommand::cancel()
{
    m_cancelled->store(true);
}

void StatusCommand::onEvaluated(const Result<StatusReport> &report)
{
    if (m_cancelled->load() || (!report && report.error().kind == ErrorKind::Cancelled)) {
        finishWith(ExitCode::Cancelled);
        return;
    }
    if (!report) {
        failWith(report.error());
        return;
    }
    const QJsonObject json = report->toJson();
    for (auto it = json.begin(); it != json.end(); ++it)
        m_context.output.setField(it.key(), it.value());
    if (report->points.isEmpty()) {
        const QString message = tr("no backups found in %1: there is no recovery point at all.")
                                    .arg(QDir::toNativeSeparators(m_context.options.dir));
        m_context.output.printError(message);
        m_context.output.setField(u"error"_s, QJsonObject{ { u"code"_s, u"no_backups"_s }, { u"message"_s, message } });
        finishWith(ExitCode::RecoveryPointTooOld);
        return;
    }
    print(*report);
    const int breaches = report->breachCount();
    if (breaches == 0) {
        finishWith(ExitCode::Ok);
        return;
    }
    m_context.output.printError(tr("%1 of %2 recovery points breach the maximum age of %3.")
                                    .arg(breaches)
                                    .arg(report->points.size())
                                    .arg(formatDuration(report->maxAgeSeconds)));
    finishWith(ExitCode::RecoveryPointTooOld);
}

void StatusCommand::print(const StatusReport &report)
{
    OutputPrinter &output = m_context.output;
    TextTable table(
        { tr("COLLECTION"), tr("HOST"), tr("LAST VERIFIED BACKUP"), tr("AGE"), tr("NEWEST OK"), tr("STATUS") });
    for (const RecoveryPoint &point : report.points) {
        const QString newest = point.newestFile.isEmpty() ? u"-"_s : point.newestVerified ? tr("yes") : tr("NO");
        table.addRow({ point.fullStorage ? tr("(full storage)") : point.collection,
            point.host.isEmpty() ? u"-"_s : point.host,
            shownTime(point.verifiedTime),
            point.ageSeconds >= 0 ? formatDuration(point.ageSeconds) : u"-"_s,
            newest,
            statusText(point) });
        if (!point.newestFile.isEmpty() && !point.newestVerified) {
            output.printWarning(tr("the newest backup %1 does not verify: %2")
                                    .arg(QDir::toNativeSeparators(point.newestFile), point.newestProblem));
        }
    }
    output.printInfo(tr("Recovery points in %1 (maximum age %2):")
                         .arg(QDir::toNativeSeparators(report.folder), formatDuration(report.maxAgeSeconds)));
    output.printInfo(table.toString().chopped(1));
    if (report.backupsWithoutMetadata > 0)
        output.printWarning(
            tr("%n backup file(s) without metadata are not counted.", nullptr, report.backupsWithoutMetadata));
}

} // namespace Snapdock::Cli
