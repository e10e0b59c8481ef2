// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/controllers/LocalBackupController.h"

#include "core/catalog/BackupCatalog.h"
#include "core/storage/FileHashTask.h"
#include "gui/controllers/BackgroundRunner.h"
#include "gui/models/LocalBackupModel.h"

#include <QDir>
#include <QFile>

namespace Snapdock {

LocalBackupController::LocalBackupController(LocalBackupModel &model, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_runner(new BackgroundRunner(this))
{}

LocalBackupController::~LocalBackupController()
{
    // FileHashTask's destructor stops its worker within one chunk.
    for (const QPointer<FileHashTask> &task : std::as_const(m_hashTasks))
        delete task.data();
}

void LocalBackupController::scan(const QString &folder)
{
    const quint64 generation = ++m_scanGeneration;
    if (folder != m_folder)
        m_model.clear();
    m_folder = folder;
    if (folder.isEmpty()) {
        m_scanning = false;
        m_model.clear();
        Q_EMIT scanned();
        return;
    }
    m_scanning = true;
    m_runner->run(
        [folder] {
            return BackupCatalog::scan(folder);
        },
        [this, generation](Result<QList<LocalBackup>> backups) {
            if (generation != m_scanGeneration)
                return;
            m_scanning = false;
            if (!backups) {
                Q_EMIT scanFailed(backups.error());
                return;
            }
            m_model.setBackups(*backups);
            Q_EMIT scanned();
        });
}

void LocalBackupController::verify(const QString &snapshotPath)
{
    const auto backup = m_model.backup(snapshotPath);
    if (!backup || isVerifying(snapshotPath))
        return;
    if (!backup->hasMetadata || backup->metadata.sha256.isEmpty()) {
        m_model.setVerifyStatus(
            snapshotPath, LocalBackupModel::Status::VerifyFailed, tr("No recorded SHA-256 to compare with."));
        Q_EMIT verified(snapshotPath);
        return;
    }
    if (backup->snapshotMissing) {
        m_model.setVerifyStatus(
            snapshotPath, LocalBackupModel::Status::VerifyFailed, tr("The snapshot file is missing."));
        Q_EMIT verified(snapshotPath);
        return;
    }
    if (!backup->sizeMatches) {
        // A different size is a mismatch without reading a byte.
        m_model.setVerifyStatus(snapshotPath,
            LocalBackupModel::Status::Mismatch,
            tr("The file has %1 bytes; the backup recorded %2.").arg(backup->fileSize).arg(backup->metadata.size));
        Q_EMIT verified(snapshotPath);
        return;
    }
    m_model.setVerifyStatus(snapshotPath, LocalBackupModel::Status::Verifying);
    auto *task = new FileHashTask(snapshotPath, this);
    m_hashTasks.insert(snapshotPath, task);
    connect(task, &FileHashTask::finished, this, [this, snapshotPath] {
        onHashed(snapshotPath);
    });
    task->start();
}

void LocalBackupController::onHashed(const QString &snapshotPath)
{
    const QPointer<FileHashTask> task = m_hashTasks.take(snapshotPath);
    if (!task)
        return;
    const auto digest = task->result();
    task->deleteLater();
    const auto backup = m_model.backup(snapshotPath);
    if (!backup)
        return;
    if (!digest) {
        m_model.setVerifyStatus(snapshotPath, LocalBackupModel::Status::VerifyFailed, digest.error().userMessage());
    } else if (QString::fromLatin1(*digest).compare(backup->metadata.sha256, Qt::CaseInsensitive) == 0) {
        m_model.setVerifyStatus(
            snapshotPath, LocalBackupModel::Status::Verified, tr("SHA-256 matches the backup record."));
    } else {
        m_model.setVerifyStatus(snapshotPath,
            LocalBackupModel::Status::Mismatch,
            tr("SHA-256 is %1; the backup recorded %2.").arg(QString::fromLatin1(*digest), backup->metadata.sha256));
    }
    Q_EMIT verified(snapshotPath);
}

VoidResult LocalBackupController::setPinned(const QString &snapshotPath, bool pinned)
{
    const auto backup = m_model.backup(snapshotPath);
    if (!backup || !backup->hasMetadata || backup->metadataPath.isEmpty()) {
        return fail(Error::make(ErrorKind::InvalidArgument,
            tr("%1 has no readable .snapdock.json to record the pin in").arg(QDir::toNativeSeparators(snapshotPath))));
    }
    // Read the file again rather than writing the scanned copy: it may have changed since the scan.
    auto metadata = SnapshotMetadata::readFrom(backup->metadataPath);
    if (!metadata)
        return fail(metadata.error());
    metadata->pinned = pinned;
    if (auto written = metadata->writeTo(backup->metadataPath); !written)
        return written;
    m_model.setPinned(snapshotPath, pinned);
    return {};
}

VoidResult LocalBackupController::deleteBackup(const QString &snapshotPath)
{
    const auto backup = m_model.backup(snapshotPath);
    if (const QPointer<FileHashTask> task = m_hashTasks.take(snapshotPath))
        delete task.data();
    const QString metadataPath = backup && !backup->metadataPath.isEmpty()
        ? backup->metadataPath
        : SnapshotMetadata::metadataPathFor(snapshotPath);
    for (const QString &path : { snapshotPath, metadataPath }) {
        QFile file(path);
        if (file.exists() && !file.remove()) {
            return fail(Error::make(
                ErrorKind::LocalIoError, tr("deleting %1").arg(QDir::toNativeSeparators(path)), file.errorString()));
        }
    }
    m_model.removeBackup(snapshotPath);
    return {};
}

} // namespace Snapdock
