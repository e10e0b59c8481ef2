// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/monitoring/RecoveryPointWatchdog.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Snapdock {

// What `snapdock-cli status` reports about a backup folder, and what a monitoring system reads from its --json.
// Plain value built from RecoveryPointWatchdog::evaluate().
//
// JSON (stable; times ISO 8601 UTC with 'Z', ages in seconds plus a readable form):
//   {"folder","generatedAt","maxAgeSeconds","maxAge","breaches","backupsWithoutMetadata",
//    "collections":[{"host","collection" (null: full storage),"fullStorage","backups",
//                    "newest":{"file","time","verified","problem"}|null,
//                    "lastVerified":{"file","time"}|null,
//                    "ageSeconds"|null,"age"|null,"breached","reason":"none|no_backup|not_verified|too_old"}]}
struct StatusReport
{
    QString folder;
    QDateTime generatedAt; // UTC: the "now" the ages are measured against
    qint64 maxAgeSeconds = 0; // ≤ 0: no age limit
    QList<RecoveryPoint> points;
    int backupsWithoutMetadata = 0;

    [[nodiscard]] int breachCount() const;
    [[nodiscard]] QJsonObject toJson() const;
};

} // namespace Snapdock
