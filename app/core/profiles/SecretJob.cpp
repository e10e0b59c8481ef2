// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/profiles/SecretJob.h"

#include <QCoreApplication>

namespace Snapdock {

SecretJob::SecretJob(Operation operation, QString profileId)
    : m_operation(operation)
    , m_profileId(std::move(profileId))
    , m_result(fail(Error::make(ErrorKind::Cancelled,
          QCoreApplication::translate("Snapdock::SecretJob", "the key operation has not finished"))))
{}

SecretJob::~SecretJob() = default;

VoidResult SecretJob::status() const
{
    if (!m_result)
        return fail(m_result.error());
    return {};
}

void SecretJob::finish(Result<QString> result)
{
    if (m_isFinished)
        return;
    m_isFinished = true;
    m_result = std::move(result);
    emit finished();
}

} // namespace Snapdock
