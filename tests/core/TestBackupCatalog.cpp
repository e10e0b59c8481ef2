// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/catalog/BackupCatalog.h"
#include "support/TestFiles.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Snapdock;

namespace {

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

bool flipByte(const QString &path, qint64 offset)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.seek(offset))
        return false;
    char byte = 0;
    if (!file.getChar(&byte) || !file.seek(offset))
        return false;
    return file.putChar(char(byte ^ 0x01));
}

} // namespace

class TestBackupCatalog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void scan_nestedDatedFolders_pairsMetadataWithSnapshotsNewestFirst();
    void scan_metadataWithoutSnapshot_isMarkedMissing();
    void scan_snapshotWithoutMetadata_isListedWithoutMetadata();
    void scan_malformedMetadata_isReportedInItsEntry_data();
    void scan_malformedMetadata_isReportedInItsEntry();
    void scan_sizeDiffersFromMetadata_sizeDoesNotMatch();
    void scan_renamedSidecar_findsSnapshotByRecordedFileName();
    void scan_foldersDeeperThanMaxDepth_areNotVisited();
    void scan_missingFolder_fails();
    void verify_intactSnapshot_isTrue();
    void verify_flippedByte_isFalse();
    void verify_truncatedSnapshot_isFalse();
    void verify_withoutMetadata_isInvalidArgument();

private:
    // Writes a generated snapshot and its metadata below the temp folder; returns the snapshot path.
    QString addBackup(const QString &relativeDir,
        const QString &fileName,
        const QDateTime &finishedAt,
        qint64 size = 4096,
        bool writeSnapshot = true);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestBackupCatalog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestBackupCatalog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestBackupCatalog::addBackup(
    const QString &relativeDir, const QString &fileName, const QDateTime &finishedAt, qint64 size, bool writeSnapshot)
{
    const QString dir = m_dir->filePath(relativeDir);
    QDir().mkpath(dir);
    const QString snapshotPath = QDir(dir).filePath(fileName);
    const QString generatedPath = writeSnapshot ? snapshotPath : snapshotPath + u".generated"_s;
    const QByteArray sha256 = TestSupport::writeGeneratedFile(generatedPath, size, quint32(fileName.size()));
    if (!writeSnapshot)
        QFile::remove(generatedPath);

    SnapshotMetadata metadata;
    metadata.kind = u"collection"_s;
    metadata.host = u"http://localhost:6333"_s;
    metadata.collection = u"documents"_s;
    metadata.snapshotName = fileName;
    metadata.fileName = fileName;
    metadata.size = size;
    metadata.sha256 = QString::fromLatin1(sha256);
    metadata.backupStartedAt = finishedAt.addSecs(-60);
    metadata.backupFinishedAt = finishedAt;
    if (!metadata.writeTo(SnapshotMetadata::metadataPathFor(snapshotPath)))
        return {};
    return snapshotPath;
}

void TestBackupCatalog::scan_nestedDatedFolders_pairsMetadataWithSnapshotsNewestFirst()
{
    const QDateTime base(QDate(2026, 11, 1), QTime(3, 0), Qt::UTC);
    const QString oldest = addBackup(u"2026/10/31"_s, u"documents-a.snapshot"_s, base.addDays(-1));
    const QString newest = addBackup(u"2026/11/02"_s, u"documents-c.snapshot"_s, base.addDays(1));
    const QString middle = addBackup(u"2026/11/01"_s, u"documents-b.snapshot"_s, base);
    QVERIFY(!oldest.isEmpty() && !newest.isEmpty() && !middle.isEmpty());
    QVERIFY(writeFile(m_dir->filePath(u"2026/notes.txt"_s), "not a backup"));

    const auto backups = BackupCatalog::scan(m_dir->path());
    QVERIFY2(backups, qPrintable(backups ? QString() : backups.error().userMessage()));
    QCOMPARE(backups->size(), 3);
    QCOMPARE(backups->at(0).snapshotPath, newest);
    QCOMPARE(backups->at(1).snapshotPath, middle);
    QCOMPARE(backups->at(2).snapshotPath, oldest);
    for (const LocalBackup &backup : *backups) {
        QVERIFY(backup.hasMetadata);
        QVERIFY(backup.metadataError.isEmpty());
        QCOMPARE(backup.metadataPath, SnapshotMetadata::metadataPathFor(backup.snapshotPath));
        QVERIFY(!backup.snapshotMissing);
        QVERIFY(backup.sizeMatches);
        QCOMPARE(backup.fileSize, 4096);
        QCOMPARE(backup.metadata.collection, u"documents"_s);
    }
    QCOMPARE(backups->at(0).sortTime(), base.addDays(1));
}

