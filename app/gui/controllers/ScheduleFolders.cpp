// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/controllers/ScheduleFolders.h"

#include "core/scheduling/FolderTemplate.h"

#include <QDir>
#include <QStringList>

#include <algorithm>
#include <array>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

namespace {

constexpr std::array<QLatin1StringView, 6> TIME_PLACEHOLDERS = {
    "{date}"_L1, "{time}"_L1, "{datetime}"_L1, "{year}"_L1, "{month}"_L1, "{day}"_L1
};

// The leading segments of `folderTemplate` before the first that changes per run (or names the collection).
QString fixedPrefix(const QString &folderTemplate, bool stopAtCollection)
{
    QStringList fixed;
    for (const QString &segment : folderTemplate.split(u'/', Qt::SkipEmptyParts)) {
        const bool perRun = std::any_of(TIME_PLACEHOLDERS.cbegin(), TIME_PLACEHOLDERS.cend(), [&segment](auto name) {
            return segment.contains(name);
        });
        if (perRun || (stopAtCollection && segment.contains("{collection}"_L1)))
            break;
        fixed.append(segment);
    }
    return fixed.join(u'/');
}

Result<QString> folderOf(const Schedule &schedule,
    const Profile &profile,
    const QString &collection,
    bool stopAtCollection,
    const QDateTime &now,
    const QTimeZone &zone)
{
    if (profile.defaultBackupFolder.isEmpty()) {
        return fail(Error::make(
            ErrorKind::InvalidArgument, ScheduleFolders::tr("the host \"%1\" has no backup folder").arg(profile.name)));
    }
    if (auto valid = FolderTemplate::validate(schedule.folderTemplate); !valid)
        return fail(valid.error());
    const FolderTemplate::Values values{ profile.name, profile.baseUrl.host(), collection };
    return FolderTemplate::folderFor(
        profile.defaultBackupFolder, fixedPrefix(schedule.folderTemplate, stopAtCollection), values, now, zone);
}

} // namespace

Result<QString> ScheduleFolders::scanRoot(
    const Schedule &schedule, const Profile &profile, const QDateTime &now, const QTimeZone &zone)
{
    return folderOf(schedule, profile, QString(), true, now, zone);
}

Result<QString> ScheduleFolders::collectionFolder(const Schedule &schedule,
    const Profile &profile,
    const QString &collection,
    const QDateTime &now,
    const QTimeZone &zone)
{
    return folderOf(schedule, profile, collection, false, now, zone);
}

bool ScheduleFolders::isInside(const QString &path, const QString &folder)
{
    const QString base = QDir::cleanPath(folder);
    return QDir::cleanPath(path).startsWith(base.endsWith(u'/') ? base : base + u'/');
}

} // namespace Snapdock
