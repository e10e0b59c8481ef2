// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jobs/BackupJob.h"
#include "core/jobs/RestoreJob.h"
#include "core/jobs/SnapshotCompatibility.h"
#include "emulator/QdrantEmulator.h"
#include "support/TestFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Snapdock;
using namespace Snapdock::TestSupport;
using Emulator::CollectionSpec;
using Emulator::EmulatorConfig;
using Emulator::QdrantEmulator;

namespace {

const QString API_KEY = u"jobs-key-77"_s;
const QString READ_ONLY_KEY = u"jobs-read-only-12"_s;

CollectionSpec spec(const QString &name, qint64 points, int size = 4, int shards = 1)
{
    CollectionSpec collection;
    collection.name = name;
    collection.vectors = QJsonObject{ { u"size"_s, size }, { u"distance"_s, u"Dot"_s } };
    collection.pointsCount = points;
    collection.shardNumber = shards;
    collection.payloadSchema = QJsonObject{ { u"tag"_s, QJsonObject{ { u"data_type"_s, u"keyword"_s } } } };
    return collection;
}

bool runToEnd(Job &job)
{
    QSignalSpy finished(&job, &Job::finished);
    job.start();
    if (!finished.wait(60'000))
        return false;
    QTest::qWait(0);
    return finished.count() == 1;
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

} // namespace

// Backup and restore as a person runs them: several requests in a row, files and server state checked.
class TestJobs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void backup_writesVerifiedSnapshotAndMetadata();
    void backup_missingCollection_createsNothing();
    void backup_fullStorage_recordsAliases();
    void backup_deleteFromServerAfterDownload();
    void restore_replaceExisting_bringsBackPoints();
    void restore_asNewCollection_removesUploadedCopy();
    void restore_keepUploadedCopy_leavesIt();
    void restore_replaceMissing_isNotFoundBeforeUpload();
    void restore_newButExisting_isAlreadyExistsBeforeUpload();
    void restore_incompatibleTarget_isRefusedBeforeUpload();
    void restore_withoutMetadata_hashesTheFile();
    void restore_readOnlyKey_isForbiddenBeforeUpload();
    void download_existingLatest_skipsUploadedCopies();
    void restore_cancelDuringUpload_finishesCancelled();
    void versionWarning_sameOrNextMinorOnly_data();
    void versionWarning_sameOrNextMinorOnly();

private:
    [[nodiscard]] BackupResult backup(const QString &collection);
    [[nodiscard]] int uploadsSeen() const;

    QNetworkAccessManager m_network;
    std::unique_ptr<QdrantEmulator> m_emulator;
    std::unique_ptr<QdrantClient> m_client;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestJobs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_network.setProxy(QNetworkProxy::NoProxy);
}

void TestJobs::init()
{
    EmulatorConfig config;
    config.apiKey = API_KEY;
    config.readOnlyApiKey = READ_ONLY_KEY;
    config.walBytes = 512 * 1024;
    m_emulator = std::make_unique<QdrantEmulator>(config);
    QVERIFY(m_emulator->listen());
    m_emulator->addCollection(spec(u"articles"_s, 321));
    m_emulator->addCollection(spec(u"wide"_s, 10, 16, 2));
    ServerEndpoint endpoint;
    endpoint.baseUrl = m_emulator->baseUrl();
    endpoint.apiKey = API_KEY;
    m_client = std::make_unique<QdrantClient>(m_network, endpoint);
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestJobs::cleanup()
{
    m_client.reset();
    m_emulator.reset();
    m_dir.reset();
}

BackupResult TestJobs::backup(const QString &collection)
{
    BackupJob job(*m_client, BackupRequest{ SnapshotScope::forCollection(collection), m_dir->path(), false });
    if (!runToEnd(job) || job.state() != Job::State::Succeeded)
        return {};
    return job.result();
}

int TestJobs::uploadsSeen() const
{
    int count = 0;
    for (const auto &request : m_emulator->requests()) {
        if (request.path.endsWith(u"/snapshots/upload"_s))
            ++count;
    }
    return count;
}

void TestJobs::backup_writesVerifiedSnapshotAndMetadata()
{
    BackupJob job(*m_client, BackupRequest{ SnapshotScope::forCollection(u"articles"_s), m_dir->path(), false });
    QSignalSpy stages(&job, &Job::stageChanged);
    QVERIFY(runToEnd(job));
    QVERIFY2(job.state() == Job::State::Succeeded, qPrintable(job.error().userMessage()));
    const BackupResult result = job.result();

    QVERIFY(QFileInfo::exists(result.filePath));
    QCOMPARE(QString::fromLatin1(sha256OfFile(result.filePath)), result.sha256);
    QVERIFY(result.matchedServerChecksum);
    QCOMPARE(filesIn(m_dir->path()),
        (QStringList{ QFileInfo(result.filePath).fileName(), QFileInfo(result.metadataPath).fileName() }));
    QVERIFY(stages.count() >= 4);

    auto metadata = SnapshotMetadata::readFrom(result.metadataPath);
    QVERIFY(metadata);
    QCOMPARE(metadata->kind, u"collection"_s);
    QCOMPARE(metadata->collection, u"articles"_s);
    QCOMPARE(metadata->serverVersion, u"1.19.0"_s);
    QCOMPARE(metadata->pointsCount, 321);
    QCOMPARE(metadata->shardNumber, 1);
    QCOMPARE(metadata->vectors.toObject().value(u"size"_s).toInt(), 4);
    QVERIFY(metadata->payloadSchema.contains(u"tag"_s));
    QCOMPARE(metadata->sha256, result.sha256);
    QCOMPARE(metadata->size, QFileInfo(result.filePath).size());
    QCOMPARE(metadata->snapshotName, result.snapshotName);
    QCOMPARE(metadata->host, m_emulator->baseUrl().toString(QUrl::StripTrailingSlash));
    QVERIFY(metadata->backupFinishedAt >= metadata->backupStartedAt);

    QFile raw(result.metadataPath);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    QVERIFY(!raw.readAll().contains(API_KEY.toUtf8()));
}

void TestJobs::backup_missingCollection_createsNothing()
{
    BackupJob job(*m_client, BackupRequest{ SnapshotScope::forCollection(u"ghost"_s), m_dir->path(), false });
    QVERIFY(runToEnd(job));
    QCOMPARE(job.state(), Job::State::Failed);
    QCOMPARE(job.error().kind, ErrorKind::NotFound);
    QVERIFY(job.error().userMessage().contains(u"ghost"_s));
    QCOMPARE(filesIn(m_dir->path()), QStringList());
    for (const auto &request : m_emulator->requests())
        QVERIFY(request.method != "POST"_ba);
}

void TestJobs::backup_fullStorage_recordsAliases()
{
    CollectionSpec aliased = spec(u"aliased"_s, 3);
    aliased.aliases = QStringList{ u"prod"_s };
    m_emulator->addCollection(aliased);
    BackupJob job(*m_client, BackupRequest{ SnapshotScope::fullStorage(), m_dir->path(), false });
    QVERIFY(runToEnd(job));
    QVERIFY2(job.state() == Job::State::Succeeded, qPrintable(job.error().userMessage()));
    QVERIFY(job.result().snapshotName.startsWith(u"full-snapshot-"_s));
    auto metadata = SnapshotMetadata::readFrom(job.result().metadataPath);
    QVERIFY(metadata);
    QCOMPARE(metadata->kind, u"full"_s);
    QCOMPARE(metadata->aliases, QStringList{ u"prod"_s });
}

void TestJobs::backup_deleteFromServerAfterDownload()
{
    BackupJob job(*m_client, BackupRequest{ SnapshotScope::forCollection(u"articles"_s), m_dir->path(), true });
    QVERIFY(runToEnd(job));
    QVERIFY2(job.state() == Job::State::Succeeded, qPrintable(job.error().userMessage()));
    QVERIFY(QFileInfo::exists(job.result().filePath));
    QVERIFY(m_emulator->snapshotNames(u"articles"_s).isEmpty());
}

void TestJobs::restore_replaceExisting_bringsBackPoints()
{
    const BackupResult saved = backup(u"articles"_s);
    QVERIFY(!saved.filePath.isEmpty());
    m_emulator->setPointsCount(u"articles"_s, 5);

    RestoreJob job(*m_client, RestoreRequest{ saved.filePath, u"articles"_s, RestoreTarget::ReplaceExisting });
    QVERIFY(runToEnd(job));
    QVERIFY2(job.state() == Job::State::Succeeded, qPrintable(job.error().userMessage()));
    QCOMPARE(job.result().pointsCount, 321);
    QCOMPARE(m_emulator->collection(u"articles"_s).pointsCount, 321);
    QCOMPARE(job.result().sha256, saved.sha256);
}

void TestJobs::restore_asNewCollection_removesUploadedCopy()
{
    const BackupResult saved = backup(u"articles"_s);
    QVERIFY(!saved.filePath.isEmpty());
    RestoreJob job(*m_client, RestoreRequest{ saved.filePath, u"articles restored"_s, RestoreTarget::CreateNew });
    QVERIFY(runToEnd(job));
    QVERIFY2(job.state() == Job::State::Succeeded, qPrintable(job.error().userMessage()));
    QVERIFY(job.result().uploadedCopyDeleted);
    QCOMPARE(m_emulator->collection(u"articles restored"_s).pointsCount, 321);
    QVERIFY(m_emulator->snapshotNames(u"articles restored"_s).isEmpty());
    QVERIFY(job.warnings().isEmpty());
}

void TestJobs::restore_keepUploadedCopy_leavesIt()
{
    const BackupResult saved = backup(u"articles"_s);
    QVERIFY(!saved.filePath.isEmpty());
    RestoreRequest request{ saved.filePath, u"copy"_s, RestoreTarget::CreateNew };
    request.keepUploadedCopy = true;
    RestoreJob job(*m_client, request);
    QVERIFY(runToEnd(job));
    QVERIFY2(job.state() == Job::State::Succeeded, qPrintable(job.error().userMessage()));
    QCOMPARE(m_emulator->snapshotNames(u"copy"_s), QStringList{ job.result().uploadName });
}

void TestJobs::restore_replaceMissing_isNotFoundBeforeUpload()
{
    const BackupResult saved = backup(u"articles"_s);
    QVERIFY(!saved.filePath.isEmpty());
    RestoreJob job(*m_client, RestoreRequest{ saved.filePath, u"missing"_s, RestoreTarget::ReplaceExisting });
    QVERIFY(runToEnd(job));
    QCOMPARE(job.error().kind, ErrorKind::NotFound);
    QVERIFY(job.error().userMessage().contains(u"--new-collection"_s));
    QCOMPARE(uploadsSeen(), 0);
}

void TestJobs::restore_newButExisting_isAlreadyExistsBeforeUpload()
{
    const BackupResult saved = backup(u"articles"_s);
    QVERIFY(!saved.filePath.isEmpty());
    RestoreJob job(*m_client, RestoreRequest{ saved.filePath, u"wide"_s, RestoreTarget::CreateNew });
    QVERIFY(runToEnd(job));
    QCOMPARE(job.error().kind, ErrorKind::AlreadyExists);
    QVERIFY(job.error().userMessage().contains(u"--collection"_s));
    QCOMPARE(uploadsSeen(), 0);
}

void TestJobs::restore_incompatibleTarget_isRefusedBeforeUpload()
{
    const BackupResult saved = backup(u"articles"_s);
    QVERIFY(!saved.filePath.isEmpty());
    RestoreJob job(*m_client, RestoreRequest{ saved.filePath, u"wide"_s, RestoreTarget::ReplaceExisting });
    QVERIFY(runToEnd(job));
    QCOMPARE(job.error().kind, ErrorKind::IncompatibleSnapshot);
    const QString message = job.error().userMessage();
    QVERIFY2(message.contains(u"16 × Dot"_s) && message.contains(u"4 × Dot"_s), qPrintable(message));
    QVERIFY2(message.contains(u"2 shards"_s), qPrintable(message));
    QCOMPARE(uploadsSeen(), 0);
    QCOMPARE(m_emulator->collection(u"wide"_s).pointsCount, 10);
}

void TestJobs::restore_withoutMetadata_hashesTheFile()
{
    const BackupResult saved = backup(u"articles"_s);
    QVERIFY(!saved.filePath.isEmpty());
    QVERIFY(QFile::remove(saved.metadataPath));
    RestoreJob job(*m_client, RestoreRequest{ saved.filePath, u"fresh"_s, RestoreTarget::CreateNew });
    QVERIFY(runToEnd(job));
    QVERIFY2(job.state() == Job::State::Succeeded, qPrintable(job.error().userMessage()));
    QCOMPARE(job.result().sha256, saved.sha256);
    bool sentChecksum = false;
    for (const auto &request : m_emulator->requests())
        sentChecksum |= request.rawTarget.contains(u"checksum="_s + saved.sha256);
    QVERIFY(sentChecksum);
}

void TestJobs::restore_readOnlyKey_isForbiddenBeforeUpload()
{
    const BackupResult saved = backup(u"articles"_s);
    QVERIFY(!saved.filePath.isEmpty());
    ServerEndpoint endpoint = m_client->endpoint();
    endpoint.apiKey = READ_ONLY_KEY;
    const QdrantClient readOnly(m_network, endpoint);
    RestoreJob job(readOnly, RestoreRequest{ saved.filePath, u"articles"_s, RestoreTarget::ReplaceExisting });
    QVERIFY(runToEnd(job));
    QCOMPARE(job.error().kind, ErrorKind::Forbidden);
    QVERIFY2(job.error().userMessage().contains(u"read-only"_s), qPrintable(job.error().userMessage()));
    QCOMPARE(uploadsSeen(), 0);
}

void TestJobs::download_existingLatest_skipsUploadedCopies()
{
    const BackupResult first = backup(u"articles"_s);
    QVERIFY(!first.filePath.isEmpty());
    RestoreRequest restore{ first.filePath, u"articles"_s, RestoreTarget::ReplaceExisting };
    restore.keepUploadedCopy = true;
    RestoreJob restoreJob(*m_client, restore);
    QVERIFY(runToEnd(restoreJob));
    QVERIFY2(restoreJob.state() == Job::State::Succeeded, qPrintable(restoreJob.error().userMessage()));
    QCOMPARE(m_emulator->snapshotNames(u"articles"_s).size(), 2);

    QTemporaryDir other;
    BackupRequest request{ SnapshotScope::forCollection(u"articles"_s), other.path(), false };
    request.source = BackupRequest::Source::ExistingLatest;
    BackupJob job(*m_client, request);
    QVERIFY(runToEnd(job));
    QVERIFY2(job.state() == Job::State::Succeeded, qPrintable(job.error().userMessage()));
    QCOMPARE(job.result().snapshotName, first.snapshotName);
    QCOMPARE(job.result().sha256, first.sha256);
    QVERIFY(QFileInfo::exists(job.result().metadataPath));
    QCOMPARE(m_emulator->snapshotNames(u"articles"_s).size(), 2); // nothing new was created
}

void TestJobs::restore_cancelDuringUpload_finishesCancelled()
{
    const BackupResult saved = backup(u"articles"_s);
    QVERIFY(!saved.filePath.isEmpty());
    Emulator::Fault stall;
    stall.kind = Emulator::FaultKind::StallAfterBytes;
    stall.method = u"POST"_s;
    stall.pathPrefix = u"/collections/fresh/snapshots/upload"_s;
    stall.value = 64 * 1024;
    m_emulator->injectFault(stall);
    RestoreJob job(*m_client, RestoreRequest{ saved.filePath, u"fresh"_s, RestoreTarget::CreateNew });
    QSignalSpy finished(&job, &Job::finished);
    QSignalSpy progress(&job, &Job::progressChanged);
    job.start();
    QVERIFY(progress.wait(20'000));
    job.cancel();
    QVERIFY(finished.count() == 1 || finished.wait(10'000));
    QCOMPARE(job.state(), Job::State::Cancelled);
    QVERIFY(!m_emulator->hasCollection(u"fresh"_s));
}

void TestJobs::versionWarning_sameOrNextMinorOnly_data()
{
    QTest::addColumn<QString>("backup");
    QTest::addColumn<QString>("server");
    QTest::addColumn<bool>("warns");
    QTest::newRow("same") << u"1.19.0"_s << u"1.19.2"_s << false;
    QTest::newRow("next minor") << u"1.18.3"_s << u"1.19.0"_s << false;
    QTest::newRow("two minors") << u"1.17.0"_s << u"1.19.0"_s << true;
    QTest::newRow("downgrade") << u"1.19.0"_s << u"1.18.0"_s << true;
    QTest::newRow("unknown") << QString() << u"1.19.0"_s << false;
}

void TestJobs::versionWarning_sameOrNextMinorOnly()
{
    QFETCH(QString, backup);
    QFETCH(QString, server);
    QFETCH(bool, warns);
    QCOMPARE(!SnapshotCompatibility::versionWarning(backup, server).isEmpty(), warns);
}

QTEST_GUILESS_MAIN(TestJobs)
#include "TestJobs.moc"
