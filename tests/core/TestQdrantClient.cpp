// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ClientTestFixture.h"
#include "core/qdrant/QdrantClient.h"
#include "emulator/QdrantEmulator.h"
#include "support/TestFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Snapdock;
using namespace Snapdock::TestSupport;
using Emulator::CollectionSpec;
using Emulator::EmulatorConfig;
using Emulator::Fault;
using Emulator::FaultKind;
using Emulator::QdrantEmulator;

namespace {

const QString API_KEY = u"test-key-5b1e"_s;
const QString READ_ONLY_KEY = u"read-only-9c2d"_s;
const QString UNICODE_NAME = u"Wörter & Sätze 日本"_s;

CollectionSpec collectionSpec(const QString &name, qint64 points, int shards = 1, int size = 4)
{
    CollectionSpec spec;
    spec.name = name;
    spec.vectors = QJsonObject{ { u"size"_s, size }, { u"distance"_s, u"Cosine"_s } };
    spec.shardNumber = shards;
    spec.pointsCount = points;
    spec.payloadSchema =
        QJsonObject{ { u"city"_s, QJsonObject{ { u"data_type"_s, u"keyword"_s }, { u"points"_s, points } } } };
    return spec;
}

} // namespace

class TestQdrantClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void serverInfo_returnsVersion();
    void listCollections_returnsEveryName();
    void collectionInfo_parsesConfiguration();
    void collectionInfo_missingCollection_isNotFoundWithServerMessage();
    void collectionExists_answersBothWays();
    void aliases_areListed();
    void clusterInfo_standaloneIsDisabled();
    void collectionClusterInfo_listsLocalShards();

    void createSnapshot_returnsListedDescriptionWithChecksum();
    void requestSnapshot_waitFalse_isAcceptedThenListed();
    void deleteSnapshot_removesIt();
    void deleteSnapshot_missing_isNotFound();

    void download_writesExactBytes_sendsIdentityEncoding();
    void download_checksumMismatch_keepsNoFile();
    void download_hostileName_isRefusedBeforeAnyRequest();
    void download_hostileNameFromServerList_isRefused();
    void download_connectionDropped_keepsNoFile();
    void download_cancel_keepsNoFile();
    void download_missingSnapshot_isNotFound();

    void upload_intoNewCollection_createsIt();
    void upload_incompatibleCollection_isIncompatibleSnapshot();
    void upload_wrongChecksum_isInvalidSnapshot();
    void upload_notASnapshot_isInvalidSnapshot();
    void recover_fromUrl_restoresCollection();

    void fullStorage_createListDownloadDelete();
    void shardSnapshots_createListDownloadStreamDelete();

    void auth_missingKey_isUnauthorizedWithPlainTextMessage();
    void auth_wrongKey_isUnauthorized();
    void auth_bearerScheme_isAccepted();
    void auth_readOnlyKey_canListButNotCreate();
    void auth_readOnlyKey_cannotUpload();

    void errors_mapServerStatus_data();
    void errors_mapServerStatus();
    void errors_nonJsonSuccess_isInvalidResponse();
    void errors_unreachableHost_isCannotConnect();
    void errors_silentServer_isTimeout();
    void cancel_beforeStart_finishesOnceAsCancelled();

    void pathSegments_arePercentEncoded();

private:
    [[nodiscard]] QdrantClient client(const QString &key = API_KEY, AuthScheme scheme = AuthScheme::ApiKeyHeader) const;
    [[nodiscard]] QString createSnapshotOf(const QString &collection);
    [[nodiscard]] QString backupToFile(const QString &collection);

    QNetworkAccessManager m_network;
    std::unique_ptr<QdrantEmulator> m_emulator;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestQdrantClient::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_network.setProxy(QNetworkProxy::NoProxy);
}

