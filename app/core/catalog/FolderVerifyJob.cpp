// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/catalog/FolderVerifyJob.h"

#include "core/catalog/BackupCatalog.h"
#include "core/storage/FileHashTask.h"
#include "core/storage/Sha256.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

QString localVerifyStatusName(LocalVerifyStatus status)
{
    switch (status) {
    case LocalVerifyStatus::Ok:
        return u"ok"_s;
    case LocalVerifyStatus::Mismatch:
        return u"mismatch"_s;
    case LocalVerifyStatus::MissingMetadata:
        return u"missing_metadata"_s;
    case LocalVerifyStatus::Unreadable:
        return u"unreadable"_s;
    }
    return u"unreadable"_s;
}

FolderVerifyJob::FolderVerifyJob(QString folder, QObject *parent)
    : Job(parent)
    , m_folder(std::move(folder))
{}

FolderVerifyJob::~FolderVerifyJob() = default;

void FolderVerifyJob::run()
{
    setStage(tr("looking for backups in %1").arg(QDir::toNativeSeparators(m_folder)));
    Result<QList<LocalBackup>> scanned = BackupCatalog::scan(m_folder);
    if (!scanned) {
        failWith(scanned.error());
        return;
    }
    m_backups = std::move(*scanned);
    verifyNext();
}

void FolderVerifyJob::cancelLocalWork()
{
    if (m_hashTask)
        m_hashTask->cancel(); // its finished() then finishes the job as cancelled
    else
        failWith(Error::make(ErrorKind::Cancelled, stage()));
}

std::optional<LocalVerifyResult> FolderVerifyJob::verdictWithoutHashing(const LocalBackup &backup)
{
    LocalVerifyResult result;
    result.backup = backup;
    if (backup.metadataPath.isEmpty()) {
        result.status = LocalVerifyStatus::MissingMetadata;
        result.problem = tr("no metadata file next to it; nothing to verify against");
    } else if (!backup.hasMetadata) {
        result.problem = backup.metadataError;
    } else if (!Sha256::isValidHexDigest(backup.metadata.sha256)) {
        result.problem = tr("the metadata records no SHA-256 checksum");
    } else if (backup.snapshotMissing) {
        result.problem = tr("the snapshot file is missing");
    } else if (backup.metadata.size > 0 && !backup.sizeMatches) {
        // 0 is what an interrupted backup recorded; only a recorded size settles it without reading the file.
        result.status = LocalVerifyStatus::Mismatch;
        result.problem = tr("%1 bytes, but the metadata records %2").arg(backup.fileSize).arg(backup.metadata.size);
    } else {
        return std::nullopt;
    }
    return result;
}

void FolderVerifyJob::verifyNext()
{
    while (m_results.size() < m_backups.size()) {
        const LocalBackup &backup = m_backups.at(m_results.size());
        std::optional<LocalVerifyResult> settled = verdictWithoutHashing(backup);
        if (!settled)
            break;
        m_results.append(*settled);
    }
    if (m_results.size() >= m_backups.size()) {
        finishVerify();
        return;
    }
    const LocalBackup &backup = m_backups.at(m_results.size());
    setStage(tr("verifying %1 of %2: %3")
                 .arg(m_results.size() + 1)
                 .arg(m_backups.size())
                 .arg(QFileInfo(backup.snapshotPath).fileName()));
    auto *task = new FileHashTask(backup.snapshotPath, this);
    connect(task, &FileHashTask::progressChanged, this, &Job::progressChanged);
    connect(task, &FileHashTask::finished, this, [this, task, backup] {
        task->deleteLater();
        if (isFinished())
            return;
        if (isCancelRequested()) {
            failWith(Error::make(ErrorKind::Cancelled, stage()));
            return;
        }
        LocalVerifyResult result;
        result.backup = backup;
        const Result<QByteArray> digest = task->result();
        if (!digest) {
            result.problem = digest.error().userMessage();
        } else {
            result.sha256 = QString::fromLatin1(*digest);
            const bool same = result.sha256.compare(backup.metadata.sha256, Qt::CaseInsensitive) == 0;
            result.status = same ? LocalVerifyStatus::Ok : LocalVerifyStatus::Mismatch;
            if (!same)
                result.problem =
                    tr("SHA-256 %1, but the metadata records %2").arg(result.sha256, backup.metadata.sha256);
        }
        m_results.append(result);
        verifyNext();
    });
    m_hashTask = task;
    task->start();
}

void FolderVerifyJob::finishVerify()
{
    const auto failed = std::count_if(m_results.cbegin(), m_results.cend(), [](const LocalVerifyResult &result) {
        return result.status != LocalVerifyStatus::Ok;
    });
    if (failed == 0) {
        succeed();
        return;
    }
    failWith(Error::make(ErrorKind::InvalidSnapshot,
        tr("verifying the backups in %1").arg(QDir::toNativeSeparators(m_folder)),
        tr("%1 of %2 backups did not verify").arg(failed).arg(m_results.size())));
}

} // namespace Snapdock
