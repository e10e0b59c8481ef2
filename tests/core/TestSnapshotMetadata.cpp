// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/SnapshotMetadata.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Snapdock;

namespace {

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

SnapshotMetadata fullyPopulated()
{
    SnapshotMetadata m;
    m.kind = u"shard"_s;
    m.host = u"https://qdrant.example.com:6333"_s;
    m.collection = u"documents"_s;
    m.shardId = 3;
    m.snapshotName = u"documents-shard-3-2026-11-27-10-00-00.snapshot"_s;
    m.fileName = u"documents-shard-3-2026-11-27-10-00-00.snapshot"_s;
    m.serverVersion = u"1.12.4"_s;
    m.serverCommit = u"0e4a1b2c3d"_s;
    m.pointsCount = 9'007'199'254'740'993; // 2^53 + 1: must not pass through a double
    m.vectors = QJsonObject{ { u"text"_s, QJsonObject{ { u"size"_s, 768 }, { u"distance"_s, u"Cosine"_s } } },
        { u"image"_s, QJsonObject{ { u"size"_s, 512 }, { u"distance"_s, u"Dot"_s } } } };
    m.sparseVectors = QJsonObject{ { u"bm25"_s, QJsonObject{ { u"modifier"_s, u"idf"_s } } } };
    m.shardNumber = 6;
    m.replicationFactor = 2;
    m.payloadSchema =
        QJsonObject{ { u"city"_s, QJsonObject{ { u"data_type"_s, u"keyword"_s }, { u"points"_s, 12 } } } };
    m.aliases = QStringList{ u"docs"_s, u"docs-current"_s };
    m.size = 5'368'709'120; // 5 GiB: larger than 32 bits
    m.sha256 = u"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_s;
    m.serverChecksum = u"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_s;
    m.serverCreationTime = QDateTime(QDate(2026, 11, 27), QTime(10, 0, 0, 123), Qt::UTC);
    // Given in another zone: stored and read back as the same instant in UTC.
    m.backupStartedAt = QDateTime(QDate(2026, 11, 27), QTime(12, 0, 1, 5), Qt::OffsetFromUTC, 2 * 3600);
    m.backupFinishedAt = QDateTime(QDate(2026, 11, 27), QTime(10, 5, 59, 999), Qt::UTC);
    m.toolVersion = u"0.1.0"_s;
    m.pinned = true;
    return m;
}

} // namespace

class TestSnapshotMetadata : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void metadataPathFor_appendsSuffix();
    void writeTo_readFrom_roundTripsEveryField();
    void writeTo_defaults_roundTripWithNullTimes();
    void writeTo_file_isIndentedJsonWithUtcTimes();
    void writeTo_leavesNoTemporaryFiles();
    void writeTo_missingFolder_isError();
    void writeTo_hostWithUserInfo_storesNoCredential();
    void credentialFreeHost_data();
    void credentialFreeHost();
    void fromJson_missingOptionalFields_usesDefaults();
    void pinned_isWrittenAndReadBack_andMissingMeansNotPinned();
    void readFrom_malformedFile_isErrorNamingThePath_data();
    void readFrom_malformedFile_isErrorNamingThePath();
    void readFrom_oversizedFile_isRefused();
    void readFrom_missingFile_isError();

private:
    QTemporaryDir m_dir;
};

void TestSnapshotMetadata::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestSnapshotMetadata::metadataPathFor_appendsSuffix()
{
    QCOMPARE(SnapshotMetadata::metadataPathFor(u"/b/x.snapshot"_s), u"/b/x.snapshot.snapdock.json"_s);
}

