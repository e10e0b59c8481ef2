// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "emulator/QdrantEmulator.h"

#include "emulator/ApiReply.h"
#include "emulator/CollectionRoutes.h"
#include "emulator/EmulatorJson.h"
#include "emulator/EmulatorState.h"
#include "emulator/HttpConnection.h"
#include "emulator/RestoreRoutes.h"
#include "emulator/Sha256.h"
#include "emulator/SnapshotRoutes.h"
#include "emulator/SnapshotStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock::Emulator {

namespace {

constexpr QStringView CONTROL_PREFIX = u"__emulator";

QStringList snapshotFiles(const QString &directory)
{
    return QDir(directory).entryList({ u"*.snapshot"_s }, QDir::Files, QDir::Name);
}

} // namespace

QdrantEmulator::QdrantEmulator(const EmulatorConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_server(config.usesTls() ? new QSslServer(this) : new QTcpServer(this))
{
    QString dataDir = config.dataDir;
    if (dataDir.isEmpty()) {
        m_tempDir = std::make_unique<QTemporaryDir>();
        dataDir = m_tempDir->path();
    }
    QDir().mkpath(dataDir);
    dataDir = QDir(dataDir).absolutePath();
    m_config.dataDir = dataDir;
    m_state = std::make_unique<EmulatorState>(m_config, dataDir);
    m_store = std::make_unique<SnapshotStore>(*m_state);
    m_collectionRoutes = std::make_unique<CollectionRoutes>(*m_state);
    m_snapshotRoutes = std::make_unique<SnapshotRoutes>(*m_state, *m_store, this);
    m_restoreRoutes = new RestoreRoutes(*m_state, *m_store, this);
    // QSslServer queues a socket only once its handshake is done and then emits pendingConnectionAvailable,
    // not newConnection; a plain QTcpServer emits both, so this one signal serves both servers.
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &QdrantEmulator::onNewConnection);
}

QdrantEmulator::~QdrantEmulator()
{
    // Connections and routes reference the state: delete them before the members go.
    const QList<HttpConnection *> connections = findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly);
    qDeleteAll(connections);
    delete m_restoreRoutes;
}

bool QdrantEmulator::listen(const QHostAddress &address, quint16 port)
{
    if (auto *sslServer = qobject_cast<QSslServer *>(m_server)) {
        const QList<QSslCertificate> chain = QSslCertificate::fromPath(
            m_config.tlsCertificateFile, QSsl::Pem, QSslCertificate::PatternSyntax::FixedString);
        QFile keyFile(m_config.tlsPrivateKeyFile);
        if (chain.isEmpty()) {
            m_errorString = u"no PEM certificate in "_s + m_config.tlsCertificateFile;
            return false;
        }
        if (!keyFile.open(QIODevice::ReadOnly)) {
            m_errorString = u"cannot read "_s + m_config.tlsPrivateKeyFile;
            return false;
        }
        const QByteArray keyPem = keyFile.readAll();
        QSslKey key(keyPem, QSsl::Rsa);
        if (key.isNull())
            key = QSslKey(keyPem, QSsl::Ec);
        if (key.isNull()) {
            m_errorString = u"no unencrypted RSA or EC private key in "_s + m_config.tlsPrivateKeyFile;
            return false;
        }
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificateChain(chain);
        tls.setPrivateKey(key);
        // A server asks nothing of its clients; Qdrant has no client-certificate authentication either.
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        sslServer->setSslConfiguration(tls);
    }
    if (!m_server->listen(address, port)) {
        m_errorString = m_server->errorString();
        return false;
    }
    return true;
}

quint16 QdrantEmulator::port() const
{
    return m_server->serverPort();
}

QUrl QdrantEmulator::baseUrl() const
{
    QUrl url;
    url.setScheme(m_config.usesTls() ? u"https"_s : u"http"_s);
    QHostAddress address = m_server->serverAddress();
    if (address == QHostAddress::Any || address == QHostAddress::AnyIPv4) {
        address = QHostAddress::LocalHost;
    } else if (address == QHostAddress::AnyIPv6) {
        address = QHostAddress::LocalHostIPv6;
    }
    url.setHost(address.toString());
    url.setPort(port());
    return url;
}

