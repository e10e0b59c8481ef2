// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jobs/JobQueue.h"
#include "core/profiles/MemorySecretStore.h"
#include "emulator/QdrantEmulator.h"
#include "gui/HostSession.h"
#include "gui/RestoreSource.h"
#include "gui/models/CollectionTableModel.h"
#include "gui/models/DisplayFormat.h"
#include "gui/models/LocalBackupModel.h"
#include "gui/models/ServerSnapshotModel.h"
#include "gui/widgets/CollectionsView.h"
#include "gui/widgets/HostBrowser.h"
#include "gui/widgets/LoadStateBanner.h"
#include "gui/widgets/LocalBackupsView.h"
#include "gui/widgets/ServerSnapshotsView.h"
#include "gui/widgets/SnapshotDetailsPanel.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QItemSelectionModel>
#include <QJsonObject>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Snapdock;
using namespace Snapdock::Emulator;

namespace {

const QString API_KEY = u"browser-test-key"_s;
constexpr int TIMEOUT_MS = 30'000;

} // namespace

class TestHostBrowser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void collectionsTable_showsEmulatorCollections();
    void filter_narrowsRows();
    void backupSelected_enqueuesJobsThatProduceVerifiableFiles();
    void serverSnapshots_listWhatTheEmulatorHas_andDeleteAfterConfirmation();
    void wrongKey_showsErrorInView_andRetryWorksAfterFix();
    void restore_emitsSourceForServerSnapshotAndLocalFile();
    void noSession_disablesActions();

private:
    [[nodiscard]] std::unique_ptr<HostSession> makeSession(const QString &key);
    [[nodiscard]] bool waitForDetails(HostBrowser &browser, int rows);
    void selectRowsByName(QTableView *table, int role, const QStringList &names);
    void grab(QWidget &widget, const QString &name);

    QNetworkAccessManager m_network;
    MemorySecretStore m_secrets;
    std::unique_ptr<QdrantEmulator> m_emulator;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<JobQueue> m_jobs;
    Profile m_profile;
};

void TestHostBrowser::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_network.setProxy(QNetworkProxy::NoProxy);
}

void TestHostBrowser::init()
{
    EmulatorConfig config;
    config.apiKey = API_KEY;
    config.walBytes = 64 * 1024;
    m_emulator = std::make_unique<QdrantEmulator>(config);
    QVERIFY(m_emulator->listen());
    CollectionSpec articles;
    articles.name = u"articles"_s;
    articles.vectors = QJsonObject{ { u"size"_s, 4 }, { u"distance"_s, u"Cosine"_s } };
    articles.pointsCount = 321;
    m_emulator->addCollection(articles);
    CollectionSpec products;
    products.name = u"products"_s;
    products.vectors = QJsonObject{ { u"size"_s, 8 }, { u"distance"_s, u"Dot"_s } };
    products.shardNumber = 2;
    products.pointsCount = 1500;
    products.aliases = { u"shop"_s };
    m_emulator->addCollection(products);
    CollectionSpec logs;
    logs.name = u"logs"_s;
    logs.vectors = QJsonObject{ { u"size"_s, 4 }, { u"distance"_s, u"Euclid"_s } };
    logs.shardNumber = 3;
    logs.pointsCount = 12;
    m_emulator->addCollection(logs);

    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_jobs = std::make_unique<JobQueue>();
    m_profile = Profile();
    m_profile.id = Profile::createId();
    m_profile.name = u"Emulator"_s;
    m_profile.baseUrl = m_emulator->baseUrl();
    m_profile.defaultBackupFolder = m_dir->path();
}

void TestHostBrowser::cleanup()
{
    m_jobs.reset();
    m_emulator.reset();
    m_dir.reset();
}

std::unique_ptr<HostSession> TestHostBrowser::makeSession(const QString &key)
{
    auto session = std::make_unique<HostSession>(m_network, m_secrets, m_profile);
    session->setSessionKey(key);
    return session;
}

