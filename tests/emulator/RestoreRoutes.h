// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QNetworkAccessManager;

namespace Snapdock::Emulator {

class EmulatorState;
class HttpConnection;
class SnapshotStore;

// Snapshot upload (multipart, streamed to disk) and recover-from-location for collections and shards
// (qdrant-api.md §3). Recovery from http(s) URLs downloads with its own QNetworkAccessManager (no proxy), sending
// `api-key` when the body has `api_key` and `Accept-Encoding: identity`. Lives in the emulator's thread; connections
// are tracked with QPointer, and work started with wait=false continues after the 202.
class RestoreRoutes : public QObject
{
    Q_OBJECT
public:
    RestoreRoutes(EmulatorState &state, SnapshotStore &store, QObject *parent = nullptr);

    // At head time: matches the upload endpoints, checks access/query/name (answering early on failure) and
    // installs an UploadSession as the body sink. Returns true if the route was an upload route.
    bool handleHead(HttpConnection &connection);
    // Once the whole body arrived; returns true if the connection carried an upload.
    bool finishUpload(HttpConnection &connection);
    // Recover endpoints (complete requests).
    bool handle(HttpConnection &connection);

private:
    struct Job
    {
        QPointer<HttpConnection> connection;
        QString collection;
        int shard = -1;
        bool wait = true;
        QString checksum;
        QString path;
        bool removeAfter = false;
    };

    void recover(HttpConnection &connection, const QString &collection, int shard);
    void download(const Job &job, const QUrl &url, const QString &apiKey);
    void complete(const Job &job);
    // A test's RestoreTamper for this collection, if one is queued (EmulatorState::takeRestoreTamper()).
    void applyTamper(const QString &collection);
    void fail(const Job &job, int status, const QString &message);

    EmulatorState &m_state;
    SnapshotStore &m_store;
    QNetworkAccessManager *m_network;
};

} // namespace Snapdock::Emulator