QString QdrantEmulator::dataDir() const
{
    return m_state->dataDir();
}

void QdrantEmulator::addCollection(const CollectionSpec &spec)
{
    m_state->addCollection(spec);
}

bool QdrantEmulator::hasCollection(const QString &name) const
{
    return m_state->hasCollection(name);
}

CollectionSpec QdrantEmulator::collection(const QString &name) const
{
    return m_state->collection(name);
}

void QdrantEmulator::setPointsCount(const QString &collection, qint64 points)
{
    m_state->setPointsCount(collection, points);
}

void QdrantEmulator::seedDemoCollections()
{
    const QJsonObject text{ { u"type"_s, u"text"_s },
        { u"tokenizer"_s, u"word"_s },
        { u"min_token_len"_s, 2 },
        { u"max_token_len"_s, 20 },
        { u"lowercase"_s, true } };
    addCollection({ u"products"_s,
        QJsonObject{ { u"size"_s, 384 }, { u"distance"_s, u"Cosine"_s } },
        1,
        12840,
        QJsonObject{ { u"category"_s, QJsonObject{ { u"data_type"_s, u"keyword"_s } } },
            { u"price"_s, QJsonObject{ { u"data_type"_s, u"float"_s } } } },
        { u"shop"_s },
        u"green"_s });
    addCollection({ u"user profiles"_s,
        QJsonObject{ { u"face"_s, QJsonObject{ { u"size"_s, 128 }, { u"distance"_s, u"Euclid"_s } } },
            { u"bio"_s, QJsonObject{ { u"size"_s, 768 }, { u"distance"_s, u"Dot"_s } } } },
        2,
        5301,
        QJsonObject{ { u"country"_s, QJsonObject{ { u"data_type"_s, u"keyword"_s } } },
            { u"bio"_s, QJsonObject{ { u"data_type"_s, u"text"_s }, { u"params"_s, text } } } },
        {},
        u"green"_s });
    addCollection({ u"文档-embeddings"_s,
        QJsonObject{ { u"size"_s, 1024 }, { u"distance"_s, u"Dot"_s } },
        3,
        250000,
        QJsonObject{ { u"lang"_s, QJsonObject{ { u"data_type"_s, u"keyword"_s } } },
            { u"created_at"_s, QJsonObject{ { u"data_type"_s, u"datetime"_s } } } },
        {},
        u"yellow"_s });
    addCollection({ u"empty-collection"_s,
        QJsonObject{ { u"size"_s, 4 }, { u"distance"_s, u"Manhattan"_s } },
        1,
        0,
        {},
        {},
        u"green"_s });
}

QStringList QdrantEmulator::snapshotNames(const QString &collection) const
{
    return snapshotFiles(m_state->collectionDir(collection));
}

QStringList QdrantEmulator::shardSnapshotNames(const QString &collection, int shard) const
{
    return snapshotFiles(m_state->shardDir(collection, shard));
}

QStringList QdrantEmulator::fullSnapshotNames() const
{
    return snapshotFiles(m_state->dataDir());
}

QString QdrantEmulator::snapshotFilePath(const QString &collection, const QString &name) const
{
    return (collection.isEmpty() ? m_state->dataDir() : m_state->collectionDir(collection)) % u'/' % name;
}

bool QdrantEmulator::addSnapshotFile(
    const QString &collection, const QString &name, const QString &sourcePath, bool writeChecksumSidecar)
{
    const QString target = snapshotFilePath(collection, name);
    QDir().mkpath(QFileInfo(target).absolutePath());
    QFile::remove(target);
    if (!QFile::copy(sourcePath, target)) {
        return false;
    }
    QFile(target).setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    QFile::remove(target + u".checksum"_s);
    if (writeChecksumSidecar) {
        QFile sidecar(target + u".checksum"_s);
        if (!sidecar.open(QIODevice::WriteOnly)) {
            return false;
        }
        sidecar.write(Sha256::hexOfFile(target));
    }
    return true;
}