void TestQdrantClient::init()
{
    EmulatorConfig config;
    config.apiKey = API_KEY;
    config.readOnlyApiKey = READ_ONLY_KEY;
    config.walBytes = 256 * 1024;
    m_emulator = std::make_unique<QdrantEmulator>(config);
    QVERIFY(m_emulator->listen());
    m_emulator->addCollection(collectionSpec(u"docs"_s, 1200));
    m_emulator->addCollection(collectionSpec(u"images"_s, 50, 2, 8));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestQdrantClient::cleanup()
{
    m_emulator.reset();
    m_dir.reset();
}

QdrantClient TestQdrantClient::client(const QString &key, AuthScheme scheme) const
{
    ServerEndpoint endpoint;
    endpoint.baseUrl = m_emulator->baseUrl();
    endpoint.apiKey = key;
    endpoint.authScheme = scheme;
    return QdrantClient(const_cast<QNetworkAccessManager &>(m_network), endpoint);
}

QString TestQdrantClient::createSnapshotOf(const QString &collection)
{
    RequestPtr<ApiCall<SnapshotDescription>> call(client().createSnapshot(SnapshotScope::forCollection(collection)));
    if (!finishes(call.get()) || !call->result())
        return {};
    return call->result()->name;
}

QString TestQdrantClient::backupToFile(const QString &collection)
{
    const QString name = createSnapshotOf(collection);
    if (name.isEmpty())
        return {};
    RequestPtr<SnapshotDownload> download(
        client().downloadSnapshot(SnapshotScope::forCollection(collection), name, m_dir->path()));
    if (!finishes(download.get()) || !download->result())
        return {};
    return download->result()->path;
}

void TestQdrantClient::serverInfo_returnsVersion()
{
    // GET / needs no key: it must work even with a wrong one.
    RequestPtr<ApiCall<ServerInfo>> call(client(u"wrong"_s).serverInfo());
    QVERIFY(finishes(call.get()));
    QVERIFY2(call->result(), qPrintable(call->error().userMessage()));
    QCOMPARE(call->result()->version, u"1.19.0"_s);
    QVERIFY(call->result()->title.contains(u"qdrant"_s));
}

void TestQdrantClient::listCollections_returnsEveryName()
{
    m_emulator->addCollection(collectionSpec(UNICODE_NAME, 3));
    RequestPtr<ApiCall<QStringList>> call(client().listCollections());
    QVERIFY(finishes(call.get()));
    QVERIFY2(call->result(), qPrintable(call->error().userMessage()));
    QStringList names = *call->result();
    names.sort();
    QStringList expected{ u"docs"_s, u"images"_s, UNICODE_NAME };
    expected.sort();
    QCOMPARE(names, expected);
}

void TestQdrantClient::collectionInfo_parsesConfiguration()
{
    RequestPtr<ApiCall<CollectionInfo>> call(client().collectionInfo(u"images"_s));
    QVERIFY(finishes(call.get()));
    QVERIFY2(call->result(), qPrintable(call->error().userMessage()));
    const CollectionInfo info = *call->result();
    QCOMPARE(info.name, u"images"_s);
    QCOMPARE(info.status, u"green"_s);
    QCOMPARE(info.pointsCount, 50);
    QCOMPARE(info.shardNumber, 2);
    QCOMPARE(info.vectors.toObject().value(u"size"_s).toInt(), 8);
    QCOMPARE(info.vectorsSummary(), u"8 × Cosine"_s);
    QVERIFY(info.payloadSchema.contains(u"city"_s));
}

void TestQdrantClient::collectionInfo_missingCollection_isNotFoundWithServerMessage()
{
    RequestPtr<ApiCall<CollectionInfo>> call(client().collectionInfo(u"nope"_s));
    QVERIFY(finishes(call.get()));
    QVERIFY(!call->result());
    const Error error = call->error();
    QCOMPARE(error.kind, ErrorKind::NotFound);
    QCOMPARE(error.httpStatus, 404);
    QVERIFY2(error.serverMessage.contains(u"doesn't exist"_s), qPrintable(error.serverMessage));
    QVERIFY(error.userMessage().contains(u"nope"_s));
}

void TestQdrantClient::collectionExists_answersBothWays()
{
    RequestPtr<ApiCall<bool>> yes(client().collectionExists(u"docs"_s));
    RequestPtr<ApiCall<bool>> no(client().collectionExists(u"other"_s));
    QVERIFY(finishes(yes.get()));
    QVERIFY(finishes(no.get()));
    QCOMPARE(yes->result().value_or(false), true);
    QCOMPARE(no->result().value_or(true), false);
}

void TestQdrantClient::aliases_areListed()
{
    CollectionSpec spec = collectionSpec(u"aliased"_s, 1);
    spec.aliases = QStringList{ u"current"_s };
    m_emulator->addCollection(spec);
    RequestPtr<ApiCall<QList<AliasDescription>>> all(client().listAliases());
    RequestPtr<ApiCall<QList<AliasDescription>>> one(client().collectionAliases(u"aliased"_s));
    QVERIFY(finishes(all.get()));
    QVERIFY(finishes(one.get()));
    QVERIFY(all->result() && one->result());
    QCOMPARE(one->result()->size(), 1);
    QCOMPARE(one->result()->first().aliasName, u"current"_s);
    QCOMPARE(one->result()->first().collectionName, u"aliased"_s);

    RequestPtr<ApiCall<OperationOutcome>> create(client().createAlias(u"docs"_s, u"latest-docs"_s));
    QVERIFY(finishes(create.get()));
    QVERIFY2(create->result(), qPrintable(create->error().userMessage()));
    RequestPtr<ApiCall<QList<AliasDescription>>> after(client().collectionAliases(u"docs"_s));
    QVERIFY(finishes(after.get()));
    QCOMPARE(after->result()->size(), 1);
    QCOMPARE(after->result()->first().aliasName, u"latest-docs"_s);
}

void TestQdrantClient::clusterInfo_standaloneIsDisabled()
{
    RequestPtr<ApiCall<ClusterInfo>> call(client().clusterInfo());
    QVERIFY(finishes(call.get()));
    QVERIFY2(call->result(), qPrintable(call->error().userMessage()));
    QVERIFY(!call->result()->enabled);
}

void TestQdrantClient::collectionClusterInfo_listsLocalShards()
{
    RequestPtr<ApiCall<CollectionClusterInfo>> call(client().collectionClusterInfo(u"images"_s));
    QVERIFY(finishes(call.get()));
    QVERIFY2(call->result(), qPrintable(call->error().userMessage()));
    QCOMPARE(call->result()->shardCount, 2);
    QCOMPARE(call->result()->localShards.size(), 2);
}

void TestQdrantClient::createSnapshot_returnsListedDescriptionWithChecksum()
{
    RequestPtr<ApiCall<SnapshotDescription>> call(client().createSnapshot(SnapshotScope::forCollection(u"docs"_s)));
    QVERIFY(finishes(call.get()));
    QVERIFY2(call->result(), qPrintable(call->error().userMessage()));
    const SnapshotDescription created = *call->result();
    QVERIFY(created.name.startsWith(u"docs-"_s));
    QVERIFY(created.name.endsWith(u".snapshot"_s));
    QCOMPARE(created.checksum.size(), 64);
    QVERIFY(created.size > 0);
    QVERIFY(created.creationTime.isValid());
    QCOMPARE(created.creationTime.timeSpec(), Qt::UTC);

    RequestPtr<ApiCall<QList<SnapshotDescription>>> list(
        client().listSnapshots(SnapshotScope::forCollection(u"docs"_s)));
    QVERIFY(finishes(list.get()));
    QVERIFY(list->result());
    QCOMPARE(list->result()->size(), 1);
    QCOMPARE(list->result()->first().name, created.name);
    QCOMPARE(list->result()->first().checksum, created.checksum);
    // The checksum the server lists is the SHA-256 of the file it serves.
    QCOMPARE(
        QString::fromLatin1(sha256OfFile(m_emulator->snapshotFilePath(u"docs"_s, created.name))), created.checksum);
}

void TestQdrantClient::requestSnapshot_waitFalse_isAcceptedThenListed()
{
    RequestPtr<ApiCall<OperationOutcome>> call(client().requestSnapshot(SnapshotScope::forCollection(u"docs"_s)));
    QVERIFY(finishes(call.get()));
    QVERIFY2(call->result(), qPrintable(call->error().userMessage()));
    QCOMPARE(*call->result(), OperationOutcome::Accepted);
    QCOMPARE(call->httpStatus(), 202);
    QTRY_COMPARE_WITH_TIMEOUT(m_emulator->snapshotNames(u"docs"_s).size(), 1, 10'000);
}

void TestQdrantClient::deleteSnapshot_removesIt()
{
    const QString name = createSnapshotOf(u"docs"_s);
    QVERIFY(!name.isEmpty());
    RequestPtr<ApiCall<OperationOutcome>> call(client().deleteSnapshot(SnapshotScope::forCollection(u"docs"_s), name));
    QVERIFY(finishes(call.get()));
    QVERIFY2(call->result(), qPrintable(call->error().userMessage()));
    QVERIFY(m_emulator->snapshotNames(u"docs"_s).isEmpty());
}

void TestQdrantClient::deleteSnapshot_missing_isNotFound()
{
    RequestPtr<ApiCall<OperationOutcome>> call(
        client().deleteSnapshot(SnapshotScope::forCollection(u"docs"_s), u"docs-1-2026-01-01-00-00-00.snapshot"_s));
    QVERIFY(finishes(call.get()));
    QCOMPARE(call->error().kind, ErrorKind::NotFound);
}

void TestQdrantClient::download_writesExactBytes_sendsIdentityEncoding()
{
    const QString name = createSnapshotOf(u"docs"_s);
    QVERIFY(!name.isEmpty());
    const QString serverFile = m_emulator->snapshotFilePath(u"docs"_s, name);
    const QByteArray expected = sha256OfFile(serverFile);
    m_emulator->clearRequests();

    RequestPtr<SnapshotDownload> download(client().downloadSnapshot(
        SnapshotScope::forCollection(u"docs"_s), name, m_dir->path(), QString::fromLatin1(expected)));
    QSignalSpy progress(download.get(), &ApiRequest::progressChanged);
    QVERIFY(finishes(download.get()));
    QVERIFY2(download->result(), qPrintable(download->error().userMessage()));
    const DownloadedSnapshot file = *download->result();

    QCOMPARE(file.path, QDir(m_dir->path()).filePath(name));
    QCOMPARE(file.sha256, QString::fromLatin1(expected));
    QVERIFY(file.matchedServerChecksum);
    QCOMPARE(sha256OfFile(file.path), expected);
    QCOMPARE(file.size, QFileInfo(serverFile).size());
    QVERIFY(!QFileInfo::exists(file.path + u".part"_s));
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(1).toLongLong(), file.size);

    const auto requests = m_emulator->requests();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().headers.value("accept-encoding"_ba), "identity"_ba);
    QCOMPARE(requests.first().headers.value("api-key"_ba), API_KEY.toUtf8());
}

