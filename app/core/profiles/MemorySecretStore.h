// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/profiles/SecretStore.h"

#include <QHash>

namespace Snapdock {

// Keeps keys in this process's memory only: the "keep the key for this session" fallback the GUI offers when no
// keychain is available, and a fast stand-in for tests of other components. Nothing is ever written to disk; the keys
// are gone when the store is destroyed. Jobs finish on the next event-loop turn, like a real store's.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit MemorySecretStore(QObject *parent = nullptr);
    ~MemorySecretStore() override;

    [[nodiscard]] SecretJob *read(const QString &profileId) override;
    [[nodiscard]] SecretJob *write(const QString &profileId, const QString &secret) override;
    [[nodiscard]] SecretJob *remove(const QString &profileId) override;
    [[nodiscard]] QString backendName() const override;

private:
    QHash<QString, QString> m_secrets;
};

} // namespace Snapdock
