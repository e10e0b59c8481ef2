// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/archive/ArchivePreview.h"

#include "core/archive/ArchiveReader.h"
#include "core/archive/ArchiveScanner.h"
#include "core/support/Translation.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>

#include <algorithm>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

namespace {

QString tr(const char *text)
{
    return translateWithFallback("Snapdock::ArchivePreview", text);
}

// A tar archive ends with two zero blocks; the tar crate (Qdrant) and GNU tar always write them.
constexpr qint64 END_MARKER_SIZE = 1024;

struct CompressionFormat
{
    QByteArrayView magic;
    const char16_t *name;
    const char16_t *command;
};

// Magic bytes of the compressors people (and Qdrant's own test scripts) apply to snapshots.
constexpr CompressionFormat COMPRESSION_FORMATS[] = {
    { QByteArrayView("\x1f\x8b", 2), u"gzip", u"gzip -dc" },
    { QByteArrayView("\x28\xb5\x2f\xfd", 4), u"zstd", u"zstd -dc" },
    { QByteArrayView("\xfd\x37\x7a\x58\x5a\x00", 6), u"xz", u"xz -dc" },
    { QByteArrayView("BZh", 3), u"bzip2", u"bzip2 -dc" },
    { QByteArrayView("\x04\x22\x4d\x18", 4), u"lz4", u"lz4 -dc" },
};

Error invalid(const QString &detail)
{
    return Error::make(ErrorKind::InvalidSnapshot, detail);
}

std::optional<CompressionFormat> compressionOf(QIODevice &device)
{
    const QByteArray head = device.peek(8);
    for (const CompressionFormat &format : COMPRESSION_FORMATS) {
        if (head.startsWith(format.magic))
            return format;
    }
    return std::nullopt;
}

// libarchive accepts an archive that simply stops at a member boundary, which is what an interrupted copy
// looks like; the missing end-of-archive marker is the only trace of that.
VoidResult checkEndMarker(QIODevice &device, qint64 start)
{
    const qint64 end = device.size();
    if (end - start < END_MARKER_SIZE || !device.seek(end - END_MARKER_SIZE))
        return fail(invalid(u"the archive is shorter than a tar end-of-archive marker: it is truncated"_s));
    const QByteArray tail = device.read(END_MARKER_SIZE);
    if (tail.size() != END_MARKER_SIZE)
        return fail(
            Error::make(ErrorKind::LocalIoError, u"cannot read the end of the archive: "_s + device.errorString()));
    if (std::any_of(tail.cbegin(), tail.cend(), [](char byte) {
            return byte != 0;
        }))
        return fail(invalid(u"the archive has no tar end-of-archive marker: it is truncated"_s));
    return {};
}

QString describeVector(const QJsonObject &config)
{
    const QString distance = config.value(u"distance"_s).toString();
    const qint64 size = config.value(u"size"_s).toInteger(-1);
    if (size < 0)
        return distance;
    return distance.isEmpty() ? tr("%1 dimensions").arg(size) : tr("%1 dimensions, %2").arg(size).arg(distance);
}

QString describeVectors(const QJsonValue &vectors)
{
    const QJsonObject object = vectors.toObject();
    if (object.isEmpty())
        return tr("none");
    if (object.contains(u"size"_s))
        return tr("one unnamed vector (%1)").arg(describeVector(object));
    QStringList parts;
    for (auto it = object.begin(); it != object.end(); ++it)
        parts.append(u"%1 (%2)"_s.arg(it.key(), describeVector(it.value().toObject())));
    return parts.join(u", "_s);
}

QString joinIds(const QList<quint32> &ids)
{
    QStringList parts;
    for (const quint32 id : ids)
        parts.append(QString::number(id));
    return parts.join(u", "_s);
}

} // namespace

QList<quint32> ArchivePreview::shardIdsWithData() const
{
    QList<quint32> ids;
    for (const ShardInfo &info : shards) {
        if (info.hasData)
            ids.append(info.id);
    }
    return ids;
}

QList<quint32> ArchivePreview::shardIdsWithoutData() const
{
    QList<quint32> ids;
    for (const ShardInfo &info : shards) {
        if (!info.hasData)
            ids.append(info.id);
    }
    return ids;
}

QString ArchivePreview::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Collection:
        return u"collection"_s;
    case Kind::Shard:
        return u"shard"_s;
    case Kind::Full:
        return u"full"_s;
    case Kind::Unknown:
        break;
    }
    return u"unknown"_s;
}

