// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/archive/ArchivePreview.h"

#include "core/archive/ArchiveReader.h"

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
    return QCoreApplication::translate("Snapdock::ArchivePreview", text);
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

struct MemberPath
{
    QString path; // without "./" prefixes and trailing "/"; empty for the root directory itself
    bool unsafe = false; // absolute or climbing out with ".."
};

MemberPath normalisedPath(const QString &name)
{
    MemberPath result;
    QStringView path(name);
    while (path.startsWith(u"./"))
        path = path.mid(2);
    if (path == u".")
        path = {};
    while (path.endsWith(u'/'))
        path.chop(1);
    if (path.startsWith(u'/')) {
        result.unsafe = true;
        path = path.mid(1);
    }
    for (const QStringView part : path.split(u'/')) {
        if (part == u"..")
            result.unsafe = true;
    }
    result.path = path.toString();
    return result;
}

std::optional<quint32> shardIdFrom(QStringView component)
{
    if (component.isEmpty() || component.size() > 10)
        return std::nullopt;
    for (const QChar c : component) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
    }
    bool ok = false;
    const quint32 id = component.toUInt(&ok);
    return ok ? std::optional<quint32>(id) : std::nullopt;
}

quint64 unsignedFrom(const QJsonValue &value)
{
    const qint64 exact = value.toInteger(-1);
    if (exact >= 0)
        return quint64(exact);
    // Peer ids are u64: above 2^63 QJsonDocument keeps only a double.
    const double approximate = value.toDouble(-1);
    return approximate >= 0 ? quint64(approximate) : 0;
}

QString compactJson(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return value.toVariant().toString();
}

// Walks the headers once, reading only the small JSON members, then decides what kind of snapshot it was:
// the metadata that decides it sits at the end of current collection snapshots.
class Scanner
{
public:
    explicit Scanner(ArchiveReader &reader)
        : m_reader(reader)
    {}

    [[nodiscard]] Result<ArchivePreview> run()
    {
        while (true) {
            auto entry = m_reader.next();
            if (!entry)
                return fail(entry.error());
            if (!entry->has_value())
                break;
            if (auto handled = onEntry(**entry); !handled)
                return fail(handled.error());
        }
        if (auto finished = finish(); !finished)
            return fail(finished.error());
        return std::move(m_preview);
    }

private:
    struct ShardState
    {
        bool hasDataFiles = false;
        ArchivePreview::ReplicaState replicaState;
    };

    VoidResult onEntry(const ArchiveReader::Entry &entry)
    {
        ++m_preview.memberCount;
        m_preview.hasSparseMembers = m_preview.hasSparseMembers || entry.sparse;
        const MemberPath member = normalisedPath(entry.name);
        const bool isLink = entry.type == ArchiveReader::EntryType::SymbolicLink
            || entry.type == ArchiveReader::EntryType::HardLink || entry.type == ArchiveReader::EntryType::Other;
        if (member.unsafe || isLink) {
            // Qdrant refuses archives with links or escaping paths (they allowed writing outside the storage
            // folder), so listing them tells the user why a restore would fail.
            if (m_preview.unsafeMembers.size() < ArchivePreview::MAX_LISTED_UNSAFE_MEMBERS)
                m_preview.unsafeMembers.append(entry.name);
            ++m_preview.unsafeMemberCount;
            return {};
        }
        if (member.path.isEmpty())
            return {};

        const qsizetype slash = member.path.indexOf(u'/');
        const QString head = slash < 0 ? member.path : member.path.left(slash);
        const QStringView tail = slash < 0 ? QStringView() : QStringView(member.path).mid(slash + 1);
        const bool isFile = entry.type == ArchiveReader::EntryType::File;

        if (head == u"wal" || head == u"segments")
            m_rootHasDataFiles = true;

        if (const auto shardId = shardIdFrom(head)) {
            auto shard = m_shards.find(*shardId);
            if (shard == m_shards.end()) {
                if (m_shards.size() >= ArchivePreview::MAX_LISTED_ITEMS)
                    return fail(invalid(u"more than %1 shard directories"_s.arg(ArchivePreview::MAX_LISTED_ITEMS)));
                shard = m_shards.insert(*shardId, ShardState());
            }
            const QStringView subHead = tail.left(tail.indexOf(u'/'));
            if (subHead == u"wal" || subHead == u"segments")
                shard->hasDataFiles = true;
            if (tail == u"replica_state.json" && isFile) {
                auto state = readReplicaState(member.path);
                if (!state)
                    return fail(state.error());
                shard->replicaState = *state;
            }
            return {};
        }

        if (slash >= 0 || !isFile)
            return {};
        if (head == u"config.json") {
            auto config = readJson(head);
            if (!config)
                return fail(config.error());
            if (!config->isObject())
                return fail(invalid(u"config.json is not a JSON object"_s));
            m_rootConfig = config->object();
        } else if (head == u"payload_index.json") {
            auto index = readJson(head);
            if (!index)
                return fail(index.error());
            const QJsonValue schema = index->object().value(u"schema"_s);
            if (!index->isObject() || !(schema.isObject() || schema.isUndefined()))
                return fail(invalid(u"payload_index.json has no \"schema\" object"_s));
            m_preview.payloadSchema = schema.toObject();
            m_hasPayloadIndex = true;
        } else if (head == u"version.info") {
            auto text = m_reader.readData(ArchivePreview::MAX_JSON_MEMBER_SIZE);
            if (!text)
                return fail(withMember(text.error(), head));
            m_preview.versionInfo = QString::fromUtf8(*text).trimmed();
            m_hasVersionInfo = true;
        } else if (head == u"shard_key_mapping.json") {
            auto mapping = readJson(head);
            if (!mapping)
                return fail(mapping.error());
            m_hasShardKeyMapping = true;
            m_preview.shardKeyMapping =
                mapping->isObject() ? QJsonValue(mapping->object()) : QJsonValue(mapping->array());
        } else if (head == u"replica_state.json") {
            auto state = readReplicaState(head);
            if (!state)
                return fail(state.error());
            m_preview.shard.replicaState = *state;
        } else if (head == u"shard_config.json") {
            m_rootHasShardConfig = true;
        } else if (head.endsWith(u".snapshot")) {
            if (m_preview.nestedSnapshots.size() >= ArchivePreview::MAX_LISTED_ITEMS)
                return fail(invalid(u"more than %1 nested snapshots"_s.arg(ArchivePreview::MAX_LISTED_ITEMS)));
            m_preview.nestedSnapshots.append({ head, entry.size, {} });
        }
        return {};
    }

