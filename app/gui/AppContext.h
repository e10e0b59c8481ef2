// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QNetworkAccessManager;

namespace Snapdock {

class HistoryDatabase;
class JobQueue;
class ProfileStore;
class SecretStore;
class SessionManager;

// The application's long-lived services, created once in main() and handed to every window, view and
// dialog that needs them (no singletons, so tests build their own). Everything referenced outlives the UI.
struct AppContext
{
    QNetworkAccessManager &network;
    ProfileStore &profiles;
    SecretStore &secrets;
    SessionManager &sessions;
    JobQueue &jobs;
    HistoryDatabase *history = nullptr; // null when the history database could not be opened
};

} // namespace Snapdock
