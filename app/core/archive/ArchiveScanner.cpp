// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/archive/ArchiveScanner.h"

#include "core/archive/ArchiveReader.h"
#include "core/support/Translation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

namespace {

QString tr(const char *text)
{
    return translateWithFallback("Snapdock::Scanner", text);
}

Error invalid(const QString &detail)
{
    return Error::make(ErrorKind::InvalidSnapshot, detail);
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
        const ArchiveMemberPath member = normalisedMemberPath(entry.name);
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
            collectionByFile.insert(normalisedMemberPath(it.value().toString()).path, it.key());
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

} // namespace

ArchiveMemberPath normalisedMemberPath(const QString &name)
{
    ArchiveMemberPath result;
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

Result<ArchivePreview> scanArchive(ArchiveReader &reader)
{
    return Scanner(reader).run();
}

} // namespace Snapdock