    static Error withMember(Error error, const QString &member)
    {
        error.detail = member + u": "_s + error.detail;
        return error;
    }

    Result<QJsonDocument> readJson(const QString &member)
    {
        auto data = m_reader.readData(ArchivePreview::MAX_JSON_MEMBER_SIZE);
        if (!data)
            return fail(withMember(data.error(), member));
        QJsonParseError parseError;
        QJsonDocument document = QJsonDocument::fromJson(*data, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return fail(invalid(u"%1 is not valid JSON (%2 at offset %3)"_s.arg(
                member, parseError.errorString(), QString::number(parseError.offset))));
        return document;
    }

    Result<ArchivePreview::ReplicaState> readReplicaState(const QString &member)
    {
        auto document = readJson(member);
        if (!document)
            return fail(document.error());
        if (!document->isObject())
            return fail(invalid(member + u" is not a JSON object"_s));
        const QJsonObject object = document->object();
        ArchivePreview::ReplicaState state;
        state.present = true;
        state.isLocal = object.value(u"is_local"_s).toBool();
        state.thisPeerId = unsignedFrom(object.value(u"this_peer_id"_s));
        const QJsonObject peers = object.value(u"peers"_s).toObject();
        for (auto it = peers.begin(); it != peers.end(); ++it) {
            const QJsonValue value = it.value();
            // Newer replica states are strings; anything else is shown as compact JSON rather than dropped.
            state.peers.insert(it.key(), value.isString() ? value.toString() : compactJson(value));
        }
        return state;
    }

    VoidResult finish()
    {
        const bool looksLikeCollection = (m_rootConfig && m_rootConfig->contains(u"params"_s)) || !m_shards.isEmpty()
            || m_hasVersionInfo || m_hasPayloadIndex || m_hasShardKeyMapping;
        if (m_rootConfig && m_rootConfig->contains(u"collections_mapping"_s))
            return finishFull();
        if (looksLikeCollection)
            return finishCollection();
        if (m_preview.shard.replicaState.present || m_rootHasShardConfig || m_rootHasDataFiles) {
            m_preview.kind = ArchivePreview::Kind::Shard;
            m_preview.shard.hasData = m_rootHasDataFiles || m_preview.shard.replicaState.isLocal;
            if (!m_preview.shard.replicaState.present)
                m_preview.warnings.append(tr("The shard has no replica_state.json."));
            return {};
        }
        m_preview.kind = ArchivePreview::Kind::Unknown;
        m_preview.warnings.append(m_preview.memberCount == 0
                ? tr("The archive is empty.")
                : tr("The archive does not look like a Qdrant collection, shard or full snapshot."));
        return {};
    }

    VoidResult finishCollection()
    {
        m_preview.kind = ArchivePreview::Kind::Collection;
        if (!m_rootConfig)
            return fail(invalid(u"collection snapshot without config.json (current Qdrant writes it at the end of the "
                                "archive, so the file is probably truncated)"_s));
        const QJsonValue params = m_rootConfig->value(u"params"_s);
        if (!params.isObject())
            return fail(invalid(u"config.json has no \"params\" object"_s));
        const QJsonObject p = params.toObject();
        m_preview.collectionConfig = *m_rootConfig;
        m_preview.vectors = p.value(u"vectors"_s);
        m_preview.sparseVectors = p.value(u"sparse_vectors"_s);
        // Qdrant's defaults when the fields are absent.
        m_preview.shardNumber = p.value(u"shard_number"_s).toInt(1);
        m_preview.replicationFactor = p.value(u"replication_factor"_s).toInt(1);

        for (auto it = m_shards.cbegin(); it != m_shards.cend(); ++it) {
            ArchivePreview::ShardInfo shard;
            shard.id = it.key();
            shard.replicaState = it->replicaState;
            shard.hasData = it->hasDataFiles || it->replicaState.isLocal;
            if (!shard.replicaState.present)
                m_preview.warnings.append(tr("Shard %1 has no replica_state.json.").arg(shard.id));
            m_preview.shards.append(shard);
        }
        if (m_shards.isEmpty())
            m_preview.warnings.append(tr("The archive has no shard directories."));
        const bool customSharding = p.value(u"sharding_method"_s).toString() == u"custom";
        if (!customSharding && !m_shards.isEmpty() && m_shards.size() != m_preview.shardNumber)
            m_preview.warnings.append(tr("config.json declares %1 shards but the archive has %2 shard directories.")
                                          .arg(m_preview.shardNumber)
                                          .arg(m_shards.size()));
        if (!m_hasPayloadIndex)
            m_preview.warnings.append(tr("The archive has no payload_index.json."));
        if (!m_hasVersionInfo)
            m_preview.warnings.append(tr("The archive has no version.info."));
        return {};
    }

    VoidResult finishFull()
    {
        m_preview.kind = ArchivePreview::Kind::Full;
        const QJsonValue mapping = m_rootConfig->value(u"collections_mapping"_s);
        const QJsonValue aliases = m_rootConfig->value(u"collections_aliases"_s);
        if (!mapping.isObject())
            return fail(invalid(u"config.json: \"collections_mapping\" is not an object"_s));
        if (!aliases.isObject() && !aliases.isUndefined() && !aliases.isNull())
            return fail(invalid(u"config.json: \"collections_aliases\" is not an object"_s));
        m_preview.collectionsMapping = mapping.toObject();
        m_preview.collectionsAliases = aliases.toObject();

        QHash<QString, QString> collectionByFile;
        for (auto it = m_preview.collectionsMapping.begin(); it != m_preview.collectionsMapping.end(); ++it)
            collectionByFile.insert(normalisedPath(it.value().toString()).path, it.key());
        for (ArchivePreview::NestedSnapshot &nested : m_preview.nestedSnapshots)
            nested.collection = collectionByFile.take(nested.name);
        for (auto it = collectionByFile.cbegin(); it != collectionByFile.cend(); ++it)
            m_preview.warnings.append(tr("Collection %1 is listed in config.json but its snapshot file %2 is missing.")
                                          .arg(it.value(), it.key()));
        return {};
    }

    ArchiveReader &m_reader;
    ArchivePreview m_preview;
    std::optional<QJsonObject> m_rootConfig;
    QMap<quint32, ShardState> m_shards;
    bool m_rootHasDataFiles = false;
    bool m_rootHasShardConfig = false;
    bool m_hasPayloadIndex = false;
    bool m_hasVersionInfo = false;
    bool m_hasShardKeyMapping = false;
};

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
    auto preview = Scanner(reader).run();
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
    const QString wanted = normalisedPath(memberName).path;
    ArchiveReader outer(file);
    while (true) {
        auto entry = outer.next();
        if (!entry)
            return fail(entry.error());
        if (!entry->has_value())
            break;
        const ArchiveReader::Entry &member = **entry;
        if (member.type != ArchiveReader::EntryType::File || normalisedPath(member.name).path != wanted)
            continue;
        ArchiveReader inner(outer);
        auto preview = Scanner(inner).run();
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
