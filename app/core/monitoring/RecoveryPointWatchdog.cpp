// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/monitoring/RecoveryPointWatchdog.h"

#include "core/catalog/BackupCatalog.h"
#include "core/support/Translation.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

namespace {

QString tr(const char *text)
{
    return translateWithFallback("Snapdock::RecoveryPointWatchdog", text);
}

bool isRecoveryPoint(const LocalBackup &backup)
{
    return backup.hasMetadata && (backup.metadata.kind == u"collection"_s || backup.metadata.kind == u"full"_s);
}

// Sorts as the result is sorted: collection (full storage "" first), then host.
using GroupKey = std::pair<QString, QString>;

} // namespace

QString breachReasonName(BreachReason reason)
{
    switch (reason) {
    case BreachReason::None:
        return u"none"_s;
    case BreachReason::NoBackup:
        return u"no_backup"_s;
    case BreachReason::NotVerified:
        return u"not_verified"_s;
    case BreachReason::TooOld:
        return u"too_old"_s;
    }
    return u"none"_s;
}

RecoveryPointWatchdog::RecoveryPointWatchdog(qint64 maxAgeSeconds, Verifier verifier)
    : m_maxAgeSeconds(maxAgeSeconds)
    , m_verifier(std::move(verifier))
{}

QList<RecoveryPoint> RecoveryPointWatchdog::evaluate(const QList<LocalBackup> &backups, const QDateTime &now) const
{
    QMap<GroupKey, QList<LocalBackup>> groups;
    for (const LocalBackup &backup : backups) {
        if (!isRecoveryPoint(backup))
            continue;
        const bool full = backup.metadata.kind == u"full"_s;
        const QString collection = full ? QString() : backup.metadata.collection;
        if (!m_collections.isEmpty() && !m_collections.contains(collection))
            continue;
        groups[GroupKey(collection, backup.metadata.host)].append(backup);
    }

    QList<RecoveryPoint> points;
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        QList<LocalBackup> &group = it.value();
        std::sort(group.begin(), group.end(), [](const LocalBackup &a, const LocalBackup &b) {
            const QDateTime timeA = recoveryPointTime(a);
            const QDateTime timeB = recoveryPointTime(b);
            if (timeA != timeB)
                return timeA > timeB;
            return a.snapshotPath < b.snapshotPath;
        });
        RecoveryPoint point;
        point.collection = it.key().first;
        point.host = it.key().second;
        point.fullStorage = group.constFirst().metadata.kind == u"full"_s;
        point.backupCount = int(group.size());
        point.newestFile = group.constFirst().snapshotPath;
        point.newestTime = recoveryPointTime(group.constFirst());
        for (qsizetype i = 0; i < group.size(); ++i) {
            const Result<bool> verdict = m_verifier(group.at(i));
            const bool verified = verdict && *verdict;
            if (i == 0) {
                point.newestVerified = verified;
                if (!verdict)
                    point.newestProblem = verdict.error().userMessage();
                else if (!*verdict)
                    point.newestProblem = tr("the file does not match its metadata (size or SHA-256 differs)");
            }
            if (verified) {
                point.verifiedFile = group.at(i).snapshotPath;
                point.verifiedTime = recoveryPointTime(group.at(i));
                break;
            }
        }
        if (point.verifiedTime.isValid()) {
            point.ageSeconds = point.verifiedTime.secsTo(now);
            if (m_maxAgeSeconds > 0 && point.ageSeconds > m_maxAgeSeconds)
                point.breach = BreachReason::TooOld;
        } else {
            point.breach = BreachReason::NotVerified;
        }
        points.append(point);
    }

    for (const QString &name : m_collections) {
        const bool found = std::any_of(points.cbegin(), points.cend(), [&name](const RecoveryPoint &point) {
            return point.collection == name;
        });
        if (found)
            continue;
        RecoveryPoint missing;
        missing.collection = name;
        missing.breach = BreachReason::NoBackup;
        points.append(missing);
    }
    std::stable_sort(points.begin(), points.end(), [](const RecoveryPoint &a, const RecoveryPoint &b) {
        return GroupKey(a.collection, a.host) < GroupKey(b.collection, b.host);
    });
    return points;
}

int RecoveryPointWatchdog::unattributedCount(const QList<LocalBackup> &backups)
{
    return int(std::count_if(backups.cbegin(), backups.cend(), [](const LocalBackup &backup) {
        return !backup.hasMetadata;
    }));
}

QDateTime RecoveryPointWatchdog::recoveryPointTime(const LocalBackup &backup)
{
    if (backup.hasMetadata && backup.metadata.serverCreationTime.isValid())
        return backup.metadata.serverCreationTime;
    if (backup.hasMetadata && backup.metadata.backupStartedAt.isValid())
        return backup.metadata.backupStartedAt;
    return backup.sortTime();
}

RecoveryPointWatchdog::Verifier RecoveryPointWatchdog::checksumVerifier()
{
    return [](const LocalBackup &backup) {
        return BackupCatalog::verify(backup);
    };
}

RecoveryPointWatchdog::Verifier RecoveryPointWatchdog::sizeVerifier()
{
    return [](const LocalBackup &backup) -> Result<bool> {
        if (backup.snapshotMissing)
            return fail(
                Error::make(ErrorKind::LocalIoError, tr("the snapshot file %1 is missing").arg(backup.snapshotPath)));
        return backup.sizeMatches;
    };
}

} // namespace Snapdock
