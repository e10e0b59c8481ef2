// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/PrefixHashTask.h"

#include <QDir>
#include <QFile>
#include <QPointer>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

namespace {

constexpr qint64 CHUNK_SIZE = 4 * 1024 * 1024;

} // namespace

PrefixHashTask::PrefixHashTask(QString path, qint64 length, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_length(length)
    , m_error(Error::make(ErrorKind::Cancelled, QString()))
{}

PrefixHashTask::~PrefixHashTask()
{
    cancel();
    if (m_thread)
        m_thread->wait();
}

void PrefixHashTask::cancel()
{
    m_cancelled->store(true);
}

Result<Sha256> PrefixHashTask::takeResult()
{
    if (m_error)
        return fail(*m_error);
    if (!m_hash)
        return fail(Error::make(ErrorKind::LocalIoError, u"hashing %1: the result was taken already"_s.arg(m_path)));
    Sha256 hash = std::move(*m_hash);
    m_hash.reset();
    return hash;
}

void PrefixHashTask::start()
{
    if (m_thread)
        return;
    QPointer<PrefixHashTask> self(this);
    const QString path = m_path;
    const qint64 length = m_length;
    auto cancelled = m_cancelled;
    m_thread.reset(QThread::create([self, path, length, cancelled] {
        // Sha256 is move-only; the shared pointer carries it across the queued call.
        auto report = [&](std::optional<Error> error, std::shared_ptr<Sha256> hash) {
            QMetaObject::invokeMethod(
                self.data(),
                [self, error, hash] {
                    if (!self)
                        return;
                    self->m_error = error;
                    self->m_hash = hash;
                    Q_EMIT self->finished();
                },
                Qt::QueuedConnection);
        };
        const QString shown = QDir::toNativeSeparators(path);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            const ErrorKind kind = file.error() == QFileDevice::PermissionsError ? ErrorKind::LocalPermissionDenied
                                                                                 : ErrorKind::LocalIoError;
            report(Error::make(kind, u"reading %1"_s.arg(shown), file.errorString()), nullptr);
            return;
        }
        auto hash = std::make_shared<Sha256>();
        QByteArray chunk(CHUNK_SIZE, Qt::Uninitialized);
        qint64 done = 0;
        while (done < length) {
            if (cancelled->load()) {
                report(Error::make(ErrorKind::Cancelled, u"hashing %1"_s.arg(shown)), nullptr);
                return;
            }
            const qint64 n = file.read(chunk.data(), qMin(CHUNK_SIZE, length - done));
            if (n < 0) {
                report(Error::make(ErrorKind::LocalIoError, u"reading %1"_s.arg(shown), file.errorString()), nullptr);
                return;
            }
            if (n == 0) {
                report(Error::make(ErrorKind::LocalIoError,
                           u"reading %1: it holds %2 bytes, not %3"_s.arg(shown).arg(done).arg(length)),
                    nullptr);
                return;
            }
            hash->addData(chunk.constData(), n);
            done += n;
            QMetaObject::invokeMethod(
                self.data(),
                [self, done, length] {
                    if (self)
                        Q_EMIT self->progressChanged(done, length);
                },
                Qt::QueuedConnection);
        }
        report(std::nullopt, hash);
    }));
    m_thread->start();
}

} // namespace Snapdock
