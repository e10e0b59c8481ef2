// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/catalog/BackupCatalog.h"
#include "core/retention/LocalPruner.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Snapdock;

namespace {

const QString HOST = u"http://qdrant:6333"_s;

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

// Every file and folder below `root`, relative, sorted; folders end in '/'.
QStringList treeOf(const QString &root)
{
    QStringList entries;
    QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QString relative = QDir(root).relativeFilePath(it.filePath());
        entries.append(it.fileInfo().isDir() ? relative + u'/' : relative);
    }
    entries.sort();
    return entries;
}

RetentionPolicy keepDaily(int days)
{
    RetentionPolicy policy;
    policy.keepDaily = days;
    return policy;
}

} // namespace

class TestLocalPruner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void candidatesFor_readsMetadata();
    void apply_dryRun_deletesNothing();
    void apply_realRun_deletesExactlyThePlannedPairs();
    void apply_removesFoldersItEmptied_neverTheRoot();
    void apply_writeProtectedFile_failsForThatBackupOnly();
    void apply_neverTouchesFilesOutsideThePlanOrTheFolder();

private:
    // A backup `relativePath` (e.g. "prod/articles/2026-11-01/articles-1.snapshot") of `size` bytes, whose
    // metadata says it started at `startedAt`.
    QString addBackup(const QString &relativePath,
        const QDateTime &startedAt,
        qint64 size = 1000,
        const QString &collection = u"articles"_s,
        bool pinned = false);
    // Five daily backups of "articles", 2026-11-01 … 11-05 at 03:00 UTC, in dated folders, plus files that are
    // not backups. Returns the snapshot paths, oldest first.
    QStringList addDailyBackups();
    [[nodiscard]] QList<LocalBackup> scan() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_root;
};

void TestLocalPruner::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestLocalPruner::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_root = m_dir->filePath(u"backups"_s);
    QVERIFY(QDir().mkpath(m_root));
}

