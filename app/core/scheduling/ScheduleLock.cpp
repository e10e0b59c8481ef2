// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scheduling/ScheduleLock.h"

#include "core/scheduling/Schedule.h"
#include "core/support/Translation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

namespace {

QString tr(const char *text)
{
    return translateWithFallback("Snapdock::ScheduleLock", text);
}

} // namespace

ScheduleLock::ScheduleLock(const QString &scheduleId)
    : ScheduleLock(scheduleId, defaultLockPath(scheduleId))
{}

ScheduleLock::ScheduleLock(const QString &scheduleId, const QString &lockFilePath)
    : m_scheduleId(scheduleId)
    , m_path(lockFilePath)
    , m_lock(std::make_unique<QLockFile>(lockFilePath))
{
    // Only a dead holder makes a lock stale: a backup may run for hours.
    m_lock->setStaleLockTime(0);
}

ScheduleLock::~ScheduleLock() = default;

QString ScheduleLock::defaultLockPath(const QString &scheduleId)
{
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dataDir).filePath(u"locks/schedule-%1.lock"_s.arg(scheduleId));
}

Result<bool> ScheduleLock::tryLock()
{
    // The id becomes part of a file name: anything but a plain UUID could point elsewhere.
    if (!Schedule::isWellFormedId(m_scheduleId))
        return fail(Error::make(ErrorKind::InvalidArgument, tr("\"%1\" is not a valid schedule id").arg(m_scheduleId)));
    if (m_lock->isLocked())
        return true;
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(folder)) {
        // A file where a folder belongs is no permission problem, and "fix the permissions" would mislead.
        for (QFileInfo ancestor(folder); !ancestor.isRoot(); ancestor = QFileInfo(ancestor.absolutePath())) {
            if (ancestor.exists() && !ancestor.isDir()) {
                return fail(Error::make(ErrorKind::LocalIoError,
                    tr("cannot create the folder \"%1\" for schedule locks: \"%2\" is a file")
                        .arg(folder, ancestor.absoluteFilePath())));
            }
            if (ancestor.exists())
                break;
        }
        return fail(Error::make(
            ErrorKind::LocalPermissionDenied, tr("cannot create the folder \"%1\" for schedule locks").arg(folder)));
    }
    if (m_lock->tryLock(0))
        return true;
    switch (m_lock->error()) {
    case QLockFile::LockFailedError:
        return false;
    case QLockFile::PermissionError:
        return fail(Error::make(
            ErrorKind::LocalPermissionDenied, tr("cannot create the schedule lock file \"%1\"").arg(m_path)));
    case QLockFile::NoError:
    case QLockFile::UnknownError:
        break;
    }
    return fail(Error::make(ErrorKind::LocalIoError, tr("cannot create the schedule lock file \"%1\"").arg(m_path)));
}

void ScheduleLock::unlock()
{
    m_lock->unlock();
}

bool ScheduleLock::isLocked() const
{
    return m_lock->isLocked();
}

QString ScheduleLock::holderDescription() const
{
    qint64 pid = 0;
    QString host;
    QString application;
    if (!m_lock->getLockInfo(&pid, &host, &application))
        return {};
    if (host.isEmpty())
        return tr("pid %1").arg(pid);
    return tr("pid %1 on host %2").arg(QString::number(pid), host);
}

QString ScheduleLock::alreadyRunningMessage(const QString &scheduleName) const
{
    const QString holder = holderDescription();
    if (holder.isEmpty())
        return tr("schedule \"%1\" is already running").arg(scheduleName);
    return tr("schedule \"%1\" is already running (%2)").arg(scheduleName, holder);
}

} // namespace Snapdock
