// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/scheduling/FolderTemplate.h"
#include "core/scheduling/ScheduleSelection.h"
#include "core/scheduling/ScheduleTiming.h"
#include "core/support/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace Snapdock {

// One scheduled backup: which host, which collections, where the files go, when, what to keep, and how to prove the
// backups restore. Plain value type; what it says about time is evaluated by ScheduleTiming and MissedRunPolicy,
// what happened in past runs lives in ScheduleRunState (ScheduleStore keeps both apart).
//
// Never holds an API key: the key belongs to the profile and lives in the keychain.
struct Schedule
{
    static constexpr int DEFAULT_MAX_AGE_HOURS = 26;
    static constexpr int DEFAULT_DRILL_EVERY_DAYS = 7;
    static constexpr int MAX_KEEP_ON_SERVER = 1000;
    static constexpr int MAX_AGE_HOURS_LIMIT = 24 * 366;
    static constexpr int MAX_DRILL_EVERY_DAYS = 366;

    // Restore drills: now and then restore the newest backup into a scratch collection and check it.
    struct Drill
    {
        bool enabled = false;
        int everyDays = DEFAULT_DRILL_EVERY_DAYS; // 1 to MAX_DRILL_EVERY_DAYS
        QString targetProfileId; // empty: restore on the schedule's own host

        friend bool operator==(const Drill &, const Drill &) = default;
    };

    QString id; // QUuid without braces; ScheduleStore assigns it when empty
    QString name; // what people see, e.g. "Nightly production"
    bool enabled = true;
    QString profileId; // the host (connection profile) to back up
    ScheduleSelection selection;
    QString folderTemplate = QString(FolderTemplate::DEFAULT); // relative to the profile's backup folder
    ScheduleTiming timing; // default: every day at 02:00
    // The retention policy as RetentionPolicy::toJson() writes it; kept opaque here (RetentionPolicy::fromJson
    // reads and checks it). Empty: keep every local backup.
    QJsonObject retention;
    int keepOnServer = 0; // server snapshots of each collection to keep after a run; 0: leave them alone
    Drill drill;
    int maxAgeHours = DEFAULT_MAX_AGE_HOURS; // warn when the newest good backup is older; 0: off
    QUrl webhookUrl; // empty: no webhook
    bool webhookOnSuccess = false;
    bool webhookOnFailure = true;
    QDateTime createdAt; // UTC; ScheduleStore sets it when invalid. Runs due before it are never caught up.

    // A new random id in the form schedules use (a QUuid without braces).
    [[nodiscard]] static QString createId();
    // Whether `id` is a QUuid without braces (ids become settings keys and lock file names).
    [[nodiscard]] static bool isWellFormedId(const QString &id);

    // Whether the selection includes this collection.
    [[nodiscard]] bool matches(const QString &collectionName) const { return selection.matches(collectionName); }

    // Checks everything a person can get wrong, failing with InvalidArgument and a message naming the field: a name,
    // a well-formed profile id, the selection, the folder template, the numeric limits, the drill's target id and an
    // http(s) webhook URL with a host.
    [[nodiscard]] static VoidResult validate(const Schedule &schedule);

    // Every field; the webhook URL fully encoded. Never contains a key.
    [[nodiscard]] QJsonObject toJson() const;
    // Reads what toJson() wrote. Missing optional members take their defaults (files written by older versions);
    // present members must have the right type, and the timing must be valid. Does not run validate().
    [[nodiscard]] static Result<Schedule> fromJson(const QJsonObject &json);

    friend bool operator==(const Schedule &, const Schedule &) = default;
};

} // namespace Snapdock
