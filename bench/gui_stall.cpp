// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Benchmark helper for bench/run (issue 5, row 6): how long the desktop application's GUI thread stalls while
// several transfers run. Assembles the application the way SnapdockApplication does (main window, queue, history
// recorder; a memory secret store instead of the keychain), shows it (QT_QPA_PLATFORM=offscreen), selects a
// profile for URL, then downloads the given snapshots at once (one job each, all concurrent) and measures how
// late a 1 ms timer fires on the GUI thread from the first enqueue until the last job finished.
//
// Usage: gui_stall URL OUTPUT_DIR COLLECTION=SNAPSHOT...
// Prints one line on stdout: "stall_max_ms=… stall_p99_ms=… stall_p999_ms=… stalls_over_30ms=… ticks=…
// seconds=… bytes=…"; the longest stalls go to stderr with their time, to line up with a profile.
// Exit status 1 when a job fails or the run times out.

#include "core/history/HistoryDatabase.h"
#include "core/history/HistoryRecorder.h"
#include "core/jobs/JobQueue.h"
#include "core/profiles/MemorySecretStore.h"
#include "core/profiles/ProfileStore.h"
#include "gui/AppContext.h"
#include "gui/HostSession.h"
#include "gui/MainWindow.h"
#include "gui/SessionManager.h"
#include "gui/controllers/BackupLauncher.h"
#include "gui/models/CollectionTableModel.h"
#include "gui/widgets/HostBrowser.h"
#include "gui/widgets/ProfileSidebar.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTime>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace Snapdock;

namespace {

constexpr int PROBE_INTERVAL_MS = 1;
constexpr int SETUP_TIMEOUT_MS = 60'000;
constexpr int RUN_TIMEOUT_MS = 3'600'000;
constexpr double STALL_LIMIT_MS = 30.0;

struct Transfer
{
    QString collection;
    QString snapshot;
};

// Records the time between consecutive ticks of a precise 1 ms timer: the excess over 1 ms is how long the event
// loop could not run anything (a click, a repaint) at that moment.
class StallProbe
{
public:
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(PROBE_INTERVAL_MS);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_ticks.append({ now, now - m_last });
            m_last = now;
        });
    }

    void start()
    {
        m_startedAt = QTime::currentTime();
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    [[nodiscard]] double seconds() const { return double(m_clock.nsecsElapsed()) / 1e9; }

    // Stalls in ms (gap minus the interval), sorted ascending.
    [[nodiscard]] QList<double> stalls() const
    {
        QList<double> result;
        result.reserve(m_ticks.size());
        for (const Tick &tick : m_ticks)
            result.append(std::max(0.0, double(tick.gapNs) / 1e6 - PROBE_INTERVAL_MS));
        std::sort(result.begin(), result.end());
        return result;
    }

    void printWorst(QTextStream &out, int count) const
    {
        QList<Tick> worst = m_ticks;
        std::sort(worst.begin(), worst.end(), [](const Tick &a, const Tick &b) {
            return a.gapNs > b.gapNs;
        });
        for (qsizetype i = 0; i < std::min<qsizetype>(count, worst.size()); ++i) {
            out << "gui_stall: stall of " << QString::number(double(worst[i].gapNs) / 1e6 - PROBE_INTERVAL_MS, 'f', 1)
                << " ms ending at t=" << QString::number(double(worst[i].atNs) / 1e9, 'f', 3) << " s ("
                << m_startedAt.addMSecs(int(worst[i].atNs / 1'000'000)).toString(u"HH:mm:ss.zzz"_s) << ")\n";
        }
    }

private:
    struct Tick
    {
        qint64 atNs;
        qint64 gapNs;
    };

    QTimer m_timer;
    QElapsedTimer m_clock;
    QTime m_startedAt; // wall-clock time of start(), to line stalls up with strace -tt or perf
    qint64 m_last = 0;
    QList<Tick> m_ticks;
};

double percentile(const QList<double> &sorted, double p)
{
    if (sorted.isEmpty())
        return 0.0;
    const auto index = qsizetype(p * double(sorted.size() - 1));
    return sorted.at(std::clamp<qsizetype>(index, 0, sorted.size() - 1));
}

