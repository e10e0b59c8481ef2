// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/qdrant/ApiCall.h"
#include "core/qdrant/SnapshotPriority.h"
#include "core/qdrant/SnapshotScope.h"

namespace Snapdock {

struct SnapshotUploadOptions
{
    SnapshotPriority priority = SnapshotPriority::ServerDefault;
    QString sha256; // sent as `checksum`: the server verifies the upload before touching the collection
    bool wait = true;
};

struct UploadedSnapshot
{
    // The file name the server stores the upload under: Qdrant keeps the uploaded copy in the
    // collection's snapshot list, so the caller deletes it by this name unless asked to keep it.
    QString uploadName;
    OperationOutcome outcome = OperationOutcome::Completed;
};

// POST …/snapshots/upload: streams a local snapshot file as the multipart file part `snapshot` (Qdrant
// rejects a plain string field), with a fresh file name that cannot collide with one already on the server.
// The file is read from disk as it is sent, never whole into memory. Once every byte is sent the server
// restores before answering (which can take minutes), so no stall timeout applies to that wait.
class SnapshotUpload final : public ApiRequest
{
    Q_OBJECT

public:
    SnapshotUpload(QNetworkAccessManager &network,
        const ServerEndpoint &endpoint,
        const SnapshotScope &scope,
        QString filePath,
        SnapshotUploadOptions options,
        const QString &detail);

    [[nodiscard]] QString uploadName() const { return m_uploadName; }
    [[nodiscard]] Result<UploadedSnapshot> result() const;

    static constexpr QLatin1StringView UPLOAD_NAME_PREFIX{ "snapdock-upload-" };

    // A unique name of the form snapdock-upload-YYYYMMDDTHHMMSSZ-<random>.snapshot.
    [[nodiscard]] static QString makeUploadName();

protected:
    [[nodiscard]] VoidResult prepare() override;
    QNetworkReply *send(QNetworkAccessManager &network, const QNetworkRequest &request) override;
    void handleSuccess(QNetworkReply &reply) override;

private:
    void onUploadProgress(qint64 done, qint64 total);

    QString m_filePath;
    SnapshotUploadOptions m_options;
    QString m_uploadName;
    qint64 m_fileSize = 0;
    UploadedSnapshot m_result;
};

} // namespace Snapdock
