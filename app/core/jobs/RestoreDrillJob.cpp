// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jobs/RestoreDrillJob.h"

#include "core/jobs/RestoreJob.h"
#include "core/support/Logging.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

namespace {

constexpr QStringView TIME_FORMAT = u"yyyyMMdd'T'HHmmss";

// StrictCollectionPath refuses these in upload paths (qdrant-api.md §2.1); control characters are replaced too.
bool isRefusedInCollectionName(uint c)
{
    return c < 0x20 || c == 0x7f || (c < 0x80 && QStringView(u"<>:\"/\\|?*").contains(QChar(char16_t(c))));
}

} // namespace

RestoreDrillJob::RestoreDrillJob(const QdrantClient &client, RestoreDrillRequest request, QObject *parent)
    : Job(parent)
    , m_client(client)
    , m_request(std::move(request))
{
    m_report.snapshotFile = m_request.snapshotFile;
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        if (auto action = std::exchange(m_afterRetryWait, {}))
            action();
    });
}

RestoreDrillJob::~RestoreDrillJob() = default;

Result<QString> RestoreDrillJob::scratchNameFor(const QString &collection, const QDateTime &at)
{
    if (collection.isEmpty())
        return fail(Error::make(ErrorKind::InvalidArgument, tr("a restore drill needs the name of a collection")));
    if (!at.isValid())
        return fail(Error::make(ErrorKind::InvalidArgument, tr("a restore drill needs a valid time")));
    const QString suffix = SCRATCH_MARKER.toString() + at.toUTC().toString(TIME_FORMAT);
    // Qdrant counts characters (code points), not UTF-16 units: a surrogate pair is one character.
    const QList<uint> codePoints = collection.toUcs4();
    const qsizetype room = MAX_COLLECTION_NAME_LENGTH - suffix.size();
    QString name;
    for (qsizetype i = 0; i < codePoints.size() && i < room; ++i) {
        const char32_t c = isRefusedInCollectionName(codePoints.at(i)) ? U'_' : char32_t(codePoints.at(i));
        name += QString::fromUcs4(&c, 1);
    }
    name += suffix;
    if (name.toUcs4().size() > MAX_COLLECTION_NAME_LENGTH)
        return fail(Error::make(ErrorKind::InvalidArgument, tr("the scratch collection name is too long")));
    return name;
}

bool RestoreDrillJob::isScratchName(const QString &collection)
{
    const qsizetype at = collection.lastIndexOf(SCRATCH_MARKER);
    if (at <= 0)
        return false;
    const QString time = collection.mid(at + SCRATCH_MARKER.size());
    return QDateTime::fromString(time, TIME_FORMAT).isValid();
}

void RestoreDrillJob::run()
{
    const QString shown = QDir::toNativeSeparators(m_request.snapshotFile);
    const QFileInfo file(m_request.snapshotFile);
    if (!file.isFile()) {
        failWith(Error::make(ErrorKind::InvalidArgument, tr("the snapshot file %1 does not exist").arg(shown)));
        return;
    }
    const QString metadataPath = SnapshotMetadata::metadataPathFor(m_request.snapshotFile);
    if (!QFileInfo::exists(metadataPath)) {
        failWith(Error::make(ErrorKind::InvalidArgument,
            tr("no metadata file next to %1; a drill compares against what was recorded at backup time").arg(shown)));
        return;
    }
    Result<SnapshotMetadata> metadata = SnapshotMetadata::readFrom(metadataPath);
    if (!metadata) {
        failWith(metadata.error());
        return;
    }
    if (metadata->kind != u"collection"_s) {
        failWith(Error::make(ErrorKind::InvalidArgument,
            tr("%1 is a %2 snapshot; a restore drill restores collection snapshots").arg(shown, metadata->kind)));
        return;
    }
    m_metadata = *metadata;
    m_report.collection = m_metadata->collection;
    if (!m_request.startedAt.isValid())
        m_request.startedAt = QDateTime::currentDateTimeUtc();
    const Result<QString> scratch = scratchNameFor(m_metadata->collection, m_request.startedAt);
    if (!scratch) {
        failWith(scratch.error());
        return;
    }
    m_report.scratchCollection = *scratch;
    m_report.scratchRemoved = true; // nothing created yet
    restore();
}

void RestoreDrillJob::cancelLocalWork()
{
    // The delete must run to its end: a cancel during the clean-up only changes how the job finishes.
    if (m_cleaningUp)
        return;
    if (m_restore) {
        m_restore->cancel(); // onRestoreFinished() then cleans up
    } else if (m_pending && m_pendingCancellable) {
        m_pending->cancel(); // its handler then cleans up
    } else if (m_retryTimer.isActive()) {
        m_retryTimer.stop();
        m_afterRetryWait = {};
        m_failure = Error::make(ErrorKind::Cancelled, stage());
        removeScratch();
    }
}

void RestoreDrillJob::restore()
{
    RestoreRequest restore;
    restore.snapshotFile = m_request.snapshotFile;
    restore.collection = m_report.scratchCollection;
    restore.target = RestoreTarget::CreateNew;
    restore.priority = m_request.priority;
    auto *job = new RestoreJob(m_client, restore, this);
    job->setRetryPolicy(retryPolicy());
    m_restore = job;
    m_scratchMayExist = true;
    connect(job, &Job::stageChanged, this, [this](const QString &childStage) {
        setStage(tr("restoring into \"%1\": %2").arg(m_report.scratchCollection, childStage));
    });
    connect(job, &Job::progressChanged, this, &Job::progressChanged);
    connect(job, &Job::finished, this, &RestoreDrillJob::onRestoreFinished);
    job->start();
}

