// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/archive/ArchivePreview.h"
#include "support/SharedReference.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <archive.h>
#include <archive_entry.h>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Snapdock;

namespace {

// Builds GNU tar archives in memory with libarchive's writer, the way the tar crate lays them out.
class TarBuilder
{
public:
    TarBuilder()
        : m_archive(archive_write_new())
    {
        archive_write_set_format_gnutar(m_archive);
        // No padding to 10 KiB records, so offsets in the archive are easy to reason about in the tests.
        archive_write_set_bytes_in_last_block(m_archive, 1);
        archive_write_open(m_archive, &m_data, nullptr, &TarBuilder::append, nullptr);
    }
    ~TarBuilder() { archive_write_free(m_archive); }
    TarBuilder(const TarBuilder &) = delete;
    TarBuilder &operator=(const TarBuilder &) = delete;

    TarBuilder &dir(const QString &name) { return add(name, AE_IFDIR, {}); }
    TarBuilder &file(const QString &name, const QByteArray &data) { return add(name, AE_IFREG, data); }
    TarBuilder &json(const QString &name, const QJsonObject &object)
    {
        return file(name, QJsonDocument(object).toJson(QJsonDocument::Compact));
    }
    TarBuilder &symlink(const QString &name, const QString &target)
    {
        archive_entry *entry = newEntry(name, AE_IFLNK, 0);
        archive_entry_set_symlink(entry, target.toUtf8().constData());
        archive_write_header(m_archive, entry);
        archive_entry_free(entry);
        return *this;
    }

    QByteArray finish()
    {
        archive_write_close(m_archive);
        return m_data;
    }

private:
    static la_ssize_t append(archive *, void *clientData, const void *buffer, size_t length)
    {
        static_cast<QByteArray *>(clientData)->append(static_cast<const char *>(buffer), qsizetype(length));
        return la_ssize_t(length);
    }

    archive_entry *newEntry(const QString &name, unsigned int type, qint64 size)
    {
        archive_entry *entry = archive_entry_new();
        archive_entry_set_pathname(entry, name.toUtf8().constData());
        archive_entry_set_filetype(entry, type);
        archive_entry_set_perm(entry, type == AE_IFDIR ? 0755 : 0644);
        archive_entry_set_size(entry, size);
        return entry;
    }

    TarBuilder &add(const QString &name, unsigned int type, const QByteArray &data)
    {
        archive_entry *entry = newEntry(name, type, data.size());
        archive_write_header(m_archive, entry);
        if (!data.isEmpty())
            archive_write_data(m_archive, data.constData(), size_t(data.size()));
        archive_entry_free(entry);
        return *this;
    }

    archive *m_archive;
    QByteArray m_data;
};

const QJsonObject COLLECTION_CONFIG{
    { u"params"_s,
        QJsonObject{
            { u"vectors"_s,
                QJsonObject{ { u"text"_s, QJsonObject{ { u"size"_s, 384 }, { u"distance"_s, u"Cosine"_s } } } } },
            { u"sparse_vectors"_s, QJsonObject{ { u"bm25"_s, QJsonObject{ { u"modifier"_s, u"idf"_s } } } } },
            { u"shard_number"_s, 2 },
            { u"replication_factor"_s, 1 } } },
    { u"hnsw_config"_s, QJsonObject{ { u"m"_s, 16 } } },
};

QJsonObject replicaState(bool isLocal)
{
    return QJsonObject{ { u"is_local"_s, isLocal },
        { u"this_peer_id"_s, 4242 },
        { u"peers"_s, QJsonObject{ { u"4242"_s, u"Active"_s } } } };
}

void addMetadataFiles(TarBuilder &tar, const QString &prefix)
{
    tar.file(prefix + u"version.info"_s, "0.4.2")
        .json(prefix + u"config.json"_s, COLLECTION_CONFIG)
        .file(prefix + u"shard_key_mapping.json"_s, "{}")
        .json(prefix + u"payload_index.json"_s,
            QJsonObject{ { u"schema"_s, QJsonObject{ { u"city"_s, u"keyword"_s } } } });
}

// A current-layout collection snapshot: shard 0 with data, shard 1 hosted elsewhere, metadata at the end
// (or, for the 2023 layout, at the start).
QByteArray collectionSnapshot(const QString &prefix = {}, bool metadataFirst = false, qint64 walSize = 4096)
{
    TarBuilder tar;
    if (!prefix.isEmpty())
        tar.dir(prefix);
    if (metadataFirst)
        addMetadataFiles(tar, prefix);
    tar.dir(prefix + u"0/"_s)
        .dir(prefix + u"0/wal/"_s)
        .file(prefix + u"0/wal/open-1"_s, QByteArray(walSize, '\0'))
        .dir(prefix + u"0/segments/"_s)
        .file(prefix + u"0/segments/0b6e2d3c.tar"_s, QByteArray(1024, 'x'))
        .json(prefix + u"0/replica_state.json"_s, replicaState(true))
        .file(prefix + u"0/shard_config.json"_s, R"({"type":"ReplicaSet"})")
        .dir(prefix + u"1/"_s)
        .json(prefix + u"1/replica_state.json"_s, replicaState(false))
        .file(prefix + u"1/shard_config.json"_s, R"({"type":"ReplicaSet"})");
    if (!metadataFirst)
        addMetadataFiles(tar, prefix);
    return tar.finish();
}

} // namespace

