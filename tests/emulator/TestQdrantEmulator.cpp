// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "emulator/QdrantEmulator.h"
#include "emulator/SnapshotArchive.h"
#include "support/SharedReference.h"
#include "support/TestFiles.h"

#include <QFile>
#include <QHttpMultiPart>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Snapdock::Emulator;

namespace {
const QString API_KEY = u"test-key"_s;
const QString READ_ONLY_KEY = u"read-only-key"_s;
constexpr qint64 WAL_BYTES = 256 * 1024;
} // namespace

class TestQdrantEmulator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void root_isNotEnvelopedAndNeedsNoKey();
    void auth_missingOrWrongKey_plainText401();
    void readOnlyKey_createIs403Json_uploadIs403PlainText();
    void createSnapshot_waitFalse_returns202ThenAppears();
    void createdArchive_hasQdrantLayout();
    void download_identity_matchesListedChecksum();
    void download_gzipOffered_isChunkedGzipWithoutContentLength();
    void download_gzipOffered_decompressesToSameBytes();
    void download_range_206And416AndIfRange();
    void download_dropAfterBytes_cutsTheBody();
    void keepAlive_pipelinedRequestsOnOneSocket();
    void upload_createdSnapshot_restoresIntoNewCollection();
    void upload_incompatibleVectors_is400WithMessage();
    void upload_stringFieldOrGzip_failsAsMalformedArchive();
    void recover_fromOwnHttpUrl_andFileOutsideDataDir();
    void tarReader_acceptsReferenceSparseShard();
    void controlApi_injectsFaultOverHttp();
    void controlApi_restoreTamper_altersOnlyTheNextMatchingRestore();

private:
    QNetworkReply *send(const QByteArray &method,
        const QString &path,
        const QByteArray &body = {},
        const QList<QPair<QByteArray, QByteArray>> &headers = {},
        bool withKey = true);
    QNetworkReply *upload(const QString &collection, const QString &filePath, const QString &query = {});
    static bool waitFor(QNetworkReply *reply);
    static QJsonObject json(QNetworkReply *reply);
    QString createSnapshot(const QString &collection);
    QByteArray rawExchange(const QByteArray &request);

    std::unique_ptr<QdrantEmulator> m_emulator;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QTemporaryDir m_scratch;
};

void TestQdrantEmulator::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_scratch.isValid());
}

void TestQdrantEmulator::init()
{
    EmulatorConfig config;
    config.apiKey = API_KEY;
    config.readOnlyApiKey = READ_ONLY_KEY;
    config.walBytes = WAL_BYTES;
    m_emulator = std::make_unique<QdrantEmulator>(config);
    QVERIFY(m_emulator->listen());
    m_emulator->addCollection({ u"demo"_s,
        QJsonObject{ { u"size"_s, 4 }, { u"distance"_s, u"Cosine"_s } },
        2,
        1001,
        QJsonObject{ { u"city"_s, QJsonObject{ { u"data_type"_s, u"keyword"_s } } } },
        { u"demo-alias"_s },
        u"green"_s });
    m_network = std::make_unique<QNetworkAccessManager>();
    m_network->setProxy(QNetworkProxy::NoProxy);
}

void TestQdrantEmulator::cleanup()
{
    m_network.reset();
    m_emulator.reset();
}

QNetworkReply *TestQdrantEmulator::send(const QByteArray &method,
    const QString &path,
    const QByteArray &body,
    const QList<QPair<QByteArray, QByteArray>> &headers,
    bool withKey)
{
    QUrl url = m_emulator->baseUrl();
    const qsizetype question = path.indexOf(u'?');
    url.setPath(question < 0 ? path : path.left(question));
    if (question >= 0) {
        url.setQuery(path.mid(question + 1));
    }
    QNetworkRequest request(url);
    if (withKey) {
        request.setRawHeader("api-key", API_KEY.toUtf8());
    }
    if (!body.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    }
    for (const auto &[name, value] : headers) {
        request.setRawHeader(name, value);
    }
    return m_network->sendCustomRequest(request, method, body);
}

