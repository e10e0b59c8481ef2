// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/profiles/ScheduledKeySource.h"

#include "core/profiles/SecretJob.h"
#include "core/profiles/SecretStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTimer>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

namespace {

// A key file is never large; refuse to read more than this.
constexpr qint64 MAX_KEY_FILE_BYTES = 64 * 1024;

Error keyFileError(ErrorKind kind, const QString &detail, const QString &hint = {})
{
    Error error = Error::make(kind, detail);
    error.hint = hint;
    return error;
}

} // namespace

QString ScheduledKey::originText() const
{
    switch (origin) {
    case Origin::Keychain:
        return ScheduledKeySource::tr("the keychain");
    case Origin::KeyFile:
        return ScheduledKeySource::tr("the key file %1").arg(QDir::toNativeSeparators(keyFile));
    case Origin::Environment:
        return ScheduledKeySource::tr("QDRANT_API_KEY");
    case Origin::None:
        return ScheduledKeySource::tr("nowhere: the connection has no API key");
    }
    return {};
}

ScheduledKeySource::ScheduledKeySource(SecretStore &secrets, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_result(fail(Error::make(ErrorKind::Cancelled, tr("looking up the API key"))))
{}

ScheduledKeySource::~ScheduledKeySource()
{
    // Deleting an unfinished job means "no longer interested"; the store copes with it.
    delete m_pendingRead.data();
}

void ScheduledKeySource::start(const QString &profileId)
{
    Q_ASSERT(!m_started);
    m_started = true;
    SecretJob *job = m_secrets.read(profileId);
    m_pendingRead = job;
    connect(job, &SecretJob::finished, this, [this, job, profileId] {
        job->deleteLater();
        m_pendingRead = nullptr;
        onKeychainAnswered(profileId, job->result());
    });
}

void ScheduledKeySource::cancel()
{
    if (m_finished)
        return;
    delete m_pendingRead.data();
    // From the event loop, as promised, even when cancel() is called before start().
    QTimer::singleShot(0, this, [this] {
        finish(fail(Error::make(ErrorKind::Cancelled, tr("looking up the API key"))));
    });
}

void ScheduledKeySource::onKeychainAnswered(const QString &profileId, const Result<QString> &answer)
{
    if (answer && !answer->isEmpty()) {
        finish(ScheduledKey{ *answer, ScheduledKey::Origin::Keychain, {}, {} });
        return;
    }
    // Short, without the keychain's advice for the desktop ("keep the key for this session"), which does not apply.
    QString keychainProblem = tr("the keychain holds an empty key");
    if (!answer) {
        const Error &error = answer.error();
        keychainProblem = error.serverMessage.isEmpty() ? error.detail : error.detail + u": "_s + error.serverMessage;
    }

    const QString profileKeyFile = defaultKeyFile(profileId);
    QStringList candidates = m_keyFiles;
    if (!profileKeyFile.isEmpty() && QFileInfo::exists(profileKeyFile))
        candidates.prepend(profileKeyFile);
    for (const QString &path : std::as_const(candidates)) {
        if (path.isEmpty())
            continue;
        Result<QString> key = readKeyFile(path);
        if (!key) {
            finish(fail(key.error()));
            return;
        }
        finish(ScheduledKey{ *key, ScheduledKey::Origin::KeyFile, path, keychainProblem });
        return;
    }

    const QString fromEnvironment = m_environment.value(u"QDRANT_API_KEY"_s).trimmed();
    if (!fromEnvironment.isEmpty()) {
        finish(ScheduledKey{ fromEnvironment, ScheduledKey::Origin::Environment, {}, keychainProblem });
        return;
    }

    // The desktop application stores a key in the keychain whenever a connection has one, so a keychain that answers
    // "none stored" (rather than failing) means a server without authentication, which is common on private networks.
    if (!answer && answer.error().kind == ErrorKind::NotFound) {
        finish(ScheduledKey{ QString(), ScheduledKey::Origin::None, {}, keychainProblem });
        return;
    }
    Error error = Error::make(ErrorKind::InvalidArgument,
        tr("no API key found for the scheduled run (keychain: %1; no key file; QDRANT_API_KEY not set)")
            .arg(keychainProblem));
    error.hint = profileKeyFile.isEmpty()
        ? tr("Unlock the keychain, or set QDRANT_API_KEY.")
        : tr("Unlock the keychain, or put the key into %1 (chmod 600), or set QDRANT_API_KEY.")
              .arg(QDir::toNativeSeparators(profileKeyFile));
    finish(fail(std::move(error)));
}

void ScheduledKeySource::finish(Result<ScheduledKey> result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result = std::move(result);
    Q_EMIT finished();
}

QString ScheduledKeySource::defaultKeyFile(const QString &profileId)
{
    const QUuid uuid = QUuid::fromString(profileId);
    if (uuid.isNull() || uuid.toString(QUuid::WithoutBraces) != profileId)
        return {};
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + u"/keys/"_s + profileId + u".key"_s;
}

Result<QString> ScheduledKeySource::readKeyFile(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        return fail(keyFileError(ErrorKind::InvalidArgument, tr("the API key file \"%1\" does not exist").arg(shown)));
    // Checked before opening: opening a FIFO would block until someone writes to it.
    if (!info.isFile())
        return fail(
            keyFileError(ErrorKind::InvalidArgument, tr("the API key file \"%1\" is not a regular file").arg(shown)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(keyFileError(ErrorKind::LocalPermissionDenied,
            tr("cannot read the API key file \"%1\": %2").arg(shown, file.errorString())));
#ifdef Q_OS_UNIX
    // Checked on the open descriptor, so the file cannot be swapped between the check and the read.
    struct stat status = {};
    if (::fstat(file.handle(), &status) != 0)
        return fail(keyFileError(ErrorKind::LocalIoError, tr("cannot inspect the API key file \"%1\"").arg(shown)));
    if (!S_ISREG(status.st_mode))
        return fail(
            keyFileError(ErrorKind::InvalidArgument, tr("the API key file \"%1\" is not a regular file").arg(shown)));
    if (status.st_uid != ::geteuid())
        return fail(keyFileError(ErrorKind::LocalPermissionDenied,
            tr("the API key file \"%1\" belongs to another user").arg(shown),
            tr("Use a key file owned by the user the schedule runs as.")));
    if ((status.st_mode & (S_IRWXG | S_IRWXO)) != 0)
        return fail(keyFileError(ErrorKind::LocalPermissionDenied,
            tr("the API key file \"%1\" is accessible to other users (mode %2)")
                .arg(shown, QString::number(status.st_mode & 07777, 8).rightJustified(4, u'0')),
            tr("Restrict it with chmod 600 %1.").arg(shown)));
#endif
    const QByteArray content = file.read(MAX_KEY_FILE_BYTES);
    const qsizetype newline = content.indexOf('\n');
    const QString key = QString::fromUtf8(newline < 0 ? content : content.left(newline)).trimmed();
    if (key.isEmpty())
        return fail(
            keyFileError(ErrorKind::InvalidArgument, tr("the API key file \"%1\" has an empty first line").arg(shown)));
    return key;
}

} // namespace Snapdock
