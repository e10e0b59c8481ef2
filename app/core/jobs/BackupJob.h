// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jobs/Job.h"
#include "core/qdrant/QdrantClient.h"
#include "core/storage/SnapshotMetadata.h"

namespace Snapdock {

struct BackupRequest
{
    // Where the snapshot comes from: a new one made now, or one already on the server.
    enum class Source
    {
        CreateNew,
        ExistingByName, // `snapshotName`
        ExistingLatest, // the newest listed snapshot, not counting copies left by Snapdock's uploads
    };

    SnapshotScope scope; // a collection, or the full storage
    QString outputFolder; // created if missing
    bool deleteFromServerAfterDownload = false; // leave no copy on the server's disk
    Source source = Source::CreateNew;
    QString snapshotName; // for ExistingByName
};

struct BackupResult
{
    QString collection; // empty for a full-storage backup
    QString snapshotName;
    QString filePath;
    QString metadataPath;
    qint64 size = 0;
    QString sha256;
    bool matchedServerChecksum = false;
    SnapshotMetadata metadata;
};

// Backs up one collection (or the full storage): reads the server version, the collection's config and
// aliases, creates a snapshot on the server (or picks one already there), downloads and verifies it, and
// writes the metadata file next to it. Nothing is left under the final file name unless every step succeeded.
class BackupJob final : public Job
{
    Q_OBJECT

public:
    // `client` must outlive the job.
    BackupJob(const QdrantClient &client, BackupRequest request, QObject *parent = nullptr);

    [[nodiscard]] const BackupRequest &request() const { return m_request; }
    // Only meaningful after finished() with state() == Succeeded.
    [[nodiscard]] const BackupResult &result() const { return m_result; }

protected:
    void run() override;

private:
    void readCollection();
    void readAliases();
    void createSnapshot();
    void pickExistingSnapshot();
    void download(const SnapshotDescription &snapshot);
    void writeMetadata(const DownloadedSnapshot &file);
    void deleteServerCopy();

    const QdrantClient &m_client;
    BackupRequest m_request;
    BackupResult m_result;
    SnapshotMetadata m_metadata;
};

} // namespace Snapdock
