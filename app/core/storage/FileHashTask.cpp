// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/FileHashTask.h"

#include "core/storage/Sha256.h"

#include <QDir>
#include <QFile>
#include <QPointer>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

namespace {

constexpr qint64 CHUNK_SIZE = 4 * 1024 * 1024;

} // namespace

FileHashTask::FileHashTask(QString path, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_result(fail(Error::make(ErrorKind::Cancelled, QString())))
{}

FileHashTask::~FileHashTask()
{
    cancel();
    if (m_thread)
        m_thread->wait();
}

void FileHashTask::cancel()
{
    m_cancelled->store(true);
}

void FileHashTask::start()
{
    if (m_thread)
        return;
    QPointer<FileHashTask> self(this);
    const QString path = m_path;
    auto cancelled = m_cancelled;
    m_thread.reset(QThread::create([self, path, cancelled] {
        auto report = [&](const Result<QByteArray> &result) {
            // Queued: runs in the task's own thread, and not at all if the task is gone.
            QMetaObject::invokeMethod(
                self.data(),
                [self, result] {
                    if (self)
                        self->onWorkerDone(result);
                },
                Qt::QueuedConnection);
        };
        const QString shown = QDir::toNativeSeparators(path);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            const ErrorKind kind = file.error() == QFileDevice::PermissionsError ? ErrorKind::LocalPermissionDenied
                                                                                 : ErrorKind::LocalIoError;
            report(fail(Error::make(kind, u"reading %1"_s.arg(shown), file.errorString())));
            return;
        }
        const qint64 total = file.size();
        Sha256 hash;
        QByteArray chunk(CHUNK_SIZE, Qt::Uninitialized);
        qint64 done = 0;
        for (;;) {
            if (cancelled->load()) {
                report(fail(Error::make(ErrorKind::Cancelled, u"hashing %1"_s.arg(shown))));
                return;
            }
            const qint64 n = file.read(chunk.data(), CHUNK_SIZE);
            if (n < 0) {
                report(fail(Error::make(ErrorKind::LocalIoError, u"reading %1"_s.arg(shown), file.errorString())));
                return;
            }
            if (n == 0)
                break;
            hash.addData(chunk.constData(), n);
            done += n;
            QMetaObject::invokeMethod(
                self.data(),
                [self, done, total] {
                    if (self)
                        Q_EMIT self->progressChanged(done, total);
                },
                Qt::QueuedConnection);
        }
        report(hash.hexDigest());
    }));
    m_thread->start();
}

void FileHashTask::onWorkerDone(const Result<QByteArray> &result)
{
    m_result = result;
    Q_EMIT finished();
}

} // namespace Snapdock
