// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/profiles/SecretJob.h"

#include <QObject>
#include <QString>

namespace Snapdock {

// Where API keys live, keyed by profile id. The seam between profiles and a platform keychain (KeePassXC-style):
// the GUI and CLI talk to this interface; KeychainSecretStore and MemorySecretStore implement it.
//
// Every operation is asynchronous because a real keychain may show a password prompt and wait for the person.
// read()/write()/remove() never block and never return nullptr; the caller owns the returned SecretJob (see there).
// Jobs are independent of the store's lifetime. Threading: use from the thread that created the store.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~SecretStore() override;

    // Fetches the key stored for `profileId`. NotFound when there is none.
    [[nodiscard]] virtual SecretJob *read(const QString &profileId) = 0;
    // Stores `secret` for `profileId`, replacing any previous key.
    [[nodiscard]] virtual SecretJob *write(const QString &profileId, const QString &secret) = 0;
    // Forgets the key for `profileId`. Succeeds when there was none.
    [[nodiscard]] virtual SecretJob *remove(const QString &profileId) = 0;

    // Where keys go, for people ("system keychain (Secret Service)", "this session only").
    [[nodiscard]] virtual QString backendName() const = 0;

protected:
    // Implementations create and finish jobs only through these: the job's constructor and finish() are private, so
    // nothing else can emit a second finished().
    [[nodiscard]] static SecretJob *createJob(SecretJob::Operation operation, const QString &profileId);
    static void finishJob(SecretJob *job, Result<QString> result);
    // Finishes `job` from the event loop, for answers known at once: the caller has not connected to finished() yet.
    static void finishJobLater(SecretJob *job, Result<QString> result);
};

} // namespace Snapdock
