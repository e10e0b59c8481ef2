// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/controllers/ServerSnapshotController.h"

#include "core/qdrant/QdrantClient.h"
#include "gui/models/ServerSnapshotModel.h"

namespace Snapdock {

namespace {

bool sameScope(const SnapshotScope &a, const SnapshotScope &b)
{
    return a.kind == b.kind && a.collection == b.collection && a.shardId == b.shardId;
}

} // namespace

ServerSnapshotController::ServerSnapshotController(ServerSnapshotModel &model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{}

ServerSnapshotController::~ServerSnapshotController()
{
    cancel();
}

void ServerSnapshotController::load(const QdrantClient &client, const SnapshotScope &scope)
{
    cancel();
    const quint64 generation = m_generation;
    m_listRequest = runRequest(
        client.listSnapshots(scope), this, [this, generation, scope](ApiCall<QList<SnapshotDescription>> &request) {
            if (generation != m_generation)
                return;
            m_listRequest.clear();
            const auto snapshots = request.result();
            if (!snapshots) {
                Q_EMIT loadFailed(snapshots.error());
                return;
            }
            m_model.setSnapshots(scope, *snapshots);
            Q_EMIT loaded();
        });
}

void ServerSnapshotController::cancel()
{
    ++m_generation;
    if (const QPointer<ApiRequest> request = std::exchange(m_listRequest, {}))
        request->cancel();
}

void ServerSnapshotController::deleteSnapshot(
    const QdrantClient &client, const SnapshotScope &scope, const QString &name)
{
    runRequest(client.deleteSnapshot(scope, name), this, [this, scope, name](ApiCall<OperationOutcome> &request) {
        const auto outcome = request.result();
        if (!outcome) {
            Q_EMIT deleteFailed(name, outcome.error());
            return;
        }
        if (m_model.hasScope() && sameScope(m_model.scope(), scope))
            m_model.removeSnapshot(name);
        Q_EMIT deleted(name);
    });
}

} // namespace Snapdock
