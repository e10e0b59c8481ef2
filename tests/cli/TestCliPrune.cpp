// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
// `snapdock-cli prune` as a person runs it: the real executable on backup folders in a QTemporaryDir, and against
// qdrant-emulator over real sockets for the server snapshots. Each test has its own application data folder.
#include "cli/CliTestSupport.h"
#include "core/jobs/JobJournal.h"
#include "core/storage/SnapshotMetadata.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Snapdock;
using Snapdock::TestSupport::CliFixture;
using Snapdock::TestSupport::CliRun;

namespace {

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

// Every file below `root`, relative, sorted.
QStringList filesBelow(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(root).relativeFilePath(it.next()));
    files.sort();
    return files;
}

QString serverSnapshotName(const QString &collection, int day)
{
    return u"%1-1-2026-11-%2-03-00-00.snapshot"_s.arg(collection).arg(day, 2, 10, QLatin1Char('0'));
}

} // namespace

class TestCliPrune : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void dryRun_thenRealRun();
    void json_hasEveryDecision();
    void withoutRules_isUsageError();
    void collectionFilter_prunesOnlyThatCollection();
    void writeProtectedBackup_exitsOneAndRemovesTheRest();
    void keepOnServer_deletesOldServerSnapshots();
    void keepOnServer_neverDeletesWhatAJournaledJobDownloads();

private:
    // A backup of `collection` started on 2026-11-`day` 03:00 UTC, in a dated folder below the backup folder;
    // returns its path relative to that folder.
    QString addBackup(const QString &collection, int day, qint64 size = 1024, const QString &host = {});
    [[nodiscard]] QString backupDir() const { return m_home->filePath(u"backups"_s); }
    [[nodiscard]] QProcessEnvironment environment() const;
    [[nodiscard]] CliRun run(const QStringList &arguments) const;
    // Puts snapshots of `collection` for days 1 … `days` on the emulated server, oldest first.
    void addServerSnapshots(const QString &collection, int days);

    CliFixture m_fixture;
    std::unique_ptr<QTemporaryDir> m_home;
};

void TestCliPrune::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_fixture.start());
}

void TestCliPrune::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    QVERIFY(QDir().mkpath(backupDir()));
}

