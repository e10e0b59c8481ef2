// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/qdrant/dto/SnapshotDescription.h"

#include "core/qdrant/dto/JsonFields.h"

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

Result<SnapshotDescription> SnapshotDescription::fromJson(const QJsonValue &value)
{
    auto object = JsonFields::requireObject(value, u"snapshot description"_s);
    if (!object)
        return fail(object.error());
    const JsonFields fields(*object, u"snapshot description"_s);
    auto name = fields.string(u"name"_s);
    if (!name)
        return fail(name.error());
    auto size = fields.optionalInteger(u"size"_s, 0);
    if (!size)
        return fail(size.error());
    if (*size < 0)
        return fail(fields.wrongType(u"size"_s, "a size"));
    auto created = fields.optionalString(u"creation_time"_s);
    if (!created)
        return fail(created.error());
    auto checksum = fields.optionalString(u"checksum"_s);
    if (!checksum)
        return fail(checksum.error());

    SnapshotDescription description;
    description.name = *name;
    description.size = *size;
    description.checksum = checksum->trimmed().toLower();
    if (!created->isEmpty()) {
        // Qdrant writes "YYYY-MM-DDTHH:MM:SS" in UTC without a zone.
        QDateTime time = QDateTime::fromString(*created, Qt::ISODate);
        if (time.isValid() && time.timeSpec() == Qt::LocalTime)
            time = QDateTime(time.date(), time.time(), Qt::UTC);
        description.creationTime = time;
    }
    return description;
}

Result<QList<SnapshotDescription>> SnapshotDescription::listFromJson(const QJsonValue &value)
{
    auto array = JsonFields::requireArray(value, u"snapshot list"_s);
    if (!array)
        return fail(array.error());
    QList<SnapshotDescription> list;
    list.reserve(array->size());
    for (const QJsonValue &item : *array) {
        auto description = fromJson(item);
        if (!description)
            return fail(description.error());
        list.append(*description);
    }
    return list;
}

} // namespace Snapdock
