// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/SnapshotMetadata.h"

#include "core/storage/Sha256.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSaveFile>
#include <QUrl>

#include <limits>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

namespace {

QJsonValue timeToJson(const QDateTime &time)
{
    if (!time.isValid())
        return QJsonValue(QJsonValue::Null);
    return time.toUTC().toString(Qt::ISODateWithMs);
}

// Reads typed fields, treating missing and null as "keep the default" and remembering the first problem.
class FieldReader
{
public:
    explicit FieldReader(const QJsonObject &object)
        : m_object(object)
    {}

    [[nodiscard]] const QString &problem() const { return m_problem; }

    void read(const QString &key, QString &out)
    {
        if (const auto value = present(key)) {
            if (value->isString())
                out = value->toString();
            else
                refuse(key, u"a string"_s);
        }
    }

    void read(const QString &key, qint64 &out)
    {
        if (const auto value = present(key)) {
            constexpr qint64 NOT_INTEGER = std::numeric_limits<qint64>::min();
            const qint64 number = value->isDouble() ? value->toInteger(NOT_INTEGER) : NOT_INTEGER;
            if (number != NOT_INTEGER)
                out = number;
            else
                refuse(key, u"an integer"_s);
        }
    }

    void read(const QString &key, int &out)
    {
        qint64 wide = out;
        read(key, wide);
        if (wide < std::numeric_limits<int>::min() || wide > std::numeric_limits<int>::max())
            refuse(key, u"a 32-bit integer"_s);
        else
            out = int(wide);
    }

    void read(const QString &key, bool &out)
    {
        if (const auto value = present(key)) {
            if (value->isBool())
                out = value->toBool();
            else
                refuse(key, u"true or false"_s);
        }
    }

    void read(const QString &key, QStringList &out)
    {
        if (const auto value = present(key)) {
            if (!value->isArray())
                return refuse(key, u"an array of strings"_s);
            QStringList list;
            for (const QJsonValue item : value->toArray()) {
                if (!item.isString())
                    return refuse(key, u"an array of strings"_s);
                list.append(item.toString());
            }
            out = list;
        }
    }

    void read(const QString &key, QJsonObject &out)
    {
        if (const auto value = present(key)) {
            if (value->isObject())
                out = value->toObject();
            else
                refuse(key, u"an object"_s);
        }
    }

    void read(const QString &key, QDateTime &out)
    {
        if (const auto value = present(key)) {
            const QDateTime time =
                value->isString() ? QDateTime::fromString(value->toString(), Qt::ISODateWithMs) : QDateTime();
            if (time.isValid())
                out = time.toUTC();
            else
                refuse(key, u"an ISO 8601 date and time"_s);
        }
    }

    // Any JSON type is accepted: these are Qdrant's own structures, kept verbatim.
    void read(const QString &key, QJsonValue &out)
    {
        const QJsonValue value = m_object.value(key);
        out = value.isUndefined() ? QJsonValue(QJsonValue::Null) : value;
    }

    void refuse(const QString &key, const QString &expected)
    {
        if (m_problem.isEmpty())
            m_problem = u"field \"%1\" must be %2"_s.arg(key, expected);
    }

    void setProblem(const QString &problem)
    {
        if (m_problem.isEmpty())
            m_problem = problem;
    }

private:
    std::optional<QJsonValue> present(const QString &key) const
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        return value;
    }

    const QJsonObject &m_object;
    QString m_problem;
};