class TestArchivePreview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void read_referenceShardSnapshot_isShardWithDataAndSparseMember();
    void read_referenceFullSnapshotGzip_isRefusedAsCompressed();
    void read_referenceFullSnapshot_listsSixCollections();
    void read_referenceNestedCollectionSnapshot_showsConfigShardsAndSchema();
    void previewNested_referenceFullSnapshot_streamsNestedCollection();

    void read_collectionSnapshot_findsShardsWithAndWithoutData_data();
    void read_collectionSnapshot_findsShardsWithAndWithoutData();
    void read_compressedFile_isRefusedWithDecompressHint_data();
    void read_compressedFile_isRefusedWithDecompressHint();
    void read_truncatedArchive_isInvalidSnapshot_data();
    void read_truncatedArchive_isInvalidSnapshot();
    void read_randomBytes_isNotATarArchive();
    void read_emptyFile_isInvalidSnapshot();
    void read_missingFile_isLocalIoError();
    void read_linkAndEscapingMembers_areListedAsUnsafe();
    void read_hugeConfigJson_isRefusedWithoutReadingIt();
    void read_malformedConfigJson_namesTheMember();
    void read_collectionWithoutConfig_isInvalidSnapshot();
    void read_plainTarWithoutQdrantFiles_isUnknown();
    void read_syntheticFullSnapshot_mapsNestedFilesToCollections();
    void previewNested_syntheticFullSnapshot_previewsCollection();
    void previewNested_unknownMember_isInvalidArgument();
    void read_sequentialDevice_givesSamePreview();

private:
    QString writeTemp(const QString &name, const QByteArray &data);
    QString decompressedFullSnapshot();

    QTemporaryDir m_dir;
    QString m_fullSnapshot; // decompressed once, on first use
};

void TestArchivePreview::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

QString TestArchivePreview::writeTemp(const QString &name, const QByteArray &data)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size())
        return {};
    return path;
}