void TestSnapshotMetadata::writeTo_readFrom_roundTripsEveryField()
{
    const SnapshotMetadata written = fullyPopulated();
    const QString path = m_dir.filePath(u"roundtrip.snapshot.snapdock.json"_s);
    const VoidResult saved = written.writeTo(path);
    QVERIFY2(saved.has_value(), qPrintable(saved ? QString() : saved.error().detail));

    const Result<SnapshotMetadata> read = SnapshotMetadata::readFrom(path);
    QVERIFY2(read.has_value(), qPrintable(read ? QString() : read.error().detail));
    const SnapshotMetadata &m = *read;
    QCOMPARE(m.formatVersion, 1);
    QCOMPARE(m.kind, written.kind);
    QCOMPARE(m.host, written.host);
    QCOMPARE(m.collection, written.collection);
    QCOMPARE(m.shardId, written.shardId);
    QCOMPARE(m.snapshotName, written.snapshotName);
    QCOMPARE(m.fileName, written.fileName);
    QCOMPARE(m.serverVersion, written.serverVersion);
    QCOMPARE(m.serverCommit, written.serverCommit);
    QCOMPARE(m.pointsCount, written.pointsCount);
    QCOMPARE(m.vectors, written.vectors);
    QCOMPARE(m.sparseVectors, written.sparseVectors);
    QCOMPARE(m.shardNumber, written.shardNumber);
    QCOMPARE(m.replicationFactor, written.replicationFactor);
    QCOMPARE(m.payloadSchema, written.payloadSchema);
    QCOMPARE(m.aliases, written.aliases);
    QCOMPARE(m.size, written.size);
    QCOMPARE(m.sha256, written.sha256);
    QCOMPARE(m.serverChecksum, written.serverChecksum);
    QCOMPARE(m.serverCreationTime, written.serverCreationTime);
    QCOMPARE(m.serverCreationTime.timeSpec(), Qt::UTC);
    QCOMPARE(m.backupStartedAt, written.backupStartedAt);
    QCOMPARE(m.backupStartedAt.timeSpec(), Qt::UTC);
    QCOMPARE(m.backupFinishedAt, written.backupFinishedAt);
    QCOMPARE(m.toolVersion, written.toolVersion);
    QCOMPARE(m.pinned, true);
    // And nothing was lost that toJson() knows about.
    QCOMPARE(m.toJson(), written.toJson());
}

void TestSnapshotMetadata::writeTo_defaults_roundTripWithNullTimes()
{
    SnapshotMetadata written;
    written.fileName = u"x.snapshot"_s;
    const QString path = m_dir.filePath(u"defaults.json"_s);
    QVERIFY(written.writeTo(path));
    const QJsonObject object = QJsonDocument::fromJson(contentsOf(path)).object();
    QVERIFY(object.value(u"serverCreationTime"_s).isNull());
    QVERIFY(object.value(u"vectors"_s).isNull());

    const Result<SnapshotMetadata> read = SnapshotMetadata::readFrom(path);
    QVERIFY(read.has_value());
    QVERIFY(!read->serverCreationTime.isValid());
    QVERIFY(!read->backupStartedAt.isValid());
    QCOMPARE(read->shardId, -1);
    QCOMPARE(read->pointsCount, -1);
    QCOMPARE(read->toJson(), written.toJson());
}

void TestSnapshotMetadata::writeTo_file_isIndentedJsonWithUtcTimes()
{
    const QString path = m_dir.filePath(u"format.json"_s);
    QVERIFY(fullyPopulated().writeTo(path));
    const QByteArray bytes = contentsOf(path);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(document.isObject());
    QVERIFY(bytes.contains("\n    \"")); // indented, one field per line
    const QJsonObject object = document.object();
    QCOMPARE(object.value(u"formatVersion"_s).toInt(), 1);
    QCOMPARE(object.value(u"serverCreationTime"_s).toString(), u"2026-11-27T10:00:00.123Z"_s);
    QCOMPARE(object.value(u"backupStartedAt"_s).toString(), u"2026-11-27T10:00:01.005Z"_s);
    QCOMPARE(object.value(u"pointsCount"_s).toInteger(), 9'007'199'254'740'993);
}

void TestSnapshotMetadata::writeTo_leavesNoTemporaryFiles()
{
    const QString folder = m_dir.filePath(u"atomic"_s);
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + u"/x.snapshot.snapdock.json"_s;
    QVERIFY(writeFile(path, "previous"_ba));
    QVERIFY(fullyPopulated().writeTo(path));
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList{ u"x.snapshot.snapdock.json"_s });
    QVERIFY(SnapshotMetadata::readFrom(path).has_value());
}

