// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/support/ProcessLiveness.h"

#include <QCoreApplication>
#include <QFile>
#include <QUuid>

#ifdef Q_OS_WIN
#include <qt_windows.h>
#else
#include <cerrno>
#include <csignal>
#include <sys/types.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

namespace {

#ifdef Q_OS_LINUX
// kill() succeeds for a zombie, which will never run again: its state in /proc/PID/stat is 'Z'.
bool isZombie(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    // "PID (COMMAND) STATE …": COMMAND may contain spaces and parentheses, so look after the last ')'.
    const QByteArray line = stat.read(4096);
    const qsizetype close = line.lastIndexOf(')');
    return close >= 0 && line.size() > close + 2 && line.at(close + 2) == 'Z';
}
#endif

} // namespace

bool isProcessRunning(qint64 pid)
{
    if (pid <= 0)
        return false;
#ifdef Q_OS_WIN
    HANDLE process = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, static_cast<DWORD>(pid));
    if (!process)
        return GetLastError() == ERROR_ACCESS_DENIED; // exists, but belongs to someone we may not ask
    DWORD exitCode = 0;
    const bool running = GetExitCodeProcess(process, &exitCode) && exitCode == STILL_ACTIVE;
    CloseHandle(process);
    return running;
#else
    if (pid != static_cast<qint64>(static_cast<pid_t>(pid)))
        return false; // not a pid this system can have
    if (::kill(static_cast<pid_t>(pid), 0) != 0)
        return errno == EPERM; // EPERM: it exists, but belongs to another user
#ifdef Q_OS_LINUX
    return !isZombie(pid);
#else
    return true;
#endif
#endif
}

qint64 currentProcessId()
{
    return QCoreApplication::applicationPid();
}

QString currentProcessInstance()
{
    static const QString instance = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return instance;
}

bool isOwnerRunning(qint64 pid, const QString &instance)
{
    if (pid <= 0)
        return false;
    if (pid == currentProcessId())
        return instance == currentProcessInstance();
    return isProcessRunning(pid);
}

} // namespace Snapdock