QString TestArchivePreview::decompressedFullSnapshot()
{
    if (!m_fullSnapshot.isEmpty())
        return m_fullSnapshot;
    const QString gz = TestSupport::sharedReferenceFile(u"snapshots/full-snapshot-2023-12-v1.7dev.snapshot.gz"_s);
    if (gz.isEmpty())
        return {};
    const QString target = m_dir.filePath(u"full.snapshot"_s);
    QProcess gzip;
    gzip.setStandardOutputFile(target);
    gzip.start(u"gzip"_s, { u"-dc"_s, gz });
    if (!gzip.waitForFinished(120'000) || gzip.exitStatus() != QProcess::NormalExit || gzip.exitCode() != 0)
        return {};
    m_fullSnapshot = target;
    return target;
}

void TestArchivePreview::read_referenceShardSnapshot_isShardWithDataAndSparseMember()
{
    const QString path = TestSupport::sharedReferenceFile(u"snapshots/test-shard.snapshot"_s);
    if (path.isEmpty())
        QSKIP("shared/reference/snapshots/test-shard.snapshot is not available (set SNAPDOCK_SHARED_DIR)");

    const auto preview = ArchivePreview::read(path);
    QVERIFY2(preview, qPrintable(preview ? QString() : preview.error().userMessage()));
    QCOMPARE(preview->kind, ArchivePreview::Kind::Shard);
    QCOMPARE(preview->archiveSize, 10240);
    QCOMPARE(preview->memberCount, 5);
    QVERIFY(preview->hasSparseMembers);
    QVERIFY(preview->shard.hasData);
    QVERIFY(preview->shard.replicaState.present);
    QVERIFY(preview->shard.replicaState.isLocal);
    QCOMPARE(preview->shard.replicaState.thisPeerId, quint64(7906894357956606));
    QCOMPARE(preview->shard.replicaState.peers.value(u"7906894357956606"_s), u"Active"_s);
    QCOMPARE(preview->unsafeMemberCount, 0);
    QVERIFY(preview->warnings.isEmpty());
    QVERIFY(preview->summary().contains(u"Shard snapshot"_s));
}

void TestArchivePreview::read_referenceFullSnapshotGzip_isRefusedAsCompressed()
{
    const QString gz = TestSupport::sharedReferenceFile(u"snapshots/full-snapshot-2023-12-v1.7dev.snapshot.gz"_s);
    if (gz.isEmpty())
        QSKIP("shared/reference/snapshots/full-snapshot-2023-12-v1.7dev.snapshot.gz is not available");

    const auto preview = ArchivePreview::read(gz);
    QVERIFY(!preview);
    QCOMPARE(preview.error().kind, ErrorKind::InvalidSnapshot);
    QVERIFY2(preview.error().detail.contains(u"gzip-compressed"_s), qPrintable(preview.error().detail));
    QVERIFY(preview.error().detail.contains(u"uncompressed"_s));
    QVERIFY(preview.error().userMessage().contains(u"Decompress it first"_s));
}

void TestArchivePreview::read_referenceFullSnapshot_listsSixCollections()
{
    const QString path = decompressedFullSnapshot();
    if (path.isEmpty())
        QSKIP("the reference full snapshot is not available, or gzip could not decompress it");

    const auto preview = ArchivePreview::read(path);
    QVERIFY2(preview, qPrintable(preview ? QString() : preview.error().userMessage()));
    QCOMPARE(preview->kind, ArchivePreview::Kind::Full);
    QCOMPARE(preview->archiveSize, QFileInfo(path).size());
    QCOMPARE(preview->memberCount, 7);
    QCOMPARE(preview->collectionsMapping.size(), 6);
    QVERIFY(preview->collectionsMapping.contains(u"test_collection"_s));
    QVERIFY(preview->collectionsAliases.isEmpty());
    QCOMPARE(preview->nestedSnapshots.size(), 6);
    for (const ArchivePreview::NestedSnapshot &nested : preview->nestedSnapshots) {
        QVERIFY2(!nested.collection.isEmpty(), qPrintable(nested.name));
        QCOMPARE(preview->collectionsMapping.value(nested.collection).toString(), nested.name);
        QVERIFY(nested.size > 60'000'000);
    }
    QVERIFY(preview->warnings.isEmpty());
    QVERIFY(preview->summary().contains(u"6 collection(s)"_s));
}

void TestArchivePreview::read_referenceNestedCollectionSnapshot_showsConfigShardsAndSchema()
{
    const QString path = decompressedFullSnapshot();
    if (path.isEmpty())
        QSKIP("the reference full snapshot is not available, or gzip could not decompress it");
    const QString member = u"test_collection-7061706081153926-2023-12-14-10-39-41.snapshot"_s;
    QProcess tar;
    tar.setWorkingDirectory(m_dir.path());
    tar.start(u"tar"_s, { u"-xf"_s, path, member });
    QVERIFY(tar.waitForFinished(120'000));
    QCOMPARE(tar.exitCode(), 0);

    const auto preview = ArchivePreview::read(m_dir.filePath(member));
    QVERIFY2(preview, qPrintable(preview ? QString() : preview.error().userMessage()));
    QCOMPARE(preview->kind, ArchivePreview::Kind::Collection);
    QCOMPARE(preview->vectors.toObject().value(u"image"_s).toObject().value(u"size"_s).toInt(), 256);
    QCOMPARE(preview->vectors.toObject().value(u"image"_s).toObject().value(u"distance"_s).toString(), u"Dot"_s);
    QVERIFY(preview->sparseVectors.toObject().contains(u"text"_s));
    QCOMPARE(preview->shardNumber, 1);
    QCOMPARE(preview->replicationFactor, 1);
    QCOMPARE(preview->shardIdsWithData(), QList<quint32>{ 0 });
    QVERIFY(preview->shardIdsWithoutData().isEmpty());
    QCOMPARE(preview->shards.value(0).replicaState.thisPeerId, quint64(7061706081153926));
    QCOMPARE(preview->payloadSchema.value(u"keyword_field"_s).toString(), u"keyword"_s);
    QCOMPARE(preview->payloadSchema.value(u"text_field"_s).toObject().value(u"type"_s).toString(), u"text"_s);
    QCOMPARE(preview->versionInfo, u"0.4.2"_s);
    QCOMPARE(preview->shardKeyMapping.toObject(), QJsonObject());
    QVERIFY2(preview->warnings.isEmpty(), qPrintable(preview->warnings.join(u' ')));
}

void TestArchivePreview::previewNested_referenceFullSnapshot_streamsNestedCollection()
{
    const QString path = decompressedFullSnapshot();
    if (path.isEmpty())
        QSKIP("the reference full snapshot is not available, or gzip could not decompress it");

    const auto preview = ArchivePreview::previewNested(
        path, u"test_collection_scalar_int8-7061706081153926-2023-12-14-10-39-44.snapshot"_s);
    QVERIFY2(preview, qPrintable(preview ? QString() : preview.error().userMessage()));
    QCOMPARE(preview->kind, ArchivePreview::Kind::Collection);
    QCOMPARE(preview->shardIdsWithData(), QList<quint32>{ 0 });
    QVERIFY(preview->collectionConfig.value(u"quantization_config"_s).toObject().contains(u"scalar"_s));
    QCOMPARE(preview->archiveSize, 67604992);
}

void TestArchivePreview::read_collectionSnapshot_findsShardsWithAndWithoutData_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<bool>("metadataFirst");
    QTest::newRow("current layout, metadata at the end") << QString() << false;
    QTest::newRow("2023 layout, metadata first, ./ names") << u"./"_s << true;
    QTest::newRow("metadata at the end, ./ names") << u"./"_s << false;
}

void TestArchivePreview::read_collectionSnapshot_findsShardsWithAndWithoutData()
{
    QFETCH(QString, prefix);
    QFETCH(bool, metadataFirst);
    const QByteArray tar = collectionSnapshot(prefix, metadataFirst);
    const QString path = writeTemp(u"collection.snapshot"_s, tar);

    const auto preview = ArchivePreview::read(path);
    QVERIFY2(preview, qPrintable(preview ? QString() : preview.error().userMessage()));
    QCOMPARE(preview->kind, ArchivePreview::Kind::Collection);
    QCOMPARE(preview->archiveSize, tar.size());
    QCOMPARE(preview->collectionConfig, COLLECTION_CONFIG);
    QCOMPARE(preview->vectors, COLLECTION_CONFIG[u"params"_s][u"vectors"_s]);
    QCOMPARE(preview->sparseVectors.toObject().keys(), QStringList{ u"bm25"_s });
    QCOMPARE(preview->shardNumber, 2);
    QCOMPARE(preview->replicationFactor, 1);
    QCOMPARE(preview->shardIdsWithData(), QList<quint32>{ 0 });
    QCOMPARE(preview->shardIdsWithoutData(), QList<quint32>{ 1 });
    QVERIFY(preview->shards.value(0).replicaState.isLocal);
    QVERIFY(!preview->shards.value(1).replicaState.isLocal);
    QCOMPARE(preview->payloadSchema, QJsonObject({ { u"city"_s, u"keyword"_s } }));
    QCOMPARE(preview->versionInfo, u"0.4.2"_s);
    QVERIFY(preview->shardKeyMapping.isObject());
    QCOMPARE(preview->unsafeMemberCount, 0);
    QVERIFY2(preview->warnings.isEmpty(), qPrintable(preview->warnings.join(u' ')));
    const QString summary = preview->summary();
    QVERIFY2(summary.contains(u"text (384 dimensions, Cosine)"_s), qPrintable(summary));
    QVERIFY(summary.contains(u"Data present for shard(s) 0."_s));
    QVERIFY(summary.contains(u"No local data for shard(s) 1."_s));
    QVERIFY(summary.contains(u"Payload index on 1 field(s): city."_s));
}

void TestArchivePreview::read_compressedFile_isRefusedWithDecompressHint_data()
{
    QTest::addColumn<QByteArray>("magic");
    QTest::addColumn<QString>("format");
    QTest::newRow("gzip") << QByteArray("\x1f\x8b\x08\x00", 4) << u"gzip"_s;
    QTest::newRow("zstd") << QByteArray("\x28\xb5\x2f\xfd", 4) << u"zstd"_s;
    QTest::newRow("xz") << QByteArray("\xfd\x37\x7a\x58\x5a\x00", 6) << u"xz"_s;
    QTest::newRow("bzip2") << QByteArray("BZh9") << u"bzip2"_s;
}

void TestArchivePreview::read_compressedFile_isRefusedWithDecompressHint()
{
    QFETCH(QByteArray, magic);
    QFETCH(QString, format);
    const QString path = writeTemp(u"compressed.snapshot"_s, magic + QByteArray(4096, '\x5a'));

    const auto preview = ArchivePreview::read(path);
    QVERIFY(!preview);
    QCOMPARE(preview.error().kind, ErrorKind::InvalidSnapshot);
    QVERIFY2(preview.error().detail.contains(format + u"-compressed, not a plain Qdrant snapshot"_s),
        qPrintable(preview.error().detail));
    QVERIFY(preview.error().hint.contains(u"Decompress it first"_s));
}

void TestArchivePreview::read_truncatedArchive_isInvalidSnapshot_data()
{
    QTest::addColumn<qint64>("keep"); // bytes kept from the start; negative: bytes removed from the end
    QTest::addColumn<QString>("expected");
    // Layout: "0/" (512) "0/wal/" (512) "0/wal/open-1" header (512) + 256 KiB of data, then more members.
    constexpr qint64 walData = 3 * 512;
    QTest::newRow("inside member data") << walData + 100'000 << u"runcated"_s;
    QTest::newRow("inside a header") << walData + 256 * 1024 + 200 << u"runcated"_s;
    QTest::newRow("end-of-archive marker missing") << qint64(-1024) << u"end-of-archive marker"_s;
    QTest::newRow("half the end marker") << qint64(-512) << u"end-of-archive marker"_s;
    QTest::newRow("shorter than one header") << qint64(300) << u"runcated"_s;
}

void TestArchivePreview::read_truncatedArchive_isInvalidSnapshot()
{
    QFETCH(qint64, keep);
    QFETCH(QString, expected);
    QByteArray tar = collectionSnapshot({}, false, 256 * 1024);
    if (keep < 0)
        tar.chop(-keep);
    else
        tar.truncate(keep);
    const QString path = writeTemp(u"truncated.snapshot"_s, tar);

    const auto preview = ArchivePreview::read(path);
    QVERIFY2(!preview, qPrintable(preview ? preview->summary() : QString()));
    QCOMPARE(preview.error().kind, ErrorKind::InvalidSnapshot);
    QVERIFY2(preview.error().detail.contains(expected), qPrintable(preview.error().detail));
    QVERIFY(preview.error().detail.startsWith(u"truncated.snapshot: "_s));
}

void TestArchivePreview::read_randomBytes_isNotATarArchive()
{
    QByteArray noise(64 * 1024, Qt::Uninitialized);
    QRandomGenerator generator(7);
    generator.fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / 4);
    noise[0] = 'q'; // not accidentally a compression magic
    const QString path = writeTemp(u"noise.snapshot"_s, noise);

    const auto preview = ArchivePreview::read(path);
    QVERIFY(!preview);
    QCOMPARE(preview.error().kind, ErrorKind::InvalidSnapshot);
    QVERIFY2(preview.error().detail.contains(u"not a tar archive"_s), qPrintable(preview.error().detail));
}

void TestArchivePreview::read_emptyFile_isInvalidSnapshot()
{
    const QString path = writeTemp(u"empty.snapshot"_s, {});
    const auto preview = ArchivePreview::read(path);
    QVERIFY(!preview);
    QCOMPARE(preview.error().kind, ErrorKind::InvalidSnapshot);
    QVERIFY2(preview.error().detail.contains(u"empty"_s), qPrintable(preview.error().detail));
}

void TestArchivePreview::read_missingFile_isLocalIoError()
{
    const auto preview = ArchivePreview::read(m_dir.filePath(u"does-not-exist.snapshot"_s));
    QVERIFY(!preview);
    QCOMPARE(preview.error().kind, ErrorKind::LocalIoError);
}

void TestArchivePreview::read_linkAndEscapingMembers_areListedAsUnsafe()
{
    TarBuilder tar;
    tar.dir(u"wal/"_s)
        .file(u"wal/open-1"_s, QByteArray(512, '\0'))
        .json(u"replica_state.json"_s, replicaState(true))
        .symlink(u"segments"_s, u"/etc"_s)
        .file(u"../escape.json"_s, "{}");
    const QString path = writeTemp(u"links.snapshot"_s, tar.finish());

    const auto preview = ArchivePreview::read(path);
    QVERIFY2(preview, qPrintable(preview ? QString() : preview.error().userMessage()));
    QCOMPARE(preview->kind, ArchivePreview::Kind::Shard);
    QCOMPARE(preview->unsafeMemberCount, 2);
    QCOMPARE(preview->unsafeMembers, QStringList({ u"segments"_s, u"../escape.json"_s }));
    QVERIFY(preview->summary().contains(u"Qdrant refuses to restore"_s));
}

void TestArchivePreview::read_hugeConfigJson_isRefusedWithoutReadingIt()
{
    TarBuilder tar;
    QByteArray huge = "{\"params\":{},\"padding\":\"";
    huge += QByteArray(ArchivePreview::MAX_JSON_MEMBER_SIZE + 1024, 'a');
    huge += "\"}";
    tar.dir(u"0/"_s).json(u"0/replica_state.json"_s, replicaState(true)).file(u"config.json"_s, huge);
    const QString path = writeTemp(u"huge-config.snapshot"_s, tar.finish());

    const auto preview = ArchivePreview::read(path);
    QVERIFY(!preview);
    QCOMPARE(preview.error().kind, ErrorKind::InvalidSnapshot);
    QVERIFY2(preview.error().detail.contains(u"config.json"_s), qPrintable(preview.error().detail));
    QVERIFY(preview.error().detail.contains(u"larger than"_s));
}

void TestArchivePreview::read_malformedConfigJson_namesTheMember()
{
    TarBuilder tar;
    tar.dir(u"0/"_s).json(u"0/replica_state.json"_s, replicaState(true)).file(u"config.json"_s, "{\"params\": ");
    const QString path = writeTemp(u"bad-config.snapshot"_s, tar.finish());

    const auto preview = ArchivePreview::read(path);
    QVERIFY(!preview);
    QCOMPARE(preview.error().kind, ErrorKind::InvalidSnapshot);
    QVERIFY2(preview.error().detail.contains(u"config.json is not valid JSON"_s), qPrintable(preview.error().detail));
}

void TestArchivePreview::read_collectionWithoutConfig_isInvalidSnapshot()
{
    TarBuilder tar;
    tar.dir(u"0/"_s).dir(u"0/wal/"_s).json(u"0/replica_state.json"_s, replicaState(true));
    const QString path = writeTemp(u"no-config.snapshot"_s, tar.finish());

    const auto preview = ArchivePreview::read(path);
    QVERIFY(!preview);
    QCOMPARE(preview.error().kind, ErrorKind::InvalidSnapshot);
    QVERIFY2(preview.error().detail.contains(u"without config.json"_s), qPrintable(preview.error().detail));
}

void TestArchivePreview::read_plainTarWithoutQdrantFiles_isUnknown()
{
    TarBuilder tar;
    tar.file(u"README.txt"_s, "hello").dir(u"docs/"_s);
    const QString path = writeTemp(u"plain.tar"_s, tar.finish());

    const auto preview = ArchivePreview::read(path);
    QVERIFY2(preview, qPrintable(preview ? QString() : preview.error().userMessage()));
    QCOMPARE(preview->kind, ArchivePreview::Kind::Unknown);
    QCOMPARE(preview->memberCount, 2);
    QVERIFY(!preview->warnings.isEmpty());
    QCOMPARE(ArchivePreview::kindName(preview->kind), u"unknown"_s);
}

namespace {

QByteArray fullSnapshot()
{
    TarBuilder tar;
    tar.file(u"docs-1-2026-01-01-00-00-00.snapshot"_s, collectionSnapshot())
        .file(u"images-1-2026-01-01-00-00-01.snapshot"_s, collectionSnapshot(u"./"_s, true))
        .json(u"config.json"_s,
            QJsonObject{ { u"collections_mapping"_s,
                             QJsonObject{ { u"docs"_s, u"docs-1-2026-01-01-00-00-00.snapshot"_s },
                                 { u"images"_s, u"images-1-2026-01-01-00-00-01.snapshot"_s },
                                 { u"lost"_s, u"lost-1-2026-01-01-00-00-02.snapshot"_s } } },
                { u"collections_aliases"_s, QJsonObject{ { u"current-docs"_s, u"docs"_s } } } });
    return tar.finish();
}

} // namespace

void TestArchivePreview::read_syntheticFullSnapshot_mapsNestedFilesToCollections()
{
    const QString path = writeTemp(u"full.snapshot"_s, fullSnapshot());

    const auto preview = ArchivePreview::read(path);
    QVERIFY2(preview, qPrintable(preview ? QString() : preview.error().userMessage()));
    QCOMPARE(preview->kind, ArchivePreview::Kind::Full);
    QCOMPARE(preview->collectionsMapping.size(), 3);
    QCOMPARE(preview->collectionsAliases.value(u"current-docs"_s).toString(), u"docs"_s);
    QCOMPARE(preview->nestedSnapshots.size(), 2);
    QCOMPARE(preview->nestedSnapshots.at(0).collection, u"docs"_s);
    QCOMPARE(preview->nestedSnapshots.at(0).size, collectionSnapshot().size());
    QCOMPARE(preview->nestedSnapshots.at(1).collection, u"images"_s);
    // The mapping names a file the archive does not have.
    QCOMPARE(preview->warnings.size(), 1);
    QVERIFY(preview->warnings.at(0).contains(u"lost"_s));
    QVERIFY(preview->summary().contains(u"current-docs → docs"_s));
}

void TestArchivePreview::previewNested_syntheticFullSnapshot_previewsCollection()
{
    const QString path = writeTemp(u"full.snapshot"_s, fullSnapshot());

    const auto preview = ArchivePreview::previewNested(path, u"./images-1-2026-01-01-00-00-01.snapshot"_s);
    QVERIFY2(preview, qPrintable(preview ? QString() : preview.error().userMessage()));
    QCOMPARE(preview->kind, ArchivePreview::Kind::Collection);
    QCOMPARE(preview->shardIdsWithData(), QList<quint32>{ 0 });
    QCOMPARE(preview->shardIdsWithoutData(), QList<quint32>{ 1 });
    QCOMPARE(preview->archiveSize, collectionSnapshot(u"./"_s, true).size());
}

void TestArchivePreview::previewNested_unknownMember_isInvalidArgument()
{
    const QString path = writeTemp(u"full.snapshot"_s, fullSnapshot());
    const auto preview = ArchivePreview::previewNested(path, u"nope.snapshot"_s);
    QVERIFY(!preview);
    QCOMPARE(preview.error().kind, ErrorKind::InvalidArgument);
}

void TestArchivePreview::read_sequentialDevice_givesSamePreview()
{
    // A QProcess is sequential: the reader must read through member data instead of seeking.
    const QByteArray tar = collectionSnapshot();
    const QString path = writeTemp(u"sequential.snapshot"_s, tar);
    QProcess cat;
    cat.start(u"cat"_s, { path });
    QVERIFY(cat.waitForStarted());
    QVERIFY(cat.waitForFinished());
    QVERIFY(cat.isSequential());

    const auto preview = ArchivePreview::read(cat);
    QVERIFY2(preview, qPrintable(preview ? QString() : preview.error().userMessage()));
    QCOMPARE(preview->kind, ArchivePreview::Kind::Collection);
    QCOMPARE(preview->archiveSize, tar.size());
    QCOMPARE(preview->shardIdsWithData(), QList<quint32>{ 0 });
}

QTEST_GUILESS_MAIN(TestArchivePreview)
#include "TestArchivePreview.moc"
