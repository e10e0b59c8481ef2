// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/controllers/CollectionLoader.h"

#include "core/qdrant/QdrantClient.h"
#include "gui/models/CollectionTableModel.h"

namespace Snapdock {

CollectionLoader::CollectionLoader(CollectionTableModel &model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{}

CollectionLoader::~CollectionLoader()
{
    cancel();
}

void CollectionLoader::load(const QdrantClient &client)
{
    cancel();
    m_loading = true;
    const quint64 generation = m_generation;
    track(runRequest(client.listCollections(), this, [this, generation, &client](ApiCall<QStringList> &request) {
        if (generation != m_generation)
            return;
        const auto names = request.result();
        if (!names) {
            m_loading = false;
            Q_EMIT failed(names.error());
            return;
        }
        m_model.setCollections(*names);
        Q_EMIT listed();
        if (names->isEmpty()) {
            m_loading = false;
            Q_EMIT finished();
            return;
        }
        for (const QString &name : *names)
            loadDetails(client, name);
    }));
}

void CollectionLoader::cancel()
{
    ++m_generation;
    m_pending = 0;
    m_loading = false;
    const auto requests = std::exchange(m_requests, {});
    for (const QPointer<ApiRequest> &request : requests) {
        if (request)
            request->cancel();
    }
}

void CollectionLoader::loadDetails(const QdrantClient &client, const QString &collection)
{
    const quint64 generation = m_generation;
    m_pending += 3;
    track(runRequest(
        client.collectionInfo(collection), this, [this, generation, collection](ApiCall<CollectionInfo> &request) {
            if (generation != m_generation)
                return;
            if (auto info = request.result()) {
                info->name = collection;
                m_model.setInfo(*info);
            } else {
                m_model.setDetailError(collection, info.error().userMessage());
            }
            requestDone();
        }));
    track(runRequest(client.collectionAliases(collection),
        this,
        [this, generation, collection](ApiCall<QList<AliasDescription>> &request) {
            if (generation != m_generation)
                return;
            if (const auto aliases = request.result()) {
                QStringList names;
                for (const AliasDescription &alias : *aliases)
                    names.append(alias.aliasName);
                m_model.setAliases(collection, names);
            }
            requestDone();
        }));
    track(runRequest(client.listSnapshots(SnapshotScope::forCollection(collection)),
        this,
        [this, generation, collection](ApiCall<QList<SnapshotDescription>> &request) {
            if (generation != m_generation)
                return;
            if (const auto snapshots = request.result())
                m_model.setSnapshotCount(collection, int(snapshots->size()));
            requestDone();
        }));
}

void CollectionLoader::track(ApiRequest *request)
{
    m_requests.removeAll(QPointer<ApiRequest>());
    m_requests.append(QPointer<ApiRequest>(request));
}

void CollectionLoader::requestDone()
{
    if (--m_pending > 0)
        return;
    m_loading = false;
    Q_EMIT finished();
}

} // namespace Snapdock
