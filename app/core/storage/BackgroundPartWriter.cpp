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
        m_written.clear();
        m_writeWork.wakeAll();
        m_hashWork.wakeAll();
        m_progress.wakeAll();
    }
    // Before QObject's destructor: the workers may still be emitting a signal.
    if (m_writer)
        m_writer->wait();
    if (m_hasher)
        m_hasher->wait();
    closeWriteBehind();
}

void BackgroundPartWriter::ensureStarted()
{
    if (m_writer)
        return;
    m_writer.reset(QThread::create([this] {
        runWriter();
    }));
    m_writer->setObjectName(u"snapdock-writer"_s);
    m_writer->start();
    m_hasher.reset(QThread::create([this] {
        runHasher();
    }));
    m_hasher->setObjectName(u"snapdock-sha256"_s);
    m_hasher->start();
}

bool BackgroundPartWriter::isIdle() const
{
    // Called with m_mutex held.
    return !m_writing && !m_hashing && m_queue.isEmpty() && m_written.isEmpty();
}

void BackgroundPartWriter::waitUntilIdle()
{
    // Called with m_mutex held.
    while (!isIdle())
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

void BackgroundPartWriter::dropQueued()
{
    // Called with m_mutex held. A chunk the writer holds now belongs to the old generation: it is finished but
    // neither counted nor hashed.
    ++m_generation;
    m_queue.clear();
    m_written.clear();
    m_progress.wakeAll();
    waitUntilIdle();
}

void BackgroundPartWriter::abandon()
{
    QMutexLocker lock(&m_mutex);
    dropQueued();
    closeWriteBehind();
    m_file = nullptr;
}

void BackgroundPartWriter::reset(Sha256 next)
{
    QMutexLocker lock(&m_mutex);
    dropQueued();
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
    m_writeWork.wakeOne();
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

void BackgroundPartWriter::runWriter()
{
    QMutexLocker lock(&m_mutex);
    for (;;) {
        while (!m_stop && m_queue.isEmpty())
            m_writeWork.wait(&m_mutex);
        if (m_stop)
            return;
        QByteArray chunk = m_queue.takeFirst();
        const quint64 generation = m_generation;
        m_writing = true;
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
            if (written)
                writeBehind();
        }
        lock.relock();
        bool failed = false;
        if (generation == m_generation && !written) {
            failed = true;
            m_error = written.error();
            m_queue.clear();
        } else if (generation == m_generation && write) {
            m_bytesWritten += chunk.size();
            // Bounded like the first queue: a hasher that falls behind holds the writer, and so the owner.
            while (!m_stop && generation == m_generation && m_written.size() >= m_capacity)
                m_progress.wait(&m_mutex);
            if (m_stop)
                return;
            if (generation == m_generation) {
                m_written.append(std::move(chunk));
                m_hashWork.wakeOne();
            }
        }
        m_writing = false;
        m_progress.wakeAll();
        if (failed) {
            lock.unlock();
            Q_EMIT writeFailed();
            lock.relock();
        }
    }
}

void BackgroundPartWriter::runHasher()
{
    QMutexLocker lock(&m_mutex);
    for (;;) {
        while (!m_stop && m_written.isEmpty())
            m_hashWork.wait(&m_mutex);
        if (m_stop)
            return;
        QByteArray chunk = m_written.takeFirst();
        m_hashing = true;
        m_progress.wakeAll(); // the writer may wait for room in m_written
        lock.unlock();
        m_hash.addData(chunk);
        lock.relock();
        m_hashing = false;
        // Kept for takeBuffer() only if nobody else holds it (a shared one would be copied on the next write), and
        // only as many as can be in use at once.
        if (chunk.isDetached() && m_free.size() <= 2 * m_capacity)
            m_free.append(std::move(chunk));
        m_progress.wakeAll();
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
