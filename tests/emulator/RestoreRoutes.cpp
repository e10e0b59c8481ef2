// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "emulator/RestoreRoutes.h"

#include "emulator/ApiReply.h"
#include "emulator/EmulatorState.h"
#include "emulator/HttpConnection.h"
#include "emulator/MultipartParser.h"
#include "emulator/Sha256.h"
#include "emulator/SnapshotStore.h"
#include "emulator/UploadSession.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTimer>
#include <QUrl>
#include <QUuid>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock::Emulator {

namespace {

bool isStrictCollectionName(const QString &name)
{
    if (name.isEmpty() || name.size() > 255) {
        return false;
    }
    for (const QChar c : name) {
        if (QStringView(u"<>:\"/\\|?*").contains(c) || c.unicode() == 0 || c.unicode() == 0x1f) {
            return false;
        }
    }
    return true;
}

QString sanitizedFileName(const QString &clientName)
{
    QString name = clientName;
    name.replace(u'\\', u'/');
    name = name.section(u'/', -1);
    name.remove(QChar(0));
    if (!SnapshotStore::isValidName(name)) {
        return QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    return name;
}

bool sameChecksum(const QString &given, const QByteArray &computed)
{
    return given.trimmed().compare(QString::fromLatin1(computed), Qt::CaseInsensitive) == 0;
}

} // namespace

RestoreRoutes::RestoreRoutes(EmulatorState &state, SnapshotStore &store, QObject *parent)
    : QObject(parent)
    , m_state(state)
    , m_store(store)
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setProxy(QNetworkProxy::NoProxy);
}

bool RestoreRoutes::handleHead(HttpConnection &connection)
{
    const HttpRequest &request = connection.request();
    const QStringList &s = request.segments;
    const bool collectionUpload = s.size() == 4 && s[2] == u"snapshots"_s && s[3] == u"upload"_s;
    const bool shardUpload = s.size() == 6 && s[2] == u"shards"_s && s[4] == u"snapshots"_s && s[5] == u"upload"_s;
    if (request.method != "POST" || s.isEmpty() || s[0] != u"collections"_s || !(collectionUpload || shardUpload)) {
        return false;
    }
    if (request.readOnly) {
        // Since v1.18.1 the access check runs before the body is read; actix's plain-text error, then close.
        ApiReply::text(connection, 403, u"Forbidden: Global manage access is required"_s);
        return true;
    }
    const QByteArray boundary = MultipartParser::boundaryFromContentType(request.header("content-type"));
    if (boundary.isEmpty()) {
        connection.discardBody();
        connection.request().deferredResponse = [](HttpConnection &c) {
            ApiReply::text(c, 400, u"Multipart boundary is not found"_s);
        };
        return true;
    }
    const QString uploadDir = m_state.tmpDir() + u"/upload"_s;
    QDir().mkpath(uploadDir);
    auto *session = new UploadSession(
        boundary, uploadDir % u'/' % QUuid::createUuid().toString(QUuid::WithoutBraces) % u".part"_s, &connection);
    session->collection = s[1];
    session->checksum = request.query.value(u"checksum"_s);
    if (shardUpload) {
        bool ok = false;
        session->shard = s[3].toInt(&ok);
        if (!ok) {
            session->shard = -2;
        }
    }
    connection.setBodySink([session](const char *data, qint64 size) {
        session->feed(data, size);
        return true;
    });
    return true;
}

