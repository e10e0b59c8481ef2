// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/profiles/SecretStore.h"

namespace QKeychain {
class Job;
} // namespace QKeychain

namespace Snapdock {

// Keys in the platform keychain through qtkeychain: Secret Service (GNOME Keyring, KWallet) on Linux, Keychain on
// macOS, Credential Manager on Windows. Entries: service "snapdock", key "snapdock/<profileId>". Never falls back to
// a plain-text file (insecure fallback off); when the keychain is unavailable the job fails and the caller may offer
// MemorySecretStore instead.
//
// Error mapping (what qtkeychain 0.13 reports, see the headless recipe):
// - read, entry not found -> NotFound ("no key stored": ask the person). This is no proof that writing would work:
//   a locked or missing keyring answers reads like this too.
// - any other failure of any operation -> LocalIoError "the keychain is unavailable", with qtkeychain's message.
// - no answer within timeoutMs() (e.g. an unlock prompt nobody answers) -> LocalIoError as well.
// - remove of a key that does not exist -> success.
//
// qtkeychain runs one job at a time per process and cannot cancel one, so after a timeout the keychain job keeps
// running in the background (and later jobs queue behind it and time out too) until the keychain answers.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    static constexpr int DEFAULT_TIMEOUT_MS = 15'000;

    explicit KeychainSecretStore(QObject *parent = nullptr);
    ~KeychainSecretStore() override;

    [[nodiscard]] SecretJob *read(const QString &profileId) override;
    [[nodiscard]] SecretJob *write(const QString &profileId, const QString &secret) override;
    [[nodiscard]] SecretJob *remove(const QString &profileId) override;
    [[nodiscard]] QString backendName() const override;

    // How long a job waits for the keychain before it fails; applies to jobs started afterwards.
    [[nodiscard]] int timeoutMs() const { return m_timeoutMs; }
    void setTimeoutMs(int timeoutMs);

    // The keychain entry name for a profile: "snapdock/<profileId>".
    [[nodiscard]] static QString entryKey(const QString &profileId);
    // The keychain service name all entries share.
    [[nodiscard]] static QString serviceName();

private:
    // Starts `keychainJob` and finishes `job` with its mapped outcome, or with an error after timeoutMs().
    void run(SecretJob *job, QKeychain::Job *keychainJob) const;

    int m_timeoutMs = DEFAULT_TIMEOUT_MS;
};

} // namespace Snapdock
