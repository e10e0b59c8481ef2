// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/Sha256.h"
#include "core/support/Result.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>
#include <optional>

namespace Snapdock {

// Feeds the first `length` bytes of a file into a SHA-256 on a worker thread and hands over the running hash, not a
// digest, so that a download can continue hashing where the bytes of an earlier process end (see
// BackupJob::resumeFrom()). Hashing gigabytes never blocks the event loop. Emits finished() once, in the thread that
// owns the task; a file shorter than `length` is an error. Destroying the task stops the worker and waits for it to
// return (within one chunk).
class PrefixHashTask : public QObject
{
    Q_OBJECT

public:
    PrefixHashTask(QString path, qint64 length, QObject *parent = nullptr);
    ~PrefixHashTask() override;

    void start();
    void cancel();

    // After finished(): the hash over exactly `length` bytes (moved out; call once), or the error.
    [[nodiscard]] Result<Sha256> takeResult();

Q_SIGNALS:
    void progressChanged(qint64 bytesDone, qint64 bytesTotal);
    void finished();

private:
    QString m_path;
    qint64 m_length = 0;
    std::unique_ptr<QThread> m_thread;
    std::shared_ptr<std::atomic_bool> m_cancelled = std::make_shared<std::atomic_bool>(false);
    std::optional<Error> m_error;
    std::shared_ptr<Sha256> m_hash;
};

} // namespace Snapdock
