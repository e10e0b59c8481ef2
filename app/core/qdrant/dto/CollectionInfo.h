// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/support/Result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace Snapdock {

// GET /collections/{c}: what a backup records and what a restore must match (vectors, shard number).
struct CollectionInfo
{
    QString name; // filled by the caller: the response does not repeat it
    QString status; // green | yellow | grey | red
    qint64 pointsCount = -1; // approximate; -1 when the server gives null
    qint64 indexedVectorsCount = -1;
    qint64 segmentsCount = -1;
    QJsonValue vectors; // config.params.vectors: {size, distance} or a map of named vectors
    QJsonValue sparseVectors; // config.params.sparse_vectors, or undefined
    int shardNumber = 0;
    int replicationFactor = 0;
    QJsonObject payloadSchema;
    QJsonObject config; // the whole config, for metadata and diagnostics

    // One line, e.g. "4 × Cosine" or "text: 384 × Cosine, image: 512 × Dot".
    [[nodiscard]] QString vectorsSummary() const;

    [[nodiscard]] static Result<CollectionInfo> fromJson(const QString &name, const QJsonValue &value);
    // GET /collections → names only.
    [[nodiscard]] static Result<QStringList> namesFromJson(const QJsonValue &value);
};

} // namespace Snapdock
