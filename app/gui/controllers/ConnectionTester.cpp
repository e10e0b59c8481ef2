// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/controllers/ConnectionTester.h"

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

ConnectionTester::ConnectionTester(
    QNetworkAccessManager &network, const Profile &profile, const QString &apiKey, QObject *parent)
    : QObject(parent)
    , m_client(std::make_unique<QdrantClient>(network, profile.endpoint(apiKey)))
{}

ConnectionTester::~ConnectionTester() = default;

void ConnectionTester::start()
{
    runRequest(m_client->serverInfo(), this, [this](ApiCall<ServerInfo> &call) {
        auto info = call.result();
        if (!info) {
            finish(info.error().userMessage());
            return;
        }
        m_report.reachable = true;
        m_report.serverVersion = info->version;
        checkKey();
    });
}

void ConnectionTester::checkKey()
{
    runRequest(m_client->listCollections(), this, [this](ApiCall<QStringList> &call) {
        auto names = call.result();
        if (!names) {
            finish(names.error().userMessage());
            return;
        }
        m_report.keyAccepted = true;
        m_report.collectionCount = static_cast<int>(names->size());
        checkWriteAccess();
    });
}

void ConnectionTester::checkWriteAccess()
{
    // Full-storage snapshot deletion needs global manage access, like restores do.
    const QString impossibleName = u"snapdock-access-check-does-not-exist.snapshot"_s;
    runRequest(m_client->deleteSnapshot(SnapshotScope::fullStorage(), impossibleName),
        this,
        [this](ApiCall<OperationOutcome> &call) {
            const ErrorKind kind = call.isSucceeded() ? ErrorKind::NotFound : call.error().kind;
            if (kind == ErrorKind::Forbidden)
                m_report.readOnly = true;
            else if (kind == ErrorKind::NotFound)
                m_report.readOnly = false;
            finish();
        });
}

void ConnectionTester::finish(const QString &problem)
{
    if (m_finished)
        return;
    m_finished = true;
    m_report.problem = problem;
    Q_EMIT finished();
}

} // namespace Snapdock
