// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Snapdock::Emulator {

// Configuration of one QdrantEmulator instance; read once in the constructor.
struct EmulatorConfig
{
    QString apiKey; // empty = no auth required
    QString readOnlyApiKey; // optional read-only key (global "r")
    QString version = QStringLiteral("1.19.0");
    quint64 peerId = 5521771462327180ULL;
    QString dataDir; // where snapshot files live; empty = a private QTemporaryDir
    qint64 walBytes = 1 << 20; // size of the WAL member written into each created snapshot (per shard)
    int creationDelayMs = 0; // how long a snapshot creation takes (for wait=false / slow-create tests)
    // HTTPS when set: PEM files of the server certificate and its unencrypted private key. Setting only one
    // still means HTTPS, so that listen() fails loudly instead of quietly serving plain http.
    QString tlsCertificateFile;
    QString tlsPrivateKeyFile;

    [[nodiscard]] bool usesTls() const { return !tlsCertificateFile.isEmpty() || !tlsPrivateKeyFile.isEmpty(); }
};

// A collection as the emulator knows it. `vectors` is Qdrant's params.vectors: {"size":4,"distance":"Cosine"} or a
// named map {"image":{"size":4,"distance":"Dot"}}. `payloadSchema` is in the GET /collections/{c} form:
// {"field":{"data_type":"keyword","params":{…}?,"points":N}}. `pointsCount` is spread evenly over the shards.
struct CollectionSpec
{
    QString name;
    QJsonObject vectors;
    int shardNumber = 1;
    qint64 pointsCount = 0;
    QJsonObject payloadSchema;
    QStringList aliases;
    QString status = QStringLiteral("green");
};

enum class FaultKind
{
    DropAfterBytes, // close the connection after `value` response-body bytes (request-body bytes for uploads)
    StallAfterBytes, // stop sending (or reading, for uploads) after `value` bytes, keep the socket open
    DelayResponse, // wait `value` ms before handling the request
    RespondWithStatus, // answer `status` with `body`/`contentType` (+ Retry-After) instead of handling
    HostileSnapshotName, // list/create responses report `hostileName` as a snapshot name
    IgnoreRange, // a download answers 200 with the whole file although Range was asked (Accept-Ranges still sent)
};

// A one-shot (or `times`-shot, -1 = forever) fault applied to requests matching method and path prefix.
struct Fault
{
    QString method; // empty = any
    QString pathPrefix; // matched against the percent-decoded path
    FaultKind kind = FaultKind::RespondWithStatus;
    qint64 value = 0; // bytes or ms
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QString retryAfter;
    QString hostileName;
    int times = 1;
};

// A one-shot alteration of a restore's result, for tests that must see a restore go subtly wrong (a restore drill
// that detects a mismatch): the next successful restore (upload or recover) of a whole collection whose name starts
// with `collectionPrefix` (empty: any) ends with its points count changed by `pointsDelta` (never below 0).
struct RestoreTamper
{
    QString collectionPrefix;
    qint64 pointsDelta = 0;
};

// One request as received (control-API requests are not recorded).
struct RecordedRequest
{
    QByteArray method;
    QString path; // percent-decoded, trailing '/' trimmed
    QString rawTarget; // request target exactly as sent
    QMap<QByteArray, QByteArray> headers; // lowercase names; repeated headers joined with ", "
};

} // namespace Snapdock::Emulator