void TestSnapshotMetadata::writeTo_missingFolder_isError()
{
    const QString path = m_dir.filePath(u"no/such/folder/x.json"_s);
    const VoidResult saved = fullyPopulated().writeTo(path);
    QVERIFY(!saved.has_value());
    QVERIFY2(saved.error().detail.contains(path), qPrintable(saved.error().detail));
}

void TestSnapshotMetadata::writeTo_hostWithUserInfo_storesNoCredential()
{
    SnapshotMetadata m;
    m.host = u"http://user:secret@h:6333"_s;
    m.collection = u"c"_s;
    m.fileName = u"c.snapshot"_s;
    const QString path = m_dir.filePath(u"credentials.json"_s);
    QVERIFY(m.writeTo(path));
    const QByteArray bytes = contentsOf(path);
    QVERIFY(QJsonDocument::fromJson(bytes).isObject());
    const QByteArray lower = bytes.toLower();
    QVERIFY2(!lower.contains("secret"), bytes.constData());
    QVERIFY2(!lower.contains("user"), bytes.constData());
    QVERIFY2(!lower.contains("api"), bytes.constData());
    QVERIFY2(!lower.contains("@"), bytes.constData());
    const Result<SnapshotMetadata> read = SnapshotMetadata::readFrom(path);
    QVERIFY(read.has_value());
    QCOMPARE(read->host, u"http://h:6333"_s);
}

void TestSnapshotMetadata::credentialFreeHost_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"http://localhost:6333"_s << u"http://localhost:6333"_s;
    QTest::newRow("user and password") << u"http://user:secret@h:6333"_s << u"http://h:6333"_s;
    QTest::newRow("user only") << u"https://key@h"_s << u"https://h"_s;
    QTest::newRow("query key") << u"https://h:6333/?api-key=secret"_s << u"https://h:6333/"_s;
    QTest::newRow("fragment") << u"https://h:6333#secret"_s << u"https://h:6333"_s;
    QTest::newRow("path prefix kept") << u"https://u:p@h/qdrant"_s << u"https://h/qdrant"_s;
    QTest::newRow("no scheme") << u"user:secret@h:6333"_s << u"//h:6333"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestSnapshotMetadata::credentialFreeHost()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    QCOMPARE(SnapshotMetadata::credentialFreeHost(url), expected);
}

void TestSnapshotMetadata::fromJson_missingOptionalFields_usesDefaults()
{
    const Result<SnapshotMetadata> m =
        SnapshotMetadata::fromJson(QJsonObject{ { u"formatVersion"_s, 1 }, { u"fileName"_s, u"x.snapshot"_s } });
    QVERIFY2(m.has_value(), qPrintable(m ? QString() : m.error().detail));
    QCOMPARE(m->fileName, u"x.snapshot"_s);
    QCOMPARE(m->shardId, -1);
    QCOMPARE(m->pointsCount, -1);
    QCOMPARE(m->size, 0);
    QVERIFY(m->vectors.isNull());
    QVERIFY(m->aliases.isEmpty());
    QVERIFY(!m->backupFinishedAt.isValid());
    QVERIFY(!m->pinned);
}

void TestSnapshotMetadata::pinned_isWrittenAndReadBack_andMissingMeansNotPinned()
{
    SnapshotMetadata written;
    written.fileName = u"keep-me.snapshot"_s;
    written.pinned = true;
    const QString path = m_dir.filePath(u"pinned.snapshot.snapdock.json"_s);
    QVERIFY(written.writeTo(path));
    QCOMPARE(QJsonDocument::fromJson(contentsOf(path)).object().value(u"pinned"_s), QJsonValue(true));
    const Result<SnapshotMetadata> read = SnapshotMetadata::readFrom(path);
    QVERIFY2(read.has_value(), qPrintable(read ? QString() : read.error().detail));
    QVERIFY(read->pinned);

    // Files written before the field existed have no "pinned"; null and false mean the same.
    for (const QJsonValue &value : { QJsonValue(QJsonValue::Undefined), QJsonValue(), QJsonValue(false) }) {
        QJsonObject object{ { u"formatVersion"_s, 1 } };
        if (!value.isUndefined())
            object.insert(u"pinned"_s, value);
        const Result<SnapshotMetadata> parsed = SnapshotMetadata::fromJson(object);
        QVERIFY(parsed.has_value());
        QVERIFY(!parsed->pinned);
    }
}