// Parses into `out`; returns the first problem, or an empty string.
QString parse(const QJsonObject &object, SnapshotMetadata &out)
{
    FieldReader reader(object);
    if (!object.contains(u"formatVersion"_s))
        return u"no \"formatVersion\": not a Snapdock metadata file"_s;
    out.formatVersion = 0;
    reader.read(u"formatVersion"_s, out.formatVersion);
    if (!reader.problem().isEmpty())
        return reader.problem();
    if (out.formatVersion < 1)
        return u"\"formatVersion\" %1 is not valid"_s.arg(out.formatVersion);
    if (out.formatVersion > SnapshotMetadata::CURRENT_FORMAT_VERSION)
        return u"written by a newer Snapdock (format %1; this version reads up to %2)"_s.arg(out.formatVersion)
            .arg(SnapshotMetadata::CURRENT_FORMAT_VERSION);

    reader.read(u"kind"_s, out.kind);
    reader.read(u"host"_s, out.host);
    reader.read(u"collection"_s, out.collection);
    reader.read(u"shardId"_s, out.shardId);
    reader.read(u"snapshotName"_s, out.snapshotName);
    reader.read(u"fileName"_s, out.fileName);
    reader.read(u"serverVersion"_s, out.serverVersion);
    reader.read(u"serverCommit"_s, out.serverCommit);
    reader.read(u"pointsCount"_s, out.pointsCount);
    reader.read(u"vectors"_s, out.vectors);
    reader.read(u"sparseVectors"_s, out.sparseVectors);
    reader.read(u"shardNumber"_s, out.shardNumber);
    reader.read(u"replicationFactor"_s, out.replicationFactor);
    reader.read(u"payloadSchema"_s, out.payloadSchema);
    reader.read(u"aliases"_s, out.aliases);
    reader.read(u"size"_s, out.size);
    reader.read(u"sha256"_s, out.sha256);
    reader.read(u"serverChecksum"_s, out.serverChecksum);
    reader.read(u"serverCreationTime"_s, out.serverCreationTime);
    reader.read(u"backupStartedAt"_s, out.backupStartedAt);
    reader.read(u"backupFinishedAt"_s, out.backupFinishedAt);
    reader.read(u"toolVersion"_s, out.toolVersion);
    reader.read(u"pinned"_s, out.pinned);
    if (!reader.problem().isEmpty())
        return reader.problem();

    if (!out.kind.isEmpty() && out.kind != u"collection" && out.kind != u"full" && out.kind != u"shard")
        return u"unknown \"kind\" \"%1\""_s.arg(out.kind);
    if (out.size < 0)
        return u"\"size\" is negative"_s;
    if (!out.sha256.isEmpty() && !Sha256::isValidHexDigest(out.sha256))
        return u"\"sha256\" is not a SHA-256 hex digest"_s;
    // A hand-edited file must not smuggle a credential back into memory and logs.
    out.host = SnapshotMetadata::credentialFreeHost(out.host);
    return {};
}

// QFileDevice reports categories, not errno; refine "could not open" by looking at the path itself.
ErrorKind openFailureKind(const QString &path, bool forWriting)
{
    if (forWriting) {
        const QFileInfo folder(QFileInfo(path).absolutePath());
        return folder.exists() && !folder.isWritable() ? ErrorKind::LocalPermissionDenied : ErrorKind::LocalIoError;
    }
    const QFileInfo file(path);
    return file.exists() && !file.isReadable() ? ErrorKind::LocalPermissionDenied : ErrorKind::LocalIoError;
}

} // namespace

QJsonObject SnapshotMetadata::toJson() const
{
    QJsonObject object;
    object.insert(u"formatVersion"_s, formatVersion);
    object.insert(u"kind"_s, kind);
    object.insert(u"host"_s, credentialFreeHost(host));
    object.insert(u"collection"_s, collection);
    object.insert(u"shardId"_s, shardId);
    object.insert(u"snapshotName"_s, snapshotName);
    object.insert(u"fileName"_s, fileName);
    object.insert(u"serverVersion"_s, serverVersion);
    object.insert(u"serverCommit"_s, serverCommit);
    object.insert(u"pointsCount"_s, pointsCount);
    // QJsonObject drops keys whose value is undefined; keep the key so the file's shape is stable.
    object.insert(u"vectors"_s, vectors.isUndefined() ? QJsonValue(QJsonValue::Null) : vectors);
    object.insert(u"sparseVectors"_s, sparseVectors.isUndefined() ? QJsonValue(QJsonValue::Null) : sparseVectors);
    object.insert(u"shardNumber"_s, shardNumber);
    object.insert(u"replicationFactor"_s, replicationFactor);
    object.insert(u"payloadSchema"_s, payloadSchema);
    object.insert(u"aliases"_s, QJsonArray::fromStringList(aliases));
    object.insert(u"size"_s, size);
    object.insert(u"sha256"_s, sha256);
    object.insert(u"serverChecksum"_s, serverChecksum);
    object.insert(u"serverCreationTime"_s, timeToJson(serverCreationTime));
    object.insert(u"backupStartedAt"_s, timeToJson(backupStartedAt));
    object.insert(u"backupFinishedAt"_s, timeToJson(backupFinishedAt));
    object.insert(u"toolVersion"_s, toolVersion);
    object.insert(u"pinned"_s, pinned);
    return object;
}