QNetworkReply *TestQdrantEmulator::upload(const QString &collection, const QString &filePath, const QString &query)
{
    auto *multiPart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    QHttpPart part;
    part.setHeader(
        QNetworkRequest::ContentDispositionHeader, uR"(form-data; name="snapshot"; filename="uploaded.snapshot")"_s);
    auto *file = new QFile(filePath, multiPart);
    file->open(QIODevice::ReadOnly);
    part.setBodyDevice(file);
    multiPart->append(part);
    QUrl url = m_emulator->baseUrl();
    url.setPath(u"/collections/"_s % collection % u"/snapshots/upload"_s);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("api-key", API_KEY.toUtf8());
    QNetworkReply *reply = m_network->post(request, multiPart);
    multiPart->setParent(reply);
    return reply;
}

bool TestQdrantEmulator::waitFor(QNetworkReply *reply)
{
    if (reply->isFinished()) {
        return true;
    }
    QSignalSpy spy(reply, &QNetworkReply::finished);
    return spy.wait(15000);
}

QJsonObject TestQdrantEmulator::json(QNetworkReply *reply)
{
    return QJsonDocument::fromJson(reply->readAll()).object();
}

QString TestQdrantEmulator::createSnapshot(const QString &collection)
{
    std::unique_ptr<QNetworkReply> reply(send("POST", u"/collections/"_s % collection % u"/snapshots"_s));
    if (!waitFor(reply.get())) {
        return {};
    }
    return json(reply.get()).value("result"_L1).toObject().value("name"_L1).toString();
}

// Sends raw bytes on a fresh socket and returns everything received until the server closes the connection.
QByteArray TestQdrantEmulator::rawExchange(const QByteArray &request)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_emulator->port());
    if (!socket.waitForConnected(5000)) {
        return {};
    }
    socket.write(request);
    QByteArray received;
    QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
    connect(&socket, &QTcpSocket::readyRead, &socket, [&socket, &received]() {
        received += socket.readAll();
    });
    if (socket.state() == QAbstractSocket::ConnectedState) {
        disconnected.wait(15000);
    }
    received += socket.readAll();
    return received;
}

