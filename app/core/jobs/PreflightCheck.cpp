// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jobs/PreflightCheck.h"

#include "core/jobs/SnapshotCompatibility.h"

#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

bool PreflightReport::isBlocked() const
{
    return !blockingReason().isEmpty();
}

QString PreflightReport::blockingReason() const
{
    for (const Item &item : items) {
        if (item.severity == Severity::Blocking)
            return item.text;
    }
    return {};
}

PreflightCheck::PreflightCheck(const QdrantClient &client, Input input, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_input(std::move(input))
{}

PreflightCheck::~PreflightCheck()
{
    if (m_request) {
        // Its callback must not run while this object is half destroyed (cancel() may finish it at once).
        m_request->disconnect(this);
        m_request->cancel(); // auto-deleted once it finishes
    }
}

void PreflightCheck::start()
{
    if (m_started)
        return;
    m_started = true;
    // finished() must not come out of start(), even when the name check fails at once.
    QTimer::singleShot(0, this, &PreflightCheck::readServer);
}

QString PreflightCheck::collectionNameProblem(const QString &name)
{
    if (name.isEmpty())
        return tr("Enter a collection name.");
    if (name.size() > 255)
        return tr("A collection name has at most 255 characters (this one has %1).").arg(name.size());
    for (const QChar c : name) {
        if (c.unicode() == 0 || QStringView(u"<>:\"/\\|?*").contains(c))
            return tr("A collection name cannot contain %1.").arg(c.unicode() == 0 ? u"NUL"_s : QString(c));
    }
    return {};
}

void PreflightCheck::readServer()
{
    if (const QString problem = collectionNameProblem(m_input.collection); !problem.isEmpty()) {
        add(PreflightReport::Severity::Blocking, problem);
        finish();
        return;
    }
    m_request = runRequest(m_client.serverInfo(), this, [this](ApiCall<ServerInfo> &call) {
        const Result<ServerInfo> info = call.result();
        if (!info) {
            add(PreflightReport::Severity::Blocking,
                tr("The server cannot be reached: %1").arg(info.error().userMessage()));
            finish();
            return;
        }
        m_report.serverVersion = info->version;
        const QString backupVersion = m_input.snapshot ? m_input.snapshot->serverVersion : QString();
        if (backupVersion.isEmpty()) {
            add(PreflightReport::Severity::Info,
                tr("The server runs Qdrant %1; the Qdrant version the snapshot was taken on is not recorded.")
                    .arg(info->version));
        } else if (const QString warning = SnapshotCompatibility::versionWarning(backupVersion, info->version);
                   !warning.isEmpty()) {
            add(PreflightReport::Severity::Warning, warning);
        } else {
            add(PreflightReport::Severity::Ok,
                tr("Versions fit: snapshot from Qdrant %1, server runs %2.").arg(backupVersion, info->version));
        }
        checkTarget();
    });
}

void PreflightCheck::checkTarget()
{
    m_request = runRequest(m_client.collectionExists(m_input.collection), this, [this](ApiCall<bool> &call) {
        const Result<bool> exists = call.result();
        if (!exists) {
            add(PreflightReport::Severity::Blocking,
                tr("Cannot check whether collection “%1” exists: %2")
                    .arg(m_input.collection, exists.error().userMessage()));
            finish();
            return;
        }
        m_report.targetExists = *exists;
        if (m_input.target == RestoreTarget::CreateNew) {
            if (*exists) {
                add(PreflightReport::Severity::Blocking,
                    tr("A collection named “%1” already exists: choose another name, or replace it.")
                        .arg(m_input.collection));
                finish();
                return;
            }
            add(PreflightReport::Severity::Ok,
                tr("No collection is named “%1”: Qdrant creates it from the snapshot.").arg(m_input.collection));
            checkServerSnapshot();
            return;
        }
        if (!*exists) {
            add(PreflightReport::Severity::Blocking,
                tr("There is no collection “%1” to replace: choose “Create a new collection” instead.")
                    .arg(m_input.collection));
            finish();
            return;
        }
        readExisting();
    });
}

void PreflightCheck::readExisting()
{
    m_request = runRequest(m_client.collectionInfo(m_input.collection), this, [this](ApiCall<CollectionInfo> &call) {
        const Result<CollectionInfo> info = call.result();
        if (!info) {
            add(PreflightReport::Severity::Blocking,
                tr("Cannot read collection “%1”: %2").arg(m_input.collection, info.error().userMessage()));
            finish();
            return;
        }
        m_report.existing = *info;
        const bool configKnown = m_input.snapshot && !m_input.snapshot->vectors.isUndefined()
            && !m_input.snapshot->vectors.isNull() && m_input.snapshot->shardNumber > 0;
        if (!configKnown) {
            add(PreflightReport::Severity::Warning,
                tr("The snapshot's vectors and shard count are unknown here, so they cannot be compared with "
                   "“%1” (%2, %n shard(s)); Qdrant refuses a mismatch when it restores.",
                    nullptr,
                    info->shardNumber)
                    .arg(m_input.collection, info->vectorsSummary()));
        } else if (const QString mismatch = SnapshotCompatibility::mismatch(*m_input.snapshot, *info);
                   !mismatch.isEmpty()) {
            add(PreflightReport::Severity::Blocking,
                tr("Qdrant would refuse this snapshot for “%1”: %2. Nothing has been sent.")
                    .arg(m_input.collection, mismatch));
            finish();
            return;
        } else {
            add(PreflightReport::Severity::Ok,
                tr("The snapshot fits “%1”: %2, %n shard(s).", nullptr, info->shardNumber)
                    .arg(m_input.collection, info->vectorsSummary()));
        }
        add(PreflightReport::Severity::Warning,
            tr("Every point of “%1” (about %2 now) is replaced by the snapshot's.")
                .arg(m_input.collection)
                .arg(info->pointsCount < 0 ? tr("unknown") : QString::number(info->pointsCount)));
        checkServerSnapshot();
    });
}

void PreflightCheck::checkServerSnapshot()
{
    if (m_input.serverSnapshotName.isEmpty()) {
        finish();
        return;
    }
    m_request = runRequest(
        m_client.listSnapshots(m_input.serverScope), this, [this](ApiCall<QList<SnapshotDescription>> &call) {
            const Result<QList<SnapshotDescription>> list = call.result();
            if (!list) {
                add(PreflightReport::Severity::Blocking,
                    tr("Cannot list the snapshots of %1: %2")
                        .arg(m_input.serverScope.describe(), list.error().userMessage()));
                finish();
                return;
            }
            for (const SnapshotDescription &snapshot : *list) {
                if (snapshot.name == m_input.serverSnapshotName) {
                    m_report.snapshotChecksum = snapshot.checksum;
                    add(PreflightReport::Severity::Ok,
                        tr("Snapshot “%1” is on the server; the server reads it itself, nothing is uploaded.")
                            .arg(snapshot.name));
                    finish();
                    return;
                }
            }
            add(PreflightReport::Severity::Blocking,
                tr("Snapshot “%1” is no longer listed for %2.")
                    .arg(m_input.serverSnapshotName, m_input.serverScope.describe()));
            finish();
        });
}

void PreflightCheck::add(PreflightReport::Severity severity, const QString &text)
{
    m_report.items.append(PreflightReport::Item{ severity, text });
}

void PreflightCheck::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_request = nullptr;
    Q_EMIT finished();
}

} // namespace Snapdock
