// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/catalog/BackupCatalog.h"

#include "core/storage/Sha256.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

namespace {

struct FolderContents
{
    QStringList metadataFiles;
    QStringList snapshotFiles;
};

void collect(const QString &folder, int depth, FolderContents &contents)
{
    const QFileInfoList entries =
        QDir(folder).entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &entry : entries) {
        if (entry.isDir()) {
            if (!entry.isSymLink() && depth < BackupCatalog::MAX_DEPTH)
                collect(entry.absoluteFilePath(), depth + 1, contents);
        } else if (entry.fileName().endsWith(BackupCatalog::METADATA_SUFFIX)) {
            contents.metadataFiles.append(entry.absoluteFilePath());
        } else if (entry.fileName().endsWith(BackupCatalog::SNAPSHOT_SUFFIX)) {
            contents.snapshotFiles.append(entry.absoluteFilePath());
        }
    }
}

// The metadata records the local file name; it only matters when the file was renamed without its sidecar,
// and it is trusted only as a plain name in the same folder.
QString snapshotPathFor(const QString &metadataPath, const SnapshotMetadata *metadata)
{
    const QString besideSidecar = metadataPath.chopped(BackupCatalog::METADATA_SUFFIX.size());
    if (!metadata || QFileInfo::exists(besideSidecar))
        return besideSidecar;
    const QString recorded = metadata->fileName;
    if (recorded.isEmpty() || recorded.contains(u'/') || recorded.contains(u'\\') || recorded == u".."
        || recorded == u".")
        return besideSidecar;
    const QString candidate = QFileInfo(metadataPath).dir().filePath(recorded);
    return QFileInfo::exists(candidate) ? candidate : besideSidecar;
}

void describeFile(LocalBackup &backup)
{
    const QFileInfo snapshot(backup.snapshotPath);
    backup.snapshotMissing = !snapshot.isFile();
    if (backup.snapshotMissing) {
        backup.fileSize = -1;
        if (!backup.metadataPath.isEmpty())
            backup.fileModified = QFileInfo(backup.metadataPath).lastModified().toUTC();
    } else {
        backup.fileSize = snapshot.size();
        backup.fileModified = snapshot.lastModified().toUTC();
    }
    backup.sizeMatches = backup.hasMetadata && !backup.snapshotMissing && backup.fileSize == backup.metadata.size;
}

} // namespace

Result<QList<LocalBackup>> BackupCatalog::scan(const QString &folder)
{
    const QFileInfo root(folder);
    if (!root.exists())
        return fail(Error::make(ErrorKind::LocalIoError, u"the backup folder %1 does not exist"_s.arg(folder)));
    if (!root.isDir())
        return fail(Error::make(ErrorKind::InvalidArgument, u"%1 is not a folder"_s.arg(folder)));
    if (!root.isReadable())
        return fail(Error::make(ErrorKind::LocalPermissionDenied, u"cannot list the backup folder %1"_s.arg(folder)));

    FolderContents contents;
    collect(root.absoluteFilePath(), 0, contents);

    QList<LocalBackup> backups;
    QSet<QString> pairedSnapshots;
    for (const QString &metadataPath : std::as_const(contents.metadataFiles)) {
        LocalBackup backup;
        backup.metadataPath = metadataPath;
        auto metadata = SnapshotMetadata::readFrom(metadataPath);
        if (metadata) {
            backup.metadata = *metadata;
            backup.hasMetadata = true;
        } else {
            backup.metadataError = metadata.error().userMessage();
        }
        backup.snapshotPath = snapshotPathFor(metadataPath, metadata ? &*metadata : nullptr);
        describeFile(backup);
        pairedSnapshots.insert(backup.snapshotPath);
        backups.append(std::move(backup));
    }
    for (const QString &snapshotPath : std::as_const(contents.snapshotFiles)) {
        if (pairedSnapshots.contains(snapshotPath))
            continue;
        LocalBackup backup;
        backup.snapshotPath = snapshotPath;
        describeFile(backup);
        backups.append(std::move(backup));
    }

    std::sort(backups.begin(), backups.end(), [](const LocalBackup &a, const LocalBackup &b) {
        const QDateTime timeA = a.sortTime();
        const QDateTime timeB = b.sortTime();
        if (timeA.isValid() != timeB.isValid())
            return timeA.isValid(); // undated entries last
        if (timeA != timeB)
            return timeA > timeB;
        return a.snapshotPath < b.snapshotPath;
    });
    return backups;
}

Result<bool> BackupCatalog::verify(const LocalBackup &backup)
{
    const QString name = QFileInfo(backup.snapshotPath).fileName();
    if (!backup.hasMetadata)
        return fail(Error::make(ErrorKind::InvalidArgument, u"%1 has no metadata to verify against"_s.arg(name)));
    if (!Sha256::isValidHexDigest(backup.metadata.sha256))
        return fail(
            Error::make(ErrorKind::InvalidArgument, u"the metadata of %1 records no SHA-256 checksum"_s.arg(name)));
    const QFileInfo snapshot(backup.snapshotPath);
    if (!snapshot.isFile())
        return fail(
            Error::make(ErrorKind::LocalIoError, u"the snapshot file %1 is missing"_s.arg(backup.snapshotPath)));
    // A different size settles it without reading gigabytes; 0 is what an interrupted backup left, so hash then.
    if (backup.metadata.size > 0 && snapshot.size() != backup.metadata.size)
        return false;
    auto digest = Sha256::hashFile(backup.snapshotPath);
    if (!digest)
        return fail(digest.error());
    return QString::fromLatin1(*digest).compare(backup.metadata.sha256, Qt::CaseInsensitive) == 0;
}

} // namespace Snapdock
