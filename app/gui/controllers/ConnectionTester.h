// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/profiles/Profile.h"
#include "core/qdrant/QdrantClient.h"

#include <QObject>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace Snapdock {

// What "Test connection" found out about a host and a key.
struct ConnectionReport
{
    bool reachable = false; // GET / answered like Qdrant
    QString serverVersion;
    bool keyAccepted = false; // GET /collections (needs the key, unlike GET /) succeeded
    std::optional<bool> readOnly; // unknown when the key was refused
    int collectionCount = 0;
    QString problem; // the first failure in words, empty when all went well
};

// Runs the three checks of "Test connection" one after another: server version (GET /, no key needed), the key
// (GET /collections), and whether the key may write (deleting a snapshot name that cannot exist: 403 means
// read-only, 404 means allowed). Emits finished() once; the report is then complete.
class ConnectionTester : public QObject
{
    Q_OBJECT

public:
    ConnectionTester(
        QNetworkAccessManager &network, const Profile &profile, const QString &apiKey, QObject *parent = nullptr);
    ~ConnectionTester() override;

    void start();
    [[nodiscard]] const ConnectionReport &report() const { return m_report; }

Q_SIGNALS:
    void finished();

private:
    void checkKey();
    void checkWriteAccess();
    void finish(const QString &problem = {});

    std::unique_ptr<QdrantClient> m_client;
    ConnectionReport m_report;
    bool m_finished = false;
};

} // namespace Snapdock
