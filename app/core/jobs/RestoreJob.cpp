// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jobs/RestoreJob.h"

#include "core/jobs/SnapshotCompatibility.h"
#include "core/storage/FileHashTask.h"
#include "core/storage/Sha256.h"
#include "core/storage/SnapshotMetadata.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

RestoreJob::RestoreJob(const QdrantClient &client, RestoreRequest request, QObject *parent)
    : Job(parent)
    , m_client(client)
    , m_request(std::move(request))
{
    m_result.collection = m_request.collection;
}

void RestoreJob::run()
{
    if (m_rerunOfInterrupted) {
        setStage(tr("running the interrupted restore again from the start"));
        addWarning(tr("The restore was interrupted before it finished and ran again from the start: Qdrant cannot "
                      "resume an upload."));
    }
    const QFileInfo file(m_request.snapshotFile);
    const QString shown = QDir::toNativeSeparators(m_request.snapshotFile);
    if (!file.exists() || !file.isFile()) {
        failWith(Error::make(ErrorKind::InvalidArgument, tr("the snapshot file %1 does not exist").arg(shown)));
        return;
    }
    if (!file.isReadable()) {
        failWith(Error::make(ErrorKind::LocalPermissionDenied, tr("reading %1").arg(shown)));
        return;
    }
    if (m_request.collection.isEmpty()) {
        failWith(Error::make(ErrorKind::InvalidArgument, tr("no target collection given")));
        return;
    }
    m_result.size = file.size();
    const QString metadataPath = SnapshotMetadata::metadataPathFor(m_request.snapshotFile);
    if (QFileInfo::exists(metadataPath)) {
        auto metadata = SnapshotMetadata::readFrom(metadataPath);
        if (metadata)
            m_metadata = *metadata;
        else
            addWarning(tr("The metadata file next to the snapshot is unreadable and was ignored: %1")
                           .arg(metadata.error().userMessage()));
    }
    checkServer();
}

void RestoreJob::cancelLocalWork()
{
    if (m_hashTask)
        m_hashTask->cancel();
}

void RestoreJob::checkServer()
{
    setStage(tr("reading the server version"));
    auto make = [this] {
        return m_client.serverInfo();
    };
    runRetriedStep(tr("server version request"), make, [this](ApiCall<ServerInfo> &call) {
        auto info = call.result();
        if (!info) {
            failWith(info.error());
            return;
        }
        if (m_metadata) {
            const QString warning = SnapshotCompatibility::versionWarning(m_metadata->serverVersion, info->version);
            if (!warning.isEmpty())
                addWarning(warning);
        }
        checkTarget();
    });
}

void RestoreJob::checkTarget()
{
    setStage(tr("checking the target collection"));
    auto make = [this] {
        return m_client.collectionExists(m_request.collection);
    };
    runRetriedStep(tr("collection request"), make, [this](ApiCall<bool> &call) {
        auto exists = call.result();
        if (!exists) {
            failWith(exists.error());
            return;
        }
        const QString name = m_request.collection;
        if (m_request.target == RestoreTarget::ReplaceExisting && !*exists) {
            Error error = Error::make(ErrorKind::NotFound, tr("restoring into collection \"%1\"").arg(name));
            error.hint = tr("To create it from the snapshot, restore it as a new collection (--new-collection).");
            failWith(error);
            return;
        }
        if (m_request.target == RestoreTarget::CreateNew && *exists) {
            Error error = Error::make(ErrorKind::AlreadyExists, tr("restoring as new collection \"%1\"").arg(name));
            error.hint = tr("To replace its data, restore into the existing collection (--collection), or choose "
                            "another name.");
            failWith(error);
            return;
        }
        checkRestoreAccess(*exists);
    });
}

void RestoreJob::checkRestoreAccess(bool targetExists)
{
    // Qdrant refuses an upload from a key without manage access (e.g. the read-only key) — but only once the
    // upload starts, by closing the connection. Deleting a snapshot name that cannot exist is harmless and
    // answers 403 for such a key at once, before gigabytes are hashed or sent.
    setStage(tr("checking that the key may restore"));
    const QString probeName = SnapshotUpload::UPLOAD_NAME_PREFIX + u"access-check.snapshot"_s;
    auto *probe = m_client.deleteSnapshot(SnapshotScope::forCollection(m_request.collection), probeName);
    runStep(probe, [this, targetExists](ApiCall<OperationOutcome> &call) {
        const Error error = call.error();
        if (!call.isSucceeded() && (error.kind == ErrorKind::Forbidden || error.kind == ErrorKind::Unauthorized)) {
            Error refused = error;
            refused.detail = tr("restoring into collection \"%1\"").arg(m_request.collection);
            if (refused.kind == ErrorKind::Forbidden && refused.serverMessage.isEmpty())
                refused.serverMessage = tr("this key can only read");
            failWith(refused);
            return;
        }
        if (targetExists)
            checkCompatibility();
        else
            computeChecksum();
    });
}

