// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/catalog/BackupCatalog.h"
#include "core/monitoring/RecoveryPointWatchdog.h"
#include "core/monitoring/StatusReport.h"
#include "support/TestFiles.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Snapdock;

namespace {

const QDateTime NOW(QDate(2026, 11, 27), QTime(6, 0), Qt::UTC);
const QString HOST = u"http://qdrant-a:6333"_s;
constexpr qint64 HOUR = 3600;

// A backup as BackupCatalog::scan() would describe it; its file name encodes the verdict the fake verifier gives.
LocalBackup backup(const QString &collection, qint64 secondsAgo, const QString &verdict, const QString &host = HOST)
{
    LocalBackup b;
    b.hasMetadata = true;
    b.metadata.kind = collection.isEmpty() ? u"full"_s : u"collection"_s;
    b.metadata.collection = collection;
    b.metadata.host = host;
    b.metadata.size = 100;
    b.metadata.serverCreationTime = NOW.addSecs(-secondsAgo);
    b.metadata.backupStartedAt = NOW.addSecs(-secondsAgo + 5);
    b.metadata.backupFinishedAt = NOW.addSecs(-secondsAgo + 60);
    b.snapshotPath = u"/backups/%1-%2-%3.snapshot"_s.arg(collection).arg(secondsAgo).arg(verdict);
    b.metadataPath = b.snapshotPath + u".snapdock.json"_s;
    b.fileSize = 100;
    b.sizeMatches = true;
    return b;
}

// "ok" verifies, "bad" differs, "error" cannot be read. Counts its calls.
RecoveryPointWatchdog::Verifier fakeVerifier(int *calls = nullptr)
{
    return [calls](const LocalBackup &b) -> Result<bool> {
        if (calls)
            ++*calls;
        if (b.snapshotPath.endsWith(u"-error.snapshot"_s))
            return fail(Error::make(ErrorKind::LocalIoError, u"reading "_s + b.snapshotPath, u"Input/output error"_s));
        return b.snapshotPath.endsWith(u"-ok.snapshot"_s);
    };
}

} // namespace

class TestRecoveryPointWatchdog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void evaluate_agesAgainstThreshold_data();
    void evaluate_agesAgainstThreshold();
    void evaluate_groupsByHostAndCollection();
    void evaluate_namedCollectionWithoutBackup_breaches();
    void evaluate_stopsVerifyingAtTheNewestThatVerifies();
    void evaluate_realFolder_corruptNewestFallsBackToOlder();
    void evaluate_sizeVerifier_doesNotHash();
    void statusReport_json_hasStableShape();
};

void TestRecoveryPointWatchdog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestRecoveryPointWatchdog::evaluate_agesAgainstThreshold_data()
{
    QTest::addColumn<QList<qint64>>("agesSeconds");
    QTest::addColumn<QStringList>("verdicts");
    QTest::addColumn<qint64>("maxAgeSeconds");
    QTest::addColumn<int>("breach");
    QTest::addColumn<qint64>("expectedAge");
    QTest::addColumn<bool>("newestVerified");

    const int none = int(BreachReason::None);
    const int tooOld = int(BreachReason::TooOld);
    const int notVerified = int(BreachReason::NotVerified);
    const qint64 limit = 26 * HOUR;
    QTest::newRow("fresh") << QList<qint64>{ HOUR } << QStringList{ u"ok"_s } << limit << none << HOUR << true;
    QTest::newRow("exactly at the limit")
        << QList<qint64>{ limit } << QStringList{ u"ok"_s } << limit << none << limit << true;
    QTest::newRow("one second over") << QList<qint64>{ limit + 1 } << QStringList{ u"ok"_s } << limit << tooOld
                                     << limit + 1 << true;
    QTest::newRow("a week old") << QList<qint64>{ 7 * 24 * HOUR } << QStringList{ u"ok"_s } << limit << tooOld
                                << 7 * 24 * HOUR << true;
    QTest::newRow("corrupt newest, older one young enough")
        << QList<qint64>{ HOUR, 20 * HOUR } << QStringList{ u"bad"_s, u"ok"_s } << limit << none << 20 * HOUR << false;
    QTest::newRow("corrupt newest, older one too old")
        << QList<qint64>{ HOUR, 30 * HOUR } << QStringList{ u"bad"_s, u"ok"_s } << limit << tooOld << 30 * HOUR
        << false;
    QTest::newRow("nothing verifies") << QList<qint64>{ HOUR, 2 * HOUR } << QStringList{ u"bad"_s, u"error"_s } << limit
                                      << notVerified << qint64(-1) << false;
    QTest::newRow("unreadable newest") << QList<qint64>{ HOUR } << QStringList{ u"error"_s } << limit << notVerified
                                       << qint64(-1) << false;
    QTest::newRow("no age limit") << QList<qint64>{ 1000 * HOUR } << QStringList{ u"ok"_s } << qint64(0) << none
                                  << 1000 * HOUR << true;
    QTest::newRow("no age limit, nothing verifies")
        << QList<qint64>{ HOUR } << QStringList{ u"bad"_s } << qint64(0) << notVerified << qint64(-1) << false;
    QTest::newRow("backup from a clock ahead of ours")
        << QList<qint64>{ -HOUR } << QStringList{ u"ok"_s } << limit << none << -HOUR << true;
    QTest::newRow("order of the input does not matter")
        << QList<qint64>{ 40 * HOUR, 2 * HOUR } << QStringList{ u"ok"_s, u"ok"_s } << limit << none << 2 * HOUR << true;
}

