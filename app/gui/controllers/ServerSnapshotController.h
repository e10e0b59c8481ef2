// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/qdrant/SnapshotScope.h"
#include "core/support/Error.h"

#include <QObject>
#include <QPointer>

namespace Snapdock {

class ApiRequest;
class QdrantClient;
class ServerSnapshotModel;

// Lists the server's snapshots of one scope into a ServerSnapshotModel and deletes snapshots on request.
// Requests run with this object as context; a new load() cancels the previous one.
//
// Signals: after load(), exactly one of loaded() or loadFailed(); after deleteSnapshot(), exactly one of
// deleted() (the row is already gone from the model) or deleteFailed(). GUI thread only.
class ServerSnapshotController : public QObject
{
    Q_OBJECT

public:
    // `model` must outlive the controller.
    explicit ServerSnapshotController(ServerSnapshotModel &model, QObject *parent = nullptr);
    ~ServerSnapshotController() override;

    // `client` must outlive the requests (HostSession keeps every client for the whole run).
    void load(const QdrantClient &client, const SnapshotScope &scope);
    void cancel();
    [[nodiscard]] bool isLoading() const { return !m_listRequest.isNull(); }

    void deleteSnapshot(const QdrantClient &client, const SnapshotScope &scope, const QString &name);

Q_SIGNALS:
    void loaded();
    void loadFailed(const Snapdock::Error &error);
    void deleted(const QString &name);
    void deleteFailed(const QString &name, const Snapdock::Error &error);

private:
    ServerSnapshotModel &m_model;
    QPointer<ApiRequest> m_listRequest;
    quint64 m_generation = 0;
};

} // namespace Snapdock
