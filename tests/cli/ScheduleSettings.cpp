// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ScheduleSettings.h"

#include "core/profiles/ProfileStore.h"
#include "core/retention/RetentionPolicy.h"
#include "core/scheduling/ScheduleStore.h"

#include <QDateTime>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock::TestSupport {

ScheduleSettings ScheduleSettings::write(const QTemporaryDir &home, const QUrl &server)
{
    ScheduleSettings settings;
    settings.configFile = home.filePath(u"config/Snapdock/snapdock.conf"_s);
    settings.backupFolder = home.filePath(u"backups"_s);
    settings.historyFile = home.filePath(u"data/Snapdock/snapdock/history.sqlite"_s);

    ProfileStore profiles(settings.configFile);
    Profile profile;
    profile.name = u"Emulator"_s;
    profile.baseUrl = server;
    profile.defaultBackupFolder = settings.backupFolder;
    const Result<Profile> added = profiles.add(profile);
    if (!added)
        return settings;

    ScheduleStore schedules(settings.configFile);
    Schedule schedule;
    schedule.name = u"Nightly"_s;
    schedule.profileId = added->id;
    schedule.selection.mode = ScheduleSelection::Mode::List;
    schedule.selection.names = QStringList{ u"products"_s };
    RetentionPolicy retention;
    retention.keepDaily = 7;
    schedule.retention = retention.toJson();
    schedule.keepOnServer = 2;
    // Created long ago, so that the weekly drill is due on the first run.
    schedule.createdAt = QDateTime::currentDateTimeUtc().addDays(-10);
    schedule.drill.enabled = true;
    schedule.drill.everyDays = 7;
    const Result<Schedule> stored = schedules.add(schedule);
    if (!stored)
        return settings;

    settings.profileId = added->id;
    settings.scheduleId = stored->id;
    settings.keyFile = home.filePath(u"config/Snapdock/snapdock/keys/"_s + added->id + u".key"_s);
    return settings;
}

QProcessEnvironment ScheduleSettings::environment(const QTemporaryDir &home, QProcessEnvironment base)
{
    base.insert(u"HOME"_s, home.path());
    base.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    base.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    base.remove(u"DISPLAY"_s);
    base.remove(u"WAYLAND_DISPLAY"_s);
    return base;
}

} // namespace Snapdock::TestSupport
