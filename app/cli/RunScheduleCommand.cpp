// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/RunScheduleCommand.h"

#include "cli/OutputPrinter.h"
#include "core/history/HistoryDatabase.h"
#include "core/history/HistoryRecorder.h"
#include "core/jobs/JobJournal.h"
#include "core/jobs/JobQueue.h"
#include "core/jobs/QueueJournalRecorder.h"
#include "core/profiles/KeychainSecretStore.h"
#include "core/profiles/ProfileStore.h"
#include "core/profiles/ScheduledKeySource.h"
#include "core/qdrant/QdrantClient.h"
#include "core/scheduling/MissedRunPolicy.h"
#include "core/scheduling/ScheduleRun.h"
#include "core/scheduling/ScheduleStore.h"

#include <QDir>
#include <QJsonArray>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock::Cli {

RunScheduleCommand::RunScheduleCommand(const CommandContext &context, QObject *parent)
    : Command(context, parent)
{}

RunScheduleCommand::~RunScheduleCommand() = default;

void RunScheduleCommand::start()
{
    // The desktop application's settings: runCli set the same organization and application names.
    m_store = std::make_unique<ScheduleStore>();
    const Result<Schedule> schedule = m_store->schedule(m_context.options.scheduleId);
    if (!schedule) {
        Error error = schedule.error();
        error.hint = tr("The schedule editor of the desktop application shows each schedule's ID.");
        failWith(error);
        return;
    }
    m_schedule = *schedule;
    m_context.output.setField(u"schedule"_s, QJsonObject{ { u"id"_s, m_schedule.id }, { u"name"_s, m_schedule.name } });
    if (!m_schedule.enabled) {
        m_context.output.printInfo(tr("The schedule \"%1\" is disabled: nothing to do.").arg(m_schedule.name));
        finishWith(ExitCode::Ok);
        return;
    }

    const ProfileStore profiles;
    const Result<Profile> profile = profiles.profile(m_schedule.profileId);
    if (!profile) {
        Error error = profile.error();
        error.detail = tr("the connection of schedule \"%1\" no longer exists").arg(m_schedule.name);
        failWith(error);
        return;
    }
    m_profile = *profile;
    const QString drillTarget = m_schedule.drill.targetProfileId;
    if (m_schedule.drill.enabled && !drillTarget.isEmpty() && drillTarget != m_profile.id) {
        // A missing drill target fails only the drill (ScheduleRun reports it), not the backups.
        if (const Result<Profile> target = profiles.profile(drillTarget); target)
            m_drillProfile = *target;
    }

    m_secrets = std::make_unique<KeychainSecretStore>();
    m_secrets->setTimeoutMs(KEYCHAIN_TIMEOUT_MS);
    lookUpKey(m_profile, [this](const QString &key) {
        if (!m_drillProfile) {
            startRun(key, QString());
            return;
        }
        lookUpKey(*m_drillProfile, [this, key](const QString &drillKey) {
            startRun(key, drillKey);
        });
    });
}

void RunScheduleCommand::cancel()
{
    m_cancelRequested = true;
    if (m_keySource)
        m_keySource->cancel();
    if (m_run)
        m_run->cancel();
}

void RunScheduleCommand::lookUpKey(const Profile &profile, std::function<void(const QString &key)> next)
{
    // An explicit --api-key is the person's choice for this run.
    if (m_context.options.apiKey) {
        next(m_context.options.apiKey->trimmed());
        return;
    }
    m_keySource = std::make_unique<ScheduledKeySource>(*m_secrets);
    m_keySource->setKeyFiles({ m_context.options.apiKeyFile });
    connect(m_keySource.get(), &ScheduledKeySource::finished, this, [this, next, name = profile.name] {
        const Result<ScheduledKey> key = m_keySource->result();
        m_keySource.release()->deleteLater();
        if (m_cancelRequested) {
            finishWith(ExitCode::Cancelled);
            return;
        }
        if (!key) {
            failWith(key.error());
            return;
        }
        m_context.output.printInfo(tr("The API key of \"%1\" comes from %2.").arg(name, key->originText()));
        next(key->key);
    });
    m_keySource->start(profile.id);
}