void TestRecoveryPointWatchdog::evaluate_agesAgainstThreshold()
{
    QFETCH(QList<qint64>, agesSeconds);
    QFETCH(QStringList, verdicts);
    QFETCH(qint64, maxAgeSeconds);
    QFETCH(int, breach);
    QFETCH(qint64, expectedAge);
    QFETCH(bool, newestVerified);

    QList<LocalBackup> backups;
    for (qsizetype i = 0; i < agesSeconds.size(); ++i)
        backups.append(backup(u"articles"_s, agesSeconds.at(i), verdicts.at(i)));
    const RecoveryPointWatchdog watchdog(maxAgeSeconds, fakeVerifier());
    const QList<RecoveryPoint> points = watchdog.evaluate(backups, NOW);
    QCOMPARE(points.size(), 1);
    const RecoveryPoint &point = points.first();
    QCOMPARE(point.collection, u"articles"_s);
    QCOMPARE(point.host, HOST);
    QCOMPARE(point.backupCount, int(agesSeconds.size()));
    QCOMPARE(int(point.breach), breach);
    QCOMPARE(point.isBreached(), breach != int(BreachReason::None));
    QCOMPARE(point.ageSeconds, expectedAge);
    QCOMPARE(point.newestVerified, newestVerified);
    QCOMPARE(point.newestProblem.isEmpty(), newestVerified);
    QCOMPARE(point.verifiedTime.isValid(), expectedAge != -1);
    if (point.verifiedTime.isValid())
        QCOMPARE(point.verifiedTime, NOW.addSecs(-expectedAge));
}

void TestRecoveryPointWatchdog::evaluate_groupsByHostAndCollection()
{
    LocalBackup shard = backup(u"articles"_s, HOUR, u"ok"_s);
    shard.metadata.kind = u"shard"_s;
    LocalBackup anonymous;
    anonymous.snapshotPath = u"/backups/stray.snapshot"_s;
    anonymous.fileSize = 10;
    const QList<LocalBackup> backups{ backup(u"articles"_s, 2 * HOUR, u"ok"_s),
        backup(u"articles"_s, 3 * HOUR, u"ok"_s, u"http://qdrant-b:6333"_s),
        backup(u"users"_s, 50 * HOUR, u"ok"_s),
        backup(QString(), 4 * HOUR, u"ok"_s),
        shard,
        anonymous };
    const RecoveryPointWatchdog watchdog(26 * HOUR, fakeVerifier());
    const QList<RecoveryPoint> points = watchdog.evaluate(backups, NOW);
    QCOMPARE(points.size(), 4);
    QVERIFY(points.at(0).fullStorage);
    QCOMPARE(points.at(0).ageSeconds, 4 * HOUR);
    QCOMPARE(points.at(1).collection, u"articles"_s);
    QCOMPARE(points.at(1).host, HOST);
    QCOMPARE(points.at(1).ageSeconds, 2 * HOUR); // the shard snapshot of one hour ago is not a recovery point
    QCOMPARE(points.at(2).collection, u"articles"_s);
    QCOMPARE(points.at(2).host, u"http://qdrant-b:6333"_s);
    QCOMPARE(points.at(3).collection, u"users"_s);
    QCOMPARE(points.at(3).breach, BreachReason::TooOld);
    QCOMPARE(RecoveryPointWatchdog::unattributedCount(backups), 1);
}

