// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/monitoring/StatusReport.h"

#include "core/support/Duration.h"

#include <QJsonArray>

#include <algorithm>

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

QJsonObject pointToJson(const RecoveryPoint &point)
{
    QJsonObject object{ { u"host"_s, textOrNull(point.host) },
        { u"collection"_s, point.fullStorage ? QJsonValue(QJsonValue::Null) : QJsonValue(point.collection) },
        { u"fullStorage"_s, point.fullStorage },
        { u"backups"_s, point.backupCount },
        { u"breached"_s, point.isBreached() },
        { u"reason"_s, breachReasonName(point.breach) } };
    if (point.newestFile.isEmpty()) {
        object.insert(u"newest"_s, QJsonValue::Null);
    } else {
        object.insert(u"newest"_s,
            QJsonObject{ { u"file"_s, point.newestFile },
                { u"time"_s, timeToJson(point.newestTime) },
                { u"verified"_s, point.newestVerified },
                { u"problem"_s, textOrNull(point.newestProblem) } });
    }
    if (point.verifiedFile.isEmpty()) {
        object.insert(u"lastVerified"_s, QJsonValue::Null);
        object.insert(u"ageSeconds"_s, QJsonValue::Null);
        object.insert(u"age"_s, QJsonValue::Null);
    } else {
        object.insert(u"lastVerified"_s,
            QJsonObject{ { u"file"_s, point.verifiedFile }, { u"time"_s, timeToJson(point.verifiedTime) } });
        object.insert(u"ageSeconds"_s, point.ageSeconds);
        object.insert(u"age"_s, formatDuration(std::max<qint64>(0, point.ageSeconds)));
    }
    return object;
}

} // namespace

int StatusReport::breachCount() const
{
    return int(std::count_if(points.cbegin(), points.cend(), [](const RecoveryPoint &point) {
        return point.isBreached();
    }));
}

QJsonObject StatusReport::toJson() const
{
    QJsonArray collections;
    for (const RecoveryPoint &point : points)
        collections.append(pointToJson(point));
    return QJsonObject{ { u"folder"_s, folder },
        { u"generatedAt"_s, timeToJson(generatedAt) },
        { u"maxAgeSeconds"_s, maxAgeSeconds > 0 ? QJsonValue(maxAgeSeconds) : QJsonValue(QJsonValue::Null) },
        { u"maxAge"_s, maxAgeSeconds > 0 ? QJsonValue(formatDuration(maxAgeSeconds)) : QJsonValue(QJsonValue::Null) },
        { u"breaches"_s, breachCount() },
        { u"backupsWithoutMetadata"_s, backupsWithoutMetadata },
        { u"collections"_s, collections } };
}

} // namespace Snapdock