void RunScheduleCommand::startRun(const QString &key, const QString &drillKey)
{
    if (m_cancelRequested) {
        finishWith(ExitCode::Cancelled);
        return;
    }
    m_client = std::make_unique<QdrantClient>(m_context.network, m_profile.endpoint(key));
    if (m_drillProfile)
        m_drillClient = std::make_unique<QdrantClient>(m_context.network, m_drillProfile->endpoint(drillKey));
    m_context.output.setField(u"host"_s, m_client->endpoint().displayUrl());

    // The desktop application's history, so that it shows what the scheduled runs did.
    m_history = std::make_unique<HistoryDatabase>();
    const QString historyPath =
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"history.sqlite"_s);
    if (const VoidResult opened = m_history->open(historyPath); !opened)
        m_context.output.printWarning(
            tr("the run is not recorded in the history: %1").arg(opened.error().userMessage()));
    m_queue = std::make_unique<JobQueue>();
    if (m_history->isOpen())
        m_recorder = std::make_unique<HistoryRecorder>(*m_queue, *m_history);
    // Journaled like every job of the CLI, so that a killed run can be resumed.
    if (m_context.journal && m_context.journal->isOpen()) {
        m_journalRecorder = std::make_unique<QueueJournalRecorder>(*m_queue, *m_context.journal);
        m_journalRecorder->setEndpointLookup([client = m_client.get()](const JobDescription &) {
            return client->endpoint();
        });
    }

    ScheduleRun::Context context{ *m_client, *m_queue, *m_store, m_clock };
    context.history = m_history->isOpen() ? m_history.get() : nullptr;
    context.network = &m_context.network;
    context.drillClient = m_drillClient.get();
    m_run = std::make_unique<ScheduleRun>(context, m_schedule, m_profile);
    connect(m_run.get(), &ScheduleRun::stageChanged, this, [this](const QString &stage) {
        m_context.output.printInfo(stage + u"…"_s);
    });
    connect(m_run.get(), &ScheduleRun::finished, this, &RunScheduleCommand::onRunFinished);

    // Started by the OS timer, the run stands for the slot that is due; started by hand, for now.
    const QTimeZone zone = QTimeZone::systemTimeZone();
    MissedRunPolicy::DueRun due;
    if (const Result<ScheduleRunState> state = m_store->runState(m_schedule.id); state)
        due = MissedRunPolicy::dueRun(m_schedule, *state, m_clock, zone);
    if (const QString note = MissedRunPolicy::catchUpNote(due, zone); !note.isEmpty())
        m_context.output.printInfo(note);
    m_run->start(due.slot);
}

void RunScheduleCommand::onRunFinished(const ScheduleRunSummary &summary)
{
    if (m_recorder)
        m_recorder->flush();
    printSummary(summary);
    if (summary.alreadyRunning) {
        finishWith(ExitCode::AlreadyRunning);
        return;
    }
    if (summary.error) {
        m_context.output.reportError(*summary.error);
        finishWith(exitCodeFor(summary.error->kind));
        return;
    }
    switch (summary.outcome) {
    case RunOutcome::Succeeded:
        finishWith(ExitCode::Ok);
        return;
    case RunOutcome::Cancelled:
        finishWith(ExitCode::Cancelled);
        return;
    case RunOutcome::PartiallyFailed:
        finishWith(ExitCode::PartialFailure);
        return;
    case RunOutcome::Failed:
    case RunOutcome::None:
        break;
    }
    const ExitCode code = exitCodeFromResults();
    finishWith(code == ExitCode::Ok ? ExitCode::PartialFailure : code);
}

void RunScheduleCommand::printSummary(const ScheduleRunSummary &summary)
{
    OutputPrinter &output = m_context.output;
    output.setField(u"outcome"_s, ScheduleRunState::outcomeKey(summary.outcome));
    output.setField(u"message"_s, summary.message());
    if (summary.alreadyRunning) {
        output.setField(u"alreadyRunning"_s, true);
        output.printError(summary.failures.value(0));
        return;
    }
    for (const ScheduleRunSummary::Backup &backup : summary.backups) {
        ResultRow row;
        row.collection = backup.collection;
        row.ok = backup.outcome == HistoryOutcome::Succeeded;
        row.file = backup.filePath;
        row.size = backup.size;
        row.sha256 = backup.sha256;
        row.error = backup.error;
        output.addResult(row);
    }
    QJsonArray drills;
    for (const DrillReport &report : summary.drills)
        drills.append(report.toJson());
    output.setField(u"pruned"_s, QJsonArray::fromStringList(summary.prunedFiles));
    output.setField(u"prunedOnServer"_s, summary.prunedOnServer);
    output.setField(u"drills"_s, drills);
    output.setField(u"failures"_s, QJsonArray::fromStringList(summary.failures));
    if (summary.error)
        return;

    output.printResultsTable(tr("Schedule \"%1\": %2").arg(summary.scheduleName, summary.message()));
    for (const QString &file : summary.prunedFiles)
        output.printInfo(tr("removed by the retention policy: %1").arg(QDir::toNativeSeparators(file)));
    if (summary.prunedOnServer > 0)
        output.printInfo(tr("%n old snapshot(s) deleted from the server", nullptr, summary.prunedOnServer));
    for (const DrillReport &report : summary.drills) {
        output.printInfo(report.passed ? tr("restore drill of %1: passed").arg(report.collection)
                                       : tr("restore drill of %1: FAILED").arg(report.collection));
    }
    for (const QString &failure : summary.failures)
        output.printError(failure);
    for (const QString &warning : summary.warnings)
        output.printWarning(warning);
}

} // namespace Snapdock::Cli
