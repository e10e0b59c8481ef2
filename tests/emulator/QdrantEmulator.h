// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "emulator/EmulatorTypes.h"
#include "emulator/FaultInjector.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QUrl>

#include <memory>

class QTcpServer;
class QTemporaryDir;

namespace Snapdock::Emulator {

class CollectionRoutes;
class EmulatorState;
class HttpConnection;
class RestoreRoutes;
class SnapshotRoutes;
class SnapshotStore;

// An in-process emulation of Qdrant 1.19's REST API as far as Snapdock uses it (qdrant-api.md): collections, aliases,
// cluster info and every collection / full-storage / shard snapshot endpoint, with Qdrant's envelopes, error texts,
// auth rules (api-key / Bearer, read-only key), real GNU-tar snapshot archives, streamed multi-GiB downloads (Range,
// If-Range, the on-the-fly gzip quirk) and uploads (incremental multipart to disk), plus fault injection.
//
// Threading and ownership: lives in (and must be used from) the thread that created it; all I/O runs on that
// thread's event loop, so tests call its methods between QSignalSpy/QTRY waits. With TLS configured every connection
// is a QSslSocket handed to HttpConnection only after its handshake succeeded; failed handshakes are dropped unseen
// (never recorded as requests). Connections are children of the
// emulator. Snapshot files live in config.dataDir, or in a private QTemporaryDir removed on destruction.
//
// HTTP control API (no auth, never recorded, not subject to faults), for tests running the emulator as a child
// process; answers use the normal {"result":…,"status":"ok"} envelope:
//   POST   /__emulator/faults                           body: a Fault as JSON {"method","pathPrefix","kind":
//                                                        "DropAfterBytes|StallAfterBytes|DelayResponse|
//                                                        RespondWithStatus|HostileSnapshotName|IgnoreRange",
//                                                        "value","status","body","contentType","retryAfter",
//                                                        "hostileName","times"}
//   DELETE /__emulator/faults                           remove all faults
//   POST   /__emulator/collections                      body: a CollectionSpec {"name","vectors","shardNumber",
//                                                        "pointsCount","payloadSchema","aliases","status"}
//   PUT    /__emulator/collections/{c}/points_count     body: {"points_count":N}
//   PUT    /__emulator/restore_tamper                   body: {"collection_prefix":"…","points_delta":N} — the next
//                                                        restore of a collection whose name starts with the prefix
//                                                        ends with N points more (or fewer); one-shot (RestoreTamper)
//   DELETE /__emulator/restore_tamper                   remove the tampers not yet used
//   POST   /__emulator/snapshots                        body: {"collection","name","sourcePath","checksumSidecar"}
//                                                        (addSnapshotFile; empty collection = full-storage dir)
//   GET    /__emulator/requests                         result: [{"method","path","rawTarget","headers":{…}}]
//   DELETE /__emulator/requests                         clear the record
class QdrantEmulator : public QObject
{
    Q_OBJECT
public:
    explicit QdrantEmulator(const EmulatorConfig &config = {}, QObject *parent = nullptr);
    ~QdrantEmulator() override;

    // Starts listening; port 0 picks a free port. False if the port cannot be bound, or if TLS is configured
    // and the certificate or key cannot be loaded (errorString() says which).
    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const;
    QUrl baseUrl() const; // e.g. http://127.0.0.1:PORT, https://… with TLS
    QString errorString() const { return m_errorString; }
    const EmulatorConfig &config() const { return m_config; }
    QString dataDir() const;

    // Collections (replace when the name exists; aliases in the spec are created).
    void addCollection(const CollectionSpec &spec);
    bool hasCollection(const QString &name) const;
    CollectionSpec collection(const QString &name) const; // empty spec if unknown
    void setPointsCount(const QString &collection, qint64 points);
    // A handful of realistic collections: "products" (alias "shop"), "user profiles" (named vectors, 2 shards),
    // "文档-embeddings" (3 shards), "empty-collection".
    void seedDemoCollections();

    // Snapshot files on the emulated node's disk (*.snapshot only, sorted).
    QStringList snapshotNames(const QString &collection) const;
    QStringList shardSnapshotNames(const QString &collection, int shard) const;
    QStringList fullSnapshotNames() const;
    QString snapshotFilePath(const QString &collection, const QString &name) const; // empty collection = full
    // Copies an existing archive (e.g. a reference file) onto the server as `name`, optionally with a `.checksum`.
    bool addSnapshotFile(
        const QString &collection, const QString &name, const QString &sourcePath, bool writeChecksumSidecar);

    void injectFault(const Fault &fault);
    void clearFaults();
    // Makes the next restore of a matching collection come out wrong (see RestoreTamper); for drill tests.
    void addRestoreTamper(const RestoreTamper &tamper);

    // Every non-control request in arrival order (header names lowercase). Keys are recorded but never logged.
    QList<RecordedRequest> requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }

private:
    void onNewConnection();
    void onHeadReceived(HttpConnection *connection);
    void onRequestReceived(HttpConnection *connection);
    void dispatch(HttpConnection *connection);
    bool authorize(HttpConnection &connection);
    void applyFaults(HttpConnection &connection);
    void handleControl(HttpConnection &connection);

    EmulatorConfig m_config;
    std::unique_ptr<QTemporaryDir> m_tempDir;
    std::unique_ptr<EmulatorState> m_state;
    std::unique_ptr<SnapshotStore> m_store;
    std::unique_ptr<CollectionRoutes> m_collectionRoutes;
    std::unique_ptr<SnapshotRoutes> m_snapshotRoutes;
    RestoreRoutes *m_restoreRoutes;
    FaultInjector m_faults;
    QList<RecordedRequest> m_requests;
    QTcpServer *m_server; // a QSslServer when config.usesTls()
    QString m_errorString;
};

} // namespace Snapdock::Emulator