void TestRecoveryPointWatchdog::evaluate_namedCollectionWithoutBackup_breaches()
{
    const QList<LocalBackup> backups{ backup(u"articles"_s, HOUR, u"ok"_s), backup(u"users"_s, HOUR, u"ok"_s) };
    RecoveryPointWatchdog watchdog(26 * HOUR, fakeVerifier());
    watchdog.setCollections({ u"users"_s, u"orders"_s });
    const QList<RecoveryPoint> points = watchdog.evaluate(backups, NOW);
    QCOMPARE(points.size(), 2);
    QCOMPARE(points.at(0).collection, u"orders"_s);
    QCOMPARE(points.at(0).breach, BreachReason::NoBackup);
    QCOMPARE(points.at(0).backupCount, 0);
    QVERIFY(points.at(0).host.isEmpty());
    QCOMPARE(points.at(1).collection, u"users"_s);
    QVERIFY(!points.at(1).isBreached());
}

void TestRecoveryPointWatchdog::evaluate_stopsVerifyingAtTheNewestThatVerifies()
{
    QList<LocalBackup> backups;
    for (int i = 1; i <= 10; ++i)
        backups.append(backup(u"articles"_s, i * HOUR, i <= 2 ? u"bad"_s : u"ok"_s));
    int calls = 0;
    const RecoveryPointWatchdog watchdog(26 * HOUR, fakeVerifier(&calls));
    const QList<RecoveryPoint> points = watchdog.evaluate(backups, NOW);
    QCOMPARE(points.first().ageSeconds, 3 * HOUR);
    QCOMPARE(calls, 3);
}

void TestRecoveryPointWatchdog::evaluate_realFolder_corruptNewestFallsBackToOlder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(u"2026-11-26"_s));
    QVERIFY(QDir(dir.path()).mkpath(u"2026-11-27"_s));
    auto write = [&](const QString &relative, qint64 secondsAgo, quint32 seed) {
        const QString path = dir.filePath(relative);
        const QByteArray sha = TestSupport::writeGeneratedFile(path, 8192, seed);
        SnapshotMetadata metadata;
        metadata.kind = u"collection"_s;
        metadata.collection = u"articles"_s;
        metadata.host = HOST;
        metadata.size = 8192;
        metadata.sha256 = QString::fromLatin1(sha);
        metadata.serverCreationTime = NOW.addSecs(-secondsAgo);
        metadata.backupFinishedAt = NOW.addSecs(-secondsAgo + 30);
        return !sha.isEmpty() && metadata.writeTo(SnapshotMetadata::metadataPathFor(path)) ? path : QString();
    };
    const QString older = write(u"2026-11-26/articles-old.snapshot"_s, 25 * HOUR, 1);
    const QString newer = write(u"2026-11-27/articles-new.snapshot"_s, 2 * HOUR, 2);
    QVERIFY(!older.isEmpty() && !newer.isEmpty());
    // Same size, one byte different: only the SHA-256 can tell.
    QFile file(newer);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(100));
    QVERIFY(file.putChar('!'));
    file.close();

    const Result<QList<LocalBackup>> scanned = BackupCatalog::scan(dir.path());
    QVERIFY(scanned);
    const QList<RecoveryPoint> points = RecoveryPointWatchdog(26 * HOUR).evaluate(*scanned, NOW);
    QCOMPARE(points.size(), 1);
    QCOMPARE(QFileInfo(points.first().newestFile).fileName(), u"articles-new.snapshot"_s);
    QVERIFY(!points.first().newestVerified);
    QVERIFY(points.first().newestProblem.contains(u"SHA-256"_s));
    QCOMPARE(QFileInfo(points.first().verifiedFile).fileName(), u"articles-old.snapshot"_s);
    QCOMPARE(points.first().ageSeconds, 25 * HOUR);
    QVERIFY(!points.first().isBreached());
    // An hour later the only intact backup is too old.
    QCOMPARE(RecoveryPointWatchdog(26 * HOUR).evaluate(*scanned, NOW.addSecs(HOUR + 1)).first().breach,
        BreachReason::TooOld);
}

