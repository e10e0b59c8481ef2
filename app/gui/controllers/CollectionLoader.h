// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/support/Error.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace Snapdock {

class ApiRequest;
class CollectionTableModel;
class QdrantClient;

// Fills a CollectionTableModel from a server: lists the collections, then reads each one's info, aliases and
// snapshot count in parallel. The requests run with this object as their context, so nothing arrives after it
// is destroyed; a new load() cancels the previous one and results of stale loads are dropped.
//
// Signals: after load(), exactly one of listed() (the names are in the model; details keep arriving) or
// failed(); finished() follows listed() once every detail request has ended. Per-collection failures go into
// the model's row (setDetailError), not into failed(). GUI thread only.
class CollectionLoader : public QObject
{
    Q_OBJECT

public:
    // `model` must outlive the loader.
    explicit CollectionLoader(CollectionTableModel &model, QObject *parent = nullptr);
    ~CollectionLoader() override;

    // `client` must outlive the requests (HostSession keeps every client for the whole run).
    void load(const QdrantClient &client);
    // Stops a load in flight; no signal follows.
    void cancel();
    [[nodiscard]] bool isLoading() const { return m_loading; }

Q_SIGNALS:
    void listed();
    void finished();
    void failed(const Snapdock::Error &error);

private:
    void loadDetails(const QdrantClient &client, const QString &collection);
    void track(ApiRequest *request);
    void requestDone();

    CollectionTableModel &m_model;
    QList<QPointer<ApiRequest>> m_requests;
    quint64 m_generation = 0;
    int m_pending = 0;
    bool m_loading = false;
};

} // namespace Snapdock
