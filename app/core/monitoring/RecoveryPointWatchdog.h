// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/LocalBackup.h"
#include "core/support/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Snapdock {

// Why a recovery point breaches its threshold. The names (breachReasonName()) are stable, for JSON and scripts.
enum class BreachReason
{
    None,
    NoBackup, // a collection asked for by name has no backup at all
    NotVerified, // there are backups, but none of them verifies
    TooOld, // the newest verified backup is older than the threshold
};

// "none", "no_backup", "not_verified", "too_old"; never translated.
[[nodiscard]] QString breachReasonName(BreachReason reason);

// The state of one host + collection in a backup folder. Plain value.
struct RecoveryPoint
{
    QString host; // as the metadata recorded it (credential-free); empty for a collection asked for without backups
    QString collection; // empty for full-storage backups
    bool fullStorage = false;
    int backupCount = 0;

    QString newestFile; // the newest backup of this collection, verified or not; empty when none
    QDateTime newestTime; // its recovery-point time (RecoveryPointWatchdog::recoveryPointTime())
    bool newestVerified = false;
    QString newestProblem; // why the newest backup did not verify; empty when it did

    QString verifiedFile; // the newest backup that verified; empty when none did
    QDateTime verifiedTime; // invalid when none did
    qint64 ageSeconds = -1; // now − verifiedTime, -1 when none verified

    BreachReason breach = BreachReason::None;

    [[nodiscard]] bool isBreached() const { return breach != BreachReason::None; }
};

// The recovery-point watchdog: per host + collection, the age of the newest backup that verifies, and whether it
// breaches a threshold. Pure: it works on a BackupCatalog::scan() result and an injected "now", and the
// verification is injected too (checksumVerifier() hashes; sizeVerifier() only compares sizes). Nothing is cached.
//
// Verification walks each collection's backups newest first and stops at the first that verifies, so a healthy
// folder costs one hash per collection. Collection snapshots and full-storage snapshots count; shard snapshots are
// not a recovery point of a whole collection and are ignored, as are files without readable metadata (they cannot be
// attributed to a collection; see unattributedCount()). Blocks on the file system: the GUI calls it on a worker
// thread. Thread-safe when the verifier is.
class RecoveryPointWatchdog
{
public:
    // True when the backup's file matches its metadata, false when it differs; an error when it cannot tell.
    using Verifier = std::function<Result<bool>(const LocalBackup &)>;

    // maxAgeSeconds ≤ 0: no age limit (only missing or unverifiable backups breach).
    explicit RecoveryPointWatchdog(qint64 maxAgeSeconds, Verifier verifier = checksumVerifier());

    // Only these collections (by name, on any host) are reported; each one without any backup is reported as a
    // NoBackup breach with an empty host. Empty (the default): every collection found.
    void setCollections(const QStringList &collections) { m_collections = collections; }

    // Sorted by collection, then host; full storage ("") first.
    [[nodiscard]] QList<RecoveryPoint> evaluate(const QList<LocalBackup> &backups, const QDateTime &now) const;

    // Backups without readable metadata, which no recovery point accounts for.
    [[nodiscard]] static int unattributedCount(const QList<LocalBackup> &backups);

    // When the backup's data was captured: the server's snapshot creation time, else the backup's start, else
    // LocalBackup::sortTime().
    [[nodiscard]] static QDateTime recoveryPointTime(const LocalBackup &backup);

    // BackupCatalog::verify(): the SHA-256 of the file against the metadata.
    [[nodiscard]] static Verifier checksumVerifier();
    // The file exists and has the size the metadata records; no hashing.
    [[nodiscard]] static Verifier sizeVerifier();

private:
    qint64 m_maxAgeSeconds = 0;
    Verifier m_verifier;
    QStringList m_collections;
};

} // namespace Snapdock
