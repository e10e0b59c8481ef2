// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jobs/RestoreJob.h"
#include "core/qdrant/QdrantClient.h"
#include "core/storage/SnapshotMetadata.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

namespace Snapdock {

class ApiRequest;

// What a restore will meet on the server, checked before any byte of the snapshot is sent. Plain value.
struct PreflightReport
{
    enum class Severity
    {
        Ok, // a check passed
        Info, // something a person may want to know (e.g. a check that cannot be made for this source)
        Warning, // the restore may fail or surprise, but may be tried
        Blocking, // the restore would be refused (or would destroy the wrong thing): it must not start
    };

    struct Item
    {
        Severity severity = Severity::Info;
        QString text;
    };

    QList<Item> items;
    QString serverVersion; // empty when GET / failed
    bool targetExists = false;
    std::optional<CollectionInfo> existing; // the target's info when it exists and could be read
    QString snapshotChecksum; // ServerSnapshot sources: the checksum the server lists (may be empty)

    [[nodiscard]] bool isBlocked() const;
    // The first blocking item's text, or empty.
    [[nodiscard]] QString blockingReason() const;
};

// Runs the pre-flight of a restore: server version vs the version the backup recorded (same or next minor),
// target exists or not as the chosen mode needs, vectors and shard count of an existing target vs the snapshot's
// (Qdrant refuses a mismatch, but only after the whole upload), and for a snapshot on the server that it is
// still listed. Only reads; never changes anything on the server.
//
// Emits finished() exactly once, never from start(); report() is then valid. The client must outlive the
// check. Deleting the check cancels the request in flight. GUI or any thread with an event loop.
class PreflightCheck : public QObject
{
    Q_OBJECT

public:
    struct Input
    {
        // What the snapshot contains, when known (from its .snapdock.json or an archive preview). Only vectors,
        // sparseVectors, shardNumber and serverVersion are used.
        std::optional<SnapshotMetadata> snapshot;
        QString collection; // the target
        RestoreTarget target = RestoreTarget::CreateNew;
        // For snapshots already on the server: where to look it up (empty name: not a server snapshot).
        SnapshotScope serverScope;
        QString serverSnapshotName;
    };

    PreflightCheck(const QdrantClient &client, Input input, QObject *parent = nullptr);
    ~PreflightCheck() override;

    void start();
    [[nodiscard]] bool isFinished() const { return m_finished; }
    [[nodiscard]] const PreflightReport &report() const { return m_report; }

    // Qdrant's rule for a collection name on upload and create: 1–255 characters, none of < > : " / \ | ? *
    // and no NUL. Returns the problem in words, or empty when the name is valid.
    [[nodiscard]] static QString collectionNameProblem(const QString &name);

Q_SIGNALS:
    void finished();

private:
    void readServer();
    void checkTarget();
    void readExisting();
    void checkServerSnapshot();
    void add(PreflightReport::Severity severity, const QString &text);
    void finish();

    const QdrantClient &m_client;
    Input m_input;
    PreflightReport m_report;
    QPointer<ApiRequest> m_request;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace Snapdock
