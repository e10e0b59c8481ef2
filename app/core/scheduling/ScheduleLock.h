// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/support/Result.h"

#include <QString>

#include <memory>

class QLockFile;

namespace Snapdock {

// Makes sure one schedule never runs twice at once, across processes: the desktop application and
// `snapdock-cli run-schedule` take this lock before a run and keep it until the run ends.
//
// A QLockFile at `<AppDataLocation>/locks/schedule-<id>.lock` (both programs set the same organization and
// application names, so they share the folder). The file records the holder's pid, host and program. A lock left
// behind by a process that died (crash, kill, power loss) is taken over: the stale-lock age is set to 0, so only
// "is that pid still running on this host" (or "was the machine rebooted since") decides, never the age, and a long
// backup never loses its lock to a second runner.
//
// The lock is released by unlock() or the destructor. Not thread-safe: use one object from one thread; a second
// ScheduleLock on the same schedule, even in the same process, is refused while the first holds it.
class ScheduleLock
{
public:
    // The lock for `scheduleId` at defaultLockPath().
    explicit ScheduleLock(const QString &scheduleId);
    // The lock at `lockFilePath` (tests).
    ScheduleLock(const QString &scheduleId, const QString &lockFilePath);
    ~ScheduleLock();

    ScheduleLock(const ScheduleLock &) = delete;
    ScheduleLock &operator=(const ScheduleLock &) = delete;

    // `<AppDataLocation>/locks/schedule-<id>.lock`.
    [[nodiscard]] static QString defaultLockPath(const QString &scheduleId);

    // Takes the lock without waiting. True: this object holds it now (also when it already did). False: another
    // process (or object) holds it; holderDescription() says who. Fails with InvalidArgument for a malformed
    // schedule id, LocalPermissionDenied or LocalIoError when the lock file or its folder cannot be created.
    [[nodiscard]] Result<bool> tryLock();
    void unlock();
    [[nodiscard]] bool isLocked() const;

    [[nodiscard]] QString scheduleId() const { return m_scheduleId; }
    [[nodiscard]] QString lockFilePath() const { return m_path; }

    // Who holds the lock, for people: "pid 1234 on host backup-01"; empty when the lock file is missing or cannot
    // be read.
    [[nodiscard]] QString holderDescription() const;
    // "schedule "Nightly" is already running (pid 1234 on host backup-01)", or without the parenthesis when the
    // holder is unknown.
    [[nodiscard]] QString alreadyRunningMessage(const QString &scheduleName) const;

private:
    QString m_scheduleId;
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace Snapdock
