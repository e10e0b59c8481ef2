// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/SignalWatcher.h"

#include <QSocketNotifier>
#include <QTimer>

#include <csignal>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace Snapdock::Cli {

namespace {

#ifdef Q_OS_UNIX
int s_pipe[2] = { -1, -1 };

void onSignal(int)
{
    const char byte = 1;
    // Only async-signal-safe work here; a full pipe just means the event loop has not caught up yet.
    [[maybe_unused]] const auto written = ::write(s_pipe[0], &byte, 1);
}
#else
volatile std::sig_atomic_t s_pending = 0;

void onSignal(int signalNumber)
{
    s_pending = s_pending + 1;
    std::signal(signalNumber, onSignal);
}
#endif

} // namespace

SignalWatcher::SignalWatcher(QObject *parent)
    : QObject(parent)
{
#ifdef Q_OS_UNIX
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, s_pipe) != 0)
        return;
    m_notifier = new QSocketNotifier(s_pipe[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &SignalWatcher::onNotified);
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
#else
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, &SignalWatcher::onNotified);
    timer->start(100);
#endif
}

SignalWatcher::~SignalWatcher()
{
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
#ifdef Q_OS_UNIX
    delete m_notifier;
    m_notifier = nullptr;
    for (int &fd : s_pipe) {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
#endif
}

void SignalWatcher::onNotified()
{
#ifdef Q_OS_UNIX
    char buffer[16];
    const auto received = ::read(s_pipe[1], buffer, sizeof(buffer));
    for (ssize_t i = 0; i < received; ++i)
        Q_EMIT interrupted(++m_count);
#else
    while (s_pending > 0) {
        s_pending = s_pending - 1;
        Q_EMIT interrupted(++m_count);
    }
#endif
}

} // namespace Snapdock::Cli