bool TestHostBrowser::waitForDetails(HostBrowser &browser, int rows)
{
    const CollectionTableModel &model = browser.collectionModel();
    auto loaded = [&model, rows] {
        if (model.rowCount() != rows)
            return false;
        for (int row = 0; row < rows; ++row) {
            if (!model.info(model.collectionAt(row))
                || model.index(row, CollectionTableModel::SnapshotsColumn).data().toString().isEmpty())
                return false;
        }
        return true;
    };
    return QTest::qWaitFor(loaded, TIMEOUT_MS);
}

void TestHostBrowser::selectRowsByName(QTableView *table, int role, const QStringList &names)
{
    QItemSelection selection;
    QModelIndex first;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, 0);
        if (names.contains(index.data(role).toString())) {
            selection.select(index, index);
            if (!first.isValid())
                first = index;
        }
    }
    table->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void TestHostBrowser::grab(QWidget &widget, const QString &name)
{
    const QString path = QDir(QCoreApplication::applicationDirPath()).filePath(name);
    QVERIFY2(widget.grab().save(path), qPrintable(path));
    qInfo("screenshot: %s", qPrintable(path));
}

void TestHostBrowser::collectionsTable_showsEmulatorCollections()
{
    auto session = makeSession(API_KEY);
    HostBrowser browser(*m_jobs);
    browser.resize(1280, 720);
    browser.show();
    browser.setSession(session.get());
    QVERIFY(waitForDetails(browser, 3));

    const CollectionTableModel &model = browser.collectionModel();
    const int products = model.rowOf(u"products"_s);
    QVERIFY(products >= 0);
    QCOMPARE(
        model.index(products, CollectionTableModel::PointsColumn).data(CollectionTableModel::SortRole).toLongLong(),
        1500);
    QCOMPARE(model.index(products, CollectionTableModel::ShardsColumn).data().toString(), u"2"_s);
    QVERIFY(model.index(products, CollectionTableModel::VectorsColumn).data().toString().contains(u"8"_s));
    QVERIFY(model.index(products, CollectionTableModel::VectorsColumn).data().toString().contains(u"Dot"_s));
    QCOMPARE(model.index(products, CollectionTableModel::AliasesColumn).data().toString(), u"shop"_s);
    QCOMPARE(model.index(products, CollectionTableModel::SnapshotsColumn).data().toString(), u"0"_s);
    QCOMPARE(browser.collectionsView()->banner()->state(), LoadStateBanner::State::Hidden);

    // The history hook.
    browser.setLastBackups({ { u"logs"_s, QDateTime::currentDateTimeUtc().addSecs(-7200) } });
    QCOMPARE(model.index(model.rowOf(u"logs"_s), CollectionTableModel::BackupAgeColumn).data().toString(),
        DisplayFormat::age(7200));

    // The scope chooser offers the full storage and each collection.
    QCOMPARE(browser.serverSnapshotsView()->scopeCombo()->count(), 4);
    QVERIFY(browser.backupAllAction()->isEnabled());
    QVERIFY(!browser.backupSelectedAction()->isEnabled());
    grab(browser, u"host-browser-collections.png"_s);
}

void TestHostBrowser::filter_narrowsRows()
{
    auto session = makeSession(API_KEY);
    HostBrowser browser(*m_jobs);
    browser.setSession(session.get());
    QVERIFY(waitForDetails(browser, 3));
    QSortFilterProxyModel *proxy = browser.collectionsView()->proxyModel();
    QCOMPARE(proxy->rowCount(), 3);
    browser.collectionsView()->filterEdit()->setText(u"PROD"_s);
    QCOMPARE(proxy->rowCount(), 1);
    QCOMPARE(proxy->index(0, 0).data().toString(), u"products"_s);
    // Aliases are searched too.
    browser.collectionsView()->filterEdit()->setText(u"shop"_s);
    QCOMPARE(proxy->rowCount(), 1);
    browser.collectionsView()->filterEdit()->setText(u"nothing-matches"_s);
    QCOMPARE(proxy->rowCount(), 0);
    browser.collectionsView()->filterEdit()->clear();
    QCOMPARE(proxy->rowCount(), 3);
}

