// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/SnapdockApplication.h"

#include "core/history/HistoryDatabase.h"
#include "core/history/HistoryRecorder.h"
#include "core/jobs/JobJournal.h"
#include "core/jobs/JobQueue.h"
#include "core/jobs/QueueJournalRecorder.h"
#include "core/profiles/KeychainSecretStore.h"
#include "core/profiles/ProfileStore.h"
#include "core/scheduling/ScheduleRun.h"
#include "core/scheduling/ScheduleStore.h"
#include "core/scheduling/Scheduler.h"
#include "core/support/Error.h"
#include "core/support/Logging.h"
#include "core/support/SystemClock.h"
#include "gui/AppContext.h"
#include "gui/HostSession.h"
#include "gui/MainWindow.h"
#include "gui/SessionManager.h"
#include "gui/controllers/ScheduleRunner.h"
#include "gui/controllers/TrayController.h"
#include "gui/widgets/TrayIcon.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

namespace {

void installTranslations(QApplication &app)
{
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qtTranslator);
    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale(), u"snapdock"_s, u"_"_s, u":/i18n"_s))
        QApplication::installTranslator(translator);
}

} // namespace

int runApplication(QApplication &app)
{
    QApplication::setApplicationName(u"snapdock"_s);
    QApplication::setApplicationDisplayName(u"Snapdock"_s);
    QApplication::setOrganizationName(u"Snapdock"_s);
    QApplication::setApplicationVersion(QStringLiteral(SNAPDOCK_VERSION_STRING));
    QApplication::setDesktopFileName(u"io.snapdock.Snapdock"_s);
    installTranslations(app);
    Error::setHintStyle(HintStyle::Desktop);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("Snapdock::Application", "Backup and restore for Qdrant collections."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption grab(u"grab"_s,
        QApplication::translate("Snapdock::Application", "Save a screenshot of the main window to FILE and quit."),
        u"FILE"_s);
    const QCommandLineOption settingsFile(u"settings"_s,
        QApplication::translate("Snapdock::Application", "Keep settings in the INI file FILE."),
        u"FILE"_s);
    const QCommandLineOption minimized(u"minimized"_s,
        QApplication::translate(
            "Snapdock::Application", "Start in the tray without showing the window (as the login item does)."));
    parser.addOption(grab);
    parser.addOption(settingsFile);
    parser.addOption(minimized);
    parser.process(app);

    QNetworkAccessManager network;
    std::unique_ptr<QSettings> settings = parser.isSet(settingsFile)
        ? std::make_unique<QSettings>(parser.value(settingsFile), QSettings::IniFormat)
        : std::make_unique<QSettings>();
    ProfileStore profiles(settings.get());
    KeychainSecretStore secrets;
    SessionManager sessions(network, profiles, secrets);
    JobQueue jobs;
    jobs.setMaxConcurrentPerHost(settings->value(u"jobs/maxConcurrentPerHost"_s, 2).toInt());

    HistoryDatabase history;
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const bool historyOpen = static_cast<bool>(history.open(QDir(dataDir).filePath(u"history.sqlite"_s)));
    std::unique_ptr<HistoryRecorder> recorder;
    if (historyOpen)
        recorder = std::make_unique<HistoryRecorder>(jobs, history);
    // Every job is journaled before it starts, so that one interrupted by a crash or kill can be resumed.
    JobJournal journal;
    std::unique_ptr<QueueJournalRecorder> journalRecorder;
    if (const VoidResult opened = journal.open(JobJournal::defaultPath()); opened) {
        journalRecorder = std::make_unique<QueueJournalRecorder>(jobs, journal);
        // The profile's TLS settings go into the row; never its key.
        journalRecorder->setEndpointLookup([&sessions](const JobDescription &description) {
            const HostSession *session = sessions.session(description.hostKey);
            ServerEndpoint endpoint;
            if (session)
                endpoint = session->profile().endpoint({});
            else
                endpoint.baseUrl = description.serverUrl;
            return endpoint;
        });
    } else {
        qCWarning(lcJobs).noquote() << "job journal:" << opened.error().userMessage();
    }

    AppContext context{ network, profiles, secrets, sessions, jobs, historyOpen ? &history : nullptr };
    // Schedules live next to the profiles; their runs go through the same queue, so they show in the queue view
    // and the history like every job.
    SystemClock clock;
    ScheduleStore schedules(settings.get());
    schedules.setClock(&clock);
    ScheduleRunner runner(context, schedules, clock);
    Scheduler scheduler(schedules, clock, runner.factory());
    runner.attach(&scheduler);
    context.schedules = &schedules;
    context.scheduleRunner = &runner;
    context.clock = &clock;
    context.journal = journalRecorder ? &journal : nullptr;
    context.journalRecorder = journalRecorder.get();

    MainWindow window(context, recorder.get());
    // --minimized goes straight to the tray when there is one; without a tray the window must stay reachable.
    const TrayController *tray = window.trayController();
    if (!parser.isSet(minimized))
        window.show();
    else if (!tray || !tray->trayIcon()->isAvailable())
        window.showMinimized();
    scheduler.start();

    if (parser.isSet(grab)) {
        const QString path = parser.value(grab);
        // Give the first layout and the first network answers a moment, then capture and quit.
        QTimer::singleShot(1500, &window, [&window, path] {
            const bool saved = window.grab().save(path);
            QTextStream(stderr) << (saved ? "saved " : "could not save ") << path << '\n';
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return QApplication::exec();
}

} // namespace Snapdock
