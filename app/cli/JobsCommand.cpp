// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/JobsCommand.h"

#include "cli/JobSelection.h"
#include "cli/OutputPrinter.h"
#include "core/jobs/JobJournal.h"
#include "core/jobs/JobRebuilder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock::Cli {

namespace {

// Bytes in the job's .part now; -1 when it has none.
qint64 partBytes(const PendingJob &job)
{
    const QFileInfo part(job.checkpoint.partPath);
    return job.checkpoint.isValid() && part.isFile() ? part.size() : -1;
}

QJsonValue optionalBytes(qint64 bytes)
{
    return bytes >= 0 ? QJsonValue(bytes) : QJsonValue();
}

QJsonObject toJson(const PendingJob &job)
{
    const QString part = job.checkpoint.partPath;
    return QJsonObject{
        { u"id"_s, job.id },
        { u"kind"_s, jobKindName(job.kind) },
        { u"collection"_s, job.collection.isEmpty() ? QJsonValue() : QJsonValue(job.collection) },
        { u"host"_s, job.host },
        { u"title"_s, job.title },
        { u"profile"_s, job.profileName.isEmpty() ? QJsonValue() : QJsonValue(job.profileName) },
        { u"file"_s, JobRebuilder::targetFile(job) },
        { u"snapshot"_s, job.checkpoint.isValid() ? QJsonValue(job.checkpoint.snapshotName) : QJsonValue() },
        { u"partFile"_s, part.isEmpty() ? QJsonValue() : QJsonValue(part) },
        { u"partBytes"_s, optionalBytes(partBytes(job)) },
        { u"totalBytes"_s, optionalBytes(job.checkpoint.totalSize) },
        { u"createdAt"_s, job.createdAt.toString(Qt::ISODate) },
        { u"interruptedSince"_s, job.updatedAt.toString(Qt::ISODate) },
        { u"ownerPid"_s, job.ownerPid },
    };
}

} // namespace

JobsCommand::JobsCommand(const CommandContext &context, QObject *parent)
    : Command(context, parent)
{}

void JobsCommand::start()
{
    CliOptions everything = m_context.options;
    everything.all = true;
    const Result<QList<PendingJob>> jobs = selectInterruptedJobs(m_context.journal, everything);
    if (!jobs) {
        failWith(jobs.error());
        return;
    }
    QJsonArray array;
    for (const PendingJob &job : *jobs)
        array.append(toJson(job));
    m_context.output.setField(u"jobs"_s, array);
    if (jobs->isEmpty()) {
        m_context.output.printInfo(tr("No interrupted jobs."));
        finishWith(ExitCode::Ok);
        return;
    }
    QList<QStringList> rows{
        { tr("ID"), tr("KIND"), tr("COLLECTION"), tr("HOST"), tr("DOWNLOADED"), tr("INTERRUPTED SINCE"), tr("FILE") }
    };
    for (const PendingJob &job : *jobs) {
        const qint64 kept = partBytes(job);
        QString downloaded = u"-"_s;
        if (kept >= 0 && job.checkpoint.totalSize > 0) {
            downloaded = tr("%1 of %2")
                             .arg(OutputPrinter::formatSize(kept), OutputPrinter::formatSize(job.checkpoint.totalSize));
        } else if (kept >= 0) {
            downloaded = OutputPrinter::formatSize(kept);
        }
        rows.append({ QString::number(job.id),
            jobKindName(job.kind),
            job.collection.isEmpty() ? tr("(full storage)") : job.collection,
            job.host,
            downloaded,
            job.updatedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s),
            QDir::toNativeSeparators(JobRebuilder::targetFile(job)) });
    }
    const qsizetype columns = rows.constFirst().size();
    QList<qsizetype> widths(columns, 0);
    for (const QStringList &row : std::as_const(rows)) {
        for (qsizetype column = 0; column + 1 < columns; ++column)
            widths[column] = std::max(widths[column], row.at(column).size());
    }
    for (const QStringList &row : std::as_const(rows)) {
        QString line;
        for (qsizetype column = 0; column + 1 < columns; ++column)
            line += row.at(column).leftJustified(widths[column] + 2);
        m_context.output.printData(line + row.constLast());
    }
    m_context.output.printInfo(tr("Resume them with 'snapdock-cli resume --all' (or --job ID), or drop them and "
                                  "their partial files with 'snapdock-cli discard'."));
    finishWith(ExitCode::Ok);
}

} // namespace Snapdock::Cli
