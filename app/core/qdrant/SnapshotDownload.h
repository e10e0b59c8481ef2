// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/qdrant/ApiRequest.h"
#include "core/storage/PartFile.h"
#include "core/storage/Sha256.h"

#include <QPointer>

#include <memory>
#include <optional>

namespace Snapdock {

class BackgroundPartWriter;

struct DownloadedSnapshot
{
    QString path; // final file name; the file is complete, fsynced and verified
    qint64 size = 0;
    QString sha256; // lowercase hex, computed while streaming
    bool matchedServerChecksum = false; // false when the server published no checksum
};

// What an interrupted download leaves for the next attempt, so that it continues instead of starting over.
// Move-only; whoever holds it owns the .part file, and dropping it removes that file.
struct DownloadResumePoint
{
    std::unique_ptr<PartFile> partFile; // still open, positioned at its end
    // The running hash over exactly the bytes in the .part: carried over so a resume need not read back
    // gigabytes on the event loop's thread before it can continue.
    Sha256 hash;
    QByteArray validator; // the strong ETag (else Last-Modified) the bytes came with; sent as If-Range
    qint64 totalSize = -1;

    [[nodiscard]] qint64 offset() const { return partFile ? partFile->size() : 0; }
};

// Streams one snapshot file to disk in bounded memory: NAME.part, SHA-256 while receiving, comparison with the
// server's checksum, fsync, atomic rename. The request's thread only copies bytes out of the reply; writing and
// hashing run on a worker thread (BackgroundPartWriter), overlapped with the socket reads, so a slow disk never
// blocks the event loop, and the final fsync finds the file already written back. On any failure or
// cancel the .part is removed and nothing exists under the final name — unless setKeepPartOnFailure(true): then a
// failure other than cancel keeps a resumable .part for takeResumePoint(). The file name is untrusted and validated
// before any file is touched.
//
// One request is one attempt. A retrying caller hands the previous attempt's point to resumeFrom(): the
// request asks for `Range: bytes=N-` guarded by `If-Range`, and if the server answers with the whole file
// instead (no Range support, or the file changed) it truncates the .part, resets the hash and takes that.
// The final SHA-256 always covers the whole file. Progress counts the resumed bytes as done.
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

    // Before start(): keep a resumable .part after a failure (not after cancel) for takeResumePoint().
    void setKeepPartOnFailure(bool keep) { m_keepPartOnFailure = keep; }
    // Before start(): continue from an earlier attempt of the same file. A point for another file, or one
    // without a validator, is dropped (its .part removed) and the download starts from zero.
    void resumeFrom(DownloadResumePoint point);
    // After a failed finished(): the kept .part and hash, if the server allows resuming it.
    [[nodiscard]] std::optional<DownloadResumePoint> takeResumePoint();
    // Where this attempt started (0: from the beginning) and whether the server ignored the Range request.
    [[nodiscard]] qint64 resumedFrom() const { return m_rangeStart; }
    [[nodiscard]] bool restartedFromZero() const { return m_restartedFromZero; }
    // Once bodyStarted() came: the validator the bytes come with (strong ETag, else Last-Modified; empty if neither)
    // and the size of the whole file (-1 when unknown), as a later resume needs them.
    [[nodiscard]] QByteArray validator() const { return m_validator; }
    [[nodiscard]] qint64 totalSize() const { return m_totalSize; }
    // The downloaded file, or the error. Only meaningful after finished().
    [[nodiscard]] Result<DownloadedSnapshot> result() const;

Q_SIGNALS:
    // The response's headers were accepted and its first body bytes are about to be written to the .part (after a
    // restart from zero too): validator() and totalSize() now describe them. Once per attempt.
    void bodyStarted();

protected:
    [[nodiscard]] VoidResult prepare() override;
    void customizeRequest(QNetworkRequest &request) override;
    [[nodiscard]] VoidResult handleData(QNetworkReply &reply) override;
    void handleSuccess(QNetworkReply &reply) override;
    void cleanupAfterFailure() override;

private:
    [[nodiscard]] VoidResult checkEncoding(QNetworkReply &reply);
    [[nodiscard]] VoidResult beginBody(QNetworkReply &reply);
    [[nodiscard]] VoidResult restartFromZero();
    [[nodiscard]] bool canResume() const;
    // Hands what the reply has buffered to the writer, until the writer is full (then onWriterSpaceAvailable()
    // continues) or, once the reply has finished, until all of it is taken.
    [[nodiscard]] VoidResult readBody(QNetworkReply &reply);
    void onWriterSpaceAvailable();
    void onWriteFailed();

    QString m_outputFolder;
    QString m_fileName;
    QString m_expectedSha256;
    QString m_targetPath;
    std::unique_ptr<PartFile> m_partFile;
    // Writes m_partFile and hashes exactly what it wrote; declared after m_partFile, so it stops first.
    std::unique_ptr<BackgroundPartWriter> m_writer;
    QPointer<QNetworkReply> m_reply; // the reply whose body is being read; the base owns it
    qint64 m_received = 0;
    qint64 m_totalSize = -1; // of the whole file: Content-Length, or Content-Range's total on a resume
    qint64 m_rangeStart = 0; // bytes already in the .part when this attempt began
    QByteArray m_validator;
    std::optional<DownloadResumePoint> m_resume;
    bool m_acceptsRanges = false;
    bool m_keepPartOnFailure = false;
    bool m_restartedFromZero = false;
    bool m_bodyStarted = false;
    DownloadedSnapshot m_result;
};

} // namespace Snapdock