void TestQdrantClient::download_checksumMismatch_keepsNoFile()
{
    const QString name = createSnapshotOf(u"docs"_s);
    QVERIFY(!name.isEmpty());
    const QString wrong(64, u'a');
    RequestPtr<SnapshotDownload> download(
        client().downloadSnapshot(SnapshotScope::forCollection(u"docs"_s), name, m_dir->path(), wrong));
    QVERIFY(finishes(download.get()));
    QCOMPARE(download->error().kind, ErrorKind::InvalidSnapshot);
    QVERIFY(download->error().userMessage().contains(u"checksum"_s));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList());
}

void TestQdrantClient::download_hostileName_isRefusedBeforeAnyRequest()
{
    const QString outside = QDir(m_dir->path()).filePath(u"outside"_s);
    QDir().mkpath(QDir(outside).filePath(u"inner"_s));
    m_emulator->clearRequests();
    RequestPtr<SnapshotDownload> download(client().downloadSnapshot(
        SnapshotScope::forCollection(u"docs"_s), u"../escaped.snapshot"_s, QDir(outside).filePath(u"inner"_s)));
    QVERIFY(finishes(download.get()));
    QCOMPARE(download->error().kind, ErrorKind::UnsafeName);
    QVERIFY(m_emulator->requests().isEmpty());
    QVERIFY(!QFileInfo::exists(QDir(outside).filePath(u"escaped.snapshot"_s)));
    QVERIFY(!QFileInfo::exists(QDir(outside).filePath(u"escaped.snapshot.part"_s)));
}

