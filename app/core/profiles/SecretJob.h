// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/support/Result.h"

#include <QObject>
#include <QString>

namespace Snapdock {

class SecretStore;

// One asynchronous read, write or removal of a profile's API key, handed out by a SecretStore.
//
// Ownership: the caller owns the job (it has no parent) and deletes it, usually with deleteLater() from the finished()
// handler. Deleting it earlier is allowed and means "no longer interested": finished() is then never delivered, and
// the store copes with it. The job does not need its store to outlive it.
//
// Signal guarantee: finished() is emitted exactly once, always from the event loop (never from inside
// read()/write()/remove(), so connecting right after the call is safe). result() is meaningful after it.
// Threading: lives in the thread that created its store.
class SecretJob : public QObject
{
    Q_OBJECT

public:
    enum class Operation
    {
        Read,
        Write,
        Remove,
    };

    ~SecretJob() override;

    [[nodiscard]] Operation operation() const { return m_operation; }
    [[nodiscard]] QString profileId() const { return m_profileId; }
    [[nodiscard]] bool isFinished() const { return m_isFinished; }

    // Read: the stored key. Write and Remove: an empty string on success.
    // Errors: NotFound when a read finds no key for the profile (ask the person for one, this is no failure of the
    // store); LocalIoError when the keychain is unavailable, locked, refused or did not answer in time.
    [[nodiscard]] Result<QString> result() const { return m_result; }
    // result() without the value, for writes and removals.
    [[nodiscard]] VoidResult status() const;

signals:
    void finished();

private:
    friend class SecretStore;

    SecretJob(Operation operation, QString profileId);
    // Records the outcome and emits finished(); ignored after the first call, so a late answer after a timeout (or a
    // timeout after the answer) cannot produce a second finished().
    void finish(Result<QString> result);

    Operation m_operation;
    QString m_profileId;
    bool m_isFinished = false;
    Result<QString> m_result;
};

} // namespace Snapdock
