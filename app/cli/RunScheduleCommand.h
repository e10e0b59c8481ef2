// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/Command.h"
#include "core/profiles/Profile.h"
#include "core/scheduling/Schedule.h"
#include "core/support/SystemClock.h"

#include <functional>
#include <memory>
#include <optional>

namespace Snapdock {
class HistoryDatabase;
class HistoryRecorder;
class JobQueue;
class QueueJournalRecorder;
class KeychainSecretStore;
class QdrantClient;
class ScheduleRun;
class ScheduleStore;
class ScheduledKeySource;
struct ScheduleRunSummary;
} // namespace Snapdock

namespace Snapdock::Cli {

// `run-schedule ID`: what the OS timer (systemd, launchd, Task Scheduler) calls. Loads the schedule and its
// connection profile from the desktop application's settings, finds the key without any prompt (the keychain, else
// the profile's key file `<config>/keys/<profile-id>.key` or --api-key-file, else QDRANT_API_KEY; see
// ScheduledKeySource), connects as the profile says (URL, auth scheme, CA file, pinned certificate, consent to plain
// http) — never by --host — and runs the schedule through ScheduleRun with a JobQueue whose jobs are recorded in the
// history. The run stands for the slot that is due, if one is, else for now.
//
// Exit codes: 0 everything succeeded; 1 some backups, pruning or the drill failed; the failure's own code when
// every backup failed for one reason or the run could not start; 12 (AlreadyRunning) when another process runs the
// schedule; 130 when cancelled.
class RunScheduleCommand final : public Command
{
    Q_OBJECT

public:
    // How long the keychain may take to answer before the key file is tried: an unlock prompt nobody sees.
    static constexpr int KEYCHAIN_TIMEOUT_MS = 10'000;

    explicit RunScheduleCommand(const CommandContext &context, QObject *parent = nullptr);
    ~RunScheduleCommand() override;

    void start() override;
    void cancel() override;

private:
    // Finds the key of `profile`, then calls `next` with it; fails the command when there is none.
    void lookUpKey(const Profile &profile, std::function<void(const QString &key)> next);
    void startRun(const QString &key, const QString &drillKey);
    void onRunFinished(const ScheduleRunSummary &summary);
    void printSummary(const ScheduleRunSummary &summary);

    Schedule m_schedule;
    Profile m_profile;
    std::optional<Profile> m_drillProfile; // the drill's target, when it is another connection
    SystemClock m_clock;
    std::unique_ptr<ScheduleStore> m_store;
    std::unique_ptr<KeychainSecretStore> m_secrets;
    std::unique_ptr<ScheduledKeySource> m_keySource;
    std::unique_ptr<QdrantClient> m_client;
    std::unique_ptr<QdrantClient> m_drillClient;
    std::unique_ptr<HistoryDatabase> m_history;
    std::unique_ptr<JobQueue> m_queue;
    std::unique_ptr<HistoryRecorder> m_recorder;
    std::unique_ptr<QueueJournalRecorder> m_journalRecorder; // null without a journal
    std::unique_ptr<ScheduleRun> m_run; // declared last: destroyed first, before what it uses
    bool m_cancelRequested = false;
};

} // namespace Snapdock::Cli
