// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QNetworkAccessManager;

namespace Snapdock {

class Clock;
class HistoryDatabase;
class JobJournal;
class JobQueue;
class ProfileStore;
class QueueJournalRecorder;
class ScheduleRunner;
class ScheduleStore;
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
    // Scheduling (the Schedules tab, the tray); all three null when the window runs without schedules (tests).
    ScheduleStore *schedules = nullptr;
    ScheduleRunner *scheduleRunner = nullptr;
    const Clock *clock = nullptr;
    // The job journal (queue.sqlite) and what keeps it for `jobs`: both null when it could not be opened; then the
    // queue is not journaled and no interrupted jobs are offered.
    JobJournal *journal = nullptr;
    QueueJournalRecorder *journalRecorder = nullptr;
};

} // namespace Snapdock
