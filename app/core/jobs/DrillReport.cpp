// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jobs/DrillReport.h"

#include "core/support/Translation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

namespace {

QString tr(const char *text)
{
    return translateWithFallback("Snapdock::DrillReport", text);
}

QString notRecorded()
{
    return tr("not recorded");
}

// QJsonObject keeps its keys sorted, so the compact text is already a key-order-independent canonical form.
QString canonicalJson(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return {};
}

// Qdrant leaves sparse_vectors out when a collection has none; the metadata stores that as null.
bool hasNoSparseVectors(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull() || (value.isObject() && value.toObject().isEmpty());
}

// field name → data type; the per-field "points" counts differ by design and the params are index tuning.
QMap<QString, QString> schemaTypes(const QJsonObject &schema)
{
    QMap<QString, QString> types;
    for (auto it = schema.begin(); it != schema.end(); ++it)
        types.insert(it.key(), it.value().toObject().value(u"data_type"_s).toString());
    return types;
}

QString describeSchema(const QMap<QString, QString> &types)
{
    if (types.isEmpty())
        return tr("no indexed fields");
    QStringList fields;
    for (auto it = types.begin(); it != types.end(); ++it)
        fields.append(it.key() + u": "_s + it.value());
    return fields.join(u", "_s);
}

DrillCheck pointsCheck(const SnapshotMetadata &recorded, const CollectionInfo &restored)
{
    DrillCheck check{ u"points_count"_s, QString(), QString(), false };
    check.expected = recorded.pointsCount >= 0 ? QString::number(recorded.pointsCount) : notRecorded();
    check.actual = restored.pointsCount >= 0 ? QString::number(restored.pointsCount) : tr("unknown");
    check.ok = recorded.pointsCount >= 0 && recorded.pointsCount == restored.pointsCount;
    return check;
}

DrillCheck vectorsCheck(const SnapshotMetadata &recorded, const CollectionInfo &restored)
{
    DrillCheck check{ u"vectors"_s, QString(), QString(), false };
    const QString expected = canonicalJson(recorded.vectors);
    const QString actual = canonicalJson(restored.vectors);
    check.expected = expected.isEmpty() ? notRecorded() : expected;
    check.actual = actual.isEmpty() ? tr("none") : actual;
    check.ok = !expected.isEmpty() && expected == actual;
    return check;
}

DrillCheck sparseVectorsCheck(const SnapshotMetadata &recorded, const CollectionInfo &restored)
{
    DrillCheck check{ u"sparse_vectors"_s, QString(), QString(), false };
    const bool expectedNone = hasNoSparseVectors(recorded.sparseVectors);
    const bool actualNone = hasNoSparseVectors(restored.sparseVectors);
    check.expected = expectedNone ? tr("none") : canonicalJson(recorded.sparseVectors);
    check.actual = actualNone ? tr("none") : canonicalJson(restored.sparseVectors);
    check.ok = expectedNone == actualNone && (expectedNone || check.expected == check.actual);
    return check;
}

DrillCheck shardCheck(const SnapshotMetadata &recorded, const CollectionInfo &restored)
{
    DrillCheck check{ u"shard_number"_s, QString(), QString(), false };
    check.expected = recorded.shardNumber > 0 ? QString::number(recorded.shardNumber) : notRecorded();
    check.actual = QString::number(restored.shardNumber);
    check.ok = recorded.shardNumber > 0 && recorded.shardNumber == restored.shardNumber;
    return check;
}

DrillCheck schemaCheck(const SnapshotMetadata &recorded, const CollectionInfo &restored)
{
    const QMap<QString, QString> expected = schemaTypes(recorded.payloadSchema);
    const QMap<QString, QString> actual = schemaTypes(restored.payloadSchema);
    return DrillCheck{ u"payload_schema"_s, describeSchema(expected), describeSchema(actual), expected == actual };
}

} // namespace

QList<DrillCheck> DrillReport::mismatches() const
{
    QList<DrillCheck> failed;
    for (const DrillCheck &check : checks) {
        if (!check.ok)
            failed.append(check);
    }
    return failed;
}

QJsonObject DrillReport::toJson() const
{
    QJsonArray list;
    for (const DrillCheck &check : checks) {
        list.append(QJsonObject{ { u"name"_s, check.name },
            { u"expected"_s, check.expected },
            { u"actual"_s, check.actual },
            { u"ok"_s, check.ok } });
    }
    return QJsonObject{ { u"collection"_s, collection },
        { u"snapshotFile"_s, snapshotFile },
        { u"sha256"_s, sha256 },
        { u"scratchCollection"_s, scratchCollection },
        { u"scratchRemoved"_s, scratchRemoved },
        { u"passed"_s, compared() ? QJsonValue(passed) : QJsonValue(QJsonValue::Null) },
        { u"checks"_s, list } };
}

QList<DrillCheck> DrillReport::compare(const SnapshotMetadata &recorded, const CollectionInfo &restored)
{
    return { pointsCheck(recorded, restored),
        vectorsCheck(recorded, restored),
        sparseVectorsCheck(recorded, restored),
        shardCheck(recorded, restored),
        schemaCheck(recorded, restored) };
}

} // namespace Snapdock
