// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/monitoring/WebhookSummary.h"

#include "core/history/HistoryRecord.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

namespace {

QJsonValue timeToJson(const QDateTime &time)
{
    if (!time.isValid())
        return QJsonValue(QJsonValue::Null);
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QJsonObject WebhookSummary::toJson() const
{
    QJsonArray backupList;
    for (const Backup &backup : backups) {
        backupList.append(QJsonObject{ { u"collection"_s, textOrNull(backup.collection) },
            { u"file"_s, textOrNull(backup.file) },
            { u"size"_s, backup.size >= 0 ? QJsonValue(backup.size) : QJsonValue(QJsonValue::Null) },
            { u"sha256"_s, textOrNull(backup.sha256) },
            { u"outcome"_s, backup.outcome },
            { u"error"_s, textOrNull(backup.error) } });
    }
    return QJsonObject{ { u"schedule"_s, schedule },
        // A webhook often ends up in a chat channel: the host goes there without anything that could be a key.
        { u"host"_s, HistoryRecord::credentialFreeHost(host) },
        { u"outcome"_s, outcome },
        { u"startedAt"_s, timeToJson(startedAt) },
        { u"finishedAt"_s, timeToJson(finishedAt) },
        { u"backups"_s, backupList },
        { u"pruned"_s, QJsonArray::fromStringList(pruned) },
        { u"drill"_s, drill ? QJsonValue(drill->toJson()) : QJsonValue(QJsonValue::Null) } };
}

QByteArray WebhookSummary::toBody() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

} // namespace Snapdock