void TestBackupCatalog::scan_metadataWithoutSnapshot_isMarkedMissing()
{
    const QDateTime finished(QDate(2026, 11, 1), QTime(3, 0), Qt::UTC);
    const QString path = addBackup(u"2026/11"_s, u"gone.snapshot"_s, finished, 4096, false);
    QVERIFY(!path.isEmpty());

    const auto backups = BackupCatalog::scan(m_dir->path());
    QVERIFY(backups);
    QCOMPARE(backups->size(), 1);
    const LocalBackup &backup = backups->at(0);
    QVERIFY(backup.hasMetadata);
    QVERIFY(backup.snapshotMissing);
    QVERIFY(!backup.sizeMatches);
    QCOMPARE(backup.fileSize, -1);
    QCOMPARE(backup.snapshotPath, path);
    QCOMPARE(backup.sortTime(), finished);

    const auto verified = BackupCatalog::verify(backup);
    QVERIFY(!verified);
    QCOMPARE(verified.error().kind, ErrorKind::LocalIoError);
}

void TestBackupCatalog::scan_snapshotWithoutMetadata_isListedWithoutMetadata()
{
    const QDateTime finished(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
    QVERIFY(!addBackup(u"a"_s, u"with-metadata.snapshot"_s, finished).isEmpty());
    QDir().mkpath(m_dir->filePath(u"b"_s));
    const QString orphan = m_dir->filePath(u"b/orphan.snapshot"_s);
    QVERIFY(writeFile(orphan, QByteArray(1000, 'o')));
    QVERIFY(writeFile(m_dir->filePath(u"b/orphan.snapshot.part"_s), "partial download, not a backup"));

    const auto backups = BackupCatalog::scan(m_dir->path());
    QVERIFY(backups);
    QCOMPARE(backups->size(), 2);
    // The orphan sorts by its modification time (now), newer than the 2020 backup.
    const LocalBackup &backup = backups->at(0);
    QCOMPARE(backup.snapshotPath, orphan);
    QVERIFY(!backup.hasMetadata);
    QVERIFY(backup.metadataPath.isEmpty());
    QVERIFY(backup.metadataError.isEmpty());
    QVERIFY(!backup.snapshotMissing);
    QVERIFY(!backup.sizeMatches);
    QCOMPARE(backup.fileSize, 1000);
    QVERIFY(backup.sortTime().isValid());
}

void TestBackupCatalog::scan_malformedMetadata_isReportedInItsEntry_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::newRow("not JSON") << QByteArray("{ this is not json");
    QTest::newRow("wrong types") << QByteArray(R"({"formatVersion": 1, "kind": "collection", "size": "big"})");
    QTest::newRow("newer format") << QByteArray(R"({"formatVersion": 99, "kind": "collection"})");
    QTest::newRow("empty") << QByteArray();
}

void TestBackupCatalog::scan_malformedMetadata_isReportedInItsEntry()
{
    QFETCH(QByteArray, contents);
    const QDateTime finished(QDate(2026, 11, 1), QTime(3, 0), Qt::UTC);
    QVERIFY(!addBackup(u"good"_s, u"good.snapshot"_s, finished).isEmpty());
    QDir().mkpath(m_dir->filePath(u"bad"_s));
    const QString snapshot = m_dir->filePath(u"bad/bad.snapshot"_s);
    QVERIFY(writeFile(snapshot, "data"));
    QVERIFY(writeFile(SnapshotMetadata::metadataPathFor(snapshot), contents));

    const auto backups = BackupCatalog::scan(m_dir->path());
    QVERIFY(backups);
    QCOMPARE(backups->size(), 2);
    const auto bad = std::find_if(backups->cbegin(), backups->cend(), [&](const LocalBackup &backup) {
        return backup.snapshotPath == snapshot;
    });
    QVERIFY(bad != backups->cend());
    QVERIFY(!bad->hasMetadata);
    QVERIFY(!bad->metadataError.isEmpty());
    QCOMPARE(bad->metadataPath, SnapshotMetadata::metadataPathFor(snapshot));
    QVERIFY(!bad->snapshotMissing);
    QVERIFY(!bad->sizeMatches);
    QVERIFY(!BackupCatalog::verify(*bad));
}

void TestBackupCatalog::scan_sizeDiffersFromMetadata_sizeDoesNotMatch()
{
    const QString path = addBackup(u"x"_s, u"short.snapshot"_s, QDateTime::currentDateTimeUtc());
    QVERIFY(QFile::resize(path, 100));

    const auto backups = BackupCatalog::scan(m_dir->path());
    QVERIFY(backups);
    QCOMPARE(backups->size(), 1);
    QVERIFY(!backups->at(0).sizeMatches);
    QCOMPARE(backups->at(0).fileSize, 100);
}

