// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/controllers/RecoveryPointMonitor.h"

#include "core/catalog/BackupCatalog.h"
#include "core/monitoring/RecoveryPointWatchdog.h"
#include "core/profiles/ProfileStore.h"
#include "core/scheduling/ScheduleStore.h"
#include "core/storage/SnapshotMetadata.h"
#include "core/support/Clock.h"
#include "core/support/Duration.h"
#include "gui/controllers/BackgroundRunner.h"
#include "gui/controllers/ScheduleFolders.h"

#include <QDir>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

namespace {

constexpr qint64 SECONDS_PER_HOUR = 3600;

QString comparableHost(const QString &url)
{
    QString host = SnapshotMetadata::credentialFreeHost(url);
    while (host.endsWith(u'/'))
        host.chop(1);
    return host;
}

QString breachText(const RecoveryPoint &point, qint64 maxAgeSeconds)
{
    switch (point.breach) {
    case BreachReason::NoBackup:
        return RecoveryPointMonitor::tr("no backup");
    case BreachReason::NotVerified:
        return point.newestProblem.isEmpty()
            ? RecoveryPointMonitor::tr("no backup checks out")
            : RecoveryPointMonitor::tr("no backup checks out (%1)").arg(point.newestProblem);
    case BreachReason::TooOld:
        return RecoveryPointMonitor::tr("the newest good backup is %1 old (limit %2)")
            .arg(formatDuration(point.ageSeconds), formatDuration(maxAgeSeconds));
    case BreachReason::None:
        break;
    }
    return {};
}

QString breachKey(const QString &scheduleId, const QString &collection)
{
    return scheduleId + u'\n' + collection;
}

} // namespace

RecoveryPointMonitor::RecoveryPointMonitor(
    ScheduleStore &schedules, const ProfileStore &profiles, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_schedules(schedules)
    , m_profiles(profiles)
    , m_clock(clock)
    , m_runner(new BackgroundRunner(this))
{
    m_timer.setInterval(CHECK_INTERVAL_MS);
    connect(&m_timer, &QTimer::timeout, this, &RecoveryPointMonitor::check);
}

RecoveryPointMonitor::~RecoveryPointMonitor() = default;

void RecoveryPointMonitor::check()
{
    m_timer.start(); // the next periodic check counts from now
    const quint64 generation = ++m_generation;
    m_checking = true;
    QList<Job> jobs;
    m_profileOf.clear();
    for (const Schedule &schedule : m_schedules.schedules()) {
        m_profileOf.insert(schedule.id, schedule.profileId);
        const auto profile = m_profiles.profile(schedule.profileId);
        if (schedule.enabled && schedule.maxAgeHours > 0 && profile)
            jobs.append(Job{ schedule, *profile });
    }
    m_runner->run(
        [jobs, now = m_clock.now()] {
            QHash<QString, RecoveryStatus> statuses;
            for (const Job &job : jobs)
                statuses.insert(job.schedule.id, evaluate(job.schedule, job.profile, now));
            return statuses;
        },
        [this, generation](QHash<QString, RecoveryStatus> statuses) {
            onEvaluated(generation, statuses);
        });
}

QHash<QString, QString> RecoveryPointMonitor::warningsForProfile(const QString &profileId) const
{
    QHash<QString, QString> warnings;
    for (auto it = m_statuses.cbegin(); it != m_statuses.cend(); ++it) {
        if (m_profileOf.value(it.key()) != profileId)
            continue;
        for (auto warning = it->warnings.cbegin(); warning != it->warnings.cend(); ++warning) {
            if (!warning.key().isEmpty())
                warnings.insert(warning.key(), warning.value());
        }
    }
    return warnings;
}

RecoveryStatus RecoveryPointMonitor::evaluate(const Schedule &schedule, const Profile &profile, const QDateTime &now)
{
    RecoveryStatus status;
    status.checked = true;
    status.maxAgeSeconds = qint64(schedule.maxAgeHours) * SECONDS_PER_HOUR;
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const auto root = ScheduleFolders::scanRoot(schedule, profile, now, zone);
    if (!root) {
        status.error = root.error().userMessage();
        return status;
    }
    QList<LocalBackup> backups;
    if (QDir(*root).exists()) {
        auto scanned = BackupCatalog::scan(*root);
        if (!scanned) {
            status.error = scanned.error().userMessage();
            return status;
        }
        backups = std::move(*scanned);
    }
    // The window's check never hashes: a present file of the recorded size counts as good.
    RecoveryPointWatchdog watchdog(status.maxAgeSeconds, RecoveryPointWatchdog::sizeVerifier());
    if (schedule.selection.mode == ScheduleSelection::Mode::List)
        watchdog.setCollections(schedule.selection.names);
    const QString host = comparableHost(profile.baseUrl.toString());
    // A schedule younger than its limit has not yet had the chance to make a first backup.
    const bool inGracePeriod = schedule.createdAt.isValid() && schedule.createdAt.secsTo(now) <= status.maxAgeSeconds;
    bool anyPoint = false;
    for (const RecoveryPoint &point : watchdog.evaluate(backups, now)) {
        const bool selected =
            point.fullStorage ? schedule.selection.includeFullStorage : schedule.selection.matches(point.collection);
        if (!selected || (!point.host.isEmpty() && comparableHost(point.host) != host))
            continue;
        anyPoint = true;
        status.oldestAgeSeconds = std::max(status.oldestAgeSeconds, point.ageSeconds);
        if (point.isBreached() && !(point.breach == BreachReason::NoBackup && inGracePeriod)) {
            status.breached = true;
            status.warnings.insert(
                point.fullStorage ? QString() : point.collection, breachText(point, status.maxAgeSeconds));
        }
    }
    // A schedule that has not produced a single backup within its limit is overdue too.
    if (!anyPoint && !inGracePeriod && schedule.createdAt.isValid())
        status.breached = true;
    return status;
}

void RecoveryPointMonitor::onEvaluated(quint64 generation, const QHash<QString, RecoveryStatus> &statuses)
{
    if (generation != m_generation)
        return;
    m_checking = false;
    // Schedules no longer watched lose their status.
    for (auto it = m_statuses.begin(); it != m_statuses.end();) {
        if (!statuses.contains(it.key())) {
            const QString id = it.key();
            it = m_statuses.erase(it);
            Q_EMIT statusChanged(id, RecoveryStatus());
        } else {
            ++it;
        }
    }
    QSet<QString> breaches;
    for (auto it = statuses.cbegin(); it != statuses.cend(); ++it) {
        const QString &id = it.key();
        const RecoveryStatus &status = it.value();
        if (m_statuses.value(id) != status) {
            m_statuses.insert(id, status);
            Q_EMIT statusChanged(id, status);
        }
        if (!status.breached)
            continue;
        const auto notifyOnce = [this, &breaches, &id](const QString &collection, const QString &reason) {
            const QString key = breachKey(id, collection);
            breaches.insert(key);
            if (!m_activeBreaches.contains(key))
                Q_EMIT breached(id, collection, reason);
        };
        if (status.warnings.isEmpty())
            notifyOnce(QString(), tr("no backup yet"));
        for (auto warning = status.warnings.cbegin(); warning != status.warnings.cend(); ++warning)
            notifyOnce(warning.key(), warning.value());
    }
    m_activeBreaches = breaches;
    Q_EMIT checked();
}

} // namespace Snapdock