void TestQdrantClient::download_hostileNameFromServerList_isRefused()
{
    Fault fault;
    fault.kind = FaultKind::HostileSnapshotName;
    fault.pathPrefix = u"/collections/docs/snapshots"_s;
    fault.hostileName = u"../../.bashrc"_s;
    fault.times = -1;
    m_emulator->injectFault(fault);
    RequestPtr<ApiCall<SnapshotDescription>> create(client().createSnapshot(SnapshotScope::forCollection(u"docs"_s)));
    QVERIFY(finishes(create.get()));
    QVERIFY(create->result());
    QCOMPARE(create->result()->name, u"../../.bashrc"_s);

    RequestPtr<SnapshotDownload> download(
        client().downloadSnapshot(SnapshotScope::forCollection(u"docs"_s), create->result()->name, m_dir->path()));
    QVERIFY(finishes(download.get()));
    QCOMPARE(download->error().kind, ErrorKind::UnsafeName);
    QVERIFY(download->error().userMessage().contains(u".bashrc"_s));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

void TestQdrantClient::download_connectionDropped_keepsNoFile()
{
    const QString name = createSnapshotOf(u"docs"_s);
    QVERIFY(!name.isEmpty());
    Fault fault;
    fault.kind = FaultKind::DropAfterBytes;
    fault.method = u"GET"_s;
    fault.pathPrefix = u"/collections/docs/snapshots/"_s;
    fault.value = 100 * 1024;
    m_emulator->injectFault(fault);
    RequestPtr<SnapshotDownload> download(
        client().downloadSnapshot(SnapshotScope::forCollection(u"docs"_s), name, m_dir->path()));
    QVERIFY(finishes(download.get()));
    QCOMPARE(download->error().kind, ErrorKind::CannotConnect);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList());
}