void TestHostBrowser::backupSelected_enqueuesJobsThatProduceVerifiableFiles()
{
    auto session = makeSession(API_KEY);
    HostBrowser browser(*m_jobs);
    browser.resize(1280, 720);
    browser.show();
    browser.setSession(session.get());
    QVERIFY(waitForDetails(browser, 3));

    browser.collectionsView()->selectCollections({ u"articles"_s, u"logs"_s });
    QCOMPARE(browser.collectionsView()->selectedCollections().size(), 2);
    QVERIFY(browser.backupSelectedAction()->isEnabled());

    QSignalSpy added(m_jobs.get(), &JobQueue::jobAdded);
    QSignalSpy finished(m_jobs.get(), &JobQueue::jobFinished);
    QSignalSpy enqueued(&browser, &HostBrowser::jobsEnqueued);
    browser.backupSelectedAction()->trigger();
    QCOMPARE(added.count(), 2);
    QCOMPARE(enqueued.count(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, TIMEOUT_MS);

    QStringList collections;
    for (const JobId id : m_jobs->jobIds()) {
        const JobSnapshot snapshot = m_jobs->snapshot(id);
        QVERIFY2(snapshot.state == Job::State::Succeeded, qPrintable(snapshot.errorMessage));
        const JobDescription *description = m_jobs->description(id);
        QVERIFY(description);
        QCOMPARE(description->kind, JobKind::Backup);
        QCOMPARE(description->hostKey, m_profile.id);
        QCOMPARE(description->profileName, m_profile.name);
        QCOMPARE(description->title, u"Back up %1"_s.arg(description->collection));
        QVERIFY(description->factory);
        collections.append(description->collection);
    }
    collections.sort();
    QCOMPARE(collections, (QStringList{ u"articles"_s, u"logs"_s }));

    // <backup folder>/<profile>/<collection>/<snapshot>.snapshot + .snapdock.json
    for (const QString &collection : std::as_const(collections)) {
        const QDir folder(QDir(m_dir->path()).filePath(u"Emulator/"_s + collection));
        QCOMPARE(folder.entryList({ u"*.snapshot"_s }, QDir::Files).size(), 1);
        QCOMPARE(folder.entryList({ u"*.snapshot.snapdock.json"_s }, QDir::Files).size(), 1);
    }

    // The local view lists the new files (rescanned when the jobs finished) …
    LocalBackupModel &local = browser.localBackupModel();
    QTRY_COMPARE_WITH_TIMEOUT(local.rowCount(), 2, TIMEOUT_MS);
    for (int row = 0; row < 2; ++row)
        QCOMPARE(local.status(local.snapshotPathAt(row)), LocalBackupModel::Status::Ok);

    // … and verifying marks them verified.
    browser.showLocalBackups();
    QTableView *table = browser.localBackupsView()->tableView();
    table->selectAll();
    QVERIFY(browser.verifyAction()->isEnabled());
    browser.verifyAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(local.status(local.snapshotPathAt(0)) == LocalBackupModel::Status::Verified
            && local.status(local.snapshotPathAt(1)) == LocalBackupModel::Status::Verified,
        TIMEOUT_MS);
    QCOMPARE(local.index(0, LocalBackupModel::StatusColumn).data().toString(), u"verified ✓"_s);

    // The details panel previews the selected archive.
    selectRowsByName(table, LocalBackupModel::SnapshotPathRole, { local.snapshotPathAt(0) });
    QTRY_VERIFY_WITH_TIMEOUT(!browser.detailsPanel()->isPreviewPending(), TIMEOUT_MS);
    QVERIFY2(browser.detailsPanel()->plainText().contains(u"Archive contents"_s),
        qPrintable(browser.detailsPanel()->plainText()));
    QVERIFY(browser.detailsPanel()->plainText().contains(u"Shards with data"_s));
    grab(browser, u"host-browser-local.png"_s);

    // A flipped byte (same size) is a mismatch.
    const QString corrupted = local.snapshotPathAt(1);
    {
        QFile file(corrupted);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(file.size() / 2));
        char byte = 0;
        QVERIFY(file.getChar(&byte));
        QVERIFY(file.seek(file.size() / 2));
        QVERIFY(file.putChar(char(byte ^ 0x5a)));
    }
    selectRowsByName(table, LocalBackupModel::SnapshotPathRole, { corrupted });
    browser.verifyAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(local.status(corrupted), LocalBackupModel::Status::Mismatch, TIMEOUT_MS);
    QCOMPARE(local.index(local.rowOf(corrupted), LocalBackupModel::StatusColumn).data().toString(), u"mismatch ✗"_s);
    QCOMPARE(local.status(local.snapshotPathAt(0)), LocalBackupModel::Status::Verified);

    // Deleting a local backup (confirmed) removes the snapshot and its metadata.
    selectRowsByName(table, LocalBackupModel::SnapshotPathRole, { corrupted });
    QVERIFY(browser.deleteAction()->isEnabled());
    browser.deleteAction()->trigger();
    auto *box = browser.findChild<QMessageBox *>();
    QVERIFY(box);
    QVERIFY(box->text().contains(QFileInfo(corrupted).fileName()));
    box->button(QMessageBox::Yes)->click();
    QVERIFY(!QFile::exists(corrupted));
    QVERIFY(!QFile::exists(corrupted + u".snapdock.json"_s));
    QCOMPARE(local.rowCount(), 1);
}

