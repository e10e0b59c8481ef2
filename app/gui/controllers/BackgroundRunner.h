// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QThread>

#include <type_traits>
#include <utility>

namespace Snapdock {

// Runs blocking work (folder scans, archive previews) on short-lived worker threads so the GUI thread never
// waits on the file system, and delivers each result back to this object's thread.
//
// Ownership and threading: each run() gets its own QThread, deleted when it ends. The destructor waits for the
// workers still running, so work must be bounded (no multi-gigabyte hashing: use FileHashTask, which can be
// cancelled). Results of work that ends after the runner is destroyed are dropped. `work` must not touch
// QObjects of the GUI thread; `done` runs in the runner's thread.
class BackgroundRunner : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundRunner(QObject *parent = nullptr);
    ~BackgroundRunner() override;

    template <typename Work, typename Done>
    void run(Work work, Done done);

    [[nodiscard]] int runningCount() const { return int(m_threads.size()); }

private:
    void adopt(QThread *thread);

    QList<QThread *> m_threads;
};

template <typename Work, typename Done>
void BackgroundRunner::run(Work work, Done done)
{
    using Value = std::invoke_result_t<Work &>;
    QThread *thread = QThread::create([this, work = std::move(work), done = std::move(done)]() mutable {
        Value value = work();
        // Queued into the runner's thread; the destructor waits for this thread, so `this` is alive here, and
        // the posted call is discarded if the runner is destroyed before it runs.
        QMetaObject::invokeMethod(
            this,
            [done = std::move(done), value = std::move(value)]() mutable {
                done(std::move(value));
            },
            Qt::QueuedConnection);
    });
    adopt(thread);
}

} // namespace Snapdock