void TestRecoveryPointWatchdog::evaluate_sizeVerifier_doesNotHash()
{
    LocalBackup intact = backup(u"articles"_s, HOUR, u"whatever"_s);
    LocalBackup truncated = backup(u"users"_s, HOUR, u"whatever"_s);
    truncated.sizeMatches = false;
    LocalBackup missing = backup(u"orders"_s, HOUR, u"whatever"_s);
    missing.snapshotMissing = true;
    const QList<RecoveryPoint> points = RecoveryPointWatchdog(26 * HOUR, RecoveryPointWatchdog::sizeVerifier())
                                            .evaluate({ intact, truncated, missing }, NOW);
    QCOMPARE(points.size(), 3);
    QVERIFY(!points.at(0).isBreached()); // articles
    QCOMPARE(points.at(1).breach, BreachReason::NotVerified); // orders
    QVERIFY(points.at(1).newestProblem.contains(u"missing"_s));
    QCOMPARE(points.at(2).breach, BreachReason::NotVerified); // users
}

void TestRecoveryPointWatchdog::statusReport_json_hasStableShape()
{
    RecoveryPointWatchdog watchdog(26 * HOUR, fakeVerifier());
    watchdog.setCollections({ u"articles"_s, u"orders"_s });
    StatusReport report;
    report.folder = u"/backups"_s;
    report.generatedAt = NOW;
    report.maxAgeSeconds = 26 * HOUR;
    report.points = watchdog.evaluate({ backup(u"articles"_s, 30 * HOUR, u"ok"_s) }, NOW);
    report.backupsWithoutMetadata = 2;
    QCOMPARE(report.breachCount(), 2);

    const QJsonObject json = report.toJson();
    QCOMPARE(json.value(u"folder"_s).toString(), u"/backups"_s);
    QCOMPARE(json.value(u"generatedAt"_s).toString(), u"2026-11-27T06:00:00.000Z"_s);
    QCOMPARE(json.value(u"maxAgeSeconds"_s).toInteger(), 26 * HOUR);
    QCOMPARE(json.value(u"maxAge"_s).toString(), u"26h"_s);
    QCOMPARE(json.value(u"breaches"_s).toInt(), 2);
    QCOMPARE(json.value(u"backupsWithoutMetadata"_s).toInt(), 2);
    const QJsonArray collections = json.value(u"collections"_s).toArray();
    QCOMPARE(collections.size(), 2);
    const QJsonObject articles = collections.at(0).toObject();
    QCOMPARE(articles.value(u"collection"_s).toString(), u"articles"_s);
    QCOMPARE(articles.value(u"host"_s).toString(), HOST);
    QCOMPARE(articles.value(u"reason"_s).toString(), u"too_old"_s);
    QCOMPARE(articles.value(u"breached"_s).toBool(), true);
    QCOMPARE(articles.value(u"ageSeconds"_s).toInteger(), 30 * HOUR);
    QCOMPARE(articles.value(u"age"_s).toString(), u"30h"_s);
    QCOMPARE(articles.value(u"newest"_s).toObject().value(u"verified"_s).toBool(), true);
    QCOMPARE(articles.value(u"lastVerified"_s).toObject().value(u"time"_s).toString(), u"2026-11-26T00:00:00.000Z"_s);
    const QJsonObject orders = collections.at(1).toObject();
    QCOMPARE(orders.value(u"reason"_s).toString(), u"no_backup"_s);
    QVERIFY(orders.value(u"host"_s).isNull());
    QVERIFY(orders.value(u"newest"_s).isNull());
    QVERIFY(orders.value(u"ageSeconds"_s).isNull());
}

QTEST_GUILESS_MAIN(TestRecoveryPointWatchdog)
#include "TestRecoveryPointWatchdog.moc"