int abortRun(const QString &message)
{
    QTextStream(stderr) << "gui_stall: " << message << '\n';
    QApplication::exit(1);
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    if (args.size() < 4) {
        QTextStream(stderr) << "usage: gui_stall URL OUTPUT_DIR COLLECTION=SNAPSHOT...\n";
        return 2;
    }
    const QUrl url(args.at(1));
    const QString outputDir = args.at(2);
    QList<Transfer> transfers;
    for (qsizetype i = 3; i < args.size(); ++i) {
        const qsizetype equals = args.at(i).indexOf(u'=');
        if (equals <= 0) {
            QTextStream(stderr) << "gui_stall: expected COLLECTION=SNAPSHOT, got " << args.at(i) << '\n';
            return 2;
        }
        transfers.append({ args.at(i).left(equals), args.at(i).mid(equals + 1) });
    }

    QTemporaryDir state;
    if (!state.isValid())
        return abortRun(u"no temporary folder"_s);
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QSettings settings(state.filePath(u"snapdock.ini"_s), QSettings::IniFormat);
    ProfileStore profiles(&settings);
    MemorySecretStore secrets;
    SessionManager sessions(network, profiles, secrets);
    JobQueue jobs;
    jobs.setMaxConcurrentPerHost(int(transfers.size()));
    HistoryDatabase history;
    if (!history.open(state.filePath(u"history.sqlite"_s)))
        return abortRun(u"cannot open the history database"_s);
    HistoryRecorder recorder(jobs, history);

    Profile profile;
    profile.name = u"bench"_s;
    profile.baseUrl = url;
    profile.defaultBackupFolder = outputDir;
    const Result<Profile> added = profiles.add(profile);
    if (!added)
        return abortRun(added.error().userMessage());
    const QString profileId = added->id;

    AppContext context{ network, profiles, secrets, sessions, jobs, &history };
    MainWindow window(context, &recorder);
    window.resize(1280, 800);
    window.show();
    window.sidebar()->selectProfile(profileId);

    StallProbe probe;
    QList<JobId> ids;
    int finished = 0;
    qint64 bytes = 0;
    int status = 0;
    BackupLauncher launcher(jobs);

    QObject::connect(&jobs, &JobQueue::jobFinished, &window, [&](JobId id) {
        if (!ids.contains(id))
            return;
        const JobSnapshot snapshot = jobs.snapshot(id);
        if (snapshot.state != Job::State::Succeeded) {
            QTextStream(stderr) << "gui_stall: " << snapshot.errorMessage << '\n';
            status = 1;
        }
        bytes += snapshot.bytesDone;
        if (++finished < ids.size())
            return;
        probe.stop();
        const QList<double> stalls = probe.stalls();
        const auto over = std::count_if(stalls.begin(), stalls.end(), [](double ms) {
            return ms > STALL_LIMIT_MS;
        });
        QTextStream out(stdout);
        out << "stall_max_ms=" << QString::number(stalls.isEmpty() ? 0.0 : stalls.last(), 'f', 2)
            << " stall_p99_ms=" << QString::number(percentile(stalls, 0.99), 'f', 2)
            << " stall_p999_ms=" << QString::number(percentile(stalls, 0.999), 'f', 2) << " stalls_over_30ms=" << over
            << " ticks=" << stalls.size() << " seconds=" << QString::number(probe.seconds(), 'f', 2)
            << " bytes=" << bytes << '\n';
        QTextStream err(stderr);
        probe.printWorst(err, 5);
        QApplication::exit(status);
    });

    // The person's view: the host is selected and its collections are listed before the downloads start.
    QElapsedTimer setup;
    setup.start();
    QTimer waitForCollections;
    waitForCollections.setInterval(20);
    QObject::connect(&waitForCollections, &QTimer::timeout, &window, [&] {
        if (window.hostBrowser()->collectionModel().rowCount() < 1) {
            if (setup.elapsed() > SETUP_TIMEOUT_MS)
                abortRun(u"the host's collections did not load"_s);
            return;
        }
        waitForCollections.stop();
        HostSession *session = sessions.session(profileId);
        if (!session) {
            abortRun(u"no session for the profile"_s);
            return;
        }
        probe.start();
        for (const Transfer &transfer : std::as_const(transfers)) {
            ids.append(launcher.downloadSnapshot(
                *session, SnapshotScope::forCollection(transfer.collection), transfer.snapshot, outputDir));
        }
    });
    waitForCollections.start();
    QTimer::singleShot(RUN_TIMEOUT_MS, &window, [] {
        abortRun(u"timed out"_s);
    });
    return QApplication::exec();
}