void QdrantEmulator::injectFault(const Fault &fault)
{
    m_faults.add(fault);
}

void QdrantEmulator::clearFaults()
{
    m_faults.clear();
}

void QdrantEmulator::addRestoreTamper(const RestoreTamper &tamper)
{
    m_state->addRestoreTamper(tamper);
}

void QdrantEmulator::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        auto *connection = new HttpConnection(socket, this);
        connect(connection, &HttpConnection::headReceived, this, &QdrantEmulator::onHeadReceived);
        connect(connection, &HttpConnection::requestReceived, this, &QdrantEmulator::onRequestReceived);
    }
}

void QdrantEmulator::onHeadReceived(HttpConnection *connection)
{
    HttpRequest &request = connection->request();
    if (!request.segments.isEmpty() && request.segments.first() == CONTROL_PREFIX) {
        return;
    }
    m_requests.append(
        RecordedRequest{ request.method, request.path, QString::fromUtf8(request.rawTarget), request.headers });
    applyFaults(*connection);
    if (request.cannedResponse) {
        connection->discardBody();
        return;
    }
    if (!authorize(*connection)) {
        return;
    }
    m_restoreRoutes->handleHead(*connection);
}

void QdrantEmulator::applyFaults(HttpConnection &connection)
{
    HttpRequest &request = connection.request();
    const QList<Fault> faults = m_faults.take(request.method, request.path);
    for (const Fault &fault : faults) {
        switch (fault.kind) {
        case FaultKind::RespondWithStatus:
            request.cannedResponse = fault;
            break;
        case FaultKind::DelayResponse:
            request.delayMs += static_cast<int>(fault.value);
            break;
        case FaultKind::HostileSnapshotName:
            request.hostileName = fault.hostileName;
            break;
        case FaultKind::IgnoreRange:
            request.ignoreRange = true;
            break;
        case FaultKind::DropAfterBytes:
        case FaultKind::StallAfterBytes:
            if (request.hasBody() && (request.method == "POST" || request.method == "PUT")) {
                connection.setRequestFault(fault.kind, fault.value);
            } else {
                connection.setResponseFault(fault.kind, fault.value);
            }
            break;
        }
    }
}

bool QdrantEmulator::authorize(HttpConnection &connection)
{
    HttpRequest &request = connection.request();
    if (m_config.apiKey.isEmpty() && m_config.readOnlyApiKey.isEmpty()) {
        return true;
    }
    const QStringList &s = request.segments;
    if (s.isEmpty() || (s.size() == 1 && s[0] == u"healthz"_s) || s[0].startsWith(u"readyz"_s)
        || s[0].startsWith(u"livez"_s)) {
        return true;
    }
    QByteArray key;
    if (request.headers.contains("api-key")) {
        key = request.header("api-key");
    } else if (request.header("authorization").startsWith("Bearer ")) {
        key = request.header("authorization").mid(7);
    } else {
        ApiReply::text(connection, 401, u"Must provide an API key or an Authorization bearer token"_s);
        return false;
    }
    const QString given = QString::fromUtf8(key);
    if (!m_config.apiKey.isEmpty() && given == m_config.apiKey) {
        return true;
    }
    if (!m_config.readOnlyApiKey.isEmpty() && given == m_config.readOnlyApiKey) {
        request.readOnly = true;
        return true;
    }
    ApiReply::text(connection, 401, u"Invalid API key or JWT"_s);
    return false;
}

void QdrantEmulator::onRequestReceived(HttpConnection *connection)
{
    const int delay = connection->request().delayMs;
    if (delay > 0) {
        QTimer::singleShot(delay, connection, [this, connection]() {
            dispatch(connection);
        });
        return;
    }
    dispatch(connection);
}