void RestoreDrillJob::onRestoreFinished()
{
    RestoreJob *job = m_restore;
    m_restore = nullptr;
    job->deleteLater();
    for (const QString &warning : job->warnings())
        addWarning(warning);
    if (job->state() != State::Succeeded) {
        m_failure = job->error();
        // The restore refused because the name was taken: that collection is someone else's.
        if (job->error().kind == ErrorKind::AlreadyExists)
            m_scratchMayExist = false;
        removeScratch();
        return;
    }
    m_report.sha256 = job->result().sha256;
    if (isCancelRequested()) {
        m_failure = Error::make(ErrorKind::Cancelled, stage());
        removeScratch();
        return;
    }
    readScratch();
}

void RestoreDrillJob::readScratch()
{
    setStage(tr("comparing \"%1\" with the backup's metadata").arg(m_report.scratchCollection));
    const QString scratch = m_report.scratchCollection;
    send<ApiCall<CollectionInfo>>(
        tr("collection request"),
        [this, scratch] {
            return m_client.collectionInfo(scratch);
        },
        [this](ApiCall<CollectionInfo> &call) {
            const Result<CollectionInfo> info = call.result();
            if (!info) {
                m_failure = info.error();
            } else if (isCancelRequested()) {
                m_failure = Error::make(ErrorKind::Cancelled, stage());
            } else {
                m_report.checks = DrillReport::compare(*m_metadata, *info);
                m_report.passed = m_report.mismatches().isEmpty();
            }
            removeScratch();
        },
        true);
}

void RestoreDrillJob::removeScratch()
{
    m_cleaningUp = true;
    if (!m_scratchMayExist) {
        m_report.scratchRemoved = true;
        finishDrill();
        return;
    }
    m_report.scratchRemoved = false;
    setStage(tr("deleting the scratch collection \"%1\"").arg(m_report.scratchCollection));
    const QString scratch = m_report.scratchCollection;
    send<ApiCall<OperationOutcome>>(
        tr("scratch collection removal"),
        [this, scratch] {
            return m_client.deleteCollection(scratch);
        },
        [this](ApiCall<OperationOutcome> &call) {
            if (call.isSucceeded()) {
                m_report.scratchRemoved = true;
                finishDrill();
                return;
            }
            // Qdrant answers false when there was nothing to delete (the restore failed before creating it).
            confirmRemoved(call.error());
        },
        false);
}

void RestoreDrillJob::confirmRemoved(const Error &deleteError)
{
    const QString scratch = m_report.scratchCollection;
    send<ApiCall<bool>>(
        tr("collection request"),
        [this, scratch] {
            return m_client.collectionExists(scratch);
        },
        [this, deleteError](ApiCall<bool> &call) {
            const Result<bool> exists = call.result();
            if (exists && !*exists)
                m_report.scratchRemoved = true;
            else
                m_cleanupError = deleteError;
            finishDrill();
        },
        false);
}

void RestoreDrillJob::finishDrill()
{
    const QString scratch = m_report.scratchCollection;
    if (!m_report.scratchRemoved) {
        qCWarning(lcJobs).noquote() << "restore drill left its scratch collection" << scratch;
        addWarning(tr("The scratch collection \"%1\" is still on the server and must be removed by hand "
                      "(DELETE /collections/%1): %2")
                       .arg(scratch, m_cleanupError ? m_cleanupError->userMessage() : QString()));
    }
    if (m_failure) {
        Error error = *m_failure;
        if (error.kind != ErrorKind::Cancelled && !m_report.collection.isEmpty())
            error.detail = tr("restore drill of \"%1\"").arg(m_report.collection) + u": "_s + error.detail;
        failWith(error);
        return;
    }
    if (!m_report.passed) {
        QStringList differences;
        for (const DrillCheck &check : m_report.mismatches())
            differences.append(tr("%1: recorded %2, restored %3").arg(check.name, check.expected, check.actual));
        Error error = Error::make(ErrorKind::InvalidSnapshot,
            tr("restore drill of \"%1\": the restored collection differs from the backup's metadata")
                .arg(m_report.collection),
            differences.join(u"; "_s));
        error.hint = tr("Do not rely on this backup: take a new one and check the Qdrant server log.");
        failWith(error);
        return;
    }
    if (!m_report.scratchRemoved) {
        Error error = m_cleanupError.value_or(Error::make(ErrorKind::ServerError, QString()));
        error.detail = tr("the drill passed, but deleting the scratch collection \"%1\" failed").arg(scratch);
        error.hint = tr("Remove the collection \"%1\" by hand.").arg(scratch);
        failWith(error);
        return;
    }
    succeed();
}

template <typename Request>
void RestoreDrillJob::send(const QString &what,
    std::function<Request *()> make,
    std::function<void(Request &)> done,
    bool cancellable,
    int attempt)
{
    Request *request = make();
    request->setParent(this);
    m_pending = request;
    m_pendingCancellable = cancellable;
    connect(request, &ApiRequest::finished, this, [=, this] {
        m_pending = nullptr;
        request->deleteLater();
        // A 2xx that failed to parse (e.g. "false": nothing to delete) is an answer, not a transient failure.
        const bool answered = request->httpStatus() >= 200 && request->httpStatus() < 300;
        const bool retry = !request->isSucceeded() && !answered && !(cancellable && isCancelRequested())
            && retryPolicy().allowsRetry(request->error(), attempt);
        if (!retry) {
            done(*request);
            return;
        }
        const int delay = retryPolicy().delayMs(request->error(), attempt);
        noteRecovery(tr("%1 failed (%2) on attempt %3").arg(what, request->error().code()).arg(attempt));
        m_afterRetryWait = [=, this] {
            send<Request>(what, make, done, cancellable, attempt + 1);
        };
        m_retryTimer.start(delay);
    });
    request->start();
}

} // namespace Snapdock
