// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/history/HistoryDatabase.h"
#include "core/history/HistoryRecorder.h"
#include "core/jobs/JobQueue.h"
#include "core/profiles/MemorySecretStore.h"
#include "core/profiles/ProfileStore.h"
#include "core/profiles/SecretJob.h"
#include "emulator/QdrantEmulator.h"
#include "gui/AppContext.h"
#include "gui/HostSession.h"
#include "gui/MainWindow.h"
#include "gui/SessionManager.h"
#include "gui/dialogs/RestoreDialog.h"
#include "gui/models/CollectionTableModel.h"
#include "gui/widgets/HostBrowser.h"
#include "gui/widgets/ProfileSidebar.h"

#include <QAction>
#include <QDirIterator>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Snapdock;

// The "done when", as one person would do it: two hosts; back up every collection of the first; drop one
// of those backups onto the window while the second host is selected; restore it there as a new collection; see
// it all in the queue and in the history.
class TestDesktopScenario : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void backUpOneHost_dropBackupOnOther_restoresAsNewCollection();

private:
    QNetworkAccessManager m_network;
};

void TestDesktopScenario::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_network.setProxy(QNetworkProxy::NoProxy);
}

void TestDesktopScenario::backUpOneHost_dropBackupOnOther_restoresAsNewCollection()
{
    QTemporaryDir dir;
    Emulator::EmulatorConfig configA;
    configA.apiKey = u"key-of-host-a"_s;
    Emulator::QdrantEmulator hostA(configA);
    Emulator::EmulatorConfig configB;
    configB.apiKey = u"key-of-host-b"_s;
    configB.peerId = 777;
    Emulator::QdrantEmulator hostB(configB);
    QVERIFY(hostA.listen());
    QVERIFY(hostB.listen());
    hostA.seedDemoCollections();

    ProfileStore profiles(dir.filePath(u"settings.ini"_s));
    MemorySecretStore secrets;
    Profile a;
    a.name = u"Host A"_s;
    a.baseUrl = hostA.baseUrl();
    a.defaultBackupFolder = dir.filePath(u"backups"_s);
    Profile b = a;
    b.name = u"Host B"_s;
    b.baseUrl = hostB.baseUrl();
    const QString idA = profiles.add(a).value().id;
    const QString idB = profiles.add(b).value().id;
    for (const auto &[id, key] : { std::pair{ idA, u"key-of-host-a"_s }, std::pair{ idB, u"key-of-host-b"_s } }) {
        SecretJob *write = secrets.write(id, key);
        QSignalSpy written(write, &SecretJob::finished);
        QVERIFY(written.wait(5000));
        write->deleteLater();
    }

    SessionManager sessions(m_network, profiles, secrets);
    JobQueue jobs;
    HistoryDatabase history;
    QVERIFY(history.open(dir.filePath(u"history.sqlite"_s)));
    HistoryRecorder recorder(jobs, history);
    AppContext context{ m_network, profiles, secrets, sessions, jobs, &history };
    MainWindow window(context, &recorder);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // Back up every collection of host A.
    window.sidebar()->selectProfile(idA);
    QTRY_COMPARE_WITH_TIMEOUT(window.hostBrowser()->collectionModel().rowCount(), 4, 15'000);
    QSignalSpy finished(&jobs, &JobQueue::jobFinished);
    window.hostBrowser()->backupAllAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 4, 60'000);
    QString productsBackup;
    QDirIterator files(
        dir.filePath(u"backups"_s), { u"products-*.snapshot"_s }, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext())
        productsBackup = files.next();
    QVERIFY2(!productsBackup.isEmpty(), "the backup of products is on disk");

    // Drop it onto the window while host B is selected, and restore it there as a new collection.
    window.sidebar()->selectProfile(idB);
    QTRY_COMPARE_WITH_TIMEOUT(window.hostBrowser()->session()->profile().id, idB, 5000);
    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(productsBackup) });
    const QPoint centre = window.rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &enter);
    QDropEvent drop(QPointF(centre), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &drop);
    auto *dialog = window.findChild<RestoreDialog *>();
    QVERIFY(dialog);
    dialog->setTarget(RestoreTarget::CreateNew, u"products from A"_s);
    dialog->checkNow();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isPreflightRunning(), 15'000);
    QTRY_VERIFY2_WITH_TIMEOUT(dialog->restoreButton()->isEnabled(), qPrintable(dialog->blockingReason()), 15'000);
    QSignalSpy queued(dialog, &RestoreDialog::restoreQueued);
    dialog->restoreButton()->click();
    QCOMPARE(queued.count(), 1);
    const JobId restoreId = queued.first().first().value<JobId>();

    QTRY_VERIFY_WITH_TIMEOUT(jobs.snapshot(restoreId).isFinished(), 60'000);
    QVERIFY2(
        jobs.snapshot(restoreId).state == Job::State::Succeeded, qPrintable(jobs.snapshot(restoreId).errorMessage));
    QVERIFY(hostB.hasCollection(u"products from A"_s));
    QCOMPARE(hostB.collection(u"products from A"_s).pointsCount, hostA.collection(u"products"_s).pointsCount);
    QVERIFY(hostB.snapshotNames(u"products from A"_s).isEmpty()); // the uploaded copy was removed

    // Everything is in the queue and in the history: four backups and one restore, all succeeded.
    QCOMPARE(jobs.jobIds().size(), 5);
    HistoryFilter succeeded;
    succeeded.outcome = HistoryOutcome::Succeeded;
    QTRY_COMPARE_WITH_TIMEOUT(history.count(succeeded).value_or(0), 5, 10'000);
    QCOMPARE(history.count(HistoryFilter()).value_or(0), 5);
    QVERIFY(window.grab().save(dir.filePath(u"scenario.png"_s)));
}

QTEST_MAIN(TestDesktopScenario)
#include "TestDesktopScenario.moc"