void TestCliPrune::cleanup()
{
    QDirIterator it(
        m_home->path(), QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        QFile::setPermissions(it.next(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    m_home.reset();
}

QString TestCliPrune::addBackup(const QString &collection, int day, qint64 size, const QString &host)
{
    const QDateTime started(QDate(2026, 11, day), QTime(3, 0), Qt::UTC);
    const QString name = serverSnapshotName(collection, day);
    const QString relative = u"prod/%1/%2/%3"_s.arg(collection, started.date().toString(Qt::ISODate), name);
    const QString path = QDir(backupDir()).filePath(relative);
    if (!writeFile(path, QByteArray(size, 'b')))
        return {};
    SnapshotMetadata metadata;
    metadata.kind = u"collection"_s;
    metadata.host = host.isEmpty() ? m_fixture.host() : host;
    metadata.collection = collection;
    metadata.snapshotName = name;
    metadata.fileName = name;
    metadata.size = size;
    metadata.backupStartedAt = started;
    metadata.backupFinishedAt = started.addSecs(30);
    if (!metadata.writeTo(SnapshotMetadata::metadataPathFor(path)))
        return {};
    return relative;
}

QProcessEnvironment TestCliPrune::environment() const
{
    QProcessEnvironment environment = CliFixture::cleanEnvironment();
    environment.insert(u"XDG_DATA_HOME"_s, m_home->filePath(u"data"_s));
    environment.insert(u"XDG_CONFIG_HOME"_s, m_home->filePath(u"config"_s));
    // Days are local calendar days: fix the zone so that the expectations hold on any machine.
    environment.insert(u"TZ"_s, u"UTC"_s);
    return environment;
}

CliRun TestCliPrune::run(const QStringList &arguments) const
{
    return m_fixture.run(arguments, m_home->path(), environment());
}

void TestCliPrune::addServerSnapshots(const QString &collection, int days)
{
    for (int day = 1; day <= days; ++day) {
        const QString source = m_home->filePath(u"server-source-%1"_s.arg(day));
        QVERIFY(writeFile(source, QByteArray(100 * day, 's')));
        const QJsonValue added = m_fixture.control("POST",
            u"/snapshots"_s,
            QJsonObject{ { u"collection"_s, collection },
                { u"name"_s, serverSnapshotName(collection, day) },
                { u"sourcePath"_s, source },
                { u"checksumSidecar"_s, true } });
        QCOMPARE(added, QJsonValue(true));
    }
}

void TestCliPrune::dryRun_thenRealRun()
{
    QStringList backups;
    for (int day = 1; day <= 5; ++day)
        backups.append(addBackup(u"articles"_s, day, 1024 * day));
    QVERIFY(!backups.contains(QString()));
    const QStringList before = filesBelow(backupDir());
    QCOMPARE(before.size(), 10);

    const CliRun dry = run({ u"prune"_s, u"--dir"_s, backupDir(), u"--keep-daily"_s, u"2"_s, u"--dry-run"_s });
    QVERIFY2(dry.exitCode == 0, dry.err.constData());
    QCOMPARE(filesBelow(backupDir()), before);
    const QString dryText = dry.outText();
    QVERIFY2(dryText.contains(u"Dry run"_s), qPrintable(dryText));
    QVERIFY2(dryText.contains(u"Backups of \"articles\" on "_s + m_fixture.host()), qPrintable(dryText));
    QCOMPARE(dryText.count(u"WOULD REMOVE"_s), 3);
    QCOMPARE(dryText.count(u"KEEP"_s), 2);
    QVERIFY2(dryText.contains(u"kept: newest daily for 2026-11-05"_s), qPrintable(dryText));
    QVERIFY2(dryText.contains(u"Would remove 3 backups, 6.0 KiB would be freed; would keep 2."_s), qPrintable(dryText));
    QVERIFY(dryText.contains(backups.at(0)));

    const CliRun real = run({ u"prune"_s, u"--dir"_s, backupDir(), u"--keep-daily"_s, u"2"_s });
    QVERIFY2(real.exitCode == 0, real.err.constData());
    const QString text = real.outText();
    QVERIFY2(text.contains(u"Removed 3 backups, 6.0 KiB freed; kept 2."_s), qPrintable(text));
    QCOMPARE(text.count(u"REMOVED"_s), 3);
    QVERIFY(!text.contains(u"WOULD REMOVE"_s));
    QStringList expected;
    for (int i = 3; i < 5; ++i)
        expected << backups.at(i) << backups.at(i) + u".snapdock.json"_s;
    expected.sort();
    QCOMPARE(filesBelow(backupDir()), expected);
    // The dated folders it emptied went with them.
    QVERIFY(!QFileInfo::exists(QDir(backupDir()).filePath(u"prod/articles/2026-11-01"_s)));
    QVERIFY(QFileInfo(QDir(backupDir()).filePath(u"prod/articles"_s)).isDir());

    // Nothing left to do: a second run removes nothing.
    const CliRun again = run({ u"prune"_s, u"--dir"_s, backupDir(), u"--keep-daily"_s, u"2"_s });
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.outText().contains(u"Removed 0 backups, 0 B freed; kept 2."_s), again.out.constData());
}

void TestCliPrune::json_hasEveryDecision()
{
    for (int day = 1; day <= 4; ++day)
        QVERIFY(!addBackup(u"articles"_s, day).isEmpty());
    QVERIFY(writeFile(QDir(backupDir()).filePath(u"loose/orphan.snapshot"_s), "no metadata"));

    const CliRun result = run({ u"prune"_s,
        u"--dir"_s,
        backupDir(),
        u"--keep-last"_s,
        u"1"_s,
        u"--keep-weekly"_s,
        u"4"_s,
        u"--dry-run"_s,
        u"--json"_s });
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QJsonDocument document = result.json();
    QVERIFY2(document.isObject(), result.out.constData()); // stdout holds the JSON document and nothing else
    const QJsonObject root = document.object();
    QCOMPARE(root.value(u"command"_s).toString(), u"prune"_s);
    QCOMPARE(root.value(u"ok"_s).toBool(), true);
    QCOMPARE(root.value(u"exitCode"_s).toInt(-1), 0);
    QCOMPARE(root.value(u"dryRun"_s).toBool(), true);
    QCOMPARE(root.value(u"dir"_s).toString(), QDir::cleanPath(backupDir()));
    QCOMPARE(root.value(u"timeZone"_s).toString(), u"UTC"_s);
    QCOMPARE(root.value(u"policy"_s).toObject(),
        (QJsonObject{ { u"keepLast"_s, 1 },
            { u"keepHourly"_s, 0 },
            { u"keepDaily"_s, 0 },
            { u"keepWeekly"_s, 4 },
            { u"keepMonthly"_s, 0 },
            { u"keepYearly"_s, 0 } }));
    QVERIFY(root.value(u"server"_s).isNull());

    const QJsonObject local = root.value(u"local"_s).toObject();
    // 2026-11-01 is a Sunday (ISO week 44), 11-02 … 11-04 are in week 45.
    QCOMPARE(local.value(u"removed"_s).toInt(), 2);
    QCOMPARE(local.value(u"kept"_s).toInt(), 3);
    QCOMPARE(local.value(u"failed"_s).toInt(), 0);
    QCOMPARE(local.value(u"bytesFreed"_s).toInteger(), 2048);
    const QJsonArray decisions = local.value(u"decisions"_s).toArray();
    QCOMPARE(decisions.size(), 5);
    const QJsonObject newest = decisions.at(1).toObject();
    QCOMPARE(newest.value(u"action"_s).toString(), u"keep"_s);
    QCOMPARE(newest.value(u"collection"_s).toString(), u"articles"_s);
    QCOMPARE(newest.value(u"host"_s).toString(), m_fixture.host());
    QCOMPARE(newest.value(u"time"_s).toString(), u"2026-11-04T03:00:00.000Z"_s);
    QCOMPARE(newest.value(u"size"_s).toInteger(), 1024);
    QCOMPARE(newest.value(u"removed"_s).toBool(true), false);
    QVERIFY(newest.value(u"file"_s).toString().endsWith(serverSnapshotName(u"articles"_s, 4)));
    QVERIFY(newest.value(u"metadataFile"_s).toString().endsWith(u".snapshot.snapdock.json"_s));
    QCOMPARE(newest.value(u"reasons"_s).toArray(),
        (QJsonArray{ u"kept: the newest backup"_s, u"kept: newest weekly for 2026-W45"_s }));
    QCOMPARE(newest.value(u"rules"_s).toArray(), (QJsonArray{ u"last"_s, u"weekly"_s }));
    QCOMPARE(decisions.at(2).toObject().value(u"action"_s).toString(), u"remove"_s);
    QCOMPARE(decisions.at(2).toObject().value(u"reasons"_s).toArray(), QJsonArray{ u"removed: no rule keeps it"_s });
    QCOMPARE(
        decisions.at(4).toObject().value(u"reasons"_s).toArray(), QJsonArray{ u"kept: newest weekly for 2026-W44"_s });
    // The snapshot without metadata is its own group (no host: listed first), kept and explained.
    const QJsonObject orphan = decisions.at(0).toObject();
    QCOMPARE(orphan.value(u"action"_s).toString(), u"keep"_s);
    QVERIFY(orphan.value(u"time"_s).isNull());
    QVERIFY(orphan.value(u"metadataFile"_s).isNull());
    QVERIFY2(
        orphan.value(u"reasons"_s).toArray().at(0).toString().contains(u"no metadata file"_s), result.out.constData());
}

void TestCliPrune::withoutRules_isUsageError()
{
    QVERIFY(!addBackup(u"articles"_s, 1).isEmpty());
    const QStringList before = filesBelow(backupDir());

    const CliRun noRule = run({ u"prune"_s, u"--dir"_s, backupDir() });
    QCOMPARE(noRule.exitCode, 2);
    QVERIFY2(noRule.errText().contains(u"--keep-"_s), noRule.err.constData());
    QVERIFY(noRule.out.isEmpty());

    const CliRun zeros = run({ u"prune"_s, u"--dir"_s, backupDir(), u"--keep-daily"_s, u"0"_s });
    QCOMPARE(zeros.exitCode, 2);

    const CliRun noFolder = run({ u"prune"_s, u"--dir"_s, m_home->filePath(u"missing"_s), u"--keep-daily"_s, u"3"_s });
    QCOMPARE(noFolder.exitCode, 2);
    QVERIFY2(noFolder.errText().contains(u"missing"_s), noFolder.err.constData());

    // Deleting on a server needs the server named: never the default localhost by accident.
    const CliRun noHost = run({ u"prune"_s, u"--dir"_s, backupDir(), u"--keep-on-server"_s, u"2"_s });
    QCOMPARE(noHost.exitCode, 2);
    QVERIFY2(noHost.errText().contains(u"--host"_s), noHost.err.constData());
    QCOMPARE(filesBelow(backupDir()), before);
}

void TestCliPrune::collectionFilter_prunesOnlyThatCollection()
{
    for (int day = 1; day <= 3; ++day) {
        QVERIFY(!addBackup(u"articles"_s, day).isEmpty());
        QVERIFY(!addBackup(u"users"_s, day).isEmpty());
    }
    const CliRun result =
        run({ u"prune"_s, u"--dir"_s, backupDir(), u"--keep-last"_s, u"1"_s, u"--collection"_s, u"users"_s });
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(!result.outText().contains(u"\"articles\""_s));
    QStringList remaining = filesBelow(backupDir());
    QCOMPARE(remaining.filter(u"/articles/"_s).size(), 6);
    QCOMPARE(remaining.filter(u"/users/"_s),
        (QStringList{ u"prod/users/2026-11-03/"_s + serverSnapshotName(u"users"_s, 3),
            u"prod/users/2026-11-03/"_s + serverSnapshotName(u"users"_s, 3) + u".snapdock.json"_s }));
}

void TestCliPrune::writeProtectedBackup_exitsOneAndRemovesTheRest()
{
    QStringList backups;
    for (int day = 1; day <= 3; ++day)
        backups.append(addBackup(u"articles"_s, day));
    const QString protectedPath = QDir(backupDir()).filePath(backups.at(0));
    QVERIFY(QFile::setPermissions(protectedPath, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));

    const CliRun result = run({ u"prune"_s, u"--dir"_s, backupDir(), u"--keep-last"_s, u"1"_s });
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.errText().contains(protectedPath), result.err.constData());
    QVERIFY2(result.outText().contains(u"FAILED"_s), result.out.constData());
    QVERIFY(QFile::exists(protectedPath));
    QVERIFY(!QFile::exists(QDir(backupDir()).filePath(backups.at(1))));
    QVERIFY(QFile::exists(QDir(backupDir()).filePath(backups.at(2))));
}

void TestCliPrune::keepOnServer_deletesOldServerSnapshots()
{
    addServerSnapshots(u"products"_s, 4);
    // Local backups name the collection and the server; one of another server is not pruned there.
    QVERIFY(!addBackup(u"products"_s, 4).isEmpty());
    QVERIFY(!addBackup(u"elsewhere"_s, 4, 1024, u"http://other-qdrant:6333"_s).isEmpty());
    const QStringList all{ serverSnapshotName(u"products"_s, 1),
        serverSnapshotName(u"products"_s, 2),
        serverSnapshotName(u"products"_s, 3),
        serverSnapshotName(u"products"_s, 4) };
    QCOMPARE(m_fixture.snapshotNames(u"products"_s), all);

    const QStringList arguments = m_fixture.withManageKey(
        { u"prune"_s, u"--dir"_s, backupDir(), u"--keep-last"_s, u"3"_s, u"--keep-on-server"_s, u"2"_s });
    const CliRun dry = run(QStringList(arguments) << u"--dry-run"_s);
    QVERIFY2(dry.exitCode == 0, dry.err.constData());
    QCOMPARE(m_fixture.snapshotNames(u"products"_s), all);
    QVERIFY2(dry.outText().contains(u"Snapshots of \"products\" on "_s), dry.out.constData());
    QVERIFY2(dry.outText().contains(u"Server: would delete 2 snapshots, 300 B would be freed; would keep 2."_s),
        dry.out.constData());
    QVERIFY2(dry.errText().contains(u"other-qdrant"_s), dry.err.constData());

    const CliRun real = run(QStringList(arguments) << u"--json"_s);
    QVERIFY2(real.exitCode == 0, real.err.constData());
    QCOMPARE(m_fixture.snapshotNames(u"products"_s),
        (QStringList{ serverSnapshotName(u"products"_s, 3), serverSnapshotName(u"products"_s, 4) }));
    const QJsonObject server = real.json().object().value(u"server"_s).toObject();
    QCOMPARE(server.value(u"keepNewest"_s).toInt(), 2);
    QCOMPARE(server.value(u"deleted"_s).toInt(), 2);
    QCOMPARE(server.value(u"bytesFreed"_s).toInteger(), 300);
    const QJsonArray collections = server.value(u"collections"_s).toArray();
    QCOMPARE(collections.size(), 1);
    const QJsonObject products = collections.at(0).toObject();
    QCOMPARE(products.value(u"collection"_s).toString(), u"products"_s);
    QCOMPARE(products.value(u"ok"_s).toBool(), true);
    const QJsonArray snapshots = products.value(u"snapshots"_s).toArray();
    QCOMPARE(snapshots.size(), 4);
    QCOMPARE(snapshots.at(0).toObject().value(u"name"_s).toString(), serverSnapshotName(u"products"_s, 4));
    QCOMPARE(snapshots.at(0).toObject().value(u"reasons"_s).toArray(),
        QJsonArray{ u"kept: one of the 2 newest on the server"_s });
    QCOMPARE(snapshots.at(3).toObject().value(u"action"_s).toString(), u"remove"_s);
    QCOMPARE(snapshots.at(3).toObject().value(u"deleted"_s).toBool(), true);
    QCOMPARE(
        snapshots.at(3).toObject().value(u"reasons"_s).toArray(), QJsonArray{ u"removed: older than the 2 newest"_s });
    // The local backup is the only one of its group: kept.
    QCOMPARE(real.json().object().value(u"local"_s).toObject().value(u"removed"_s).toInt(), 0);
}

void TestCliPrune::keepOnServer_neverDeletesWhatAJournaledJobDownloads()
{
    addServerSnapshots(u"empty-collection"_s, 3);
    // Another snapdock process (this test process stands in for it, and is alive) is downloading the oldest one.
    JobJournal journal;
    QVERIFY(journal.open(m_home->filePath(u"data/Snapdock/snapdock/queue.sqlite"_s)));
    PendingJob job;
    job.kind = JobKind::Download;
    job.host = m_fixture.host();
    job.collection = u"empty-collection"_s;
    job.title = u"Download empty-collection"_s;
    const Result<qint64> id = journal.add(job);
    QVERIFY(id.has_value());
    DownloadCheckpoint checkpoint;
    checkpoint.snapshotName = serverSnapshotName(u"empty-collection"_s, 1);
    checkpoint.partPath = m_home->filePath(u"out/x.part"_s);
    QVERIFY(journal.setCheckpoint(*id, checkpoint).has_value());
    journal.close();

    const CliRun result = run(m_fixture.withManageKey({ u"prune"_s,
        u"--dir"_s,
        backupDir(),
        u"--collection"_s,
        u"empty-collection"_s,
        u"--keep-on-server"_s,
        u"1"_s }));
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(m_fixture.snapshotNames(u"empty-collection"_s),
        (QStringList{ serverSnapshotName(u"empty-collection"_s, 1), serverSnapshotName(u"empty-collection"_s, 3) }));
    QVERIFY2(result.outText().contains(u"kept: a running Snapdock job is downloading it"_s), result.out.constData());
}

QTEST_GUILESS_MAIN(TestCliPrune)
#include "TestCliPrune.moc"
