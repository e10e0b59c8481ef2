// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "emulator/EmulatorTypes.h"

#include <QJsonObject>
#include <QList>

namespace Snapdock::Emulator {

// JSON (de)serialisation of the emulator's public types, used by the HTTP control API.
class EmulatorJson
{
public:
    // Accepts {"method","pathPrefix","kind":"DropAfterBytes"|…,"value","status","body","contentType","retryAfter",
    // "hostileName","times"}; returns false (and sets `error`) for an unknown kind.
    static bool faultFromJson(const QJsonObject &json, Fault &fault, QString &error);
    // Accepts {"name","vectors","shardNumber"|"shard_number","pointsCount"|"points_count","payloadSchema"|
    // "payload_schema","aliases","status"}.
    static bool collectionSpecFromJson(const QJsonObject &json, CollectionSpec &spec, QString &error);
    static QJsonObject requestToJson(const RecordedRequest &request);
    static QString kindName(FaultKind kind);
};

} // namespace Snapdock::Emulator
