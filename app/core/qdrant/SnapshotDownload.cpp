// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/qdrant/SnapshotDownload.h"

#include "core/storage/SnapshotName.h"
#include "core/support/Logging.h"

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

namespace {

constexpr qint64 CHUNK_SIZE = 1024 * 1024;

} // namespace

SnapshotDownload::SnapshotDownload(QNetworkAccessManager &network,
    const ServerEndpoint &endpoint,
    const QByteArray &encodedPath,
    QString outputFolder,
    QString fileName,
    QString expectedSha256,
    const QString &detail)
    : ApiRequest(network, endpoint, Method::Get, encodedPath, detail)
    , m_outputFolder(std::move(outputFolder))
    , m_fileName(std::move(fileName))
    , m_expectedSha256(expectedSha256.trimmed().toLower())
    , m_buffer(CHUNK_SIZE, Qt::Uninitialized)
{
    setStallTimeout(endpoint.transferStallTimeoutMs);
    setReportsOwnDownloadProgress(true);
}

SnapshotDownload::~SnapshotDownload() = default;

Result<DownloadedSnapshot> SnapshotDownload::result() const
{
    if (!isSucceeded())
        return fail(error());
    return m_result;
}

VoidResult SnapshotDownload::prepare()
{
    // The name comes from the server: refuse it before touching any file.
    auto path = SnapshotName::safeLocalPath(m_outputFolder, m_fileName);
    if (!path) {
        Error error = path.error();
        error.detail = detail() + u": "_s + error.detail;
        return fail(error);
    }
    m_targetPath = *path;
    m_partFile = std::make_unique<PartFile>(m_targetPath);
    auto opened = m_partFile->open(PartFile::OpenMode::Truncate);
    if (!opened)
        return fail(opened.error());
    return {};
}

void SnapshotDownload::customizeRequest(QNetworkRequest &request)
{
    // Qdrant compresses for clients that accept gzip; Qt offers gzip by default. A snapshot must arrive as
    // the exact tar the server stores, with a Content-Length for progress.
    request.setRawHeader("Accept-Encoding"_ba, "identity"_ba);
}

VoidResult SnapshotDownload::checkEncoding(QNetworkReply &reply)
{
    m_encodingChecked = true;
    const QByteArray encoding = reply.rawHeader("Content-Encoding"_ba).trimmed().toLower();
    if (!encoding.isEmpty() && encoding != "identity"_ba) {
        return fail(errorWithDetail(ErrorKind::InvalidSnapshot,
            u"the server sent the snapshot compressed (%1) although identity was requested"_s.arg(
                QString::fromLatin1(encoding))));
    }
    return {};
}

VoidResult SnapshotDownload::handleData(QNetworkReply &reply)
{
    if (!m_encodingChecked) {
        VoidResult ok = checkEncoding(reply);
        if (!ok)
            return ok;
        const QVariant length = reply.header(QNetworkRequest::ContentLengthHeader);
        m_expectedSize = length.isValid() ? length.toLongLong() : -1;
    }
    for (;;) {
        const qint64 n = reply.read(m_buffer.data(), CHUNK_SIZE);
        if (n < 0)
            return fail(errorWithDetail(ErrorKind::CannotConnect, reply.errorString()));
        if (n == 0) {
            reportDownloadProgress(m_received, m_expectedSize);
            return {};
        }
        m_hash.addData(m_buffer.constData(), n);
        VoidResult written = m_partFile->write(m_buffer.constData(), n);
        if (!written)
            return written;
        m_received += n;
    }
}

void SnapshotDownload::handleSuccess(QNetworkReply &reply)
{
    if (!m_encodingChecked) {
        VoidResult ok = checkEncoding(reply);
        if (!ok) {
            finishWithError(ok.error());
            return;
        }
    }
    const QVariant lengthHeader = reply.header(QNetworkRequest::ContentLengthHeader);
    if (lengthHeader.isValid() && lengthHeader.toLongLong() != m_received) {
        finishWithError(errorWithDetail(ErrorKind::CannotConnect,
            u"the connection ended after %1 of %2 bytes"_s.arg(m_received).arg(lengthHeader.toLongLong())));
        return;
    }
    const QString digest = QString::fromLatin1(m_hash.hexDigest());
    if (!m_expectedSha256.isEmpty() && digest != m_expectedSha256) {
        finishWithError(errorWithDetail(ErrorKind::InvalidSnapshot,
            u"checksum mismatch: the server lists %1, the received file has %2"_s.arg(m_expectedSha256, digest)));
        return;
    }
    VoidResult committed = m_partFile->commit();
    if (!committed) {
        finishWithError(committed.error());
        return;
    }
    reportDownloadProgress(m_received, m_received, true);
    m_result = DownloadedSnapshot{ m_targetPath, m_received, digest, !m_expectedSha256.isEmpty() };
    qCInfo(lcTransfer).noquote() << "downloaded" << m_received << "bytes to" << m_targetPath;
    finishSuccess();
}

void SnapshotDownload::cleanupAfterFailure()
{
    if (m_partFile)
        m_partFile->discard();
}

} // namespace Snapdock