void RestoreJob::checkCompatibility()
{
    if (!m_metadata || m_metadata->kind != u"collection"_s) {
        computeChecksum(); // nothing recorded to compare; the server still checks
        return;
    }
    setStage(tr("comparing the snapshot with the existing collection"));
    auto make = [this] {
        return m_client.collectionInfo(m_request.collection);
    };
    runRetriedStep(tr("collection request"), make, [this](ApiCall<CollectionInfo> &call) {
        auto info = call.result();
        if (!info) {
            failWith(info.error());
            return;
        }
        // Qdrant refuses a mismatch only after the whole upload: say so before sending gigabytes.
        const QString mismatch = SnapshotCompatibility::mismatch(*m_metadata, *info);
        if (!mismatch.isEmpty()) {
            Error error = Error::make(
                ErrorKind::IncompatibleSnapshot, tr("restoring into collection \"%1\"").arg(m_request.collection));
            error.serverMessage = mismatch;
            failWith(error);
            return;
        }
        computeChecksum();
    });
}

void RestoreJob::computeChecksum()
{
    // The metadata's digest is trusted only for the same file size; otherwise hash the file again.
    if (m_metadata && Sha256::isValidHexDigest(m_metadata->sha256) && m_metadata->size == m_result.size) {
        m_result.sha256 = m_metadata->sha256;
        upload();
        return;
    }
    setStage(tr("computing the snapshot's SHA-256"));
    auto *task = new FileHashTask(m_request.snapshotFile, this);
    connect(task, &FileHashTask::progressChanged, this, &Job::progressChanged);
    connect(task, &FileHashTask::finished, this, [this, task] {
        task->deleteLater();
        if (isFinished())
            return;
        if (isCancelRequested()) {
            failWith(Error::make(ErrorKind::Cancelled, stage()));
            return;
        }
        auto digest = task->result();
        if (!digest) {
            failWith(digest.error());
            return;
        }
        m_result.sha256 = QString::fromLatin1(*digest);
        upload();
    });
    connect(this, &Job::finished, task, &FileHashTask::cancel);
    m_hashTask = task;
    task->start();
}

void RestoreJob::upload()
{
    setStage(tr("uploading and restoring"));
    SnapshotUploadOptions options;
    options.priority = m_request.priority;
    options.sha256 = m_result.sha256;
    auto *attempt =
        m_client.uploadSnapshot(SnapshotScope::forCollection(m_request.collection), m_request.snapshotFile, options);
    runStep(attempt, [this](SnapshotUpload &done) {
        if (!done.uploadName().isEmpty())
            m_attemptedUploadNames.append(done.uploadName());
        auto uploaded = done.result();
        if (!uploaded) {
            const Error error = uploaded.error();
            if (retryLater(tr("upload"), error, [this] {
                    upload();
                })) {
                noteRecovery(tr("the upload was sent again from the start (Qdrant cannot resume uploads)"));
                return;
            }
            // Fail only once the copies of earlier attempts are gone; the failure itself is what to report.
            deleteUploadedCopies(0, [this, error] {
                failWith(error);
            });
            return;
        }
        m_result.uploadName = uploaded->uploadName;
        deleteUploadedCopies(0, [this] {
            readFinalState();
        });
    });
}

void RestoreJob::deleteUploadedCopies(int index, std::function<void()> next)
{
    while (index < m_attemptedUploadNames.size() && m_request.keepUploadedCopy
        && m_attemptedUploadNames.at(index) == m_result.uploadName)
        ++index;
    if (index >= m_attemptedUploadNames.size()) {
        next();
        return;
    }
    // Qdrant keeps the uploaded file in the collection's snapshot list; it doubles the server's disk use.
    setStage(tr("removing the uploaded copy from the server"));
    const QString name = m_attemptedUploadNames.at(index);
    const bool isFinalCopy = name == m_result.uploadName;
    auto make = [this, name] {
        return m_client.deleteSnapshot(SnapshotScope::forCollection(m_request.collection), name);
    };
    runRetriedStep(tr("removal of the uploaded copy"),
        make,
        [this, index, name, isFinalCopy, next](ApiCall<OperationOutcome> &done) {
            auto outcome = done.result();
            if (outcome) {
                if (isFinalCopy)
                    m_result.uploadedCopyDeleted = true;
            } else if (isFinalCopy || outcome.error().kind != ErrorKind::NotFound) {
                // An interrupted attempt usually left nothing behind, so only its NotFound is expected.
                addWarning(tr("The uploaded copy %1 stays on the server: %2").arg(name, outcome.error().userMessage()));
            }
            deleteUploadedCopies(index + 1, next);
        });
}

void RestoreJob::readFinalState()
{
    setStage(tr("reading the restored collection"));
    auto make = [this] {
        return m_client.collectionInfo(m_request.collection);
    };
    runRetriedStep(tr("collection request"), make, [this](ApiCall<CollectionInfo> &call) {
        auto info = call.result();
        if (info)
            m_result.pointsCount = info->pointsCount;
        else
            addWarning(tr("The restored collection could not be read: %1").arg(info.error().userMessage()));
        succeed();
    });
}

} // namespace Snapdock
