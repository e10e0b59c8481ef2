// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QObject;

namespace Snapdock::Emulator {

class EmulatorState;
class HttpConnection;
class SnapshotStore;

// Snapshot list/create/download/delete for collection, full-storage and shard snapshots, and the shard streaming
// endpoint (qdrant-api.md §2). Upload and recover live in RestoreRoutes. Creations run after the configured
// creation delay on `context`'s event loop, and keep running if the client goes away (as in Qdrant).
class SnapshotRoutes
{
public:
    SnapshotRoutes(EmulatorState &state, SnapshotStore &store, QObject *context);

    bool handle(HttpConnection &connection);

private:
    enum class Scope
    {
        Collection,
        Shard,
        Full
    };
    struct Target
    {
        Scope scope = Scope::Full;
        QString collection;
        int shard = -1;
        QString directory;
    };

    // Resolves collection/shard, sending the 404 itself (text or JSON) when they do not exist.
    bool resolve(HttpConnection &connection, Target &target, bool plainText);
    void list(HttpConnection &connection, const Target &target);
    void create(HttpConnection &connection, const Target &target);
    void download(HttpConnection &connection, const Target &target, const QString &name);
    void remove(HttpConnection &connection, const Target &target, const QString &name);
    void streamShard(HttpConnection &connection, const Target &target);

    EmulatorState &m_state;
    SnapshotStore &m_store;
    QObject *m_context;
};

} // namespace Snapdock::Emulator