void TestLocalPruner::cleanup()
{
    // Make everything writable again so that QTemporaryDir can clean up.
    QDirIterator it(
        m_dir->path(), QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        QFile::setPermissions(it.next(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    m_dir.reset();
}

QString TestLocalPruner::addBackup(
    const QString &relativePath, const QDateTime &startedAt, qint64 size, const QString &collection, bool pinned)
{
    const QString snapshotPath = QDir(m_root).filePath(relativePath);
    if (!writeFile(snapshotPath, QByteArray(size, 'x')))
        return {};
    SnapshotMetadata metadata;
    metadata.kind = u"collection"_s;
    metadata.host = HOST;
    metadata.collection = collection;
    metadata.fileName = QFileInfo(snapshotPath).fileName();
    metadata.snapshotName = metadata.fileName;
    metadata.size = size;
    metadata.backupStartedAt = startedAt;
    metadata.backupFinishedAt = startedAt.addSecs(90);
    metadata.pinned = pinned;
    if (!metadata.writeTo(SnapshotMetadata::metadataPathFor(snapshotPath)))
        return {};
    return snapshotPath;
}

QStringList TestLocalPruner::addDailyBackups()
{
    QStringList paths;
    for (int day = 1; day <= 5; ++day) {
        const QDateTime started(QDate(2026, 11, day), QTime(3, 0), Qt::UTC);
        const QString date = started.date().toString(Qt::ISODate);
        paths.append(addBackup(u"prod/articles/%1/articles-%2.snapshot"_s.arg(date).arg(day), started, 1000 * day));
    }
    // Not backups, or not in the plan: a note, a download in progress, and an empty folder that was empty before.
    writeFile(QDir(m_root).filePath(u"prod/articles/2026-11-01/README.txt"_s), "kept by hand");
    writeFile(QDir(m_root).filePath(u"prod/articles/2026-11-02/articles-9.snapshot.part"_s), "partial");
    QDir().mkpath(QDir(m_root).filePath(u"prod/articles/empty-before"_s));
    return paths;
}

QList<LocalBackup> TestLocalPruner::scan() const
{
    auto backups = BackupCatalog::scan(m_root);
    return backups ? *backups : QList<LocalBackup>();
}

void TestLocalPruner::candidatesFor_readsMetadata()
{
    const QDateTime started(QDate(2026, 11, 1), QTime(3, 0), Qt::UTC);
    const QString plain = addBackup(u"a/one.snapshot"_s, started);
    const QString pinned = addBackup(u"a/two.snapshot"_s, started.addDays(1), 10, u"users"_s, true);
    const QString missing = addBackup(u"a/three.snapshot"_s, started.addDays(2));
    QVERIFY(QFile::remove(missing));
    QVERIFY(writeFile(QDir(m_root).filePath(u"a/orphan.snapshot"_s), "no metadata"));
    QVERIFY(writeFile(QDir(m_root).filePath(u"a/broken.snapshot"_s), "x"));
    QVERIFY(writeFile(QDir(m_root).filePath(u"a/broken.snapshot.snapdock.json"_s), "{ not json"));
    SnapshotMetadata slash;
    slash.host = HOST + u"/"_s;
    slash.collection = u"articles"_s;
    slash.kind = u"shard"_s;
    slash.shardId = 3;
    slash.backupFinishedAt = started.addDays(3); // no start time recorded: the end is used
    QVERIFY(writeFile(QDir(m_root).filePath(u"a/shard.snapshot"_s), "s"));
    QVERIFY(slash.writeTo(QDir(m_root).filePath(u"a/shard.snapshot.snapdock.json"_s)));

    const QList<LocalBackup> backups = scan();
    QCOMPARE(backups.size(), 6);
    QHash<QString, RetentionCandidate> byName;
    for (const RetentionCandidate &candidate : LocalPruner::candidatesFor(backups))
        byName.insert(QFileInfo(candidate.id).fileName(), candidate);
    QCOMPARE(byName.size(), 6);

    QCOMPARE(byName[u"one.snapshot"_s].id, plain);
    QCOMPARE(byName[u"one.snapshot"_s].time, started);
    QCOMPARE(byName[u"one.snapshot"_s].host, HOST);
    QCOMPARE(byName[u"one.snapshot"_s].collection, u"articles"_s);
    QCOMPARE(byName[u"one.snapshot"_s].shardId, -1);
    QVERIFY(!byName[u"one.snapshot"_s].pinned);
    QVERIFY(byName[u"one.snapshot"_s].notCountedReason.isEmpty());
    QCOMPARE(byName[u"two.snapshot"_s].id, pinned);
    QVERIFY(byName[u"two.snapshot"_s].pinned);
    QCOMPARE(byName[u"two.snapshot"_s].collection, u"users"_s);
    QVERIFY(byName[u"three.snapshot"_s].notCountedReason.contains(u"missing"_s));
    QVERIFY(byName[u"orphan.snapshot"_s].notCountedReason.contains(u"no metadata"_s));
    QVERIFY(byName[u"broken.snapshot"_s].notCountedReason.contains(u"cannot be read"_s));
    QCOMPARE(byName[u"shard.snapshot"_s].host, HOST);
    QCOMPARE(byName[u"shard.snapshot"_s].shardId, 3);
    QCOMPARE(byName[u"shard.snapshot"_s].time, started.addDays(3));
}

void TestLocalPruner::apply_dryRun_deletesNothing()
{
    const QStringList paths = addDailyBackups();
    const QStringList before = treeOf(m_root);
    const QList<LocalBackup> backups = scan();
    QCOMPARE(backups.size(), 5);
    const auto plan = RetentionPlanner::plan(LocalPruner::candidatesFor(backups), keepDaily(2), QTimeZone("UTC"));

    const LocalPruneReport report = LocalPruner(m_root).apply(backups, plan, true);
    QCOMPARE(treeOf(m_root), before);
    QCOMPARE(report.removedCount, 3);
    QCOMPARE(report.keptCount, 2);
    QCOMPARE(report.failedCount, 0);
    QCOMPARE(report.bytesFreed, 1000 + 2000 + 3000);
    QVERIFY(report.removedFolders.isEmpty());
    QCOMPARE(report.outcomes.size(), 5);
    for (const LocalPruneOutcome &outcome : report.outcomes) {
        QVERIFY(!outcome.removed);
        QVERIFY(!outcome.error);
        QCOMPARE(outcome.metadataPath, SnapshotMetadata::metadataPathFor(outcome.snapshotPath));
    }
    QCOMPARE(report.outcomes.at(0).snapshotPath, paths.at(4));
    QVERIFY(report.outcomes.at(0).decision.keep);
    QCOMPARE(report.outcomes.at(4).snapshotPath, paths.at(0));
    QVERIFY(!report.outcomes.at(4).decision.keep);
}

void TestLocalPruner::apply_realRun_deletesExactlyThePlannedPairs()
{
    const QStringList paths = addDailyBackups();
    // Another collection in the same folders: its own group, kept by its own daily rule.
    const QString users = addBackup(u"prod/articles/2026-11-03/users-1.snapshot"_s,
        QDateTime(QDate(2026, 11, 3), QTime(4, 0), Qt::UTC),
        1000,
        u"users"_s);
    QVERIFY(!users.isEmpty());
    const QStringList before = treeOf(m_root);
    const QList<LocalBackup> backups = scan();
    QCOMPARE(backups.size(), 6);
    const auto plan = RetentionPlanner::plan(LocalPruner::candidatesFor(backups), keepDaily(2), QTimeZone("UTC"));

    const LocalPruneReport report = LocalPruner(m_root).apply(backups, plan, false);
    QCOMPARE(report.removedCount, 3);
    QCOMPARE(report.keptCount, 3);
    QCOMPARE(report.failedCount, 0);
    QCOMPARE(report.bytesFreed, 6000);

    // Exactly the snapshots of 11-01, 11-02 and 11-03 with their metadata, and the folder that became empty.
    QStringList expected = before;
    for (int i = 0; i < 3; ++i) {
        const QString relative = QDir(m_root).relativeFilePath(paths.at(i));
        expected.removeOne(relative);
        expected.removeOne(relative + u".snapdock.json"_s);
    }
    // Each dated folder still holds something (a note, a .part, the users backup), so none is removed.
    QCOMPARE(report.removedFolders, QStringList());
    QCOMPARE(treeOf(m_root), expected);
    QVERIFY(QFile::exists(QDir(m_root).filePath(u"prod/articles/2026-11-01/README.txt"_s)));
    QVERIFY(QFile::exists(QDir(m_root).filePath(u"prod/articles/2026-11-02/articles-9.snapshot.part"_s)));
    QVERIFY(QFileInfo(QDir(m_root).filePath(u"prod/articles/empty-before"_s)).isDir());
    QVERIFY(QFile::exists(users));
    for (const LocalPruneOutcome &outcome : report.outcomes)
        QCOMPARE(outcome.removed, !outcome.decision.keep);
}

void TestLocalPruner::apply_removesFoldersItEmptied_neverTheRoot()
{
    const QDateTime time(QDate(2026, 11, 1), QTime(3, 0), Qt::UTC);
    const QString a = addBackup(u"2026/11/01/a.snapshot"_s, time);
    const QString b = addBackup(u"2026/11/02/b.snapshot"_s, time.addDays(1));
    const QString c = addBackup(u"2027/x/c.snapshot"_s, time.addDays(2));
    const QString atRoot = addBackup(u"d.snapshot"_s, time.addDays(3));
    QVERIFY(QDir().mkpath(QDir(m_root).filePath(u"2026/10"_s))); // empty before: not this prune's doing
    const QList<LocalBackup> backups = scan();
    QCOMPARE(backups.size(), 4);
    // Plans made by hand: the pruner applies any plan, not only the planner's.
    const auto planRemoving = [](const QList<LocalBackup> &scanned, const QStringList &removed) {
        QList<RetentionDecision> plan;
        for (const RetentionCandidate &candidate : LocalPruner::candidatesFor(scanned)) {
            RetentionDecision decision;
            decision.backup = candidate;
            decision.keep = !removed.contains(candidate.id);
            plan.append(decision);
        }
        return plan;
    };
    const LocalPruner pruner(m_root);

    const LocalPruneReport first = pruner.apply(backups, planRemoving(backups, { a, c }), false);
    QCOMPARE(first.removedCount, 2);
    QCOMPARE(first.removedFolders,
        (QStringList{ QDir(m_root).filePath(u"2026/11/01"_s),
            QDir(m_root).filePath(u"2027/x"_s),
            QDir(m_root).filePath(u"2027"_s) }));
    QCOMPARE(treeOf(m_root),
        (QStringList{ u"2026/"_s,
            u"2026/10/"_s,
            u"2026/11/"_s,
            u"2026/11/02/"_s,
            u"2026/11/02/b.snapshot"_s,
            u"2026/11/02/b.snapshot.snapdock.json"_s,
            u"d.snapshot"_s,
            u"d.snapshot.snapdock.json"_s }));

    // Removing the rest empties 2026/11 too, but 2026 keeps the folder that was empty before, and the root
    // folder itself stays even though the last backup in it is gone.
    const QList<LocalBackup> rest = scan();
    QCOMPARE(rest.size(), 2);
    const LocalPruneReport second = pruner.apply(rest, planRemoving(rest, { b, atRoot }), false);
    QCOMPARE(second.removedCount, 2);
    QCOMPARE(second.removedFolders,
        (QStringList{ QDir(m_root).filePath(u"2026/11/02"_s), QDir(m_root).filePath(u"2026/11"_s) }));
    QCOMPARE(treeOf(m_root), (QStringList{ u"2026/"_s, u"2026/10/"_s }));
    QVERIFY(QFileInfo(m_root).isDir());
}

void TestLocalPruner::apply_writeProtectedFile_failsForThatBackupOnly()
{
    const QStringList paths = addDailyBackups();
    // The owner's write permission is what counts, so this holds when the tests run as root too.
    QVERIFY(QFile::setPermissions(paths.at(1), QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QList<LocalBackup> backups = scan();
    const auto plan = RetentionPlanner::plan(LocalPruner::candidatesFor(backups), keepDaily(2), QTimeZone("UTC"));

    const LocalPruneReport report = LocalPruner(m_root).apply(backups, plan, false);
    QCOMPARE(report.removedCount, 2);
    QCOMPARE(report.failedCount, 1);
    QCOMPARE(report.bytesFreed, 1000 + 3000);
    for (const LocalPruneOutcome &outcome : report.outcomes) {
        if (outcome.snapshotPath == paths.at(1)) {
            QVERIFY(outcome.error);
            QCOMPARE(outcome.error->kind, ErrorKind::LocalPermissionDenied);
            QVERIFY2(outcome.error->detail.contains(paths.at(1)), qPrintable(outcome.error->detail));
            QVERIFY(!outcome.removed);
        } else {
            QVERIFY(!outcome.error);
        }
    }
    // The protected backup is whole (its metadata was not removed either); the others went.
    QVERIFY(QFile::exists(paths.at(1)));
    QVERIFY(QFile::exists(SnapshotMetadata::metadataPathFor(paths.at(1))));
    QVERIFY(!QFile::exists(paths.at(0)));
    QVERIFY(!QFile::exists(SnapshotMetadata::metadataPathFor(paths.at(0))));
    QVERIFY(!QFile::exists(paths.at(2)));
    QVERIFY(QFile::exists(paths.at(3)));
    QVERIFY(QFile::exists(paths.at(4)));
}

void TestLocalPruner::apply_neverTouchesFilesOutsideThePlanOrTheFolder()
{
    const QStringList paths = addDailyBackups();
    const QList<LocalBackup> backups = scan();

    // A backup outside the pruned folder, handed in by mistake with a plan that removes it.
    const QString outside = m_dir->filePath(u"elsewhere/articles-0.snapshot"_s);
    QVERIFY(writeFile(outside, "outside"));
    LocalBackup stray;
    stray.snapshotPath = outside;
    stray.fileSize = 7;
    RetentionDecision removeStray;
    removeStray.backup.id = outside;
    removeStray.keep = false;
    // A decision about a file that was not scanned at all.
    RetentionDecision removeUnknown;
    removeUnknown.backup.id = QDir(m_root).filePath(u"prod/articles/2026-11-01/README.txt"_s);
    removeUnknown.keep = false;

    const QStringList before = treeOf(m_dir->path());
    const LocalPruneReport report =
        LocalPruner(m_root).apply(QList<LocalBackup>(backups) << stray, { removeStray, removeUnknown }, false);
    QCOMPARE(treeOf(m_dir->path()), before);
    QCOMPARE(report.failedCount, 2);
    QCOMPARE(report.removedCount, 0);
    QVERIFY(report.outcomes.at(0).error->detail.contains(u"outside"_s));
    QVERIFY(report.outcomes.at(1).error->detail.contains(u"not among the scanned backups"_s));
    QVERIFY(QFile::exists(paths.at(0)));
}

QTEST_GUILESS_MAIN(TestLocalPruner)
#include "TestLocalPruner.moc"