void TestBackupCatalog::scan_renamedSidecar_findsSnapshotByRecordedFileName()
{
    const QString path = addBackup(u"x"_s, u"real-name.snapshot"_s, QDateTime::currentDateTimeUtc());
    const QString renamedSidecar = m_dir->filePath(u"x/copy.snapshot.snapdock.json"_s);
    QVERIFY(QFile::rename(SnapshotMetadata::metadataPathFor(path), renamedSidecar));

    const auto backups = BackupCatalog::scan(m_dir->path());
    QVERIFY(backups);
    // One entry: the snapshot is paired through metadata.fileName, not listed again as an orphan.
    QCOMPARE(backups->size(), 1);
    QCOMPARE(backups->at(0).snapshotPath, path);
    QCOMPARE(backups->at(0).metadataPath, renamedSidecar);
    QVERIFY(backups->at(0).sizeMatches);
}

void TestBackupCatalog::scan_foldersDeeperThanMaxDepth_areNotVisited()
{
    QString deep;
    for (int level = 0; level <= BackupCatalog::MAX_DEPTH; ++level)
        deep += u"d%1/"_s.arg(level);
    QString shallow;
    for (int level = 0; level < BackupCatalog::MAX_DEPTH; ++level)
        shallow += u"s%1/"_s.arg(level);
    QVERIFY(!addBackup(deep, u"too-deep.snapshot"_s, QDateTime::currentDateTimeUtc()).isEmpty());
    const QString found = addBackup(shallow, u"deep-enough.snapshot"_s, QDateTime::currentDateTimeUtc());

    const auto backups = BackupCatalog::scan(m_dir->path());
    QVERIFY(backups);
    QCOMPARE(backups->size(), 1);
    QCOMPARE(backups->at(0).snapshotPath, found);
}

void TestBackupCatalog::scan_missingFolder_fails()
{
    const auto backups = BackupCatalog::scan(m_dir->filePath(u"nope"_s));
    QVERIFY(!backups);
    QCOMPARE(backups.error().kind, ErrorKind::LocalIoError);
}

void TestBackupCatalog::verify_intactSnapshot_isTrue()
{
    QVERIFY(!addBackup(u"v"_s, u"intact.snapshot"_s, QDateTime::currentDateTimeUtc(), 3 * 1024 * 1024).isEmpty());
    const auto backups = BackupCatalog::scan(m_dir->path());
    QVERIFY(backups && backups->size() == 1);

    const auto verified = BackupCatalog::verify(backups->at(0));
    QVERIFY2(verified, qPrintable(verified ? QString() : verified.error().userMessage()));
    QVERIFY(*verified);
}

void TestBackupCatalog::verify_flippedByte_isFalse()
{
    const QString path = addBackup(u"v"_s, u"flipped.snapshot"_s, QDateTime::currentDateTimeUtc(), 3 * 1024 * 1024);
    QVERIFY(flipByte(path, 2 * 1024 * 1024 + 17));
    const auto backups = BackupCatalog::scan(m_dir->path());
    QVERIFY(backups && backups->size() == 1);
    QVERIFY(backups->at(0).sizeMatches); // same size: only the hash can tell

    const auto verified = BackupCatalog::verify(backups->at(0));
    QVERIFY(verified);
    QVERIFY(!*verified);
}

void TestBackupCatalog::verify_truncatedSnapshot_isFalse()
{
    const QString path = addBackup(u"v"_s, u"truncated.snapshot"_s, QDateTime::currentDateTimeUtc());
    QVERIFY(QFile::resize(path, 10));
    const auto backups = BackupCatalog::scan(m_dir->path());
    QVERIFY(backups && backups->size() == 1);

    const auto verified = BackupCatalog::verify(backups->at(0));
    QVERIFY(verified);
    QVERIFY(!*verified);
}

void TestBackupCatalog::verify_withoutMetadata_isInvalidArgument()
{
    QVERIFY(writeFile(m_dir->filePath(u"lonely.snapshot"_s), "abc"));
    const auto backups = BackupCatalog::scan(m_dir->path());
    QVERIFY(backups && backups->size() == 1);

    const auto verified = BackupCatalog::verify(backups->at(0));
    QVERIFY(!verified);
    QCOMPARE(verified.error().kind, ErrorKind::InvalidArgument);
}

QTEST_GUILESS_MAIN(TestBackupCatalog)
#include "TestBackupCatalog.moc"
