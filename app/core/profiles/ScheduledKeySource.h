// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/support/Result.h"

#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace Snapdock {

class SecretJob;
class SecretStore;

// The API key a scheduled run found, and where. Plain value type; `key` is never logged or printed.
struct ScheduledKey
{
    enum class Origin
    {
        Keychain,
        KeyFile,
        Environment, // QDRANT_API_KEY
        None, // no source has a key and the keychain holds none for the profile: the server needs no key
    };

    QString key;
    Origin origin = Origin::Keychain;
    QString keyFile; // the file it came from (Origin::KeyFile)
    // Why the keychain did not give a key when another source did ("no API key is stored…", "the keychain is
    // unavailable…"); empty when it came from the keychain. For logs and the editor's "test the scheduled path".
    QString keychainProblem;

    // "the keychain", "the key file /path", "QDRANT_API_KEY". Translated.
    [[nodiscard]] QString originText() const;
};

// Finds the API key for a run nobody watches (a systemd timer, a launchd agent, a Task Scheduler task), without
// ever showing a prompt: the keychain first (it fails cleanly, or after the store's timeout, when locked or
// absent), else the profile's key file defaultKeyFile() when it exists, else the first of setKeyFiles() that is set
// (e.g. --api-key-file), else the QDRANT_API_KEY environment variable, else a clear error naming where to put a key.
//
// A key file must be a regular file owned by the user running Snapdock and, on POSIX, without any group or other
// permission: a 0644 file is refused with a message naming `chmod 600`, since a key others can read is no secret.
// Only the first set key file counts: a refused one is an error, never a reason to try the next source.
//
// Signal guarantee: after start(), finished() is emitted exactly once, always from the event loop; result() is
// meaningful after it. cancel() finishes with ErrorKind::Cancelled. Never logs the key.
// Ownership: the store is not owned and must outlive the source. Threading: the store's thread.
class ScheduledKeySource : public QObject
{
    Q_OBJECT

public:
    explicit ScheduledKeySource(SecretStore &secrets, QObject *parent = nullptr);
    ~ScheduledKeySource() override;

    // Before start(): key files to try after the profile's own, in order of preference; empty entries are skipped.
    void setKeyFiles(const QStringList &paths) { m_keyFiles = paths; }
    // Before start(): where QDRANT_API_KEY is read from (the process environment by default).
    void setEnvironment(const QProcessEnvironment &environment) { m_environment = environment; }

    // Looks up the key of the profile `profileId`. Call once.
    void start(const QString &profileId);
    void cancel();

    [[nodiscard]] bool isFinished() const { return m_finished; }
    [[nodiscard]] const Result<ScheduledKey> &result() const { return m_result; }

    // Where a person puts the key file of a profile for unattended runs: `<config>/keys/<profileId>.key` in the
    // application's configuration folder (~/.config/Snapdock/snapdock/keys on Linux). Empty for an id that is not a
    // QUuid without braces, so that an id can never point elsewhere.
    [[nodiscard]] static QString defaultKeyFile(const QString &profileId);

    // The first line (trimmed) of a key file that passes the checks above. Errors: InvalidArgument (missing, not a
    // regular file, empty), LocalPermissionDenied (other owner, group/other permissions, unreadable). Synchronous.
    [[nodiscard]] static Result<QString> readKeyFile(const QString &path);

Q_SIGNALS:
    void finished();

private:
    void onKeychainAnswered(const QString &profileId, const Result<QString> &answer);
    void finish(Result<ScheduledKey> result);

    SecretStore &m_secrets;
    QStringList m_keyFiles;
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();
    QPointer<SecretJob> m_pendingRead;
    bool m_started = false;
    bool m_finished = false;
    Result<ScheduledKey> m_result;
};

} // namespace Snapdock
