// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scheduling/Schedule.h"

#include "core/support/Translation.h"

#include <QCoreApplication>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

namespace {

QString tr(const char *text)
{
    return translateWithFallback("Snapdock::Schedule", text);
}

Error invalid(const QString &detail)
{
    return Error::make(ErrorKind::InvalidArgument, detail);
}

// Readers for optional members: a missing member keeps the default, a present one must have the right type.
VoidResult readBool(const QJsonObject &json, QLatin1StringView name, bool &target)
{
    const QJsonValue value = json.value(name);
    if (value.isUndefined())
        return {};
    if (!value.isBool())
        return fail(invalid(tr("the schedule's \"%1\" must be true or false").arg(name)));
    target = value.toBool();
    return {};
}

VoidResult readInt(const QJsonObject &json, QLatin1StringView name, int &target)
{
    const QJsonValue value = json.value(name);
    if (value.isUndefined())
        return {};
    if (!value.isDouble() || value.toDouble() != double(value.toInt()))
        return fail(invalid(tr("the schedule's \"%1\" must be a whole number").arg(name)));
    target = value.toInt();
    return {};
}

VoidResult readString(const QJsonObject &json, QLatin1StringView name, QString &target)
{
    const QJsonValue value = json.value(name);
    if (value.isUndefined())
        return {};
    if (!value.isString())
        return fail(invalid(tr("the schedule's \"%1\" must be a string").arg(name)));
    target = value.toString();
    return {};
}

Result<QJsonObject> readObject(const QJsonObject &json, QLatin1StringView name)
{
    const QJsonValue value = json.value(name);
    if (value.isUndefined())
        return QJsonObject();
    if (!value.isObject())
        return fail(invalid(tr("the schedule's \"%1\" must be a JSON object").arg(name)));
    return value.toObject();
}

} // namespace

QString Schedule::createId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool Schedule::isWellFormedId(const QString &id)
{
    const QUuid uuid = QUuid::fromString(id);
    return !uuid.isNull() && uuid.toString(QUuid::WithoutBraces) == id;
}

VoidResult Schedule::validate(const Schedule &schedule)
{
    if (schedule.name.trimmed().isEmpty())
        return fail(invalid(tr("the schedule needs a name")));
    if (!schedule.id.isEmpty() && !isWellFormedId(schedule.id))
        return fail(invalid(tr("\"%1\" is not a valid schedule id").arg(schedule.id)));
    if (schedule.profileId.isEmpty())
        return fail(invalid(tr("the schedule needs a host to back up")));
    if (!isWellFormedId(schedule.profileId))
        return fail(invalid(tr("\"%1\" is not a valid connection profile id").arg(schedule.profileId)));
    if (VoidResult selection = schedule.selection.validate(); !selection)
        return selection;
    if (VoidResult folder = FolderTemplate::validate(schedule.folderTemplate); !folder)
        return folder;
    if (schedule.keepOnServer < 0 || schedule.keepOnServer > MAX_KEEP_ON_SERVER) {
        return fail(
            invalid(tr("the number of snapshots to keep on the server must be from 0 to %1").arg(MAX_KEEP_ON_SERVER)));
    }
    if (schedule.maxAgeHours < 0 || schedule.maxAgeHours > MAX_AGE_HOURS_LIMIT) {
        return fail(invalid(
            tr("the maximum age of the newest backup must be from 0 (off) to %1 hours").arg(MAX_AGE_HOURS_LIMIT)));
    }
    if (schedule.drill.everyDays < 1 || schedule.drill.everyDays > MAX_DRILL_EVERY_DAYS)
        return fail(invalid(tr("restore drills must be every 1 to %1 days").arg(MAX_DRILL_EVERY_DAYS)));
    if (!schedule.drill.targetProfileId.isEmpty() && !isWellFormedId(schedule.drill.targetProfileId)) {
        return fail(invalid(
            tr("\"%1\" is not a valid connection profile id for restore drills").arg(schedule.drill.targetProfileId)));
    }
    if (!schedule.webhookUrl.isEmpty()) {
        const QUrl &url = schedule.webhookUrl;
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || (scheme != u"http"_s && scheme != u"https"_s) || url.host().isEmpty()) {
            return fail(invalid(tr("the webhook URL \"%1\" must be an http:// or https:// URL with a host")
                                    .arg(url.toDisplayString())));
        }
    }
    return {};
}