void TestQdrantEmulator::root_isNotEnvelopedAndNeedsNoKey()
{
    std::unique_ptr<QNetworkReply> reply(send("GET", u"/"_s, {}, {}, false));
    QVERIFY(waitFor(reply.get()));
    const QJsonObject body = json(reply.get());
    QCOMPARE(body.value("title"_L1).toString(), u"qdrant - vector search engine"_s);
    QCOMPARE(body.value("version"_L1).toString(), u"1.19.0"_s);
    QVERIFY(!body.contains("result"_L1));

    std::unique_ptr<QNetworkReply> missing(send("GET", u"/collections/demo/nothing-here/"_s));
    QVERIFY(waitFor(missing.get()));
    QCOMPARE(missing->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
    QVERIFY(missing->readAll().isEmpty());
}

void TestQdrantEmulator::auth_missingOrWrongKey_plainText401()
{
    std::unique_ptr<QNetworkReply> missing(send("GET", u"/collections"_s, {}, {}, false));
    QVERIFY(waitFor(missing.get()));
    QCOMPARE(missing->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
    QVERIFY(missing->header(QNetworkRequest::ContentTypeHeader).toString().startsWith(u"text/plain"_s));
    QCOMPARE(missing->readAll(), "Must provide an API key or an Authorization bearer token"_ba);

    std::unique_ptr<QNetworkReply> wrong(
        send("GET", u"/collections"_s, {}, { { "authorization", "Bearer nope" } }, false));
    QVERIFY(waitFor(wrong.get()));
    QCOMPARE(wrong->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
    QCOMPARE(wrong->readAll(), "Invalid API key or JWT"_ba);

    std::unique_ptr<QNetworkReply> bearer(
        send("GET", u"/collections"_s, {}, { { "authorization", "Bearer " + API_KEY.toUtf8() } }, false));
    QVERIFY(waitFor(bearer.get()));
    QCOMPARE(bearer->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    const QJsonArray collections = json(bearer.get()).value("result"_L1).toObject().value("collections"_L1).toArray();
    QCOMPARE(collections.first().toObject().value("name"_L1).toString(), u"demo"_s);
}

void TestQdrantEmulator::readOnlyKey_createIs403Json_uploadIs403PlainText()
{
    const QList<QPair<QByteArray, QByteArray>> readOnly{ { "api-key", READ_ONLY_KEY.toUtf8() } };
    std::unique_ptr<QNetworkReply> list(send("GET", u"/collections/demo/snapshots"_s, {}, readOnly, false));
    QVERIFY(waitFor(list.get()));
    QCOMPARE(list->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);

    std::unique_ptr<QNetworkReply> create(send("POST", u"/collections/demo/snapshots"_s, {}, readOnly, false));
    QVERIFY(waitFor(create.get()));
    QCOMPARE(create->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 403);
    QCOMPARE(json(create.get()).value("status"_L1).toObject().value("error"_L1).toString(),
        u"Forbidden: Global manage access is required"_s);

    const QByteArray raw =
        rawExchange("POST /collections/demo/snapshots/upload HTTP/1.1\r\nHost: x\r\napi-key: " + READ_ONLY_KEY.toUtf8()
            + "\r\nContent-Type: multipart/form-data; boundary=b\r\n"
              "Content-Length: 100000000\r\n\r\n--b\r\n");
    QVERIFY2(raw.startsWith("HTTP/1.1 403"), raw.constData());
    QVERIFY(raw.contains("content-type: text/plain"));
    QVERIFY(raw.endsWith("\r\n\r\nForbidden: Global manage access is required"));
}

void TestQdrantEmulator::createSnapshot_waitFalse_returns202ThenAppears()
{
    std::unique_ptr<QNetworkReply> reply(send("POST", u"/collections/demo/snapshots?wait=false"_s));
    QVERIFY(waitFor(reply.get()));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 202);
    const QJsonObject body = json(reply.get());
    QCOMPARE(body.value("status"_L1).toString(), u"accepted"_s);
    QVERIFY(!body.contains("result"_L1));
    QTRY_COMPARE_WITH_TIMEOUT(m_emulator->snapshotNames(u"demo"_s).size(), 1, 10000);
    QVERIFY(m_emulator->snapshotNames(u"demo"_s).first().startsWith(u"demo-5521771462327180-"_s));

    std::unique_ptr<QNetworkReply> bad(send("POST", u"/collections/demo/snapshots?wait=yes"_s));
    QVERIFY(waitFor(bad.get()));
    QCOMPARE(bad->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
}

void TestQdrantEmulator::createdArchive_hasQdrantLayout()
{
    const QString name = createSnapshot(u"demo"_s);
    QVERIFY(!name.isEmpty());
    QString error;
    const QStringList members = SnapshotArchive::memberNames(m_emulator->snapshotFilePath(u"demo"_s, name), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const QString &expected : { u"0/replica_state.json"_s,
             u"0/shard_config.json"_s,
             u"0/wal/open-1"_s,
             u"1/replica_state.json"_s,
             u"1/wal/open-1"_s }) {
        QVERIFY2(members.contains(expected), qPrintable(expected));
    }
    QCOMPARE(members.filter(u"/segment.json"_s).size(), 2);
    QCOMPARE(members.mid(members.size() - 4),
        QStringList({ u"version.info"_s, u"config.json"_s, u"shard_key_mapping.json"_s, u"payload_index.json"_s }));
    SnapshotArchive::Contents contents;
    QVERIFY(SnapshotArchive::read(m_emulator->snapshotFilePath(u"demo"_s, name), contents, error));
    QCOMPARE(contents.shardPoints.value(0) + contents.shardPoints.value(1), 1001);
    QCOMPARE(contents.payloadIndex.value("city"_L1).toString(), u"keyword"_s);
    QCOMPARE(contents.config.value("params"_L1).toObject().value("shard_number"_L1).toInt(), 2);
}

void TestQdrantEmulator::download_identity_matchesListedChecksum()
{
    const QString name = createSnapshot(u"demo"_s);
    std::unique_ptr<QNetworkReply> list(send("GET", u"/collections/demo/snapshots"_s));
    QVERIFY(waitFor(list.get()));
    const QJsonObject listed = json(list.get()).value("result"_L1).toArray().first().toObject();
    QCOMPARE(listed.value("name"_L1).toString(), name);

    std::unique_ptr<QNetworkReply> reply(
        send("GET", u"/collections/demo/snapshots/"_s % name, {}, { { "accept-encoding", "identity" } }));
    QVERIFY(waitFor(reply.get()));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(), listed.value("size"_L1).toInteger());
    QVERIFY(reply->rawHeader("content-disposition").contains(name.toUtf8()));
    QVERIFY(reply->hasRawHeader("etag"));
    const QByteArray body = reply->readAll();
    QCOMPARE(Snapdock::TestSupport::sha256Of(body), listed.value("checksum"_L1).toString().toLatin1());
    QCOMPARE(m_emulator->requests().last().headers.value("accept-encoding"), "identity"_ba);
    QCOMPARE(m_emulator->requests().last().headers.value("api-key"), API_KEY.toUtf8());
}

void TestQdrantEmulator::download_gzipOffered_isChunkedGzipWithoutContentLength()
{
    const QString name = createSnapshot(u"demo"_s);
    const QByteArray raw = rawExchange("GET /collections/demo/snapshots/" + QUrl::toPercentEncoding(name)
        + " HTTP/1.1\r\nHost: x\r\napi-key: " + API_KEY.toUtf8()
        + "\r\nAccept-Encoding: gzip, deflate\r\nConnection: close\r\n\r\n");
    const qsizetype headEnd = raw.indexOf("\r\n\r\n");
    QVERIFY(headEnd > 0);
    const QByteArray head = raw.left(headEnd).toLower();
    QVERIFY2(head.startsWith("http/1.1 200"), head.constData());
    QVERIFY(head.contains("content-encoding: gzip"));
    QVERIFY(head.contains("transfer-encoding: chunked"));
    QVERIFY(!head.contains("content-length"));
    const QByteArray body = raw.mid(headEnd + 4);
    const qsizetype firstChunk = body.indexOf("\r\n") + 2;
    QCOMPARE(body.mid(firstChunk, 2), "\x1f\x8b"_ba); // gzip magic on the wire
    QVERIFY(body.endsWith("0\r\n\r\n"));
}

void TestQdrantEmulator::download_gzipOffered_decompressesToSameBytes()
{
    const QString name = createSnapshot(u"demo"_s);
    // Without our own Accept-Encoding, QNAM offers gzip and decompresses transparently.
    std::unique_ptr<QNetworkReply> reply(send("GET", u"/collections/demo/snapshots/"_s % name));
    QVERIFY(waitFor(reply.get()));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QVERIFY(!reply->hasRawHeader("content-length"));
    QCOMPARE(Snapdock::TestSupport::sha256Of(reply->readAll()),
        Snapdock::TestSupport::sha256OfFile(m_emulator->snapshotFilePath(u"demo"_s, name)));
}

void TestQdrantEmulator::download_range_206And416AndIfRange()
{
    const QString name = createSnapshot(u"demo"_s);
    QFile file(m_emulator->snapshotFilePath(u"demo"_s, name));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray all = file.readAll();
    const QString path = u"/collections/demo/snapshots/"_s % name;

    std::unique_ptr<QNetworkReply> partial(
        send("GET", path, {}, { { "range", "bytes=1000-" }, { "accept-encoding", "gzip" } }));
    QVERIFY(waitFor(partial.get()));
    QCOMPARE(partial->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 206);
    QCOMPARE(partial->rawHeader("content-range"),
        "bytes 1000-" + QByteArray::number(all.size() - 1) + '/' + QByteArray::number(all.size()));
    QCOMPARE(partial->readAll(), all.mid(1000));

    std::unique_ptr<QNetworkReply> middle(send("GET", path, {}, { { "range", "bytes=10-19" } }));
    QVERIFY(waitFor(middle.get()));
    QCOMPARE(middle->readAll(), all.mid(10, 10));

    std::unique_ptr<QNetworkReply> beyond(
        send("GET", path, {}, { { "range", "bytes=" + QByteArray::number(all.size()) + '-' } }));
    QVERIFY(waitFor(beyond.get()));
    QCOMPARE(beyond->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 416);
    QCOMPARE(beyond->rawHeader("content-range"), "bytes */" + QByteArray::number(all.size()));

    std::unique_ptr<QNetworkReply> stale(send("GET",
        path,
        {},
        { { "range", "bytes=10-19" }, { "if-range", "\"stale\"" }, { "accept-encoding", "identity" } }));
    QVERIFY(waitFor(stale.get()));
    QCOMPARE(stale->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(stale->readAll().size(), all.size());
}

void TestQdrantEmulator::download_dropAfterBytes_cutsTheBody()
{
    const QString name = createSnapshot(u"demo"_s);
    Fault fault;
    fault.method = u"GET"_s;
    fault.pathPrefix = u"/collections/demo/snapshots/"_s;
    fault.kind = FaultKind::DropAfterBytes;
    fault.value = 100000;
    m_emulator->injectFault(fault);
    std::unique_ptr<QNetworkReply> reply(
        send("GET", u"/collections/demo/snapshots/"_s % name, {}, { { "accept-encoding", "identity" } }));
    qint64 received = 0;
    connect(reply.get(), &QNetworkReply::readyRead, reply.get(), [&received, &reply]() {
        received += reply->readAll().size();
    });
    QVERIFY(waitFor(reply.get()));
    received += reply->readAll().size();
    QVERIFY(reply->error() != QNetworkReply::NoError);
    QCOMPARE(received, 100000);

    // The fault was used up: the next download is complete.
    std::unique_ptr<QNetworkReply> again(
        send("GET", u"/collections/demo/snapshots/"_s % name, {}, { { "accept-encoding", "identity" } }));
    QVERIFY(waitFor(again.get()));
    QCOMPARE(again->error(), QNetworkReply::NoError);
}

void TestQdrantEmulator::keepAlive_pipelinedRequestsOnOneSocket()
{
    const QByteArray key = "api-key: " + API_KEY.toUtf8() + "\r\n";
    const QByteArray raw = rawExchange("GET /collections/demo/exists HTTP/1.1\r\nHost: x\r\n" + key
        + "\r\nGET /collections/demo%2Dalias HTTP/1.1\r\nHost: x\r\n" + key
        + "\r\nGET /aliases/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n" + key + "\r\n");
    QCOMPARE(raw.count("HTTP/1.1 "), 3);
    QVERIFY(raw.contains(R"({"exists":true})"));
    QVERIFY(raw.contains("Not found: Collection `demo-alias` doesn't exist!"));
    QVERIFY(raw.contains(R"("alias_name":"demo-alias")"));
}

void TestQdrantEmulator::upload_createdSnapshot_restoresIntoNewCollection()
{
    const QString name = createSnapshot(u"demo"_s);
    const QString path = m_emulator->snapshotFilePath(u"demo"_s, name);
    const QByteArray checksum = Snapdock::TestSupport::sha256OfFile(path);
    std::unique_ptr<QNetworkReply> reply(
        upload(u"restored copy"_s, path, u"priority=snapshot&checksum="_s % QString::fromLatin1(checksum)));
    QVERIFY(waitFor(reply.get()));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(json(reply.get()).value("result"_L1).toBool(), true);
    const CollectionSpec restored = m_emulator->collection(u"restored copy"_s);
    QCOMPARE(restored.pointsCount, 1001);
    QCOMPARE(restored.shardNumber, 2);
    QCOMPARE(restored.vectors, (QJsonObject{ { u"size"_s, 4 }, { u"distance"_s, u"Cosine"_s } }));
    QVERIFY(restored.payloadSchema.contains("city"_L1));
    // The uploaded file stays in the collection's list, without checksum (as real Qdrant).
    QCOMPARE(m_emulator->snapshotNames(u"restored copy"_s), QStringList{ u"uploaded.snapshot"_s });

    std::unique_ptr<QNetworkReply> mismatch(upload(u"restored copy"_s, path, u"checksum="_s % QString(64, u'a')));
    QVERIFY(waitFor(mismatch.get()));
    QCOMPARE(mismatch->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
    QCOMPARE(json(mismatch.get()).value("status"_L1).toObject().value("error"_L1).toString(),
        u"Checksum mismatch: expected "_s % QString::fromLatin1(checksum) % u", actual "_s % QString(64, u'a'));

    std::unique_ptr<QNetworkReply> badChecksum(upload(u"restored copy"_s, path, u"checksum=abc"_s));
    QVERIFY(waitFor(badChecksum.get()));
    QCOMPARE(badChecksum->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 422);
}

void TestQdrantEmulator::upload_incompatibleVectors_is400WithMessage()
{
    m_emulator->addCollection(
        { u"other"_s, QJsonObject{ { u"size"_s, 8 }, { u"distance"_s, u"Dot"_s } }, 2, 5, {}, {} });
    const QString name = createSnapshot(u"demo"_s);
    std::unique_ptr<QNetworkReply> reply(upload(u"other"_s, m_emulator->snapshotFilePath(u"demo"_s, name)));
    QVERIFY(waitFor(reply.get()));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
    const QString error = json(reply.get()).value("status"_L1).toObject().value("error"_L1).toString();
    QVERIFY2(
        error.startsWith(u"Wrong input: Snapshot is not compatible with existing collection: Collection vectors: "_s),
        qPrintable(error));
    QVERIFY(error.contains(u"Snapshot Vectors: "_s));
    QCOMPARE(m_emulator->collection(u"other"_s).pointsCount, 5);
}

void TestQdrantEmulator::upload_stringFieldOrGzip_failsAsMalformedArchive()
{
    const QByteArray body = "--XyZ\r\nContent-Disposition: form-data; name=\"snapshot\"\r\n\r\n/tmp/file.snapshot"
                            "\r\n--XyZ--\r\n";
    const QByteArray raw =
        rawExchange("POST /collections/fresh/snapshots/upload HTTP/1.1\r\nHost: x\r\napi-key: " + API_KEY.toUtf8()
            + "\r\nContent-Type: multipart/form-data; boundary=XyZ\r\nConnection: close"
              "\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QVERIFY2(raw.startsWith("HTTP/1.1 400"), raw.constData());
    QVERIFY(raw.contains("failed to iterate over archive"));
    QVERIFY(!m_emulator->hasCollection(u"fresh"_s));

    const QString gz = m_scratch.filePath(u"snapshot.gz"_s);
    QFile file(gz);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("\x1f\x8b\x08\x00", 4) + QByteArray(2000, 'x'));
    file.close();
    std::unique_ptr<QNetworkReply> reply(upload(u"fresh"_s, gz));
    QVERIFY(waitFor(reply.get()));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
    QVERIFY(json(reply.get())
                .value("status"_L1)
                .toObject()
                .value("error"_L1)
                .toString()
                .contains(u"Malformed snapshot archive"_s));
}

void TestQdrantEmulator::recover_fromOwnHttpUrl_andFileOutsideDataDir()
{
    const QString name = createSnapshot(u"demo"_s);
    QUrl source = m_emulator->baseUrl();
    source.setPath(u"/collections/demo/snapshots/"_s % name);
    const QJsonObject body{ { u"location"_s, source.toString() }, { u"api_key"_s, API_KEY } };
    std::unique_ptr<QNetworkReply> reply(
        send("PUT", u"/collections/from-url/snapshots/recover"_s, QJsonDocument(body).toJson()));
    QVERIFY(waitFor(reply.get()));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(m_emulator->collection(u"from-url"_s).pointsCount, 1001);
    // The emulator's own download asked for identity encoding and sent the key.
    QCOMPARE(m_emulator->requests().last().headers.value("accept-encoding"), "identity"_ba);

    QJsonObject outside;
    outside.insert(u"location"_s, QUrl::fromLocalFile(m_scratch.path()).toString());
    std::unique_ptr<QNetworkReply> forbidden(
        send("PUT", u"/collections/x/snapshots/recover"_s, QJsonDocument(outside).toJson()));
    QVERIFY(waitFor(forbidden.get()));
    QVERIFY(forbidden->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() >= 400);

    const QJsonObject missing{ { u"location"_s, QString(source.toString() % u"-missing"_s) },
        { u"api_key"_s, API_KEY } };
    std::unique_ptr<QNetworkReply> notFound(
        send("PUT", u"/collections/x/snapshots/recover"_s, QJsonDocument(missing).toJson()));
    QVERIFY(waitFor(notFound.get()));
    QCOMPARE(notFound->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
    QVERIFY(json(notFound.get())
                .value("status"_L1)
                .toObject()
                .value("error"_L1)
                .toString()
                .startsWith(u"Wrong input: Failed to download tar from "_s));
}

void TestQdrantEmulator::tarReader_acceptsReferenceSparseShard()
{
    const QString reference = Snapdock::TestSupport::sharedReferenceFile(u"snapshots/test-shard.snapshot"_s);
    if (reference.isEmpty()) {
        QSKIP("shared/reference/snapshots/test-shard.snapshot not available");
    }
    QString error;
    const QStringList members = SnapshotArchive::memberNames(reference, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(members,
        QStringList({ u"wal"_s,
            u"wal/closed-255"_s,
            u"newest_clocks.json"_s,
            u"replica_state.json"_s,
            u"shard_config.json"_s }));

    QVERIFY(m_emulator->addSnapshotFile(u"demo"_s, u"ref.snapshot"_s, reference, true));
    std::unique_ptr<QNetworkReply> list(send("GET", u"/collections/demo/snapshots"_s));
    QVERIFY(waitFor(list.get()));
    QCOMPARE(json(list.get()).value("result"_L1).toArray().first().toObject().value("checksum"_L1).toString(),
        u"5d94eac5c1ede3994a28bc406120046c37370d5d45b489a0d2252531b4e3e1f2"_s);

    const QString truncated = m_scratch.filePath(u"truncated.snapshot"_s);
    QFile in(reference);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QFile out(truncated);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(in.read(1500));
    out.close();
    QVERIFY(SnapshotArchive::memberNames(truncated, &error).isEmpty());
    QVERIFY(error.contains(u"failed to iterate over archive"_s));
}

void TestQdrantEmulator::controlApi_injectsFaultOverHttp()
{
    const QJsonObject fault{ { u"kind"_s, u"RespondWithStatus"_s },
        { u"pathPrefix"_s, u"/collections"_s },
        { u"status"_s, 503 },
        { u"body"_s, u"overloaded"_s },
        { u"retryAfter"_s, u"2"_s } };
    std::unique_ptr<QNetworkReply> add(send("POST", u"/__emulator/faults"_s, QJsonDocument(fault).toJson(), {}, false));
    QVERIFY(waitFor(add.get()));
    QCOMPARE(add->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);

    std::unique_ptr<QNetworkReply> hit(send("GET", u"/collections"_s));
    QVERIFY(waitFor(hit.get()));
    QCOMPARE(hit->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 503);
    QCOMPARE(hit->rawHeader("retry-after"), "2"_ba);
    QCOMPARE(hit->readAll(), "overloaded"_ba);

    std::unique_ptr<QNetworkReply> after(send("GET", u"/collections"_s));
    QVERIFY(waitFor(after.get()));
    QCOMPARE(after->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);

    std::unique_ptr<QNetworkReply> recorded(send("GET", u"/__emulator/requests"_s, {}, {}, false));
    QVERIFY(waitFor(recorded.get()));
    const QJsonArray requests = json(recorded.get()).value("result"_L1).toArray();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.first().toObject().value("path"_L1).toString(), u"/collections"_s);
}

void TestQdrantEmulator::controlApi_restoreTamper_altersOnlyTheNextMatchingRestore()
{
    const QString name = createSnapshot(u"demo"_s);
    const QString path = m_emulator->snapshotFilePath(u"demo"_s, name);
    std::unique_ptr<QNetworkReply> refused(
        send("PUT", u"/__emulator/restore_tamper"_s, R"({"points_delta":"many"})"_ba, {}, false));
    QVERIFY(waitFor(refused.get()));
    QCOMPARE(refused->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
    const QJsonObject tamper{ { u"collection_prefix"_s, u"drill-"_s }, { u"points_delta"_s, -7 } };
    std::unique_ptr<QNetworkReply> add(
        send("PUT", u"/__emulator/restore_tamper"_s, QJsonDocument(tamper).toJson(), {}, false));
    QVERIFY(waitFor(add.get()));
    QCOMPARE(add->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);

    // Not matching the prefix: restored faithfully.
    std::unique_ptr<QNetworkReply> plain(upload(u"copy"_s, path, {}));
    QVERIFY(waitFor(plain.get()));
    QCOMPARE(m_emulator->collection(u"copy"_s).pointsCount, 1001);
    // The first match is off by the delta, and only the first.
    for (const QString &target : { u"drill-1"_s, u"drill-2"_s }) {
        std::unique_ptr<QNetworkReply> reply(upload(target, path, {}));
        QVERIFY(waitFor(reply.get()));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    }
    QCOMPARE(m_emulator->collection(u"drill-1"_s).pointsCount, 994);
    QCOMPARE(m_emulator->collection(u"drill-2"_s).pointsCount, 1001);
}

QTEST_GUILESS_MAIN(TestQdrantEmulator)
#include "TestQdrantEmulator.moc"
