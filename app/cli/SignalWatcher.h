// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSocketNotifier;

namespace Snapdock::Cli {

// Turns SIGINT and SIGTERM into a Qt signal delivered by the event loop. On Unix the handler only writes
// one byte to a self-pipe (async-signal-safe); a QSocketNotifier reads it. Elsewhere the handler sets a
// flag that a timer polls. Installs the handlers in the constructor and restores the defaults in the
// destructor; create at most one at a time, in the main thread.
class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    // Emitted once per signal received; `count` is 1 for the first, 2 for the second…
    void interrupted(int count);

private:
    void onNotified();

    QSocketNotifier *m_notifier = nullptr;
    int m_count = 0;
};

} // namespace Snapdock::Cli
