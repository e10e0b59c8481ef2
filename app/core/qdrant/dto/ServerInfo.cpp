// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/qdrant/dto/ServerInfo.h"

#include "core/qdrant/dto/JsonFields.h"

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

Result<ServerInfo> ServerInfo::fromJson(const QJsonValue &value)
{
    auto object = JsonFields::requireObject(value, u"server information"_s);
    if (!object)
        return fail(object.error());
    const JsonFields fields(*object, u"server information"_s);
    ServerInfo info;
    auto version = fields.string(u"version"_s);
    if (!version)
        return fail(version.error());
    info.version = *version;
    info.title = fields.optionalString(u"title"_s).value_or(QString());
    info.commit = fields.optionalString(u"commit"_s).value_or(QString());
    return info;
}

} // namespace Snapdock
