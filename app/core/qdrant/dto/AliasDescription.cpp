// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/qdrant/dto/AliasDescription.h"

#include "core/qdrant/dto/JsonFields.h"

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

Result<QList<AliasDescription>> AliasDescription::listFromJson(const QJsonValue &value)
{
    auto object = JsonFields::requireObject(value, u"alias list"_s);
    if (!object)
        return fail(object.error());
    auto array = JsonFields(*object, u"alias list"_s).array(u"aliases"_s);
    if (!array)
        return fail(array.error());
    QList<AliasDescription> aliases;
    for (const QJsonValue &item : *array) {
        auto entry = JsonFields::requireObject(item, u"alias"_s);
        if (!entry)
            return fail(entry.error());
        const JsonFields fields(*entry, u"alias"_s);
        auto alias = fields.string(u"alias_name"_s);
        if (!alias)
            return fail(alias.error());
        auto collection = fields.string(u"collection_name"_s);
        if (!collection)
            return fail(collection.error());
        aliases.append(AliasDescription{ *alias, *collection });
    }
    return aliases;
}

} // namespace Snapdock
