// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/qdrant/HttpErrorMapping.h"
#include "core/qdrant/dto/CollectionInfo.h"
#include "core/qdrant/dto/ResponseEnvelope.h"
#include "core/qdrant/dto/ServerInfo.h"
#include "core/qdrant/dto/SnapshotDescription.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Snapdock;

// Server answers are untrusted: every malformed shape must become a clear InvalidResponse, never a default.
class TestResponseParsing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void envelope_data();
    void envelope();
    void snapshotList_acceptsQdrantShapes();
    void snapshotList_rejectsWrongTypes_data();
    void snapshotList_rejectsWrongTypes();
    void collectionInfo_namedVectorsAndNullCounts();
    void serverInfo_requiresVersion();
    void httpStatus_mapsToKinds_data();
    void httpStatus_mapsToKinds();
    void serverMessage_isCappedAndSanitized();
};

void TestResponseParsing::envelope_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("result") << R"({"result":true,"status":"ok","time":0.01})"_ba << true << false;
    QTest::newRow("202 accepted") << R"({"status":"accepted","time":0.0})"_ba << true << true;
    QTest::newRow("not json") << "<html>hi</html>"_ba << false << false;
    QTest::newRow("array") << "[1,2]"_ba << false << false;
    QTest::newRow("no result") << R"({"status":"ok","time":0})"_ba << false << false;
    QTest::newRow("error status") << R"({"status":{"error":"x"},"time":0})"_ba << false << false;
    QTest::newRow("empty") << QByteArray() << false << false;
}

void TestResponseParsing::envelope()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    QFETCH(bool, accepted);
    auto envelope = ResponseEnvelope::parse(body, true);
    QCOMPARE(bool(envelope), ok);
    if (ok)
        QCOMPARE(envelope->accepted, accepted);
    else
        QCOMPARE(envelope.error().kind, ErrorKind::InvalidResponse);
}

void TestResponseParsing::snapshotList_acceptsQdrantShapes()
{
    const QByteArray json = R"([
        {"name":"a-1-2026-11-27-10-00-00.snapshot","creation_time":"2026-11-27T10:00:00","size":123,
         "checksum":"ABCDEF0123456789abcdef0123456789abcdef0123456789abcdef0123456789"},
        {"name":"uploaded.snapshot","creation_time":null,"size":5}])"_ba;
    auto list = SnapshotDescription::listFromJson(QJsonDocument::fromJson(json).array());
    QVERIFY2(list, qPrintable(list ? QString() : list.error().userMessage()));
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).creationTime, QDateTime(QDate(2026, 11, 27), QTime(10, 0), Qt::UTC));
    QCOMPARE(list->at(0).checksum, u"abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789"_s);
    QVERIFY(!list->at(1).creationTime.isValid());
    QVERIFY(list->at(1).checksum.isEmpty());
}

void TestResponseParsing::snapshotList_rejectsWrongTypes_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("not a list") << R"({"name":"x"})"_ba;
    QTest::newRow("name is a number") << R"([{"name":5,"size":1}])"_ba;
    QTest::newRow("size is a string") << R"([{"name":"x","size":"big"}])"_ba;
    QTest::newRow("negative size") << R"([{"name":"x","size":-1}])"_ba;
    QTest::newRow("fractional size") << R"([{"name":"x","size":1.5}])"_ba;
    QTest::newRow("checksum is a list") << R"([{"name":"x","size":1,"checksum":[]}])"_ba;
    QTest::newRow("item is a string") << R"(["x"])"_ba;
}

void TestResponseParsing::snapshotList_rejectsWrongTypes()
{
    QFETCH(QByteArray, json);
    const QJsonDocument document = QJsonDocument::fromJson(json);
    const QJsonValue value = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    auto list = SnapshotDescription::listFromJson(value);
    QVERIFY(!list);
    QCOMPARE(list.error().kind, ErrorKind::InvalidResponse);
}

