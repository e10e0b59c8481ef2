// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/BackgroundPartWriter.h"

#include "core/storage/PartFile.h"

#include <QFile>
#include <QThread>

#include <limits>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

namespace {

#ifdef Q_OS_LINUX
// Write-back lags the stream by one window, whose last page may still be filled: at most about two windows are
// dirty when the stream ends.
constexpr qint64 WRITE_BEHIND_WINDOW = 2 * 1024 * 1024;
#endif

} // namespace

BackgroundPartWriter::BackgroundPartWriter(int capacity, QObject *parent)
    : QObject(parent)
    , m_capacity(qMax(1, capacity))
{}

BackgroundPartWriter::~BackgroundPartWriter()
{
    {
        QMutexLocker lock(&m_mutex);
        m_stop = true;
        m_queue.clear();
        m_work.wakeAll();
    }
    // Before QObject's destructor: the worker may still be emitting a signal.
    if (m_thread)
        m_thread->wait();
    closeWriteBehind();
}

void BackgroundPartWriter::ensureStarted()
{
    if (m_thread)
        return;
    m_thread.reset(QThread::create([this] {
        run();
    }));
    m_thread->setObjectName(u"snapdock-writer"_s);
    m_thread->start();
}

void BackgroundPartWriter::waitUntilIdle()
{
    // Called with m_mutex held.
    while (m_busy || !m_queue.isEmpty())
        m_progress.wait(&m_mutex);
}

void BackgroundPartWriter::attach(PartFile *file, Sha256 hash)
{
    QMutexLocker lock(&m_mutex);
    waitUntilIdle();
    closeWriteBehind();
    m_file = file;
    m_hash = std::move(hash);
    m_error.reset();
    m_bytesWritten = 0;
}

VoidResult BackgroundPartWriter::drain()
{
    QMutexLocker lock(&m_mutex);
    waitUntilIdle();
    if (m_error)
        return fail(*m_error);
    return {};
}

Sha256 BackgroundPartWriter::detach()
{
    QMutexLocker lock(&m_mutex);
    waitUntilIdle();
    // Idle with an empty queue: the file and the hash are ours until the next chunk.
    closeWriteBehind();
    m_file = nullptr;
    return std::exchange(m_hash, Sha256());
}

void BackgroundPartWriter::abandon()
{
    QMutexLocker lock(&m_mutex);
    m_queue.clear();
    waitUntilIdle();
    closeWriteBehind();
    m_file = nullptr;
}

void BackgroundPartWriter::reset(Sha256 next)
{
    QMutexLocker lock(&m_mutex);
    m_queue.clear();
    waitUntilIdle();
    // The owner may truncate or replace the file next: a handle on the old one must not be used for the new one.
    closeWriteBehind();
    m_hash = std::move(next);
    m_error.reset();
    m_bytesWritten = 0;
}

bool BackgroundPartWriter::hasSpace()
{
    QMutexLocker lock(&m_mutex);
    if (m_queue.size() < m_capacity)
        return true;
    m_spaceWanted = true;
    return false;
}

QByteArray BackgroundPartWriter::takeBuffer(qsizetype size)
{
    QByteArray buffer;
    {
        QMutexLocker lock(&m_mutex);
        if (!m_free.isEmpty())
            buffer = m_free.takeLast();
    }
    // Within the buffer's capacity this neither allocates nor copies: nobody else holds it.
    buffer.resize(size);
    return buffer;
}

void BackgroundPartWriter::enqueue(QByteArray &&chunk)
{
    // Called with m_mutex held. After a failure nothing more is written: the chunk is dropped.
    if (m_error)
        return;
    // Moved, not copied (QQueue::enqueue() copies): a chunk the worker holds alone can be recycled.
    m_queue.append(std::move(chunk));
    m_work.wakeOne();
}

bool BackgroundPartWriter::tryAdd(QByteArray chunk)
{
    if (chunk.isEmpty())
        return true;
    {
        QMutexLocker lock(&m_mutex);
        if (m_queue.size() >= m_capacity) {
            m_spaceWanted = true;
            return false;
        }
        enqueue(std::move(chunk));
    }
    ensureStarted();
    return true;
}

void BackgroundPartWriter::add(QByteArray chunk)
{
    if (chunk.isEmpty())
        return;
    ensureStarted();
    QMutexLocker lock(&m_mutex);
    while (m_queue.size() >= m_capacity)
        m_progress.wait(&m_mutex);
    enqueue(std::move(chunk));
}

qint64 BackgroundPartWriter::bytesWritten()
{
    QMutexLocker lock(&m_mutex);
    return m_bytesWritten;
}

void BackgroundPartWriter::run()
{
    QMutexLocker lock(&m_mutex);
    for (;;) {
        while (!m_stop && m_queue.isEmpty())
            m_work.wait(&m_mutex);
        if (m_stop)
            return;
        QByteArray chunk = m_queue.takeFirst();
        m_busy = true;
        const bool announce = m_spaceWanted;
        m_spaceWanted = false;
        m_progress.wakeAll();
        const bool write = m_file && !m_error;
        lock.unlock();
        // Announced before the work, so that the owner refills the queue meanwhile.
        if (announce)
            Q_EMIT spaceAvailable();
        VoidResult written;
        if (write) {
            written = m_file->write(chunk.constData(), chunk.size());
            if (written) {
                m_hash.addData(chunk);
                writeBehind();
            }
        }
        lock.relock();
        m_busy = false;
        const bool failed = !written;
        if (failed) {
            m_error = written.error();
            m_queue.clear();
        } else if (write) {
            m_bytesWritten += chunk.size();
        }
        // Kept for takeBuffer() only if nobody else holds it (a shared one would be copied on the next write), and
        // only as many as can be in use at once.
        if (chunk.isDetached() && m_free.size() <= m_capacity)
            m_free.append(std::move(chunk));
        if (m_queue.isEmpty())
            m_progress.wakeAll();
        if (failed) {
            lock.unlock();
            Q_EMIT writeFailed();
            lock.relock();
        }
    }
}

void BackgroundPartWriter::writeBehind()
{
#ifdef Q_OS_LINUX
    const qint64 upTo = (m_file->size() / WRITE_BEHIND_WINDOW - 1) * WRITE_BEHIND_WINDOW;
    if (upTo <= m_writeBehindOffset)
        return;
    if (m_writeBehindFd < 0) {
        m_writeBehindFd = ::open(QFile::encodeName(m_file->partPath()).constData(), O_RDONLY | O_CLOEXEC);
        if (m_writeBehindFd < 0) {
            // Only an optimisation: without it, commit()'s fsync simply writes everything.
            m_writeBehindOffset = std::numeric_limits<qint64>::max();
            return;
        }
    }
    // Starts write-out of the range without waiting for it (the pages stay cached), so that commit()'s fsync finds
    // it on disk or on its way. A failure only leaves more for that fsync.
    ::sync_file_range(m_writeBehindFd, m_writeBehindOffset, upTo - m_writeBehindOffset, SYNC_FILE_RANGE_WRITE);
    m_writeBehindOffset = upTo;
#endif
}

void BackgroundPartWriter::closeWriteBehind()
{
#ifdef Q_OS_LINUX
    if (m_writeBehindFd >= 0)
        ::close(m_writeBehindFd);
#endif
    m_writeBehindFd = -1;
    m_writeBehindOffset = 0;
}

} // namespace Snapdock
