// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/qdrant/ApiRequest.h"
#include "core/storage/PartFile.h"
#include "core/storage/Sha256.h"

#include <memory>

namespace Snapdock {

struct DownloadedSnapshot
{
    QString path; // final file name; the file is complete, fsynced and verified
    qint64 size = 0;
    QString sha256; // lowercase hex, computed while streaming
    bool matchedServerChecksum = false; // false when the server published no checksum
};

// Streams one snapshot file to disk in bounded memory: NAME.part, SHA-256 while receiving, comparison with
// the server's checksum, fsync, atomic rename. On any failure or cancel the .part is removed and nothing
// exists under the final name. The file name is untrusted and validated before any file is touched.
class SnapshotDownload final : public ApiRequest
{
    Q_OBJECT

public:
    SnapshotDownload(QNetworkAccessManager &network,
        const ServerEndpoint &endpoint,
        const QByteArray &encodedPath,
        QString outputFolder,
        QString fileName,
        QString expectedSha256,
        const QString &detail);
    ~SnapshotDownload() override;

    [[nodiscard]] QString targetPath() const { return m_targetPath; }
    // The downloaded file, or the error. Only meaningful after finished().
    [[nodiscard]] Result<DownloadedSnapshot> result() const;

protected:
    [[nodiscard]] VoidResult prepare() override;
    void customizeRequest(QNetworkRequest &request) override;
    [[nodiscard]] VoidResult handleData(QNetworkReply &reply) override;
    void handleSuccess(QNetworkReply &reply) override;
    void cleanupAfterFailure() override;

private:
    [[nodiscard]] VoidResult checkEncoding(QNetworkReply &reply);

    QString m_outputFolder;
    QString m_fileName;
    QString m_expectedSha256;
    QString m_targetPath;
    std::unique_ptr<PartFile> m_partFile;
    Sha256 m_hash;
    QByteArray m_buffer;
    qint64 m_received = 0;
    qint64 m_expectedSize = -1; // Content-Length, when the server sends one
    bool m_encodingChecked = false;
    DownloadedSnapshot m_result;
};

} // namespace Snapdock
