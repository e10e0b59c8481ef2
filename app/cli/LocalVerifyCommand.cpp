// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/LocalVerifyCommand.h"

#include "cli/OutputPrinter.h"
#include "cli/ProgressPrinter.h"
#include "cli/TextTable.h"
#include "core/catalog/FolderVerifyJob.h"

#include <QDir>
#include <QJsonArray>
#include <QMap>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock::Cli {

namespace {

constexpr LocalVerifyStatus ALL_STATUSES[] = { LocalVerifyStatus::Ok,
    LocalVerifyStatus::Mismatch,
    LocalVerifyStatus::MissingMetadata,
    LocalVerifyStatus::Unreadable };

QString statusText(LocalVerifyStatus status)
{
    switch (status) {
    case LocalVerifyStatus::Ok:
        return LocalVerifyCommand::tr("OK");
    case LocalVerifyStatus::Mismatch:
        return LocalVerifyCommand::tr("MISMATCH");
    case LocalVerifyStatus::MissingMetadata:
        return LocalVerifyCommand::tr("MISSING METADATA");
    case LocalVerifyStatus::Unreadable:
        return LocalVerifyCommand::tr("UNREADABLE");
    }
    return {};
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject resultToJson(const LocalVerifyResult &result)
{
    const LocalBackup &backup = result.backup;
    return QJsonObject{ { u"file"_s, backup.snapshotPath },
        { u"metadataFile"_s, textOrNull(backup.metadataPath) },
        { u"collection"_s, backup.hasMetadata ? textOrNull(backup.metadata.collection) : QJsonValue(QJsonValue::Null) },
        { u"host"_s, backup.hasMetadata ? textOrNull(backup.metadata.host) : QJsonValue(QJsonValue::Null) },
        { u"size"_s, backup.fileSize >= 0 ? QJsonValue(backup.fileSize) : QJsonValue(QJsonValue::Null) },
        { u"status"_s, localVerifyStatusName(result.status) },
        { u"sha256"_s, textOrNull(result.sha256) },
        { u"expectedSha256"_s, backup.hasMetadata ? textOrNull(backup.metadata.sha256) : QJsonValue(QJsonValue::Null) },
        { u"problem"_s, textOrNull(result.problem) } };
}

} // namespace

LocalVerifyCommand::LocalVerifyCommand(const CommandContext &context, QObject *parent)
    : Command(context, parent)
{}

LocalVerifyCommand::~LocalVerifyCommand() = default;

void LocalVerifyCommand::start()
{
    m_context.output.setField(u"host"_s, QJsonValue::Null); // no server involved
    m_context.output.setField(u"dir"_s, QDir(m_context.options.dir).absolutePath());
    m_job = new FolderVerifyJob(m_context.options.dir, this);
    connect(m_job, &Job::finished, this, &LocalVerifyCommand::onJobFinished);
    m_context.progress.track(m_job, tr("verify"));
    m_job->start();
    if (m_cancelRequested)
        m_job->cancel();
}

void LocalVerifyCommand::cancel()
{
    m_cancelRequested = true;
    if (m_job)
        m_job->cancel();
}

void LocalVerifyCommand::onJobFinished()
{
    m_job->deleteLater();
    OutputPrinter &output = m_context.output;
    const QList<LocalVerifyResult> &results = m_job->results();
    const Error error = m_job->error();
    if (m_job->state() == Job::State::Cancelled) {
        finishWith(ExitCode::Cancelled);
        return;
    }
    if (m_job->state() == Job::State::Failed && error.kind != ErrorKind::InvalidSnapshot) {
        failWith(error); // the folder could not be listed
        return;
    }

    QMap<LocalVerifyStatus, int> counts;
    QJsonArray list;
    TextTable table({ tr("RESULT"), tr("COLLECTION"), tr("SIZE"), tr("FILE"), tr("PROBLEM") });
    for (const LocalVerifyResult &result : results) {
        ++counts[result.status];
        list.append(resultToJson(result));
        const LocalBackup &backup = result.backup;
        table.addRow({ statusText(result.status),
            backup.hasMetadata && !backup.metadata.collection.isEmpty() ? backup.metadata.collection : u"-"_s,
            backup.fileSize >= 0 ? OutputPrinter::formatSize(backup.fileSize) : u"-"_s,
            QDir::toNativeSeparators(backup.snapshotPath),
            result.problem });
    }
    QJsonObject summary{ { u"total"_s, int(results.size()) } };
    QStringList parts;
    for (const LocalVerifyStatus status : ALL_STATUSES) {
        summary.insert(localVerifyStatusName(status), counts.value(status));
        if (counts.value(status) > 0)
            parts.append(u"%1 %2"_s.arg(counts.value(status)).arg(statusText(status)));
    }
    output.setField(u"backups"_s, list);
    output.setField(u"summary"_s, summary);

    if (results.isEmpty()) {
        const QString message =
            tr("no backups found in %1: nothing to verify.").arg(QDir::toNativeSeparators(m_context.options.dir));
        output.printError(message);
        output.setField(u"error"_s, QJsonObject{ { u"code"_s, u"no_backups"_s }, { u"message"_s, message } });
        finishWith(ExitCode::NotFound);
        return;
    }
    output.printInfo(
        table.toString() + tr("%n backup(s) checked: %1.", nullptr, int(results.size())).arg(parts.join(u", "_s)));
    if (counts.value(LocalVerifyStatus::Ok) == results.size()) {
        finishWith(ExitCode::Ok);
        return;
    }
    output.printError(tr("%1 of %2 backups did not verify.")
                          .arg(results.size() - counts.value(LocalVerifyStatus::Ok))
                          .arg(results.size()));
    finishWith(ExitCode::InvalidSnapshot);
}

} // namespace Snapdock::Cli
