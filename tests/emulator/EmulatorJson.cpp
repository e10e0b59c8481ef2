// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "emulator/EmulatorJson.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock::Emulator {

namespace {

struct KindName
{
    FaultKind kind;
    const char16_t *name;
};

constexpr KindName KIND_NAMES[] = {
    { FaultKind::DropAfterBytes, u"DropAfterBytes" },
    { FaultKind::StallAfterBytes, u"StallAfterBytes" },
    { FaultKind::DelayResponse, u"DelayResponse" },
    { FaultKind::RespondWithStatus, u"RespondWithStatus" },
    { FaultKind::HostileSnapshotName, u"HostileSnapshotName" },
    { FaultKind::IgnoreRange, u"IgnoreRange" },
};

QJsonValue firstOf(const QJsonObject &json, QLatin1StringView a, QLatin1StringView b)
{
    return json.contains(a) ? json.value(a) : json.value(b);
}

} // namespace

QString EmulatorJson::kindName(FaultKind kind)
{
    for (const auto &entry : KIND_NAMES) {
        if (entry.kind == kind) {
            return QString::fromUtf16(entry.name);
        }
    }
    return {};
}

bool EmulatorJson::faultFromJson(const QJsonObject &json, Fault &fault, QString &error)
{
    const QString kind = json.value("kind"_L1).toString();
    bool found = false;
    for (const auto &entry : KIND_NAMES) {
        if (kind.compare(QString::fromUtf16(entry.name), Qt::CaseInsensitive) == 0) {
            fault.kind = entry.kind;
            found = true;
        }
    }
    if (!found) {
        error = u"unknown fault kind '"_s % kind % u"'"_s;
        return false;
    }
    fault.method = json.value("method"_L1).toString();
    fault.pathPrefix = firstOf(json, "pathPrefix"_L1, "path_prefix"_L1).toString();
    fault.value = static_cast<qint64>(json.value("value"_L1).toDouble());
    fault.status = json.value("status"_L1).toInt();
    fault.body = json.value("body"_L1).toString().toUtf8();
    fault.contentType = firstOf(json, "contentType"_L1, "content_type"_L1).toString().toUtf8();
    fault.retryAfter = firstOf(json, "retryAfter"_L1, "retry_after"_L1).toString();
    fault.hostileName = firstOf(json, "hostileName"_L1, "hostile_name"_L1).toString();
    fault.times = json.value("times"_L1).toInt(1);
    return true;
}

bool EmulatorJson::collectionSpecFromJson(const QJsonObject &json, CollectionSpec &spec, QString &error)
{
    spec.name = json.value("name"_L1).toString();
    if (spec.name.isEmpty()) {
        error = u"missing collection name"_s;
        return false;
    }
    spec.vectors = json.value("vectors"_L1).toObject();
    spec.shardNumber = firstOf(json, "shardNumber"_L1, "shard_number"_L1).toInt(1);
    spec.pointsCount = static_cast<qint64>(firstOf(json, "pointsCount"_L1, "points_count"_L1).toDouble());
    spec.payloadSchema = firstOf(json, "payloadSchema"_L1, "payload_schema"_L1).toObject();
    spec.aliases.clear();
    const QJsonArray aliases = json.value("aliases"_L1).toArray();
    for (const QJsonValue &alias : aliases) {
        spec.aliases.append(alias.toString());
    }
    spec.status = json.value("status"_L1).toString(u"green"_s);
    if (spec.shardNumber < 1) {
        error = u"shard number must be at least 1"_s;
        return false;
    }
    return true;
}

QJsonObject EmulatorJson::requestToJson(const RecordedRequest &request)
{
    QJsonObject headers;
    for (auto it = request.headers.cbegin(); it != request.headers.cend(); ++it) {
        headers.insert(QString::fromLatin1(it.key()), QString::fromLatin1(it.value()));
    }
    return QJsonObject{ { u"method"_s, QString::fromLatin1(request.method) },
        { u"path"_s, request.path },
        { u"rawTarget"_s, request.rawTarget },
        { u"headers"_s, headers } };
}

} // namespace Snapdock::Emulator