QString ArchivePreview::summary() const
{
    const QLocale locale;
    const QString size = locale.formattedDataSize(archiveSize);
    QStringList sentences;
    switch (kind) {
    case Kind::Collection: {
        sentences.append(tr("Collection snapshot, %1 in %2 members.").arg(size).arg(memberCount));
        sentences.append(tr("Vectors: %1.").arg(describeVectors(vectors)));
        const QStringList sparseNames = sparseVectors.toObject().keys();
        if (!sparseNames.isEmpty())
            sentences.append(tr("Sparse vectors: %1.").arg(sparseNames.join(u", "_s)));
        sentences.append(tr("%1 shard(s), replication factor %2.").arg(shardNumber).arg(replicationFactor));
        const QList<quint32> withData = shardIdsWithData();
        const QList<quint32> withoutData = shardIdsWithoutData();
        if (!withData.isEmpty())
            sentences.append(tr("Data present for shard(s) %1.").arg(joinIds(withData)));
        if (!withoutData.isEmpty())
            sentences.append(tr("No local data for shard(s) %1.").arg(joinIds(withoutData)));
        const QStringList fields = payloadSchema.keys();
        sentences.append(fields.isEmpty()
                ? tr("No payload index.")
                : tr("Payload index on %1 field(s): %2.").arg(fields.size()).arg(fields.join(u", "_s)));
        if (!versionInfo.isEmpty())
            sentences.append(tr("Collection storage format %1.").arg(versionInfo));
        break;
    }
    case Kind::Shard: {
        sentences.append(tr("Shard snapshot, %1 in %2 members.").arg(size).arg(memberCount));
        sentences.append(shard.hasData ? tr("The shard has local data.") : tr("The shard has no local data."));
        if (shard.replicaState.present) {
            QStringList peers;
            for (auto it = shard.replicaState.peers.cbegin(); it != shard.replicaState.peers.cend(); ++it)
                peers.append(u"%1 %2"_s.arg(it.key(), it.value()));
            sentences.append(tr("Written by peer %1; replicas: %2.")
                                 .arg(shard.replicaState.thisPeerId)
                                 .arg(peers.isEmpty() ? tr("none") : peers.join(u", "_s)));
        }
        break;
    }
    case Kind::Full: {
        sentences.append(tr("Full storage snapshot, %1 in %2 members, with %3 collection(s): %4.")
                             .arg(size)
                             .arg(memberCount)
                             .arg(collectionsMapping.size())
                             .arg(collectionsMapping.keys().join(u", "_s)));
        QStringList aliases;
        for (auto it = collectionsAliases.begin(); it != collectionsAliases.end(); ++it)
            aliases.append(u"%1 → %2"_s.arg(it.key(), it.value().toString()));
        sentences.append(aliases.isEmpty() ? tr("No aliases.") : tr("Aliases: %1.").arg(aliases.join(u", "_s)));
        break;
    }
    case Kind::Unknown:
        sentences.append(tr("Not recognised as a Qdrant snapshot: %1 in %2 members.").arg(size).arg(memberCount));
        break;
    }
    if (unsafeMemberCount > 0)
        sentences.append(tr("It contains %1 link or unsafe member(s) (first: %2); Qdrant refuses to restore such "
                            "an archive.")
                             .arg(unsafeMemberCount)
                             .arg(unsafeMembers.value(0)));
    sentences.append(warnings);
    return sentences.join(u' ');
}

Result<ArchivePreview> ArchivePreview::read(QIODevice &device)
{
    if (!device.isOpen() || !device.isReadable())
        return fail(Error::make(ErrorKind::InvalidArgument, u"the snapshot is not open for reading"_s));
    const qint64 start = device.pos();
    if (device.peek(1).isEmpty())
        return fail(invalid(u"the file is empty"_s));
    if (const auto compression = compressionOf(device)) {
        Error error = invalid(u"the file is %1-compressed, not a plain Qdrant snapshot (Qdrant serves uncompressed "
                              "tar)"_s.arg(QString::fromUtf16(compression->name)));
        error.hint = tr("Decompress it first (for example: %1 file > file.snapshot), then use the result.")
                         .arg(QString::fromUtf16(compression->command));
        return fail(error);
    }

    ArchiveReader reader(device);
    auto preview = scanArchive(reader);
    if (!preview)
        return preview;
    if (device.isSequential()) {
        preview->archiveSize = reader.bytesConsumed();
    } else {
        preview->archiveSize = device.size() - start;
        if (auto complete = checkEndMarker(device, start); !complete)
            return fail(complete.error());
    }
    return preview;
}

Result<ArchivePreview> ArchivePreview::read(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    if (QFileInfo(path).isDir())
        return fail(Error::make(ErrorKind::InvalidArgument, name + u" is a folder, not a snapshot file"_s));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        const ErrorKind kind =
            file.error() == QFileDevice::PermissionsError ? ErrorKind::LocalPermissionDenied : ErrorKind::LocalIoError;
        return fail(Error::make(kind, u"cannot open %1: %2"_s.arg(path, file.errorString())));
    }
    auto preview = read(file);
    if (!preview) {
        Error error = preview.error();
        error.detail = name + u": "_s + error.detail;
        return fail(error);
    }
    return preview;
}

Result<ArchivePreview> ArchivePreview::previewNested(const QString &path, const QString &memberName)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        const ErrorKind kind =
            file.error() == QFileDevice::PermissionsError ? ErrorKind::LocalPermissionDenied : ErrorKind::LocalIoError;
        return fail(Error::make(kind, u"cannot open %1: %2"_s.arg(path, file.errorString())));
    }
    const QString wanted = normalisedMemberPath(memberName).path;
    ArchiveReader outer(file);
    while (true) {
        auto entry = outer.next();
        if (!entry)
            return fail(entry.error());
        if (!entry->has_value())
            break;
        const ArchiveReader::Entry &member = **entry;
        if (member.type != ArchiveReader::EntryType::File || normalisedMemberPath(member.name).path != wanted)
            continue;
        ArchiveReader inner(outer);
        auto preview = scanArchive(inner);
        if (!preview) {
            Error error = preview.error();
            error.detail = wanted + u" in "_s + QFileInfo(path).fileName() + u": "_s + error.detail;
            return fail(error);
        }
        preview->archiveSize = member.size;
        return preview;
    }
    return fail(Error::make(
        ErrorKind::InvalidArgument, u"%1 has no member named %2"_s.arg(QFileInfo(path).fileName(), memberName)));
}

} // namespace Snapdock