QJsonObject Schedule::toJson() const
{
    return QJsonObject{
        { u"id"_s, id },
        { u"name"_s, name },
        { u"enabled"_s, enabled },
        { u"profileId"_s, profileId },
        { u"selection"_s, selection.toJson() },
        { u"folderTemplate"_s, folderTemplate },
        { u"timing"_s, timing.toJson() },
        { u"retention"_s, retention },
        { u"keepOnServer"_s, keepOnServer },
        { u"drill"_s,
            QJsonObject{
                { u"enabled"_s, drill.enabled },
                { u"everyDays"_s, drill.everyDays },
                { u"targetProfileId"_s, drill.targetProfileId },
            } },
        { u"maxAgeHours"_s, maxAgeHours },
        { u"webhook"_s,
            QJsonObject{
                { u"url"_s, webhookUrl.toString(QUrl::FullyEncoded) },
                { u"onSuccess"_s, webhookOnSuccess },
                { u"onFailure"_s, webhookOnFailure },
            } },
        { u"createdAt"_s, createdAt.isValid() ? createdAt.toUTC().toString(Qt::ISODateWithMs) : QString() },
    };
}

Result<Schedule> Schedule::fromJson(const QJsonObject &json)
{
    Schedule schedule;
    if (!json.value("name"_L1).isString())
        return fail(invalid(tr("the schedule has no \"name\"")));
    if (!json.value("timing"_L1).isObject())
        return fail(invalid(tr("the schedule has no \"timing\"")));

    Result<QJsonObject> selection = readObject(json, "selection"_L1);
    Result<QJsonObject> retention = readObject(json, "retention"_L1);
    Result<QJsonObject> drill = readObject(json, "drill"_L1);
    Result<QJsonObject> webhook = readObject(json, "webhook"_L1);
    for (const Result<QJsonObject> *object : { &selection, &retention, &drill, &webhook }) {
        if (!*object)
            return fail(object->error());
    }

    QString webhookUrl;
    QString createdAt;
    for (const VoidResult &step : { readString(json, "id"_L1, schedule.id),
             readString(json, "name"_L1, schedule.name),
             readBool(json, "enabled"_L1, schedule.enabled),
             readString(json, "profileId"_L1, schedule.profileId),
             readString(json, "folderTemplate"_L1, schedule.folderTemplate),
             readInt(json, "keepOnServer"_L1, schedule.keepOnServer),
             readInt(json, "maxAgeHours"_L1, schedule.maxAgeHours),
             readString(json, "createdAt"_L1, createdAt),
             readBool(*drill, "enabled"_L1, schedule.drill.enabled),
             readInt(*drill, "everyDays"_L1, schedule.drill.everyDays),
             readString(*drill, "targetProfileId"_L1, schedule.drill.targetProfileId),
             readString(*webhook, "url"_L1, webhookUrl),
             readBool(*webhook, "onSuccess"_L1, schedule.webhookOnSuccess),
             readBool(*webhook, "onFailure"_L1, schedule.webhookOnFailure) }) {
        if (!step)
            return fail(step.error());
    }

    Result<ScheduleSelection> parsedSelection = ScheduleSelection::fromJson(*selection);
    if (!parsedSelection)
        return fail(parsedSelection.error());
    schedule.selection = *parsedSelection;
    Result<ScheduleTiming> timing = ScheduleTiming::fromJson(json.value("timing"_L1).toObject());
    if (!timing)
        return fail(timing.error());
    schedule.timing = *timing;
    schedule.retention = *retention;
    schedule.webhookUrl = webhookUrl.isEmpty() ? QUrl() : QUrl(webhookUrl, QUrl::StrictMode);
    if (!createdAt.isEmpty()) {
        schedule.createdAt = QDateTime::fromString(createdAt, Qt::ISODateWithMs).toUTC();
        if (!schedule.createdAt.isValid())
            return fail(invalid(tr("the schedule's \"createdAt\" is not a date and time (ISO 8601)")));
    }
    return schedule;
}

} // namespace Snapdock
