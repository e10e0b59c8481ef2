// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Snapdock::Emulator {

class EmulatorState;
class HttpConnection;

// Non-snapshot endpoints: /, health probes, collections, aliases and cluster info (qdrant-api.md §6).
class CollectionRoutes
{
public:
    explicit CollectionRoutes(EmulatorState &state);

    // Handles the request if the route is one of ours (returns true; a response has been sent).
    bool handle(HttpConnection &connection);

private:
    void createCollection(HttpConnection &connection, const QString &name);
    void updateAliases(HttpConnection &connection);

    EmulatorState &m_state;
};

} // namespace Snapdock::Emulator