void TestHostBrowser::serverSnapshots_listWhatTheEmulatorHas_andDeleteAfterConfirmation()
{
    // Two snapshots on the server before the browser looks.
    auto session = makeSession(API_KEY);
    {
        HostBrowser creator(*m_jobs);
        creator.setSession(session.get());
        QVERIFY(waitForDetails(creator, 3));
        creator.collectionsView()->selectCollections({ u"products"_s });
        QSignalSpy added(m_jobs.get(), &JobQueue::jobAdded);
        QSignalSpy finished(m_jobs.get(), &JobQueue::jobFinished);
        creator.backupSelectedAction()->trigger();
        // A second request while the first backup of the collection is pending is ignored.
        creator.backupSelectedAction()->trigger();
        QCOMPARE(added.count(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, TIMEOUT_MS);
        QCOMPARE(m_jobs->snapshot(m_jobs->jobIds().constFirst()).state, Job::State::Succeeded);
    }
    // Qdrant names snapshots by the second, so a second one is copied rather than created.
    const QString first = m_emulator->snapshotNames(u"products"_s).value(0);
    QVERIFY(m_emulator->addSnapshotFile(
        u"products"_s, u"products-copy.snapshot"_s, m_emulator->snapshotFilePath(u"products"_s, first), true));
    const QStringList onServer = m_emulator->snapshotNames(u"products"_s);
    QCOMPARE(onServer.size(), 2);

    HostBrowser browser(*m_jobs);
    browser.resize(1280, 720);
    browser.show();
    browser.setSession(session.get());
    QVERIFY(waitForDetails(browser, 3));
    QCOMPARE(browser.collectionModel()
                 .index(browser.collectionModel().rowOf(u"products"_s), CollectionTableModel::SnapshotsColumn)
                 .data()
                 .toString(),
        u"2"_s);

    // Double-click on a collection (here: its action) shows its server snapshots.
    browser.collectionsView()->selectCollections({ u"products"_s });
    QTableView *collections = browser.collectionsView()->tableView();
    const QModelIndex productsIndex = collections->selectionModel()->selectedRows().value(0);
    QVERIFY(productsIndex.isValid());
    Q_EMIT collections->doubleClicked(productsIndex);
    QCOMPARE(browser.serverSnapshotsView()->currentScope().collection, u"products"_s);
    QVERIFY(browser.isServerTabActive());

    ServerSnapshotModel &model = browser.serverSnapshotModel();
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 2, TIMEOUT_MS);
    QStringList listed{ model.snapshotNameAt(0), model.snapshotNameAt(1) };
    listed.sort();
    QCOMPARE(listed, onServer);
    QVERIFY(model.index(0, ServerSnapshotModel::SizeColumn).data(ServerSnapshotModel::SortRole).toLongLong() > 0);

    // Selecting shows the server's description in the details panel.
    QTableView *table = browser.serverSnapshotsView()->tableView();
    const QString victim = onServer.first();
    selectRowsByName(table, ServerSnapshotModel::SnapshotNameRole, { victim });
    QVERIFY(browser.detailsPanel()->plainText().contains(victim));
    QVERIFY(browser.downloadAction()->isEnabled());
    grab(browser, u"host-browser-server.png"_s);

    // Cancelling the confirmation deletes nothing.
    browser.deleteAction()->trigger();
    auto *box = browser.findChild<QMessageBox *>();
    QVERIFY(box);
    QVERIFY(box->isVisible());
    QVERIFY(box->text().contains(victim));
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!browser.findChild<QMessageBox *>());
    QCOMPARE(m_emulator->snapshotNames(u"products"_s).size(), 2);

    browser.deleteAction()->trigger();
    box = browser.findChild<QMessageBox *>();
    QVERIFY(box);
    box->button(QMessageBox::Yes)->click();
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 1, TIMEOUT_MS);
    QCOMPARE(m_emulator->snapshotNames(u"products"_s), QStringList{ onServer.last() });
    QCOMPARE(browser.collectionModel()
                 .index(browser.collectionModel().rowOf(u"products"_s), CollectionTableModel::SnapshotsColumn)
                 .data()
                 .toString(),
        u"1"_s);

    // Download the remaining one into the default folder (emptied first: the backups above left it there).
    QVERIFY(QDir(QDir(m_dir->path()).filePath(u"Emulator/products"_s)).removeRecursively());
    selectRowsByName(table, ServerSnapshotModel::SnapshotNameRole, { onServer.last() });
    QSignalSpy finished(m_jobs.get(), &JobQueue::jobFinished);
    browser.downloadAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, TIMEOUT_MS);
    const JobId download = m_jobs->jobIds().constLast();
    QCOMPARE(m_jobs->description(download)->kind, JobKind::Download);
    QCOMPARE(m_jobs->snapshot(download).state, Job::State::Succeeded);
    QVERIFY(QFile::exists(QDir(m_dir->path()).filePath(u"Emulator/products/"_s + onServer.last())));
}

