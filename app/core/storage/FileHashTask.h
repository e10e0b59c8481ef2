// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/support/Result.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace Snapdock {

// Computes a file's SHA-256 on a worker thread, so that hashing gigabytes never blocks the event loop.
// Emits finished() once, in the thread that owns the task. Destroying the task stops the worker and
// waits for it to return (within one chunk).
class FileHashTask : public QObject
{
    Q_OBJECT

public:
    explicit FileHashTask(QString path, QObject *parent = nullptr);
    ~FileHashTask() override;

    void start();
    void cancel();

    // Lowercase hex digest, or the error. Only meaningful after finished().
    [[nodiscard]] Result<QByteArray> result() const { return m_result; }

Q_SIGNALS:
    void progressChanged(qint64 bytesDone, qint64 bytesTotal);
    void finished();

private:
    void onWorkerDone(const Result<QByteArray> &result);

    QString m_path;
    std::unique_ptr<QThread> m_thread;
    std::shared_ptr<std::atomic_bool> m_cancelled = std::make_shared<std::atomic_bool>(false);
    Result<QByteArray> m_result;
};

} // namespace Snapdock
