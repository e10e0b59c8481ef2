// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/LocalBackup.h"
#include "core/jobs/Job.h"

#include <QList>
#include <QPointer>
#include <QString>

namespace Snapdock {

class FileHashTask;

// The verdict of a local verify on one backup.
enum class LocalVerifyStatus
{
    Ok, // the file's SHA-256 equals the metadata's
    Mismatch, // the file differs from its metadata (size or SHA-256)
    MissingMetadata, // a snapshot file without "<file>.snapdock.json": nothing to verify against
    Unreadable, // the metadata is malformed or records no checksum, or the snapshot is missing or unreadable
};

// "ok", "mismatch", "missing_metadata", "unreadable"; stable, never translated (JSON, scripts).
[[nodiscard]] QString localVerifyStatusName(LocalVerifyStatus status);

struct LocalVerifyResult
{
    LocalBackup backup;
    LocalVerifyStatus status = LocalVerifyStatus::Unreadable;
    QString sha256; // computed; empty when the file was not hashed
    QString problem; // what is wrong, for people; empty when Ok
};

// A local verify of every backup below a folder (BackupCatalog::scan(), recursive): each snapshot's SHA-256 against
// its metadata, hashed on a worker thread one file at a time (FileHashTask), so the event loop stays free and
// cancel() stops within one chunk. A size that differs from the metadata settles a mismatch without hashing.
//
// Outcome: Succeeded when every backup is Ok (also when the folder holds none: results() is then empty); Failed with
// ErrorKind::InvalidSnapshot when any is not (results() says which), or with the scan's error when the folder cannot
// be listed; Cancelled. results() holds one entry per backup verified so far, in scan order (newest first).
// Owned by its creator; deleted with deleteLater() after finished().
class FolderVerifyJob final : public Job
{
    Q_OBJECT

public:
    explicit FolderVerifyJob(QString folder, QObject *parent = nullptr);
    ~FolderVerifyJob() override;

    [[nodiscard]] QString folder() const { return m_folder; }
    [[nodiscard]] const QList<LocalVerifyResult> &results() const { return m_results; }
    // Backups found by the scan (results() grows to this size).
    [[nodiscard]] qsizetype backupCount() const { return m_backups.size(); }

protected:
    void run() override;
    void cancelLocalWork() override;

private:
    void verifyNext();
    void finishVerify();
    // A verdict reached without hashing, or nullopt when the file must be hashed.
    [[nodiscard]] static std::optional<LocalVerifyResult> verdictWithoutHashing(const LocalBackup &backup);

    QString m_folder;
    QList<LocalBackup> m_backups;
    QList<LocalVerifyResult> m_results;
    QPointer<FileHashTask> m_hashTask;
};

} // namespace Snapdock