void TestHostBrowser::wrongKey_showsErrorInView_andRetryWorksAfterFix()
{
    auto session = makeSession(u"wrong-key"_s);
    HostBrowser browser(*m_jobs);
    browser.resize(1280, 720);
    browser.show();
    browser.setSession(session.get());
    LoadStateBanner *banner = browser.collectionsView()->banner();
    QTRY_COMPARE_WITH_TIMEOUT(banner->state(), LoadStateBanner::State::Error, TIMEOUT_MS);
    QVERIFY2(banner->text().contains(u"rejected the API key"_s), qPrintable(banner->text()));
    QVERIFY(banner->retryButton()->isVisible());
    QCOMPARE(browser.collectionModel().rowCount(), 0);
    // No modal box for a background failure.
    QVERIFY(!browser.findChild<QMessageBox *>());
    // The full storage is still offered, and its listing fails the same way, in its own banner.
    QTRY_COMPARE_WITH_TIMEOUT(
        browser.serverSnapshotsView()->banner()->state(), LoadStateBanner::State::Error, TIMEOUT_MS);
    grab(browser, u"host-browser-wrong-key.png"_s);

    // The key is corrected; Retry loads the collections.
    session->setSessionKey(API_KEY);
    banner->retryButton()->click();
    QVERIFY(waitForDetails(browser, 3));
    QCOMPARE(banner->state(), LoadStateBanner::State::Hidden);
}

