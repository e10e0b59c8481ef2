// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jobs/SnapshotCompatibility.h"

#include "core/support/Translation.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QVersionNumber>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock::SnapshotCompatibility {

namespace {

QString tr(const char *text)
{
    return translateWithFallback("Snapdock::SnapshotCompatibility", text);
}

// name → "size × distance"; the unnamed default vector is keyed "".
QMap<QString, QString> vectorShapes(const QJsonValue &vectors)
{
    QMap<QString, QString> shapes;
    const QJsonObject object = vectors.toObject();
    auto shape = [](const QJsonObject &params) -> QString {
        return QString::number(params.value(u"size"_s).toInteger()) + u" × "_s + params.value(u"distance"_s).toString();
    };
    if (object.contains(u"size"_s)) {
        shapes.insert(QString(), shape(object));
        return shapes;
    }
    for (auto it = object.begin(); it != object.end(); ++it)
        shapes.insert(it.key(), shape(it.value().toObject()));
    return shapes;
}

QString describe(const QMap<QString, QString> &shapes)
{
    QStringList parts;
    for (auto it = shapes.begin(); it != shapes.end(); ++it)
        parts.append(it.key().isEmpty() ? it.value() : it.key() + u": "_s + it.value());
    return parts.join(u", "_s);
}

} // namespace

QString versionWarning(const QString &backupVersion, const QString &serverVersion)
{
    const QVersionNumber from = QVersionNumber::fromString(backupVersion);
    const QVersionNumber to = QVersionNumber::fromString(serverVersion);
    if (from.segmentCount() < 2 || to.segmentCount() < 2)
        return {};
    const bool sameMajor = from.majorVersion() == to.majorVersion();
    const int minorStep = to.minorVersion() - from.minorVersion();
    if (sameMajor && (minorStep == 0 || minorStep == 1))
        return {};
    return tr("The snapshot was taken on Qdrant %1 and the server runs %2; Qdrant only promises to restore "
              "snapshots from the same or the previous minor version.")
        .arg(backupVersion, serverVersion);
}

QString mismatch(const SnapshotMetadata &snapshot, const CollectionInfo &existing)
{
    QStringList problems;
    if (snapshot.vectors.isObject()) {
        const auto recorded = vectorShapes(snapshot.vectors);
        const auto current = vectorShapes(existing.vectors);
        if (recorded != current) {
            problems.append(
                tr("the collection has vectors %1 but the snapshot has %2").arg(describe(current), describe(recorded)));
        }
    }
    if (snapshot.shardNumber > 0 && existing.shardNumber > 0 && snapshot.shardNumber != existing.shardNumber) {
        problems.append(tr("the collection has %1 shards but the snapshot has %2")
                            .arg(existing.shardNumber)
                            .arg(snapshot.shardNumber));
    }
    if (problems.isEmpty())
        return {};
    return problems.join(u"; "_s) + tr("; Qdrant would refuse it after the upload");
}

} // namespace Snapdock::SnapshotCompatibility