void TestSnapshotMetadata::readFrom_malformedFile_isErrorNamingThePath_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("empty file") << QByteArray() << u"JSON"_s;
    QTest::newRow("not JSON") << "this is not json"_ba << u"JSON"_s;
    QTest::newRow("truncated") << "{\"formatVersion\": 1, \"size\": 12"_ba << u"JSON"_s;
    QTest::newRow("array") << "[1, 2, 3]"_ba << u"object"_s;
    QTest::newRow("no formatVersion") << "{\"size\": 1}"_ba << u"formatVersion"_s;
    QTest::newRow("formatVersion string") << "{\"formatVersion\": \"1\"}"_ba << u"formatVersion"_s;
    QTest::newRow("newer format") << "{\"formatVersion\": 99}"_ba << u"newer"_s;
    QTest::newRow("size as string") << "{\"formatVersion\": 1, \"size\": \"12\"}"_ba << u"size"_s;
    QTest::newRow("size fractional") << "{\"formatVersion\": 1, \"size\": 1.5}"_ba << u"size"_s;
    QTest::newRow("negative size") << "{\"formatVersion\": 1, \"size\": -4}"_ba << u"size"_s;
    QTest::newRow("shardId too large") << "{\"formatVersion\": 1, \"shardId\": 9999999999}"_ba << u"shardId"_s;
    QTest::newRow("unknown kind") << "{\"formatVersion\": 1, \"kind\": \"partial\"}"_ba << u"kind"_s;
    QTest::newRow("aliases not strings") << "{\"formatVersion\": 1, \"aliases\": [1]}"_ba << u"aliases"_s;
    QTest::newRow("payloadSchema array") << "{\"formatVersion\": 1, \"payloadSchema\": []}"_ba << u"payloadSchema"_s;
    QTest::newRow("bad date") << "{\"formatVersion\": 1, \"backupStartedAt\": \"yesterday\"}"_ba
                              << u"backupStartedAt"_s;
    QTest::newRow("pinned as string") << "{\"formatVersion\": 1, \"pinned\": \"yes\"}"_ba << u"pinned"_s;
    QTest::newRow("bad sha256") << "{\"formatVersion\": 1, \"sha256\": \"abc\"}"_ba << u"sha256"_s;
}

void TestSnapshotMetadata::readFrom_malformedFile_isErrorNamingThePath()
{
    QFETCH(QByteArray, contents);
    QFETCH(QString, mentions);
    const QString path = m_dir.filePath(u"malformed.json"_s);
    QVERIFY(writeFile(path, contents));
    const Result<SnapshotMetadata> read = SnapshotMetadata::readFrom(path);
    QVERIFY(!read.has_value());
    QCOMPARE(read.error().kind, ErrorKind::LocalIoError);
    QVERIFY2(read.error().detail.contains(path), qPrintable(read.error().detail));
    QVERIFY2(read.error().detail.contains(mentions), qPrintable(read.error().detail));
}

void TestSnapshotMetadata::readFrom_oversizedFile_isRefused()
{
    const QString path = m_dir.filePath(u"huge.json"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // Valid JSON with padding, so only the size cap can refuse it.
        QByteArray padding(SnapshotMetadata::MAX_FILE_SIZE, ' ');
        QVERIFY(file.write("{\"formatVersion\": 1}") > 0);
        QCOMPARE(file.write(padding), padding.size());
    }
    const Result<SnapshotMetadata> read = SnapshotMetadata::readFrom(path);
    QVERIFY(!read.has_value());
    QVERIFY2(read.error().detail.contains(u"16 MiB"_s), qPrintable(read.error().detail));
    QFile::remove(path);
}

void TestSnapshotMetadata::readFrom_missingFile_isError()
{
    const QString path = m_dir.filePath(u"absent.json"_s);
    const Result<SnapshotMetadata> read = SnapshotMetadata::readFrom(path);
    QVERIFY(!read.has_value());
    QCOMPARE(read.error().kind, ErrorKind::LocalIoError);
    QVERIFY(read.error().detail.contains(path));
}

QTEST_GUILESS_MAIN(TestSnapshotMetadata)
#include "TestSnapshotMetadata.moc"