void QdrantEmulator::dispatch(HttpConnection *connection)
{
    HttpRequest &request = connection->request();
    if (!request.segments.isEmpty() && request.segments.first() == CONTROL_PREFIX) {
        handleControl(*connection);
        return;
    }
    if (request.deferredResponse) {
        request.deferredResponse(*connection);
        return;
    }
    if (request.cannedResponse) {
        const Fault &fault = *request.cannedResponse;
        QByteArray contentType = fault.contentType;
        if (contentType.isEmpty() && !fault.body.isEmpty()) {
            contentType = fault.body.trimmed().startsWith('{') ? "application/json"_ba : "text/plain; charset=utf-8"_ba;
        }
        HttpConnection::HeaderList headers;
        if (!fault.retryAfter.isEmpty()) {
            headers.append({ "retry-after"_ba, fault.retryAfter.toLatin1() });
        }
        connection->sendResponse(fault.status > 0 ? fault.status : 500, contentType, fault.body, headers);
        return;
    }
    if (m_restoreRoutes->finishUpload(*connection) || m_collectionRoutes->handle(*connection)
        || m_snapshotRoutes->handle(*connection) || m_restoreRoutes->handle(*connection)) {
        return;
    }
    ApiReply::emptyNotFound(*connection);
}

void QdrantEmulator::handleControl(HttpConnection &connection)
{
    const HttpRequest &request = connection.request();
    const QStringList &s = request.segments;
    const QByteArray &method = request.method;
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    QString error;
    const QString area = s.value(1);
    if (s.size() == 2 && area == u"faults"_s && method == "POST") {
        Fault fault;
        if (!EmulatorJson::faultFromJson(body, fault, error)) {
            ApiReply::error(connection, 400, u"Bad request: "_s % error);
            return;
        }
        injectFault(fault);
        ApiReply::ok(connection, true);
    } else if (s.size() == 2 && area == u"faults"_s && method == "DELETE") {
        clearFaults();
        ApiReply::ok(connection, true);
    } else if (s.size() == 2 && area == u"collections"_s && method == "POST") {
        CollectionSpec spec;
        if (!EmulatorJson::collectionSpecFromJson(body, spec, error)) {
            ApiReply::error(connection, 400, u"Bad request: "_s % error);
            return;
        }
        addCollection(spec);
        ApiReply::ok(connection, true);
    } else if (s.size() == 4 && area == u"collections"_s && s[3] == u"points_count"_s && method == "PUT") {
        if (!hasCollection(s[2])) {
            ApiReply::collectionNotFound(connection, s[2]);
            return;
        }
        setPointsCount(s[2], static_cast<qint64>(body.value("points_count"_L1).toDouble()));
        ApiReply::ok(connection, true);
    } else if (s.size() == 2 && area == u"restore_tamper"_s && method == "PUT") {
        if (!body.value("points_delta"_L1).isDouble() || !body.value("collection_prefix"_L1).isString()) {
            ApiReply::error(connection, 400, u"Bad request: expected {\"collection_prefix\":…,\"points_delta\":N}"_s);
            return;
        }
        addRestoreTamper(RestoreTamper{ body.value("collection_prefix"_L1).toString(),
            static_cast<qint64>(body.value("points_delta"_L1).toDouble()) });
        ApiReply::ok(connection, true);
    } else if (s.size() == 2 && area == u"restore_tamper"_s && method == "DELETE") {
        m_state->clearRestoreTampers();
        ApiReply::ok(connection, true);
    } else if (s.size() == 2 && area == u"snapshots"_s && method == "POST") {
        const bool ok = addSnapshotFile(body.value("collection"_L1).toString(),
            body.value("name"_L1).toString(),
            body.value("sourcePath"_L1).toString(),
            body.value("checksumSidecar"_L1).toBool());
        if (ok) {
            ApiReply::ok(connection, true);
        } else {
            ApiReply::error(connection, 400, u"Bad request: cannot copy the snapshot file"_s);
        }
    } else if (s.size() == 2 && area == u"requests"_s && method == "GET") {
        QJsonArray list;
        for (const RecordedRequest &recorded : std::as_const(m_requests)) {
            list.append(EmulatorJson::requestToJson(recorded));
        }
        ApiReply::ok(connection, list);
    } else if (s.size() == 2 && area == u"requests"_s && method == "DELETE") {
        clearRequests();
        ApiReply::ok(connection, true);
    } else {
        ApiReply::emptyNotFound(connection);
    }
}

} // namespace Snapdock::Emulator