void TestQdrantClient::download_cancel_keepsNoFile()
{
    const QString name = createSnapshotOf(u"docs"_s);
    QVERIFY(!name.isEmpty());
    Fault fault;
    fault.kind = FaultKind::StallAfterBytes;
    fault.method = u"GET"_s;
    fault.pathPrefix = u"/collections/docs/snapshots/"_s;
    fault.value = 64 * 1024;
    m_emulator->injectFault(fault);
    RequestPtr<SnapshotDownload> download(
        client().downloadSnapshot(SnapshotScope::forCollection(u"docs"_s), name, m_dir->path()));
    QSignalSpy finished(download.get(), &ApiRequest::finished);
    QSignalSpy progress(download.get(), &ApiRequest::progressChanged);
    download->start();
    QVERIFY(progress.wait(10'000));
    QVERIFY(QFileInfo::exists(download->targetPath() + u".part"_s));
    download->cancel();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(download->error().kind, ErrorKind::Cancelled);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList());
}

void TestQdrantClient::download_missingSnapshot_isNotFound()
{
    RequestPtr<SnapshotDownload> download(client().downloadSnapshot(
        SnapshotScope::forCollection(u"docs"_s), u"docs-9-2020-01-01-00-00-00.snapshot"_s, m_dir->path()));
    QVERIFY(finishes(download.get()));
    QCOMPARE(download->error().kind, ErrorKind::NotFound);
    QVERIFY(!download->error().serverMessage.isEmpty());
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList());
}

void TestQdrantClient::upload_intoNewCollection_createsIt()
{
    const QString file = backupToFile(u"docs"_s);
    QVERIFY(!file.isEmpty());
    SnapshotUploadOptions options;
    options.priority = SnapshotPriority::Snapshot;
    options.sha256 = QString::fromLatin1(sha256OfFile(file));
    RequestPtr<SnapshotUpload> upload(
        client().uploadSnapshot(SnapshotScope::forCollection(u"docs-copy"_s), file, options));
    QSignalSpy progress(upload.get(), &ApiRequest::progressChanged);
    QVERIFY(finishes(upload.get()));
    QVERIFY2(upload->result(), qPrintable(upload->error().userMessage()));
    QCOMPARE(upload->result()->outcome, OperationOutcome::Completed);
    QVERIFY(upload->result()->uploadName.startsWith(u"snapdock-upload-"_s));
    QVERIFY(!progress.isEmpty());
    for (const QList<QVariant> &signal : progress)
        QVERIFY(signal.at(0).toLongLong() > 0 || signal.at(1).toLongLong() > 0);

    QVERIFY(m_emulator->hasCollection(u"docs-copy"_s));
    QCOMPARE(m_emulator->collection(u"docs-copy"_s).pointsCount, 1200);
    // Qdrant keeps the uploaded copy; the caller sees it under the name the upload reported.
    QVERIFY(m_emulator->snapshotNames(u"docs-copy"_s).contains(upload->result()->uploadName));

    const auto requests = m_emulator->requests();
    const auto uploadRequest = std::find_if(requests.begin(), requests.end(), [](const auto &r) {
        return r.path.endsWith(u"/snapshots/upload"_s);
    });
    QVERIFY(uploadRequest != requests.end());
    QVERIFY(uploadRequest->rawTarget.contains(u"checksum="_s + options.sha256));
    QVERIFY(uploadRequest->rawTarget.contains(u"priority=snapshot"_s));
}

void TestQdrantClient::upload_incompatibleCollection_isIncompatibleSnapshot()
{
    const QString file = backupToFile(u"docs"_s);
    QVERIFY(!file.isEmpty());
    RequestPtr<SnapshotUpload> upload(
        client().uploadSnapshot(SnapshotScope::forCollection(u"images"_s), file, SnapshotUploadOptions()));
    QVERIFY(finishes(upload.get()));
    QCOMPARE(upload->error().kind, ErrorKind::IncompatibleSnapshot);
    QVERIFY2(upload->error().serverMessage.contains(u"not compatible"_s), qPrintable(upload->error().serverMessage));
    QCOMPARE(m_emulator->collection(u"images"_s).pointsCount, 50);
}

void TestQdrantClient::upload_wrongChecksum_isInvalidSnapshot()
{
    const QString file = backupToFile(u"docs"_s);
    QVERIFY(!file.isEmpty());
    SnapshotUploadOptions options;
    options.sha256 = QString(64, u'0');
    RequestPtr<SnapshotUpload> upload(client().uploadSnapshot(SnapshotScope::forCollection(u"fresh"_s), file, options));
    QVERIFY(finishes(upload.get()));
    QCOMPARE(upload->error().kind, ErrorKind::InvalidSnapshot);
    QVERIFY(!m_emulator->hasCollection(u"fresh"_s));
}