Result<SnapshotMetadata> SnapshotMetadata::fromJson(const QJsonObject &object)
{
    SnapshotMetadata metadata;
    const QString problem = parse(object, metadata);
    if (!problem.isEmpty())
        return fail(Error::make(ErrorKind::LocalIoError, u"reading snapshot metadata: %1"_s.arg(problem)));
    return metadata;
}

VoidResult SnapshotMetadata::writeTo(const QString &path) const
{
    QSaveFile file(path);
    // Unbuffered: Qt 6.4's QSaveFile::commit() ignores a failed flush of its write buffer (e.g. ENOSPC) and
    // still renames, replacing a good file with a truncated one. Unbuffered writes report the error here.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        return fail(Error::make(
            openFailureKind(path, true), u"writing snapshot metadata %1: %2"_s.arg(path, file.errorString())));
    }
    const QByteArray json = QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
    // A short write carries no error; writing the rest makes the OS say why (usually ENOSPC).
    qint64 written = 0;
    while (written < json.size()) {
        const qint64 n = file.write(json.constData() + written, json.size() - written);
        if (n <= 0)
            break;
        written += n;
    }
    if (written != json.size() || !file.commit()) {
        // Qt reports ENOSPC as ResourceError once the file is open.
        if (file.error() == QFileDevice::ResourceError)
            return fail(Error::make(ErrorKind::LocalDiskFull, u"writing snapshot metadata %1"_s.arg(path)));
        return fail(
            Error::make(ErrorKind::LocalIoError, u"writing snapshot metadata %1: %2"_s.arg(path, file.errorString())));
    }
    return {};
}

Result<SnapshotMetadata> SnapshotMetadata::readFrom(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return fail(
            Error::make(ErrorKind::LocalIoError, u"reading snapshot metadata %1: the file does not exist"_s.arg(path)));
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(Error::make(
            openFailureKind(path, false), u"reading snapshot metadata %1: %2"_s.arg(path, file.errorString())));
    }
    // Read one byte past the cap rather than trusting size(): the file may be a pipe or still growing.
    const QByteArray data = file.read(MAX_FILE_SIZE + 1);
    if (file.error() != QFileDevice::NoError)
        return fail(
            Error::make(ErrorKind::LocalIoError, u"reading snapshot metadata %1: %2"_s.arg(path, file.errorString())));
    if (data.size() > MAX_FILE_SIZE)
        return fail(Error::make(ErrorKind::LocalIoError,
            u"reading snapshot metadata %1: larger than %2 MiB, not a metadata file"_s.arg(path).arg(
                MAX_FILE_SIZE >> 20)));

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(Error::make(ErrorKind::LocalIoError,
            u"reading snapshot metadata %1: invalid JSON at byte %2: %3"_s.arg(path)
                .arg(parseError.offset)
                .arg(parseError.errorString())));
    if (!document.isObject())
        return fail(Error::make(
            ErrorKind::LocalIoError, u"reading snapshot metadata %1: the JSON is not an object"_s.arg(path)));

    SnapshotMetadata metadata;
    const QString problem = parse(document.object(), metadata);
    if (!problem.isEmpty())
        return fail(Error::make(ErrorKind::LocalIoError, u"reading snapshot metadata %1: %2"_s.arg(path, problem)));
    return metadata;
}

QString SnapshotMetadata::metadataPathFor(const QString &snapshotPath)
{
    return snapshotPath + u".snapdock.json"_s;
}

QString SnapshotMetadata::credentialFreeHost(const QString &url)
{
    if (url.isEmpty())
        return {};
    QUrl parsed(url);
    // "user:secret@h:6333" without a scheme parses as scheme "user": retry it as an authority.
    if (parsed.host().isEmpty())
        parsed = QUrl(u"//"_s + url);
    // Unparseable: store nothing rather than risk keeping a password.
    if (!parsed.isValid() || parsed.host().isEmpty())
        return {};
    return parsed.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
}

} // namespace Snapdock
