// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/qdrant/dto/CollectionInfo.h"
#include "core/storage/SnapshotMetadata.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Snapdock {

// One comparison of a restore drill: what the metadata recorded at backup time against what the restored
// scratch collection reports. `name` is stable and machine-readable ("points_count", "vectors",
// "sparse_vectors", "shard_number", "payload_schema"); expected/actual are short display texts (compact JSON
// for configurations). Plain value.
struct DrillCheck
{
    QString name;
    QString expected;
    QString actual;
    bool ok = false;
};

// What a restore drill found. Plain value; filled step by step by RestoreDrillJob, complete once it finished.
// `checks` is empty when the drill stopped before it could compare (restore failed, cancelled). `passed` is true
// only when there are checks and every one is ok; `scratchRemoved` says whether the scratch collection is gone
// from the server (true also when it was never created).
struct DrillReport
{
    QString collection; // the collection the backup was taken of
    QString snapshotFile;
    QString sha256; // of the restored file
    QString scratchCollection;
    QList<DrillCheck> checks;
    bool passed = false;
    bool scratchRemoved = false;

    [[nodiscard]] bool compared() const { return !checks.isEmpty(); }
    [[nodiscard]] QList<DrillCheck> mismatches() const;
    // {"collection","snapshotFile","sha256","scratchCollection","scratchRemoved","passed","checks":[{name,expected,
    // actual,ok}]}; passed is null while nothing was compared.
    [[nodiscard]] QJsonObject toJson() const;

    // Compares a collection restored from a snapshot with the snapshot's metadata: points count, dense and
    // sparse vectors (exact JSON equality; object keys are compared in sorted order), shard number and payload
    // schema (field names and data types; the per-field point counts and index parameters are ignored). A value
    // the metadata did not record is a failed check: a drill must not pass on what it could not compare.
    [[nodiscard]] static QList<DrillCheck> compare(const SnapshotMetadata &recorded, const CollectionInfo &restored);
};

} // namespace Snapdock
