// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/profiles/MemorySecretStore.h"

namespace Snapdock {

MemorySecretStore::MemorySecretStore(QObject *parent)
    : SecretStore(parent)
{}

MemorySecretStore::~MemorySecretStore() = default;

SecretJob *MemorySecretStore::read(const QString &profileId)
{
    SecretJob *job = createJob(SecretJob::Operation::Read, profileId);
    // The answer is taken now, not when the job finishes: a later write() must not change what an earlier read() saw.
    const auto found = m_secrets.constFind(profileId);
    if (found == m_secrets.cend()) {
        Error error = Error::make(ErrorKind::NotFound, tr("no API key is stored for this profile in this session"));
        error.hint = tr("Enter the API key.");
        finishJobLater(job, fail(std::move(error)));
    } else {
        finishJobLater(job, *found);
    }
    return job;
}

SecretJob *MemorySecretStore::write(const QString &profileId, const QString &secret)
{
    SecretJob *job = createJob(SecretJob::Operation::Write, profileId);
    m_secrets.insert(profileId, secret);
    finishJobLater(job, QString());
    return job;
}

SecretJob *MemorySecretStore::remove(const QString &profileId)
{
    SecretJob *job = createJob(SecretJob::Operation::Remove, profileId);
    m_secrets.remove(profileId);
    finishJobLater(job, QString());
    return job;
}

QString MemorySecretStore::backendName() const
{
    return tr("this session only (not saved)");
}

} // namespace Snapdock
