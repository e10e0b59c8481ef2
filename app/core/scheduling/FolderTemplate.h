// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/support/Result.h"

#include <QDateTime>
#include <QLatin1StringView>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace Snapdock {

// Where a scheduled backup goes, relative to the profile's backup folder: a template such as
// `{profile}/{collection}/{date}` (the default), expanded per collection and run.
//
// Placeholders: {profile} (the profile's name), {host} (the server's host name), {collection} (`full-storage` for
// a full-storage snapshot), and the run's LOCAL time: {date} yyyy-MM-dd, {time} HHmmss, {datetime}
// yyyy-MM-ddTHHmmss, {year} yyyy, {month} MM, {day} dd.
//
// Folders are separated by `/`. A template is refused when it has an unknown or unclosed placeholder, is absolute,
// contains `..` or `.` as a folder, an empty folder (`a//b`, a trailing `/`), a backslash, or literal text that is
// not a safe file name on every system (SnapshotName's rules: no `: < > " | ? *`, no control characters, no
// reserved Windows names, no trailing dot or space). The empty template means the backup folder itself.
//
// Values are untrusted (collection names come from the server): each is turned into one safe folder name, with
// every character Windows forbids, path separators and control characters replaced by `_`, a leading or trailing
// space or a trailing dot replaced by `_`, `_` put before reserved device names (CON, nul, COM1 ...), and names
// over 255 UTF-8 bytes shortened with a hash of the whole name appended. Different values may thus share a folder
// ("a:b" and "a_b"); snapshot file names keep them apart. The expansion can never leave the base folder.
//
// Stateless; safe from any thread.
class FolderTemplate
{
public:
    FolderTemplate() = delete;

    static constexpr QLatin1StringView DEFAULT{ "{profile}/{collection}/{date}" };
    static constexpr QLatin1StringView FULL_STORAGE_COLLECTION{ "full-storage" };

    // What the non-time placeholders stand for. An empty collection means a full-storage snapshot.
    struct Values
    {
        QString profile;
        QString host;
        QString collection;
    };

    // The known placeholders, with braces, in the order the editor should offer them.
    [[nodiscard]] static QStringList placeholders();

    // InvalidArgument naming what is wrong (see the class comment).
    [[nodiscard]] static VoidResult validate(const QString &folderTemplate);

    // The relative folder path for one backup taken at `when`, its date and time read in `zone`. Validates the
    // template first. The result uses `/` and is empty for the empty template.
    [[nodiscard]] static Result<QString> expand(
        const QString &folderTemplate, const Values &values, const QDateTime &when, const QTimeZone &zone);

    // `baseFolder` joined with expand(): an absolute, cleaned path that is checked to lie inside `baseFolder`
    // (or to be it, for the empty template). InvalidArgument when `baseFolder` is empty or relative.
    [[nodiscard]] static Result<QString> folderFor(const QString &baseFolder,
        const QString &folderTemplate,
        const Values &values,
        const QDateTime &when,
        const QTimeZone &zone);

    // One value as a safe folder name, by the rules in the class comment. Never empty.
    [[nodiscard]] static QString safeSegment(const QString &value);
};

} // namespace Snapdock
