// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dialogs/restore/SourceInspector.h"

#include "core/archive/ArchivePreview.h"
#include "core/qdrant/dto/CollectionInfo.h"
#include "gui/models/DisplayFormat.h"

#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

namespace {

QString vectorsText(const SnapshotMetadata &metadata)
{
    CollectionInfo info;
    info.vectors = metadata.vectors;
    const QString summary = info.vectorsSummary();
    return summary.isEmpty() ? SourceInspector::tr("unknown vectors") : summary;
}

} // namespace

SourceDetails SourceInspector::inspect(const RestoreSource &source)
{
    SourceDetails details;
    switch (source.kind) {
    case RestoreSource::Kind::LocalFile:
        return inspectFile(source.path);
    case RestoreSource::Kind::ServerSnapshot:
        if (source.snapshotName.isEmpty() || source.scope.collection.isEmpty()) {
            details.problem = tr("Enter the collection and the name of the snapshot on the server.");
        } else if (source.scope.kind != SnapshotScope::Kind::Collection) {
            details.problem = tr("Only collection snapshots can be restored into a collection.");
        } else {
            details.summary = tr("Snapshot “%1” of collection “%2”, read by the server from its own disk.")
                                  .arg(source.snapshotName, source.scope.collection);
        }
        return details;
    case RestoreSource::Kind::Url: {
        const QString scheme = source.url.scheme().toLower();
        if (!source.url.isValid() || (scheme != u"http"_s && scheme != u"https"_s && scheme != u"file"_s))
            details.problem = tr("Enter an http://, https:// or file:// URL of a collection snapshot.");
        else
            details.summary = tr("The server downloads the snapshot from this URL itself; its vectors and shard "
                                 "count are known only once it does.");
        return details;
    }
    }
    return details;
}

SourceDetails SourceInspector::inspectFile(const QString &path)
{
    SourceDetails details;
    const QFileInfo file(path);
    if (path.isEmpty()) {
        details.problem = tr("Choose a .snapshot file.");
        return details;
    }
    if (!file.isFile() || !file.isReadable()) {
        details.problem = tr("The file %1 does not exist or cannot be read.").arg(path);
        return details;
    }

    const QString sidecar = SnapshotMetadata::metadataPathFor(path);
    if (QFileInfo::exists(sidecar)) {
        if (const Result<SnapshotMetadata> metadata = SnapshotMetadata::readFrom(sidecar)) {
            if (metadata->kind != u"collection"_s) {
                details.problem =
                    tr("This is a %1 snapshot; only collection snapshots can be restored here.").arg(metadata->kind);
                return details;
            }
            details.metadata = *metadata;
            details.fromSidecar = true;
            QStringList sentences;
            sentences.append(
                tr("Backup of “%1” taken %2 on Qdrant %3 (%4).")
                    .arg(metadata->collection.isEmpty() ? tr("unknown") : metadata->collection,
                        DisplayFormat::localTime(metadata->backupStartedAt),
                        metadata->serverVersion.isEmpty() ? tr("unknown version") : metadata->serverVersion,
                        DisplayFormat::size(file.size())));
            sentences.append(
                tr("%1, %n shard(s), %2 points.", nullptr, metadata->shardNumber)
                    .arg(vectorsText(*metadata),
                        metadata->pointsCount < 0 ? tr("unknown") : DisplayFormat::count(metadata->pointsCount)));
            details.summary = sentences.join(u' ');
            return details;
        }
    }

    const Result<ArchivePreview> preview = ArchivePreview::read(path);
    if (!preview) {
        details.problem = tr("This file is not a readable snapshot: %1").arg(preview.error().userMessage());
        return details;
    }
    if (preview->kind != ArchivePreview::Kind::Collection) {
        details.problem = tr("This is a %1 snapshot; only collection snapshots can be restored here.")
                              .arg(ArchivePreview::kindName(preview->kind));
        return details;
    }
    if (preview->unsafeMemberCount > 0) {
        details.problem = tr("Qdrant refuses to unpack this archive: it contains %n unsafe member(s), e.g. %1.",
            nullptr,
            preview->unsafeMemberCount)
                              .arg(preview->unsafeMembers.value(0));
        return details;
    }
    SnapshotMetadata metadata;
    metadata.kind = u"collection"_s;
    metadata.fileName = file.fileName();
    metadata.vectors = preview->vectors;
    metadata.sparseVectors = preview->sparseVectors;
    metadata.shardNumber = preview->shardNumber;
    metadata.replicationFactor = preview->replicationFactor;
    metadata.payloadSchema = preview->payloadSchema;
    metadata.size = preview->archiveSize;
    details.metadata = metadata;
    details.summary = tr("No Snapdock metadata next to this file; read from the archive: %1, %n shard(s), %2. "
                         "The Qdrant version it was taken on is unknown.",
        nullptr,
        preview->shardNumber)
                          .arg(vectorsText(metadata), DisplayFormat::size(preview->archiveSize));
    return details;
}

} // namespace Snapdock
