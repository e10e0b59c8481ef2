// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/retention/RetentionPolicy.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace Snapdock {

// One backup as retention sees it. Plain value type.
struct RetentionCandidate
{
    QString id; // identifies the backup to the caller (a local snapshot path)
    QString host; // with collection and shardId, the group the rules are applied in
    QString collection; // empty for full-storage backups
    int shardId = -1;
    QDateTime time; // when the backup was taken; invalid: kept, never counted by a rule
    bool pinned = false;
    // Non-empty: the backup is kept with the reason "kept: <this>" and no rule counts it (e.g. its snapshot
    // file is missing, so it must not take the place of a real backup of its day).
    QString notCountedReason;
};

// What retention decided about one backup. Plain value type.
struct RetentionDecision
{
    RetentionCandidate backup;
    bool keep = true;
    // Every reason, for people: "kept: pinned", "kept: newest daily for 2026-11-26", "removed: no rule keeps it".
    QStringList reasons;
    // The same in stable words for --json: "pinned", "last", "hourly", "daily", "weekly", "monthly",
    // "yearly", "noPolicy", "notCounted"; empty when removed.
    QStringList rules;
};

// Applies a RetentionPolicy with exactly restic's `forget` semantics. Backups are grouped by host,
// collection and shard; in each group, newest first, every rule has a counter set to its count, and a backup
// is kept by a rule when its period (local calendar hour, day, ISO week, month or year in `zone`) differs
// from the period of the last backup that rule kept and the counter is still above 0 (keep-last: every backup
// while its counter lasts); each keep lowers the counter. A backup kept by any rule stays; pinned backups
// also stay and still count for the rules, like restic's --keep-tag.
//
// Pure: the result depends only on the arguments (the clock is never read), so callers and tests choose the
// times and the zone. Stateless and thread-safe.
class RetentionPlanner
{
public:
    RetentionPlanner() = delete;

    // One decision per candidate. Order: groups by host, collection and shard; within a group newest first
    // (ties by id), then the backups no rule counts, by id. An empty policy keeps everything.
    [[nodiscard]] static QList<RetentionDecision> plan(
        const QList<RetentionCandidate> &backups, const RetentionPolicy &policy, const QTimeZone &zone);

    // The period labels used in reasons: "2026-11-26 14:00", "2026-11-26", "2026-W48", "2026-11", "2026".
    [[nodiscard]] static QString hourLabel(const QDateTime &local);
    [[nodiscard]] static QString dayLabel(const QDateTime &local);
    [[nodiscard]] static QString isoWeekLabel(const QDateTime &local);
    [[nodiscard]] static QString monthLabel(const QDateTime &local);
    [[nodiscard]] static QString yearLabel(const QDateTime &local);
};

} // namespace Snapdock