void TestHostBrowser::restore_emitsSourceForServerSnapshotAndLocalFile()
{
    auto session = makeSession(API_KEY);
    HostBrowser browser(*m_jobs);
    browser.show();
    browser.setSession(session.get());
    QVERIFY(waitForDetails(browser, 3));
    browser.collectionsView()->selectCollections({ u"logs"_s });
    QSignalSpy finished(m_jobs.get(), &JobQueue::jobFinished);
    browser.backupSelectedAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, TIMEOUT_MS);

    QSignalSpy restore(&browser, &HostBrowser::restoreRequested);
    browser.showServerSnapshotsOf(u"logs"_s);
    QTRY_COMPARE_WITH_TIMEOUT(browser.serverSnapshotModel().rowCount(), 1, TIMEOUT_MS);
    const QString name = browser.serverSnapshotModel().snapshotNameAt(0);
    selectRowsByName(browser.serverSnapshotsView()->tableView(), ServerSnapshotModel::SnapshotNameRole, { name });
    QVERIFY(browser.restoreAction()->isEnabled());
    browser.restoreAction()->trigger();
    QCOMPARE(restore.count(), 1);
    auto source = restore.takeFirst().at(0).value<RestoreSource>();
    QCOMPARE(source.kind, RestoreSource::Kind::ServerSnapshot);
    QCOMPARE(source.snapshotName, name);
    QCOMPARE(source.scope.collection, u"logs"_s);
    QCOMPARE(source.profileId, m_profile.id);

    browser.showLocalBackups();
    LocalBackupModel &local = browser.localBackupModel();
    QTRY_COMPARE_WITH_TIMEOUT(local.rowCount(), 1, TIMEOUT_MS);
    QTableView *table = browser.localBackupsView()->tableView();
    selectRowsByName(table, LocalBackupModel::SnapshotPathRole, { local.snapshotPathAt(0) });
    // Double-click restores a local backup.
    Q_EMIT table->doubleClicked(table->selectionModel()->currentIndex());
    QCOMPARE(restore.count(), 1);
    source = restore.takeFirst().at(0).value<RestoreSource>();
    QCOMPARE(source.kind, RestoreSource::Kind::LocalFile);
    QCOMPARE(source.path, local.snapshotPathAt(0));
    QCOMPARE(source.scope.collection, u"logs"_s);
}

void TestHostBrowser::noSession_disablesActions()
{
    HostBrowser browser(*m_jobs);
    browser.setSession(nullptr);
    for (QAction *action : { browser.refreshAction(),
             browser.backupSelectedAction(),
             browser.backupAllAction(),
             browser.downloadAction(),
             browser.deleteAction(),
             browser.restoreAction(),
             browser.verifyAction() })
        QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
    QCOMPARE(browser.collectionsView()->banner()->state(), LoadStateBanner::State::Message);
    QCOMPARE(browser.refreshAction()->shortcut(), QKeySequence(QKeySequence::Refresh));
    QCOMPARE(browser.backupSelectedAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_B));
    QCOMPARE(browser.deleteAction()->shortcut(), QKeySequence(QKeySequence::Delete));
    QCOMPARE(browser.restoreAction()->shortcut(), QKeySequence(Qt::Key_Return));
}

QTEST_MAIN(TestHostBrowser)
#include "TestHostBrowser.moc"
