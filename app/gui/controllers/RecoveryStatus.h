// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace Snapdock {

// The recovery-point state of one schedule, as RecoveryPointMonitor found it in the schedule's backup folder:
// for each collection the schedule backs up, the age of its newest backup that checks out, against the
// schedule's maximum age. Plain value.
struct RecoveryStatus
{
    bool checked = false; // false until the first evaluation finished
    bool breached = false;
    // The oldest of the collections' newest good backups, in seconds; -1 when no collection has one.
    qint64 oldestAgeSeconds = -1;
    qint64 maxAgeSeconds = 0; // the schedule's threshold; 0: no limit
    QString error; // why the folder could not be checked; empty when it could
    // Breached collections → the reason for people ("no backup", "newest good backup is 30 hours old").
    // The full storage is listed under an empty name.
    QHash<QString, QString> warnings;

    friend bool operator==(const RecoveryStatus &, const RecoveryStatus &) = default;
};

} // namespace Snapdock
