// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/Sha256.h"
#include "core/support/Result.h"

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QQueue>
#include <QWaitCondition>

#include <memory>
#include <optional>

class QThread;

namespace Snapdock {

class PartFile;

// Writes a stream to a PartFile and computes its SHA-256, chunk by chunk in order, on two worker threads (one writes,
// the other hashes what was written, so the two overlap): the thread that reads the network (the GUI thread in the
// application) only copies bytes out of the reply, and neither the disk (page-cache copies, dirty-page throttling on
// a slow or network drive) nor the hash can block it. A chunk is hashed only once it is written, so the hash always
// covers exactly the bytes written. Nothing is read twice. On Linux the writer also starts write-back a few MiB
// behind the stream, so that PartFile::commit()'s fsync has little left.
//
// The owner attach()es an open file, hands over chunks with tryAdd() (or add()), moving each in, and drains the
// writer before it touches the file again (size, commit, discard, a resume point). Memory is bounded: while
// `capacity` chunks wait to be written, hasSpace() is false and tryAdd() refuses; the owner then stops reading its
// source (backpressure) and goes on when spaceAvailable() comes. takeBuffer() hands back the buffers of finished
// chunks, so a long stream goes round the same few buffers. The first failed write stops the writer: later chunks are
// dropped, writeFailed() is emitted and drain() returns the error.
//
// Threading: create, use and destroy it in one thread (the owner's). spaceAvailable() and writeFailed() are emitted
// from the worker thread, so a connection to an object of the owner's thread is queued; spaceAvailable() comes at
// most once per refusal. The workers start with the first chunk; the destructor drops the chunks still waiting and
// joins them (within one chunk). The file must outlive the writer or be detached first.
class BackgroundPartWriter final : public QObject
{
    Q_OBJECT

public:
    static constexpr int DEFAULT_CAPACITY = 4;

    explicit BackgroundPartWriter(int capacity = DEFAULT_CAPACITY, QObject *parent = nullptr);
    ~BackgroundPartWriter() override;
    BackgroundPartWriter(const BackgroundPartWriter &) = delete;
    BackgroundPartWriter &operator=(const BackgroundPartWriter &) = delete;

    // Writes from now on to `file` (open, at its end), with `hash` over the bytes already in it. Drains first.
    void attach(PartFile *file, Sha256 hash = Sha256());
    // Waits until every chunk added so far is written and hashed, or the first write failed; returns that failure.
    // Until the next chunk, the file is the owner's again.
    [[nodiscard]] VoidResult drain();
    // Drains, lets go of the file and returns the hash over exactly the bytes written to it.
    [[nodiscard]] Sha256 detach();
    // Drops the chunks still waiting and lets go of the file, waiting only for the chunk being written.
    void abandon();
    // Drops the chunks still waiting, forgets a failure and starts the hash again from `next`; the same file stays
    // attached (e.g. truncated by its owner meanwhile).
    void reset(Sha256 next = Sha256());

    // True while fewer than `capacity` chunks wait. When false, spaceAvailable() follows once there is space.
    [[nodiscard]] bool hasSpace();
    // An uninitialised buffer of `size` bytes for the next chunk: a finished chunk's buffer when one is free (no
    // allocation if it is large enough), else a new one.
    [[nodiscard]] QByteArray takeBuffer(qsizetype size);
    // Queues `chunk` if there is space; otherwise refuses, and spaceAvailable() follows once there is.
    [[nodiscard]] bool tryAdd(QByteArray chunk);
    // Queues `chunk`, first waiting for space if needed: for the end of a stream, where nothing could resume later.
    void add(QByteArray chunk);
    // Bytes written (and hashed) since attach()/reset(); complete after drain().
    [[nodiscard]] qint64 bytesWritten();

Q_SIGNALS:
    void spaceAvailable();
    void writeFailed();

private:
    void runWriter();
    void runHasher();
    void ensureStarted();
    void enqueue(QByteArray &&chunk);
    [[nodiscard]] bool isIdle() const;
    void waitUntilIdle();
    // Drops every queued chunk and waits until the workers are idle.
    void dropQueued();
    // Writer thread: after the file grew, starts write-back of what lies more than a window behind its end.
    void writeBehind();
    void closeWriteBehind();

    const int m_capacity;
    QMutex m_mutex;
    QWaitCondition m_writeWork; // writer: a chunk arrived, or stop
    QWaitCondition m_hashWork; // hasher: a written chunk arrived, or stop
    QWaitCondition m_progress; // owner and writer: a chunk was taken or finished
    // All guarded by m_mutex:
    QQueue<QByteArray> m_queue; // to be written
    QQueue<QByteArray> m_written; // written, to be hashed
    QList<QByteArray> m_free; // buffers of finished chunks nobody else holds
    bool m_writing = false; // while true the writer holds a chunk and uses m_file and write-behind without the lock
    bool m_hashing = false; // while true the hasher uses m_hash without the lock
    bool m_spaceWanted = false;
    bool m_stop = false;
    std::optional<Error> m_error; // the first failed write
    quint64 m_generation = 0; // changes when queued chunks are dropped: the writer drops the one it holds too
    qint64 m_bytesWritten = 0;
    // The workers' while they are busy or have chunks queued, the owner's when isIdle():
    PartFile *m_file = nullptr;
    Sha256 m_hash;
    int m_writeBehindFd = -1; // a read-only handle on the file, for write-back (Linux)
    qint64 m_writeBehindOffset = 0; // bytes of the file already handed to write-back
    std::unique_ptr<QThread> m_writer;
    std::unique_ptr<QThread> m_hasher;
};

} // namespace Snapdock