void TestQdrantClient::upload_notASnapshot_isInvalidSnapshot()
{
    const QString file = QDir(m_dir->path()).filePath(u"random.snapshot"_s);
    QVERIFY(!writeGeneratedFile(file, 300 * 1024, 7).isEmpty());
    RequestPtr<SnapshotUpload> upload(
        client().uploadSnapshot(SnapshotScope::forCollection(u"fresh"_s), file, SnapshotUploadOptions()));
    QVERIFY(finishes(upload.get()));
    QCOMPARE(upload->error().kind, ErrorKind::InvalidSnapshot);
    QVERIFY(!m_emulator->hasCollection(u"fresh"_s));
}

void TestQdrantClient::recover_fromUrl_restoresCollection()
{
    const QString name = createSnapshotOf(u"docs"_s);
    QVERIFY(!name.isEmpty());
    QUrl location = m_emulator->baseUrl();
    location.setPath(u"/collections/docs/snapshots/"_s + name);
    RecoverOptions options;
    options.location = location;
    options.sourceApiKey = API_KEY;
    options.sha256 = QString::fromLatin1(sha256OfFile(m_emulator->snapshotFilePath(u"docs"_s, name)));
    RequestPtr<ApiCall<OperationOutcome>> call(
        client().recoverSnapshot(SnapshotScope::forCollection(u"docs-from-url"_s), options));
    QVERIFY(finishes(call.get()));
    QVERIFY2(call->result(), qPrintable(call->error().userMessage()));
    QCOMPARE(m_emulator->collection(u"docs-from-url"_s).pointsCount, 1200);
}

void TestQdrantClient::fullStorage_createListDownloadDelete()
{
    const SnapshotScope scope = SnapshotScope::fullStorage();
    RequestPtr<ApiCall<SnapshotDescription>> create(client().createSnapshot(scope));
    QVERIFY(finishes(create.get()));
    QVERIFY2(create->result(), qPrintable(create->error().userMessage()));
    const QString name = create->result()->name;
    QVERIFY(name.startsWith(u"full-snapshot-"_s));

    RequestPtr<ApiCall<QList<SnapshotDescription>>> list(client().listSnapshots(scope));
    QVERIFY(finishes(list.get()));
    QVERIFY(list->result());
    QCOMPARE(list->result()->size(), 1);

    RequestPtr<SnapshotDownload> download(
        client().downloadSnapshot(scope, name, m_dir->path(), create->result()->checksum));
    QVERIFY(finishes(download.get()));
    QVERIFY2(download->result(), qPrintable(download->error().userMessage()));

    RequestPtr<ApiCall<OperationOutcome>> remove(client().deleteSnapshot(scope, name));
    QVERIFY(finishes(remove.get()));
    QVERIFY(remove->result());
    RequestPtr<ApiCall<QList<SnapshotDescription>>> after(client().listSnapshots(scope));
    QVERIFY(finishes(after.get()));
    QVERIFY(after->result() && after->result()->isEmpty());
}

void TestQdrantClient::shardSnapshots_createListDownloadStreamDelete()
{
    const SnapshotScope scope = SnapshotScope::forShard(u"images"_s, 1);
    RequestPtr<ApiCall<SnapshotDescription>> create(client().createSnapshot(scope));
    QVERIFY(finishes(create.get()));
    QVERIFY2(create->result(), qPrintable(create->error().userMessage()));
    const QString name = create->result()->name;
    QVERIFY(name.startsWith(u"images-shard-1-"_s));

    RequestPtr<ApiCall<QList<SnapshotDescription>>> list(client().listSnapshots(scope));
    QVERIFY(finishes(list.get()));
    QCOMPARE(list->result().value_or(QList<SnapshotDescription>()).size(), 1);

    RequestPtr<SnapshotDownload> download(
        client().downloadSnapshot(scope, name, m_dir->path(), create->result()->checksum));
    QVERIFY(finishes(download.get()));
    QVERIFY2(download->result(), qPrintable(download->error().userMessage()));

    RequestPtr<SnapshotDownload> stream(
        client().streamShardSnapshot(u"images"_s, 0, m_dir->path(), u"images-shard-0-streamed.snapshot"_s));
    QVERIFY(finishes(stream.get()));
    QVERIFY2(stream->result(), qPrintable(stream->error().userMessage()));
    QVERIFY(stream->result()->size > 0);
    QVERIFY(!stream->result()->matchedServerChecksum);

    RequestPtr<ApiCall<OperationOutcome>> remove(client().deleteSnapshot(scope, name));
    QVERIFY(finishes(remove.get()));
    QVERIFY(remove->result());
}

