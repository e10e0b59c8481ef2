// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/history/HistoryCsvWriter.h"

#include <QIODevice>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

namespace {

QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(u'"', u"\"\""_s);
    return u'"' + quoted + u'"';
}

QString csvTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

HistoryCsvWriter::HistoryCsvWriter(QIODevice &device)
    : m_device(device)
{}

VoidResult HistoryCsvWriter::writeLine(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &field : fields)
        quoted.append(csvField(field));
    const QByteArray line = (quoted.join(u',') + u"\r\n"_s).toUtf8();
    if (m_device.write(line) != line.size())
        return fail(
            Error::make(ErrorKind::LocalIoError, u"exporting the history: writing failed"_s, m_device.errorString()));
    return {};
}

VoidResult HistoryCsvWriter::writeHeader()
{
    return writeLine({ u"id"_s,
        u"job_id"_s,
        u"kind"_s,
        u"host"_s,
        u"profile"_s,
        u"collection"_s,
        u"title"_s,
        u"started_at"_s,
        u"finished_at"_s,
        u"outcome"_s,
        u"bytes"_s,
        u"sha256"_s,
        u"file_path"_s,
        u"error_text"_s,
        u"snapshot_name"_s });
}

VoidResult HistoryCsvWriter::writeRecord(const HistoryRecord &r)
{
    return writeLine({ QString::number(r.id),
        QString::number(r.jobId),
        jobKindName(r.kind),
        r.host,
        r.profileName,
        r.collection,
        r.title,
        csvTime(r.startedAt),
        csvTime(r.finishedAt),
        historyOutcomeName(r.outcome),
        QString::number(r.bytes),
        r.sha256,
        r.filePath,
        r.errorText,
        r.snapshotName });
}

} // namespace Snapdock
