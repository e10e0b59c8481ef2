// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/profiles/SecretStore.h"

#include <QMetaObject>

namespace Snapdock {

SecretStore::~SecretStore() = default;

SecretJob *SecretStore::createJob(SecretJob::Operation operation, const QString &profileId)
{
    return new SecretJob(operation, profileId);
}

void SecretStore::finishJob(SecretJob *job, Result<QString> result)
{
    job->finish(std::move(result));
}

void SecretStore::finishJobLater(SecretJob *job, Result<QString> result)
{
    // The job is the context: if the caller deletes it before the event loop runs, the call is dropped.
    QMetaObject::invokeMethod(
        job,
        [job, result = std::move(result)]() mutable {
            job->finish(std::move(result));
        },
        Qt::QueuedConnection);
}

} // namespace Snapdock