bool RestoreRoutes::finishUpload(HttpConnection &connection)
{
    // Detach the session: a persistent connection may carry another upload next.
    std::unique_ptr<UploadSession> owner(connection.findChild<UploadSession *>());
    if (!owner) {
        return false;
    }
    owner->setParent(nullptr);
    connection.setBodySink(nullptr);
    UploadSession *session = owner.get();
    // Query and path validation answer once the body is in, so the client reads the error on a healthy connection.
    const HttpRequest &request = connection.request();
    if (!ApiReply::readWait(connection, session->wait)
        || !ApiReply::readPriority(connection, request.query.value(u"priority"_s), false)
        || !ApiReply::readChecksum(connection, session->checksum, false)) {
        return true;
    }
    if (session->shard == -1 && !isStrictCollectionName(session->collection)) {
        ApiReply::validationError(connection,
            422,
            u"Validation error in path parameters: [name: collection name contains forbidden characters]"_s);
        return true;
    }
    if (!session->isComplete()) {
        ApiReply::text(connection,
            400,
            u"Multipart stream is incomplete"_s
                % (session->parseError().isEmpty() ? QString() : u": "_s % session->parseError()));
        return true;
    }
    if (!session->hasSnapshotPart()) {
        ApiReply::text(connection, 400, u"Multipart form error: field `snapshot` is missing"_s);
        return true;
    }
    const QByteArray computed = session->sha256Hex();
    if (!session->checksum.isEmpty() && !sameChecksum(session->checksum, computed)) {
        ApiReply::error(connection,
            400,
            u"Checksum mismatch: expected "_s % QString::fromLatin1(computed) % u", actual "_s % session->checksum);
        return true;
    }
    Job job;
    job.connection = &connection;
    job.collection = session->collection;
    job.shard = session->shard;
    job.wait = session->wait;
    if (job.shard != -1) {
        const CollectionSpec spec = m_state.collection(job.collection);
        if (spec.name.isEmpty()) {
            ApiReply::collectionNotFound(connection, job.collection);
            return true;
        }
        if (job.shard < 0 || job.shard >= spec.shardNumber) {
            ApiReply::error(
                connection, 404, u"Not found: Shard "_s % QString::number(job.shard) % u" does not exist"_s);
            return true;
        }
        job.path = session->takeFile();
        job.removeAfter = true;
    } else {
        // The upload stays in the collection's snapshot directory after the restore (qdrant/qdrant#10207).
        const QString directory = m_state.collectionDir(job.collection);
        QDir().mkpath(directory);
        job.path = directory % u'/' % sanitizedFileName(session->clientFileName());
        QFile::remove(job.path);
        const QString temp = session->takeFile();
        if (!QFile::rename(temp, job.path)) {
            QFile::remove(temp);
            ApiReply::error(connection, 500, u"Service internal error: failed to move the uploaded snapshot"_s);
            return true;
        }
    }
    if (!job.wait) {
        ApiReply::accepted(connection);
        QTimer::singleShot(0, this, [this, job]() {
            complete(job);
        });
        return true;
    }
    complete(job);
    return true;
}

bool RestoreRoutes::handle(HttpConnection &connection)
{
    const HttpRequest &request = connection.request();
    const QStringList &s = request.segments;
    if (request.method != "PUT" || s.isEmpty() || s[0] != u"collections"_s) {
        return false;
    }
    if (s.size() == 4 && s[2] == u"snapshots"_s && s[3] == u"recover"_s) {
        recover(connection, s[1], -1);
        return true;
    }
    if (s.size() == 6 && s[2] == u"shards"_s && s[4] == u"snapshots"_s && s[5] == u"recover"_s) {
        bool ok = false;
        const int shard = s[3].toInt(&ok);
        recover(connection, s[1], ok ? shard : -2);
        return true;
    }
    return false;
}

