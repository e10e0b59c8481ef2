// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/support/Result.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace Snapdock {

class BackgroundRunner;
class FileHashTask;
class LocalBackupModel;

// Keeps a LocalBackupModel in step with a backup folder: scans it with BackupCatalog on a worker thread,
// verifies backups by recomputing their SHA-256 on a worker thread (FileHashTask, cancelled when the
// controller goes away), pins and unpins them (the metadata's pinned flag) and deletes backups (snapshot +
// metadata file).
//
// Signals: after scan(), exactly one of scanned() or scanFailed(); a scan started while one runs supersedes it.
// After verify(), verified() once per path (the model row already shows the outcome). GUI thread only.
class LocalBackupController : public QObject
{
    Q_OBJECT

public:
    // `model` must outlive the controller.
    explicit LocalBackupController(LocalBackupModel &model, QObject *parent = nullptr);
    ~LocalBackupController() override;

    [[nodiscard]] QString folder() const { return m_folder; }
    // Scans `folder` (empty clears the model).
    void scan(const QString &folder);
    void rescan() { scan(m_folder); }
    [[nodiscard]] bool isScanning() const { return m_scanning; }

    // Recomputes the SHA-256 of the backup at `snapshotPath` and compares it with its metadata.
    void verify(const QString &snapshotPath);
    [[nodiscard]] bool isVerifying(const QString &snapshotPath) const { return m_hashTasks.contains(snapshotPath); }

    // Writes the pinned flag into the backup's .snapdock.json (atomically; a small file, so on this thread) and
    // updates the model. InvalidArgument for a backup without readable metadata.
    [[nodiscard]] VoidResult setPinned(const QString &snapshotPath, bool pinned);

    // Removes the snapshot file and its .snapdock.json. Errors name the file that could not be removed.
    [[nodiscard]] VoidResult deleteBackup(const QString &snapshotPath);

Q_SIGNALS:
    void scanned();
    void scanFailed(const Snapdock::Error &error);
    void verified(const QString &snapshotPath);

private:
    void onHashed(const QString &snapshotPath);

    LocalBackupModel &m_model;
    BackgroundRunner *m_runner;
    QString m_folder;
    quint64 m_scanGeneration = 0;
    bool m_scanning = false;
    QHash<QString, QPointer<FileHashTask>> m_hashTasks;
};

} // namespace Snapdock
