// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/profiles/KeychainSecretStore.h"

#include <QLoggingCategory>
#include <QTimer>
#include <qt6keychain/keychain.h>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcSecrets, "snapdock.secrets", QtInfoMsg)

namespace Snapdock {

namespace {

Error unavailable(SecretJob::Operation operation, const QString &keychainMessage)
{
    QString detail;
    switch (operation) {
    case SecretJob::Operation::Read:
        detail = KeychainSecretStore::tr("the keychain is unavailable: reading the API key failed");
        break;
    case SecretJob::Operation::Write:
        detail = KeychainSecretStore::tr("the keychain is unavailable: saving the API key failed");
        break;
    case SecretJob::Operation::Remove:
        detail = KeychainSecretStore::tr("the keychain is unavailable: removing the API key failed");
        break;
    }
    Error error = Error::make(ErrorKind::LocalIoError, detail, keychainMessage);
    error.hint =
        KeychainSecretStore::tr("Unlock or set up the system keychain, or keep the key for this session only.");
    return error;
}

// For logs only, so not translated.
const char *operationName(SecretJob::Operation operation)
{
    switch (operation) {
    case SecretJob::Operation::Read:
        return "read";
    case SecretJob::Operation::Write:
        return "write";
    case SecretJob::Operation::Remove:
        return "removal";
    }
    return "operation";
}

// qtkeychain's outcome as the SecretJob contract describes it.
Result<QString> mapOutcome(SecretJob::Operation operation, const QKeychain::Job &keychainJob)
{
    const QKeychain::Error code = keychainJob.error();
    if (code == QKeychain::NoError) {
        if (operation == SecretJob::Operation::Read)
            return static_cast<const QKeychain::ReadPasswordJob &>(keychainJob).textData();
        return QString();
    }
    // Only meaningful for a read; a locked or absent keyring also answers reads like this, so it says nothing about
    // whether a write would work.
    if (code == QKeychain::EntryNotFound && operation == SecretJob::Operation::Read) {
        Error error =
            Error::make(ErrorKind::NotFound, KeychainSecretStore::tr("no API key is stored for this profile"));
        error.hint = KeychainSecretStore::tr("Enter the API key.");
        return fail(std::move(error));
    }
    // Removing what is not there leaves the wanted state: no key stored.
    if (code == QKeychain::EntryNotFound && operation == SecretJob::Operation::Remove)
        return QString();
    // Anything else means the operation did not happen, whatever the code: with libsecret a missing keyring reports
    // OtherError, a locked one AccessDenied, and NoBackendAvailable never appears.
    qCWarning(lcSecrets).nospace() << "keychain " << operationName(operation) << " failed: code " << int(code) << ", "
                                   << keychainJob.errorString();
    return fail(unavailable(operation, keychainJob.errorString()));
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : SecretStore(parent)
{}

KeychainSecretStore::~KeychainSecretStore() = default;

QString KeychainSecretStore::serviceName()
{
    return u"snapdock"_s;
}

QString KeychainSecretStore::entryKey(const QString &profileId)
{
    return u"snapdock/"_s + profileId;
}

void KeychainSecretStore::setTimeoutMs(int timeoutMs)
{
    Q_ASSERT(timeoutMs > 0);
    m_timeoutMs = timeoutMs;
}

QString KeychainSecretStore::backendName() const
{
#if defined(Q_OS_MACOS)
    return tr("macOS Keychain");
#elif defined(Q_OS_WIN)
    return tr("Windows Credential Manager");
#else
    return tr("system keychain (Secret Service)");
#endif
}

SecretJob *KeychainSecretStore::read(const QString &profileId)
{
    SecretJob *job = createJob(SecretJob::Operation::Read, profileId);
    run(job, new QKeychain::ReadPasswordJob(serviceName()));
    return job;
}

SecretJob *KeychainSecretStore::write(const QString &profileId, const QString &secret)
{
    SecretJob *job = createJob(SecretJob::Operation::Write, profileId);
    auto *keychainJob = new QKeychain::WritePasswordJob(serviceName());
    keychainJob->setTextData(secret);
    run(job, keychainJob);
    return job;
}

SecretJob *KeychainSecretStore::remove(const QString &profileId)
{
    SecretJob *job = createJob(SecretJob::Operation::Remove, profileId);
    run(job, new QKeychain::DeletePasswordJob(serviceName()));
    return job;
}

void KeychainSecretStore::run(SecretJob *job, QKeychain::Job *keychainJob) const
{
    if (job->profileId().isEmpty()) {
        delete keychainJob; // never started, so no callback can reach it
        finishJobLater(job, fail(Error::make(ErrorKind::InvalidArgument, tr("the profile has no id"))));
        return;
    }
    keychainJob->setKey(entryKey(job->profileId()));
    // Never a plain-text file next to the settings: the caller offers "this session only" instead.
    keychainJob->setInsecureFallback(false);
    // We delete it, and only once it finished: qtkeychain's libsecret callbacks hold a raw pointer to the running job
    // and cannot be cancelled. So it has no parent either; the store or the SecretJob may go away first.
    keychainJob->setAutoDelete(false);
    connect(keychainJob, &QKeychain::Job::finished, keychainJob, &QObject::deleteLater);

    // `job` is the context of both lambdas: an answer or timeout for a job the caller already deleted is dropped,
    // and SecretJob ignores whichever of the two comes second.
    const SecretJob::Operation operation = job->operation();
    connect(keychainJob, &QKeychain::Job::finished, job, [job, operation](QKeychain::Job *finished) {
        finishJob(job, mapOutcome(operation, *finished));
    });
    const int timeoutMs = m_timeoutMs;
    QTimer::singleShot(timeoutMs, job, [job, operation, timeoutMs] {
        qCWarning(lcSecrets) << "keychain did not answer within" << timeoutMs << "ms";
        finishJob(job,
            fail(unavailable(operation,
                tr("no answer within %1 seconds; a password prompt may be waiting").arg(timeoutMs / 1000.0))));
    });
    keychainJob->start();
}

} // namespace Snapdock
