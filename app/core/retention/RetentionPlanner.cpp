// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/retention/RetentionPlanner.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <map>
#include <tuple>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

namespace {

constexpr char CONTEXT[] = "Snapdock::RetentionPlanner";

QString tr(const char *text)
{
    return QCoreApplication::translate(CONTEXT, text);
}

// One --keep-* rule while a group is planned: restic's bucket with its counter and the last period it kept.
struct RuleState
{
    QLatin1StringView name; // for RetentionDecision::rules
    int remaining = 0;
    QString (*label)(const QDateTime &local) = nullptr; // null for keep-last: every backup is its own period
    const char *reason = nullptr; // untranslated, with %1 for the period
    QString lastKeptPeriod;
    bool keptAny = false;
};

std::array<RuleState, 6> rulesFor(const RetentionPolicy &policy)
{
    return { {
        { "last"_L1, policy.keepLast, nullptr, nullptr, {}, false },
        { "hourly"_L1,
            policy.keepHourly,
            &RetentionPlanner::hourLabel,
            QT_TRANSLATE_NOOP("Snapdock::RetentionPlanner", "kept: newest hourly for %1"),
            {},
            false },
        { "daily"_L1,
            policy.keepDaily,
            &RetentionPlanner::dayLabel,
            QT_TRANSLATE_NOOP("Snapdock::RetentionPlanner", "kept: newest daily for %1"),
            {},
            false },
        { "weekly"_L1,
            policy.keepWeekly,
            &RetentionPlanner::isoWeekLabel,
            QT_TRANSLATE_NOOP("Snapdock::RetentionPlanner", "kept: newest weekly for %1"),
            {},
            false },
        { "monthly"_L1,
            policy.keepMonthly,
            &RetentionPlanner::monthLabel,
            QT_TRANSLATE_NOOP("Snapdock::RetentionPlanner", "kept: newest monthly for %1"),
            {},
            false },
        { "yearly"_L1,
            policy.keepYearly,
            &RetentionPlanner::yearLabel,
            QT_TRANSLATE_NOOP("Snapdock::RetentionPlanner", "kept: newest yearly for %1"),
            {},
            false },
    } };
}

QString keepLastReason(int count)
{
    return count == 1 ? tr("kept: the newest backup") : tr("kept: one of the last %1").arg(count);
}

bool newerFirst(const RetentionCandidate &a, const RetentionCandidate &b)
{
    if (a.time != b.time)
        return a.time > b.time;
    return a.id < b.id;
}

bool isCounted(const RetentionCandidate &backup)
{
    return backup.time.isValid() && backup.notCountedReason.isEmpty();
}

// Applies the rules to one group's counted backups, already sorted newest first.
void planGroup(const QList<RetentionCandidate> &group,
    const RetentionPolicy &policy,
    const QTimeZone &zone,
    QList<RetentionDecision> &out)
{
    std::array<RuleState, 6> rules = rulesFor(policy);
    for (const RetentionCandidate &backup : group) {
        RetentionDecision decision;
        decision.backup = backup;
        if (backup.pinned) {
            decision.reasons.append(tr("kept: pinned"));
            decision.rules.append(u"pinned"_s);
        }
        if (policy.isEmpty()) {
            decision.reasons.append(tr("kept: no retention rule given"));
            decision.rules.append(u"noPolicy"_s);
        }
        // Periods are local calendar periods, as a person reads them off the backup's time.
        const QDateTime local = zone.isValid() ? backup.time.toTimeZone(zone) : backup.time.toUTC();
        for (RuleState &rule : rules) {
            if (rule.remaining <= 0)
                continue;
            const QString period = rule.label ? rule.label(local) : QString();
            if (rule.label && rule.keptAny && period == rule.lastKeptPeriod)
                continue;
            rule.keptAny = true;
            rule.lastKeptPeriod = period;
            --rule.remaining;
            decision.reasons.append(rule.label ? tr(rule.reason).arg(period) : keepLastReason(policy.keepLast));
            decision.rules.append(QString(rule.name));
        }
        decision.keep = !decision.reasons.isEmpty();
        if (!decision.keep)
            decision.reasons.append(tr("removed: no rule keeps it"));
        out.append(decision);
    }
}

} // namespace

QList<RetentionDecision> RetentionPlanner::plan(
    const QList<RetentionCandidate> &backups, const RetentionPolicy &policy, const QTimeZone &zone)
{
    using GroupKey = std::tuple<QString, QString, int>;
    std::map<GroupKey, QList<RetentionCandidate>> groups;
    for (const RetentionCandidate &backup : backups)
        groups[GroupKey(backup.host, backup.collection, backup.shardId)].append(backup);

    QList<RetentionDecision> decisions;
    decisions.reserve(backups.size());
    for (auto &[key, members] : groups) {
        QList<RetentionCandidate> counted;
        QList<RetentionCandidate> notCounted;
        for (const RetentionCandidate &backup : std::as_const(members))
            (isCounted(backup) ? counted : notCounted).append(backup);
        std::sort(counted.begin(), counted.end(), newerFirst);
        std::sort(notCounted.begin(), notCounted.end(), [](const RetentionCandidate &a, const RetentionCandidate &b) {
            return a.id < b.id;
        });
        planGroup(counted, policy, zone, decisions);
        for (const RetentionCandidate &backup : std::as_const(notCounted)) {
            RetentionDecision decision;
            decision.backup = backup;
            if (backup.pinned) {
                decision.reasons.append(tr("kept: pinned"));
                decision.rules.append(u"pinned"_s);
            }
            decision.reasons.append(backup.notCountedReason.isEmpty()
                    ? tr("kept: no backup time is recorded, so no rule can place it")
                    : tr("kept: %1").arg(backup.notCountedReason));
            decision.rules.append(u"notCounted"_s);
            decisions.append(decision);
        }
    }
    return decisions;
}

QString RetentionPlanner::hourLabel(const QDateTime &local)
{
    return local.date().toString(Qt::ISODate) + u' ' + u"%1:00"_s.arg(local.time().hour(), 2, 10, QLatin1Char('0'));
}

QString RetentionPlanner::dayLabel(const QDateTime &local)
{
    return local.date().toString(Qt::ISODate);
}

QString RetentionPlanner::isoWeekLabel(const QDateTime &local)
{
    int isoYear = 0;
    const int week = local.date().weekNumber(&isoYear);
    return u"%1-W%2"_s.arg(isoYear).arg(week, 2, 10, QLatin1Char('0'));
}

QString RetentionPlanner::monthLabel(const QDateTime &local)
{
    return u"%1-%2"_s.arg(local.date().year()).arg(local.date().month(), 2, 10, QLatin1Char('0'));
}

QString RetentionPlanner::yearLabel(const QDateTime &local)
{
    return QString::number(local.date().year());
}

} // namespace Snapdock