void TestResponseParsing::collectionInfo_namedVectorsAndNullCounts()
{
    const QByteArray json = R"({"status":"yellow","optimizer_status":"ok","points_count":null,
        "indexed_vectors_count":null,"segments_count":3,
        "config":{"params":{"vectors":{"image":{"size":512,"distance":"Dot"},"text":{"size":384,"distance":"Cosine"}},
        "shard_number":3,"replication_factor":2}},"payload_schema":{}})"_ba;
    auto info = CollectionInfo::fromJson(u"multi"_s, QJsonDocument::fromJson(json).object());
    QVERIFY(info);
    QCOMPARE(info->pointsCount, -1);
    QCOMPARE(info->shardNumber, 3);
    QCOMPARE(info->replicationFactor, 2);
    QCOMPARE(info->vectorsSummary(), u"image: 512 × Dot, text: 384 × Cosine"_s);

    auto broken = CollectionInfo::fromJson(u"x"_s, QJsonDocument::fromJson(R"({"status":"green"})"_ba).object());
    QVERIFY(!broken);
    QCOMPARE(broken.error().kind, ErrorKind::InvalidResponse);
    QVERIFY(broken.error().userMessage().contains(u"config"_s));
}

void TestResponseParsing::serverInfo_requiresVersion()
{
    QVERIFY(ServerInfo::fromJson(QJsonObject{ { u"title"_s, u"qdrant"_s }, { u"version"_s, u"1.19.0"_s } }));
    QVERIFY(!ServerInfo::fromJson(QJsonObject{ { u"title"_s, u"nginx"_s } }));
}

void TestResponseParsing::httpStatus_mapsToKinds_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ErrorKind>("kind");
    QTest::newRow("401 plain text") << 401 << "Invalid API key or JWT"_ba << ErrorKind::Unauthorized;
    QTest::newRow("403 json") << 403 << R"({"status":{"error":"Forbidden: Global manage access is required"}})"_ba
                              << ErrorKind::Forbidden;
    QTest::newRow("404") << 404 << "Not found: Snapshot x not found"_ba << ErrorKind::NotFound;
    QTest::newRow("400 incompatible")
        << 400 << R"({"status":{"error":"Wrong input: Snapshot is not compatible with existing collection"}})"_ba
        << ErrorKind::IncompatibleSnapshot;
    QTest::newRow("400 checksum") << 400 << R"({"status":{"error":"Checksum mismatch: expected a, actual b"}})"_ba
                                  << ErrorKind::InvalidSnapshot;
    QTest::newRow("400 tar") << 400 << R"({"status":{"error":"Malformed tar archive"}})"_ba
                             << ErrorKind::InvalidSnapshot;
    QTest::newRow("400 other") << 400 << R"({"status":{"error":"Bad request: target is wrong"}})"_ba
                               << ErrorKind::BadRequest;
    QTest::newRow("422 validation") << 422 << R"({"status":{"error":"Validation error in query"}})"_ba
                                    << ErrorKind::BadRequest;
    QTest::newRow("409") << 409 << QByteArray() << ErrorKind::AlreadyExists;
    QTest::newRow("413") << 413 << "Request Entity Too Large"_ba << ErrorKind::PayloadTooLarge;
    QTest::newRow("429") << 429 << QByteArray() << ErrorKind::RateLimited;
    QTest::newRow("500") << 500 << R"({"status":{"error":"Service internal error: x"}})"_ba << ErrorKind::ServerError;
    QTest::newRow("502 proxy") << 502 << "<html>Bad Gateway</html>"_ba << ErrorKind::ServerError;
    QTest::newRow("507") << 507 << QByteArray() << ErrorKind::ServerDiskFull;
}

void TestResponseParsing::httpStatus_mapsToKinds()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(ErrorKind, kind);
    const Error error = HttpErrorMapping::fromHttpStatus(status, body, u"doing it"_s);
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.httpStatus, status);
    QVERIFY(error.userMessage().startsWith(u"doing it: "_s));
}

void TestResponseParsing::serverMessage_isCappedAndSanitized()
{
    const QByteArray flood = QByteArray(100'000, 'x') + "\x01\x02"_ba;
    const QString message = HttpErrorMapping::serverMessageFromBody(flood);
    QVERIFY(message.size() < 2100);
    QVERIFY(!message.contains(QChar(1)));
}

QTEST_GUILESS_MAIN(TestResponseParsing)
#include "TestResponseParsing.moc"
