// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/qdrant/SnapshotDownload.h"

#include "core/storage/BackgroundPartWriter.h"
#include "core/storage/SnapshotName.h"
#include "core/support/Logging.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

namespace {

constexpr qint64 CHUNK_SIZE = 1024 * 1024;

// "bytes START-END/TOTAL" → START and TOTAL (-1 for "*"); false if malformed.
bool parseContentRange(const QByteArray &header, qint64 &start, qint64 &total)
{
    const QByteArray value = header.trimmed();
    if (!value.startsWith("bytes "))
        return false;
    const QByteArray spec = value.mid(6).trimmed();
    const qsizetype dash = spec.indexOf('-');
    const qsizetype slash = spec.indexOf('/');
    if (dash <= 0 || slash <= dash)
        return false;
    bool ok = false;
    start = spec.left(dash).toLongLong(&ok);
    if (!ok)
        return false;
    const QByteArray totalText = spec.mid(slash + 1);
    if (totalText == "*") {
        total = -1;
        return true;
    }
    total = totalText.toLongLong(&ok);
    return ok;
}

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
    , m_writer(std::make_unique<BackgroundPartWriter>())
{
    setStallTimeout(endpoint.transferStallTimeoutMs);
    setReportsOwnDownloadProgress(true);
    connect(m_writer.get(), &BackgroundPartWriter::spaceAvailable, this, &SnapshotDownload::onWriterSpaceAvailable);
    connect(m_writer.get(), &BackgroundPartWriter::writeFailed, this, &SnapshotDownload::onWriteFailed);
}

SnapshotDownload::~SnapshotDownload() = default;

Result<DownloadedSnapshot> SnapshotDownload::result() const
{
    if (!isSucceeded())
        return fail(error());
    return m_result;
}

void SnapshotDownload::resumeFrom(DownloadResumePoint point)
{
    Q_ASSERT(!isStarted());
    m_resume = std::move(point);
}

std::optional<DownloadResumePoint> SnapshotDownload::takeResumePoint()
{
    if (!isFinished() || isSucceeded() || !m_partFile || !m_partFile->isOpen())
        return std::nullopt;
    DownloadResumePoint point;
    // cleanupAfterFailure() drained the writer: the hash covers exactly the bytes in the .part.
    point.hash = m_writer->detach();
    point.partFile = std::move(m_partFile);
    point.validator = m_validator;
    point.totalSize = m_totalSize;
    return point;
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

    if (m_resume) {
        DownloadResumePoint point = std::move(*m_resume);
        m_resume.reset();
        const bool usable = point.partFile && point.partFile->isOpen() && point.partFile->finalPath() == m_targetPath
            && !point.validator.isEmpty() && point.offset() > 0;
        if (usable) {
            m_partFile = std::move(point.partFile);
            m_writer->attach(m_partFile.get(), std::move(point.hash));
            m_validator = point.validator;
            m_totalSize = point.totalSize;
            m_rangeStart = m_partFile->size();
            m_received = m_rangeStart;
            m_acceptsRanges = true; // the attempt that produced the point checked it
            reportDownloadProgress(m_received, m_totalSize, true);
            return {};
        }
        // Dropping the point here (not later) removes its .part before a new one is opened under that name.
    }
    m_partFile = std::make_unique<PartFile>(m_targetPath);
    auto opened = m_partFile->open(PartFile::OpenMode::Truncate);
    if (!opened)
        return fail(opened.error());
    m_writer->attach(m_partFile.get());
    return {};
}

void SnapshotDownload::customizeRequest(QNetworkRequest &request)
{
    // Qdrant compresses for clients that accept gzip; Qt offers gzip by default. A snapshot must arrive as
    // the exact tar the server stores, with a Content-Length for progress.
    request.setRawHeader("Accept-Encoding"_ba, "identity"_ba);
    if (m_rangeStart > 0) {
        // If-Range makes a changed file come back whole (200) instead of splicing two versions together.
        request.setRawHeader("Range"_ba, "bytes="_ba + QByteArray::number(m_rangeStart) + '-');
        request.setRawHeader("If-Range"_ba, m_validator);
    }
}

VoidResult SnapshotDownload::checkEncoding(QNetworkReply &reply)
{
    const QByteArray encoding = reply.rawHeader("Content-Encoding"_ba).trimmed().toLower();
    if (!encoding.isEmpty() && encoding != "identity"_ba) {
        return fail(errorWithDetail(ErrorKind::InvalidSnapshot,
            u"the server sent the snapshot compressed (%1) although identity was requested"_s.arg(
                QString::fromLatin1(encoding))));
    }
    return {};
}

VoidResult SnapshotDownload::beginBody(QNetworkReply &reply)
{
    m_bodyStarted = true;
    VoidResult ok = checkEncoding(reply);
    if (!ok)
        return ok;
    const QVariant lengthHeader = reply.header(QNetworkRequest::ContentLengthHeader);
    const qint64 length = lengthHeader.isValid() ? lengthHeader.toLongLong() : -1;

    // If-Range needs a strong validator; a weak ETag would make every resume fall back to a full download.
    QByteArray validator = reply.rawHeader("ETag"_ba).trimmed();
    if (validator.isEmpty() || validator.startsWith("W/"))
        validator = reply.rawHeader("Last-Modified"_ba).trimmed();
    m_acceptsRanges = reply.rawHeader("Accept-Ranges"_ba).toLower().contains("bytes");

    if (m_rangeStart > 0 && httpStatus() == 206) {
        qint64 start = -1;
        qint64 total = -1;
        if (!parseContentRange(reply.rawHeader("Content-Range"_ba), start, total) || start != m_rangeStart) {
            return fail(errorWithDetail(ErrorKind::InvalidResponse,
                u"asked to resume at byte %1, the server sent %2"_s.arg(m_rangeStart)
                    .arg(QString::fromLatin1(reply.rawHeader("Content-Range"_ba)))));
        }
        m_acceptsRanges = true;
        if (!validator.isEmpty())
            m_validator = validator;
        m_totalSize = total >= 0 ? total : (length >= 0 ? m_rangeStart + length : -1);
        return {};
    }
    m_validator = validator;
    m_totalSize = length;
    if (m_rangeStart > 0) {
        // 200 to a Range request: the server ignores Range, or If-Range said the file changed. Either
        // way this body is the whole file, so the kept bytes are worthless.
        return restartFromZero();
    }
    return {};
}

VoidResult SnapshotDownload::restartFromZero()
{
    qCInfo(lcTransfer).noquote() << "the server sent the whole file instead of resuming at" << m_rangeStart
                                 << "; starting" << m_targetPath << "over";
    m_restartedFromZero = true;
    m_rangeStart = 0;
    m_received = 0;
    m_writer->reset(); // waits until the writer is off the file, which is now discarded and opened anew
    m_partFile->discard();
    auto opened = m_partFile->open(PartFile::OpenMode::Truncate);
    if (!opened)
        return fail(opened.error());
    reportDownloadProgress(0, m_totalSize, true);
    return {};
}

VoidResult SnapshotDownload::handleData(QNetworkReply &reply)
{
    if (!m_bodyStarted) {
        VoidResult ok = beginBody(reply);
        if (!ok)
            return ok;
        Q_EMIT bodyStarted(); // the job journal records the checkpoint now, before a byte reaches the .part
    }
    m_reply = &reply;
    return readBody(reply);
}

VoidResult SnapshotDownload::readBody(QNetworkReply &reply)
{
    // A finished reply signals nothing more and handleSuccess() follows at once: then take everything now,
    // waiting for the writer where needed (at most its capacity of work, milliseconds).
    const bool last = reply.isFinished();
    for (;;) {
        const qint64 available = reply.bytesAvailable();
        if (available <= 0)
            break;
        // Backpressure: what stays unread fills the reply's bounded buffer, and Qt stops reading the socket.
        if (!last && !m_writer->hasSpace())
            break;
        // Full-size buffers whatever this read brings, so that the writer's few recycled ones always fit.
        QByteArray chunk = m_writer->takeBuffer(CHUNK_SIZE);
        const qint64 n = reply.read(chunk.data(), std::min(available, CHUNK_SIZE));
        if (n < 0)
            return fail(errorWithDetail(ErrorKind::CannotConnect, reply.errorString()));
        if (n == 0)
            break;
        chunk.truncate(n);
        m_writer->add(std::move(chunk));
        m_received += n;
    }
    reportDownloadProgress(m_received, m_totalSize);
    return {};
}

void SnapshotDownload::onWriterSpaceAvailable()
{
    if (isFinished() || !m_reply)
        return;
    noteActivity();
    VoidResult ok = readBody(*m_reply);
    if (!ok)
        finishWithError(ok.error());
}

void SnapshotDownload::onWriteFailed()
{
    if (isFinished())
        return;
    VoidResult written = m_writer->drain();
    if (!written)
        finishWithError(written.error());
}

void SnapshotDownload::handleSuccess(QNetworkReply &reply)
{
    if (!m_bodyStarted) {
        // An empty body: no readyRead came, but the headers still decide what the body means.
        VoidResult ok = beginBody(reply);
        if (!ok) {
            finishWithError(ok.error());
            return;
        }
    }
    const QVariant lengthHeader = reply.header(QNetworkRequest::ContentLengthHeader);
    const qint64 receivedNow = m_received - m_rangeStart;
    if (lengthHeader.isValid() && lengthHeader.toLongLong() != receivedNow) {
        finishWithError(errorWithDetail(ErrorKind::CannotConnect,
            u"the connection ended after %1 of %2 bytes"_s.arg(receivedNow).arg(lengthHeader.toLongLong())));
        return;
    }
    if (m_totalSize >= 0 && m_received != m_totalSize) {
        finishWithError(errorWithDetail(
            ErrorKind::CannotConnect, u"the connection ended after %1 of %2 bytes"_s.arg(m_received).arg(m_totalSize)));
        return;
    }
    // All of the body was handed over by now; this waits only for the last few chunks to be written.
    VoidResult written = m_writer->drain();
    if (!written) {
        finishWithError(written.error());
        return;
    }
    const QString digest = QString::fromLatin1(m_writer->detach().hexDigest());
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

bool SnapshotDownload::canResume() const
{
    // Without a known total a cut-off body cannot be told from a complete one (S3 storage streams chunked
    // with no length), and without Range support or a validator a resume could splice two different files.
    return m_partFile && m_partFile->isOpen() && m_acceptsRanges && !m_validator.isEmpty() && m_totalSize > 0
        && m_received > 0 && m_received < m_totalSize && m_partFile->size() == m_received;
}

void SnapshotDownload::cleanupAfterFailure()
{
    if (m_keepPartOnFailure && error().kind != ErrorKind::Cancelled) {
        // What arrived goes into the .part first: the more it holds, the less a resume asks for again.
        if (const VoidResult written = m_writer->drain(); !written)
            m_received = m_rangeStart + m_writer->bytesWritten(); // what the .part and the hash both hold
        if (canResume())
            return; // handed on by takeResumePoint(), or removed with this object
    }
    // Nothing will ask for this file's digest: stop writing it at once.
    m_writer->abandon();
    if (m_partFile)
        m_partFile->discard();
}

} // namespace Snapdock