void TestQdrantClient::auth_missingKey_isUnauthorizedWithPlainTextMessage()
{
    RequestPtr<ApiCall<QStringList>> call(client(QString()).listCollections());
    QVERIFY(finishes(call.get()));
    QCOMPARE(call->error().kind, ErrorKind::Unauthorized);
    QCOMPARE(call->error().httpStatus, 401);
    QCOMPARE(call->error().serverMessage, u"Must provide an API key or an Authorization bearer token"_s);
}

void TestQdrantClient::auth_wrongKey_isUnauthorized()
{
    RequestPtr<ApiCall<QStringList>> call(client(u"not-the-key"_s).listCollections());
    QVERIFY(finishes(call.get()));
    QCOMPARE(call->error().kind, ErrorKind::Unauthorized);
    QVERIFY(call->error().serverMessage.contains(u"Invalid API key"_s));
    QVERIFY(!call->error().userMessage().contains(u"not-the-key"_s));
}

void TestQdrantClient::auth_bearerScheme_isAccepted()
{
    m_emulator->clearRequests();
    RequestPtr<ApiCall<QStringList>> call(client(API_KEY, AuthScheme::Bearer).listCollections());
    QVERIFY(finishes(call.get()));
    QVERIFY2(call->result(), qPrintable(call->error().userMessage()));
    const auto headers = m_emulator->requests().first().headers;
    QCOMPARE(headers.value("authorization"_ba), "Bearer "_ba + API_KEY.toUtf8());
    QVERIFY(!headers.contains("api-key"_ba));
}

void TestQdrantClient::auth_readOnlyKey_canListButNotCreate()
{
    RequestPtr<ApiCall<QList<SnapshotDescription>>> list(
        client(READ_ONLY_KEY).listSnapshots(SnapshotScope::forCollection(u"docs"_s)));
    QVERIFY(finishes(list.get()));
    QVERIFY2(list->result(), qPrintable(list->error().userMessage()));

    RequestPtr<ApiCall<SnapshotDescription>> create(
        client(READ_ONLY_KEY).createSnapshot(SnapshotScope::forCollection(u"docs"_s)));
    QVERIFY(finishes(create.get()));
    QCOMPARE(create->error().kind, ErrorKind::Forbidden);
    QVERIFY(create->error().serverMessage.contains(u"manage access"_s));
    QVERIFY(m_emulator->snapshotNames(u"docs"_s).isEmpty());
}

void TestQdrantClient::auth_readOnlyKey_cannotUpload()
{
    const QString file = backupToFile(u"docs"_s);
    QVERIFY(!file.isEmpty());
    RequestPtr<SnapshotUpload> upload(
        client(READ_ONLY_KEY).uploadSnapshot(SnapshotScope::forCollection(u"docs"_s), file, SnapshotUploadOptions()));
    QVERIFY(finishes(upload.get()));
    // Qdrant answers before reading the body and may close the socket; either way it is not a success.
    QVERIFY(!upload->isSucceeded());
    QVERIFY2(upload->error().kind == ErrorKind::Forbidden || upload->error().kind == ErrorKind::CannotConnect,
        qPrintable(upload->error().userMessage()));
}

void TestQdrantClient::errors_mapServerStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<QString>("message");

    const QByteArray internal = R"({"status":{"error":"Service internal error: disk I/O"},"time":0.1})"_ba;
    QTest::newRow("500 with Qdrant's text")
        << 500 << internal << ErrorKind::ServerError << u"Service internal error: disk I/O"_s;
    QTest::newRow("507 disk full") << 507 << R"({"status":{"error":"No space left"},"time":0})"_ba
                                   << ErrorKind::ServerDiskFull << u"No space left"_s;
    QTest::newRow("413 from nginx") << 413 << "<html><body>413 Request Entity Too Large</body></html>"_ba
                                    << ErrorKind::PayloadTooLarge << u"413 Request Entity Too Large"_s;
    QTest::newRow("429") << 429 << R"({"status":{"error":"Too many requests"},"time":0})"_ba << ErrorKind::RateLimited
                         << u"Too many requests"_s;
    QTest::newRow("503 busy") << 503 << R"({"status":"already_in_progress","time":0.0})"_ba << ErrorKind::ServerError
                              << u"already_in_progress"_s;
    QTest::newRow("409") << 409 << R"({"status":{"error":"Wrong input: exists"},"time":0})"_ba
                         << ErrorKind::AlreadyExists << u"Wrong input: exists"_s;
}

