// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/SnapdockApplication.h"

#include "core/history/HistoryDatabase.h"
#include "core/history/HistoryRecorder.h"
#include "core/jobs/JobQueue.h"
#include "core/profiles/KeychainSecretStore.h"
#include "core/profiles/ProfileStore.h"
#include "core/support/Error.h"
#include "gui/AppContext.h"
#include "gui/MainWindow.h"
#include "gui/SessionManager.h"

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
    parser.addOption(grab);
    parser.addOption(settingsFile);
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

    AppContext context{ network, profiles, secrets, sessions, jobs, historyOpen ? &history : nullptr };
    MainWindow window(context, recorder.get());
    window.show();

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
