// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jobs/RestorePlan.h"

#include "core/jobs/BackupJob.h"

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

namespace {

constexpr QStringView SAFETY_SNAPSHOT_TAG = u"safety snapshot saved: ";

} // namespace

RestorePlan::RestorePlan(const QdrantClient &client, RestorePlanRequest request, QObject *parent)
    : Job(parent)
    , m_client(client)
    , m_request(std::move(request))
{}

RestorePlan::~RestorePlan() = default;

QString RestorePlan::safetySnapshotStage(const QString &path)
{
    return SAFETY_SNAPSHOT_TAG.toString() + path;
}

QString RestorePlan::safetySnapshotFromLog(const QStringList &lines)
{
    // Log lines may carry a "<time> info: " prefix (HistoryLogEntry::toLine()); plain texts have none.
    for (const QString &line : lines) {
        const qsizetype at = line.indexOf(SAFETY_SNAPSHOT_TAG);
        if (at >= 0)
            return line.mid(at + SAFETY_SNAPSHOT_TAG.size()).trimmed();
    }
    return {};
}

void RestorePlan::run()
{
    if (m_request.target == RestoreTarget::ReplaceExisting && !m_request.safetySnapshotFolder.isEmpty())
        takeSafetySnapshot();
    else
        restore();
}

void RestorePlan::cancelLocalWork()
{
    if (m_child)
        m_child->cancel(); // its finished() then finishes the plan as cancelled
    else
        failWith(Error::make(ErrorKind::Cancelled, stage()));
}

void RestorePlan::runChild(Job *child, const QString &stagePrefix, const QString &what, std::function<void()> onDone)
{
    child->setParent(this);
    child->setRetryPolicy(retryPolicy());
    m_child = child;
    connect(child, &Job::stageChanged, this, [this, stagePrefix](const QString &childStage) {
        setStage(stagePrefix.isEmpty() ? childStage : stagePrefix.arg(childStage));
    });
    connect(child, &Job::progressChanged, this, &Job::progressChanged);
    connect(child, &Job::finished, this, [this, child, what, onDone = std::move(onDone)] {
        m_child = nullptr;
        child->deleteLater();
        for (const QString &warning : child->warnings())
            addWarning(warning);
        if (isFinished())
            return;
        if (child->state() != State::Succeeded) {
            Error error = child->error();
            if (error.kind != ErrorKind::Cancelled && !what.isEmpty())
                error.detail = what + u": "_s + error.detail;
            failWith(error);
            return;
        }
        if (isCancelRequested()) {
            failWith(Error::make(ErrorKind::Cancelled, stage()));
            return;
        }
        onDone();
    });
    child->start();
}

void RestorePlan::takeSafetySnapshot()
{
    BackupRequest backup;
    backup.scope = SnapshotScope::forCollection(m_request.collection);
    backup.outputFolder = m_request.safetySnapshotFolder;
    backup.deleteFromServerAfterDownload = true;
    auto *job = new BackupJob(m_client, backup);
    runChild(job,
        tr("safety snapshot: %1"),
        tr("safety snapshot of “%1” (nothing was restored)").arg(m_request.collection),
        [this, job] {
            m_result.safetySnapshotPath = job->result().filePath;
            setStage(safetySnapshotStage(m_result.safetySnapshotPath));
            restore();
        });
}

void RestorePlan::restore()
{
    if (m_request.source == RestorePlanRequest::Source::LocalFile)
        uploadFile();
    else
        recoverLocation();
}

void RestorePlan::uploadFile()
{
    RestoreRequest upload;
    upload.snapshotFile = m_request.snapshotFile;
    upload.collection = m_request.collection;
    upload.target = m_request.target;
    upload.priority = m_request.priority;
    upload.keepUploadedCopy = m_request.keepUploadedCopy;
    auto *job = new RestoreJob(m_client, upload);
    runChild(job, QString(), QString(), [this, job] {
        const RestoreResult &restored = job->result();
        m_result.uploadName = restored.uploadName;
        m_result.sha256 = restored.sha256;
        m_result.size = restored.size;
        m_result.pointsCount = restored.pointsCount;
        createAliases(0);
    });
}

void RestorePlan::recoverLocation()
{
    RecoverOptions options;
    options.location = m_request.location;
    options.priority = m_request.priority;
    options.sha256 = m_request.sha256;
    options.sourceApiKey = m_request.sourceApiKey;
    setStage(tr("restoring “%1” from %2")
                 .arg(m_request.collection, m_request.location.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)));
    runStep(m_client.recoverSnapshot(SnapshotScope::forCollection(m_request.collection), options),
        [this](ApiCall<OperationOutcome> &call) {
            if (!call.isSucceeded()) {
                failWith(call.error());
                return;
            }
            m_result.sha256 = m_request.sha256;
            readPointsCount();
        });
}

void RestorePlan::readPointsCount()
{
    setStage(tr("reading “%1”").arg(m_request.collection));
    runStep(m_client.collectionInfo(m_request.collection), [this](ApiCall<CollectionInfo> &call) {
        if (const Result<CollectionInfo> info = call.result())
            m_result.pointsCount = info->pointsCount;
        createAliases(0);
    });
}

void RestorePlan::createAliases(int index)
{
    if (index >= m_request.aliases.size()) {
        succeed();
        return;
    }
    const QString alias = m_request.aliases.at(index);
    setStage(tr("creating alias “%1”").arg(alias));
    runStep(m_client.createAlias(m_request.collection, alias), [this, index, alias](ApiCall<OperationOutcome> &call) {
        if (call.isSucceeded())
            m_result.aliasesCreated.append(alias);
        else
            addWarning(tr("Alias “%1” could not be re-created: %2").arg(alias, call.error().userMessage()));
        createAliases(index + 1);
    });
}

} // namespace Snapdock