void RestoreRoutes::recover(HttpConnection &connection, const QString &collection, int shard)
{
    const HttpRequest &request = connection.request();
    if (request.readOnly) {
        ApiReply::forbiddenManage(connection);
        return;
    }
    bool wait = true;
    if (!ApiReply::readWait(connection, wait)) {
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (!document.isObject()) {
        ApiReply::validationError(connection, 400, u"Format error in JSON body: "_s % parseError.errorString());
        return;
    }
    const QJsonObject body = document.object();
    if (!body.value("location"_L1).isString()) {
        ApiReply::validationError(connection, 400, u"Format error in JSON body: missing field `location`"_s);
        return;
    }
    const QString location = body.value("location"_L1).toString();
    const QString priority = body.value("priority"_L1).isString() ? body.value("priority"_L1).toString() : QString();
    const QString checksum = body.value("checksum"_L1).isString() ? body.value("checksum"_L1).toString() : QString();
    if (!ApiReply::readPriority(connection, priority, true) || !ApiReply::readChecksum(connection, checksum, true)) {
        return;
    }
    Job job;
    job.connection = &connection;
    job.collection = collection;
    job.shard = shard;
    job.wait = wait;
    job.checksum = checksum;
    if (shard != -1) {
        const CollectionSpec spec = m_state.collection(collection);
        if (spec.name.isEmpty()) {
            ApiReply::collectionNotFound(connection, collection);
            return;
        }
        if (shard < 0 || shard >= spec.shardNumber) {
            ApiReply::error(connection, 404, u"Not found: Shard "_s % request.segments.at(3) % u" does not exist"_s);
            return;
        }
    }
    const QUrl url(location);
    const QString scheme = url.scheme().toLower();
    const QString apiKey = body.value("api_key"_L1).toString();
    if (scheme == u"http"_s || scheme == u"https"_s) {
        if (!wait) {
            ApiReply::accepted(connection);
        }
        download(job, url, apiKey);
        return;
    }
    if (shard != -1) {
        if (location.contains(u"://"_s)) {
            ApiReply::error(connection, 400, u"Bad request: URLs with "_s % scheme % u" scheme are not supported"_s);
            return;
        }
        job.path = m_state.shardDir(collection, shard) % u'/' % location;
        if (!SnapshotStore::isValidName(location) || !QFile::exists(job.path)) {
            ApiReply::error(connection, 404, u"Not found: Snapshot "_s % location % u" not found"_s);
            return;
        }
    } else if (scheme == u"file"_s) {
        const QString host = url.host();
        const QString path = url.path();
        if ((!host.isEmpty() && host != u"localhost"_s) || !QDir::isAbsolutePath(path)) {
            ApiReply::error(
                connection, 400, u"Bad request: Invalid snapshot URI, file path must be absolute or on localhost"_s);
            return;
        }
        if (!QFileInfo(path).isFile()) {
            ApiReply::error(connection, 400, u"Bad request: Snapshot file \""_s % path % u"\" does not exist"_s);
            return;
        }
        const QString canonical = QFileInfo(path).canonicalFilePath();
        const QString root = QFileInfo(m_state.dataDir()).canonicalFilePath() + u'/';
        if (!canonical.startsWith(root)) {
            ApiReply::error(connection, 403, u"Forbidden: Snapshot file path must be inside the snapshots directory"_s);
            return;
        }
        job.path = canonical;
    } else {
        ApiReply::error(
            connection, 400, u"Wrong input: URL "_s % location % u" with scheme "_s % scheme % u" is not supported"_s);
        return;
    }
    if (!wait) {
        ApiReply::accepted(connection);
        QTimer::singleShot(0, this, [this, job]() {
            complete(job);
        });
        return;
    }
    complete(job);
}

void RestoreRoutes::download(const Job &job, const QUrl &url, const QString &apiKey)
{
    QNetworkRequest request(url);
    request.setRawHeader("Accept-Encoding", "identity");
    if (!apiKey.isEmpty()) {
        request.setRawHeader("api-key", apiKey.toUtf8());
    }
    const QString tempDir = m_state.tmpDir() + u"/download"_s;
    QDir().mkpath(tempDir);
    auto *file = new QFile(tempDir % u'/' % QUuid::createUuid().toString(QUuid::WithoutBraces) % u".part"_s, this);
    if (!file->open(QIODevice::WriteOnly)) {
        delete file;
        fail(job, 500, u"Service internal error: cannot create a temp file"_s);
        return;
    }
    QNetworkReply *reply = m_network->get(request);
    file->setParent(reply);
    connect(reply, &QNetworkReply::readyRead, reply, [reply, file]() {
        file->write(reply->readAll());
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, file, job, url]() {
        reply->deleteLater();
        file->write(reply->readAll());
        file->close();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status != 0 && (status < 200 || status > 299)) {
            QFile::remove(file->fileName());
            const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
            fail(job,
                400,
                u"Wrong input: Failed to download tar from "_s % url.toString() % u": status - "_s
                    % QString::number(status) % (reason.isEmpty() ? QString() : u' ' + reason));
            return;
        }
        if (reply->error() != QNetworkReply::NoError) {
            QFile::remove(file->fileName());
            fail(job, 500, u"Http request error: "_s % reply->errorString());
            return;
        }
        Job next = job;
        next.path = file->fileName();
        next.removeAfter = true;
        complete(next);
    });
}

void RestoreRoutes::applyTamper(const QString &collection)
{
    const qint64 delta = m_state.takeRestoreTamper(collection);
    if (delta == 0) {
        return;
    }
    QList<qint64> points = m_state.shardPoints(collection);
    if (!points.isEmpty()) {
        points[0] = qMax<qint64>(0, points[0] + delta);
        m_state.setShardPoints(collection, points);
    }
}

void RestoreRoutes::fail(const Job &job, int status, const QString &message)
{
    if (job.wait && job.connection) {
        ApiReply::error(*job.connection, status, message);
    }
}

void RestoreRoutes::complete(const Job &job)
{
    if (!job.checksum.isEmpty()) {
        const QByteArray computed = Sha256::hexOfFile(job.path);
        if (!sameChecksum(job.checksum, computed)) {
            if (job.removeAfter) {
                QFile::remove(job.path);
            }
            fail(job,
                400,
                u"Wrong input: Snapshot checksum mismatch: expected "_s % job.checksum % u", got "_s
                    % QString::fromLatin1(computed));
            return;
        }
    }
    int status = 200;
    QString message;
    const bool ok = job.shard == -1 ? m_store.recoverCollection(job.collection, job.path, status, message)
                                    : m_store.recoverShard(job.collection, job.shard, job.path, status, message);
    if (job.removeAfter) {
        QFile::remove(job.path);
    }
    if (!ok) {
        fail(job, status, message);
        return;
    }
    if (job.shard == -1) {
        applyTamper(job.collection);
    }
    if (job.wait && job.connection) {
        ApiReply::ok(*job.connection, true);
    }
}

} // namespace Snapdock::Emulator
