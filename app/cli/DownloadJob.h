// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jobs/BackupJob.h"
#include "core/jobs/Job.h"
#include "core/qdrant/QdrantClient.h"

namespace Snapdock::Cli {

struct DownloadRequest
{
    SnapshotScope scope;
    QString snapshotName; // empty: the latest snapshot
    QString outputFolder; // created if missing
};

// Downloads a snapshot that already exists on the server and writes the same metadata file as BackupJob:
// reads the server version, the collection's config and aliases, lists the snapshots (to pick the latest and
// learn the checksum), downloads and verifies the file, then writes "<file>.snapdock.json". If the metadata
// cannot be written the downloaded file is removed again.
class DownloadJob final : public Job
{
    Q_OBJECT

public:
    // `client` must outlive the job.
    DownloadJob(const QdrantClient &client, DownloadRequest request, QObject *parent = nullptr);

    [[nodiscard]] const DownloadRequest &request() const { return m_request; }
    // Only meaningful after finished() with state() == Succeeded.
    [[nodiscard]] const BackupResult &result() const { return m_result; }

protected:
    void run() override;

private:
    void readCollection();
    void readAliases();
    void listSnapshots();
    void download(const SnapshotDescription &snapshot);
    void writeMetadata(const SnapshotDescription &snapshot, const DownloadedSnapshot &file);

    const QdrantClient &m_client;
    DownloadRequest m_request;
    BackupResult m_result;
    SnapshotMetadata m_metadata;
};

} // namespace Snapdock::Cli