void TestQdrantClient::errors_mapServerStatus()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(ErrorKind, kind);
    QFETCH(QString, message);
    Fault fault;
    fault.kind = FaultKind::RespondWithStatus;
    fault.pathPrefix = u"/collections"_s;
    fault.status = status;
    fault.body = body;
    fault.contentType = body.startsWith('{') ? "application/json"_ba : "text/html"_ba;
    m_emulator->injectFault(fault);
    RequestPtr<ApiCall<QStringList>> call(client().listCollections());
    QVERIFY(finishes(call.get()));
    QCOMPARE(call->error().kind, kind);
    QCOMPARE(call->error().httpStatus, status);
    QVERIFY2(call->error().serverMessage.contains(message), qPrintable(call->error().serverMessage));
    QVERIFY(call->error().userMessage().contains(message));
}

void TestQdrantClient::errors_nonJsonSuccess_isInvalidResponse()
{
    Fault fault;
    fault.kind = FaultKind::RespondWithStatus;
    fault.pathPrefix = u"/collections"_s;
    fault.status = 200;
    fault.body = "<html>a router's login page</html>"_ba;
    fault.contentType = "text/html"_ba;
    m_emulator->injectFault(fault);
    RequestPtr<ApiCall<QStringList>> call(client().listCollections());
    QVERIFY(finishes(call.get()));
    QCOMPARE(call->error().kind, ErrorKind::InvalidResponse);

    fault.body = R"({"result":{"collections":[{"name":42}]},"status":"ok","time":0})"_ba;
    fault.contentType = "application/json"_ba;
    m_emulator->injectFault(fault);
    RequestPtr<ApiCall<QStringList>> wrongType(client().listCollections());
    QVERIFY(finishes(wrongType.get()));
    QCOMPARE(wrongType->error().kind, ErrorKind::InvalidResponse);
    QVERIFY(wrongType->error().userMessage().contains(u"name"_s));
}

void TestQdrantClient::errors_unreachableHost_isCannotConnect()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    ServerEndpoint endpoint;
    endpoint.baseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
    QdrantClient unreachable(m_network, endpoint);
    RequestPtr<ApiCall<ServerInfo>> call(unreachable.serverInfo());
    QVERIFY(finishes(call.get()));
    QCOMPARE(call->error().kind, ErrorKind::CannotConnect);
}

void TestQdrantClient::errors_silentServer_isTimeout()
{
    Fault fault;
    fault.kind = FaultKind::DelayResponse;
    fault.pathPrefix = u"/collections"_s;
    fault.value = 3000;
    m_emulator->injectFault(fault);
    ServerEndpoint endpoint = client().endpoint();
    endpoint.requestTimeoutMs = 300;
    QdrantClient impatient(m_network, endpoint);
    RequestPtr<ApiCall<QStringList>> call(impatient.listCollections());
    QVERIFY(finishes(call.get()));
    QCOMPARE(call->error().kind, ErrorKind::Timeout);
}

void TestQdrantClient::cancel_beforeStart_finishesOnceAsCancelled()
{
    RequestPtr<ApiCall<QStringList>> call(client().listCollections());
    QSignalSpy finished(call.get(), &ApiRequest::finished);
    call->cancel();
    QCOMPARE(finished.count(), 0); // never synchronously
    QVERIFY(finished.wait(5000));
    call->start();
    call->cancel();
    QTest::qWait(0);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(call->error().kind, ErrorKind::Cancelled);
}

void TestQdrantClient::pathSegments_arePercentEncoded()
{
    m_emulator->addCollection(collectionSpec(UNICODE_NAME, 9));
    m_emulator->clearRequests();
    RequestPtr<ApiCall<CollectionInfo>> call(client().collectionInfo(UNICODE_NAME));
    QVERIFY(finishes(call.get()));
    QVERIFY2(call->result(), qPrintable(call->error().userMessage()));
    QCOMPARE(call->result()->pointsCount, 9);
    const QString raw = m_emulator->requests().first().rawTarget;
    QVERIFY2(raw.startsWith(u"/collections/W%C3%B6rter%20%26%20S%C3%A4tze%20%E6%97%A5%E6%9C%AC"_s), qPrintable(raw));

    const QString file = backupToFile(UNICODE_NAME);
    QVERIFY2(!file.isEmpty(), "a collection with spaces, '&' and unicode in its name backs up");
    QVERIFY(QFileInfo(file).fileName().startsWith(UNICODE_NAME));

    // A slash inside a name must stay one segment, never become a path separator.
    m_emulator->clearRequests();
    RequestPtr<ApiCall<CollectionInfo>> slashed(client().collectionInfo(u"a/b?c#d"_s));
    QVERIFY(finishes(slashed.get()));
    QCOMPARE(slashed->error().kind, ErrorKind::NotFound);
    QCOMPARE(m_emulator->requests().first().rawTarget, u"/collections/a%2Fb%3Fc%23d"_s);
}

QTEST_GUILESS_MAIN(TestQdrantClient)
#include "TestQdrantClient.moc"
