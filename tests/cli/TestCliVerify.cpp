// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
// `snapdock-cli verify`: restore drills (--snapshot) against qdrant-emulator and local verifies (--dir), as child
// processes over real sockets and real files.
#include "cli/CliTestSupport.h"
#include "core/history/HistoryDatabase.h"
#include "core/storage/SnapshotMetadata.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Snapdock::HistoryDatabase;
using Snapdock::HistoryFilter;
using Snapdock::HistoryOutcome;
using Snapdock::JobKind;
using Snapdock::SnapshotMetadata;
using Snapdock::TestSupport::CliFixture;
using Snapdock::TestSupport::CliRun;

namespace {

constexpr QStringView SCRATCH_MARKER = u"__snapdock_verify_";

bool flipByte(const QString &path, qint64 offset)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.seek(offset))
        return false;
    char byte = 0;
    if (!file.getChar(&byte) || !file.seek(offset))
        return false;
    return file.putChar(char(byte ^ 0x01));
}

// Copies a backup and its metadata into `folder`; returns the new snapshot path (empty on failure).
QString copyBackup(const QString &snapshot, const QString &folder, bool withMetadata = true)
{
    const QString target = QDir(folder).filePath(QFileInfo(snapshot).fileName());
    if (!QFile::copy(snapshot, target))
        return {};
    if (withMetadata
        && !QFile::copy(SnapshotMetadata::metadataPathFor(snapshot), SnapshotMetadata::metadataPathFor(target)))
        return {};
    return target;
}

} // namespace

class TestCliVerify : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void verify_freshBackup_passesRemovesScratchAndRecordsHistory();
    void verify_humanOutput_listsEveryCheck();
    void verify_tamperedRestore_exitsDrillMismatch();
    void verify_withoutMetadata_isRefusedBeforeAnyUpload();
    void verify_dir_intactBackups_exitZero();
    void verify_dir_damagedBackups_exitInvalidSnapshot();
    void verify_dir_empty_saysSo();

private:
    [[nodiscard]] QProcessEnvironment environment() const;
    [[nodiscard]] QStringList scratchCollections();

    CliFixture m_fixture;
    QTemporaryDir m_workDir;
    QTemporaryDir m_dataHome;
    QString m_productsSnapshot;
};

void TestCliVerify::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_workDir.isValid() && m_dataHome.isValid());
    QVERIFY(m_fixture.start());
    const CliRun backup = m_fixture.run(m_fixture.withManageKey({ u"backup"_s,
        u"--collection"_s,
        u"products"_s,
        u"--collection"_s,
        u"user profiles"_s,
        u"--output-dir"_s,
        m_workDir.path(),
        u"--json"_s }));
    QCOMPARE(backup.exitCode, 0);
    m_productsSnapshot =
        backup.json().object().value(u"results"_s).toArray().at(0).toObject().value(u"file"_s).toString();
    QVERIFY(QFileInfo::exists(m_productsSnapshot));
}

void TestCliVerify::init()
{
    m_fixture.clearRequestLog();
}

QProcessEnvironment TestCliVerify::environment() const
{
    QProcessEnvironment environment = CliFixture::cleanEnvironment();
    environment.insert(u"XDG_DATA_HOME"_s, m_dataHome.path());
    return environment;
}

QStringList TestCliVerify::scratchCollections()
{
    QStringList names;
    const QJsonArray list = m_fixture.api("GET", u"/collections"_s).toObject().value(u"collections"_s).toArray();
    for (const QJsonValue &entry : list) {
        const QString name = entry.toObject().value(u"name"_s).toString();
        if (name.contains(SCRATCH_MARKER))
            names.append(name);
    }
    return names;
}

void TestCliVerify::verify_freshBackup_passesRemovesScratchAndRecordsHistory()
{
    const CliRun run = m_fixture.run(
        m_fixture.withManageKey({ u"verify"_s, u"--snapshot"_s, m_productsSnapshot, u"--json"_s }), {}, environment());
    QVERIFY2(run.exitCode == 0, qPrintable(run.errText() + run.outText()));
    const QJsonObject json = run.json().object();
    QCOMPARE(json.value(u"command"_s).toString(), u"verify"_s);
    QCOMPARE(json.value(u"ok"_s).toBool(), true);
    QCOMPARE(json.value(u"exitCode"_s).toInt(), 0);
    const QJsonObject drill = json.value(u"drill"_s).toObject();
    QCOMPARE(drill.value(u"passed"_s).toBool(), true);
    QCOMPARE(drill.value(u"scratchRemoved"_s).toBool(), true);
    QCOMPARE(drill.value(u"collection"_s).toString(), u"products"_s);
    const QString scratch = drill.value(u"scratchCollection"_s).toString();
    QVERIFY2(scratch.startsWith(u"products__snapdock_verify_"_s), qPrintable(scratch));
    const QJsonArray checks = drill.value(u"checks"_s).toArray();
    QCOMPARE(checks.size(), 5);
    for (const QJsonValue &check : checks) {
        QVERIFY(check.toObject().value(u"ok"_s).toBool());
        QCOMPARE(check.toObject().value(u"actual"_s), check.toObject().value(u"expected"_s));
    }
    QCOMPARE(checks.at(0).toObject().value(u"expected"_s).toString(), u"12840"_s);
    QVERIFY(scratchCollections().isEmpty());
    QVERIFY(m_fixture.requestLog().contains(u"DELETE /collections/"_s + scratch));
    QVERIFY(!run.out.contains(CliFixture::API_KEY) && !run.err.contains(CliFixture::API_KEY));

    // Recorded in the history the desktop application shows, without the key.
    HistoryDatabase history;
    const QString path = QDir(m_dataHome.path()).filePath(u"Snapdock/snapdock/history.sqlite"_s);
    QVERIFY2(history.open(path), qPrintable(path));
    HistoryFilter filter;
    filter.kind = JobKind::Verify;
    const auto records = history.query(filter);
    QVERIFY(records);
    QVERIFY(!records->isEmpty());
    const Snapdock::HistoryRecord &record = records->first();
    QCOMPARE(record.outcome, HistoryOutcome::Succeeded);
    QCOMPARE(record.collection, u"products"_s);
    QCOMPARE(record.host, m_fixture.baseUrl().toString(QUrl::StripTrailingSlash));
    QCOMPARE(record.sha256, drill.value(u"sha256"_s).toString());
    const auto log = history.log(record.id);
    QVERIFY(log);
    QVERIFY(log->join(u'\n').contains(u"points_count: recorded 12840, restored 12840"_s));
    QVERIFY(log->join(u'\n').contains(scratch));
    history.close();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(CliFixture::API_KEY));
}

void TestCliVerify::verify_humanOutput_listsEveryCheck()
{
    const CliRun run =
        m_fixture.run(m_fixture.withManageKey({ u"verify"_s, u"--snapshot"_s, m_productsSnapshot }), {}, environment());
    QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
    const QString out = run.outText();
    for (const QString &name :
        { u"points_count"_s, u"vectors"_s, u"sparse_vectors"_s, u"shard_number"_s, u"payload_schema"_s })
        QVERIFY2(out.contains(name), qPrintable(out));
    QVERIFY2(out.contains(u"removed."_s), qPrintable(out));
    QVERIFY2(out.contains(u"Drill passed"_s), qPrintable(out));
    QVERIFY(!out.contains(u"MISMATCH"_s));
}

void TestCliVerify::verify_tamperedRestore_exitsDrillMismatch()
{
    m_fixture.control("PUT",
        u"/restore_tamper"_s,
        QJsonObject{ { u"collection_prefix"_s, u"products__snapdock_verify_"_s }, { u"points_delta"_s, -1 } });
    const CliRun run =
        m_fixture.run(m_fixture.withManageKey({ u"verify"_s, u"--snapshot"_s, m_productsSnapshot }), {}, environment());
    QCOMPARE(run.exitCode, 10);
    QVERIFY2(run.outText().contains(u"MISMATCH"_s), qPrintable(run.outText()));
    QVERIFY2(run.outText().contains(u"12839"_s), qPrintable(run.outText()));
    QVERIFY2(run.errText().contains(u"points_count"_s), qPrintable(run.errText()));
    QVERIFY2(run.outText().contains(u"removed."_s), qPrintable(run.outText()));
    QVERIFY(scratchCollections().isEmpty());

    // The tamper was one-shot: the same backup passes again, and --json says why the first one failed.
    m_fixture.control("PUT",
        u"/restore_tamper"_s,
        QJsonObject{ { u"collection_prefix"_s, u"products__snapdock_verify_"_s }, { u"points_delta"_s, 5 } });
    const CliRun json = m_fixture.run(
        m_fixture.withManageKey({ u"verify"_s, u"--snapshot"_s, m_productsSnapshot, u"--json"_s }), {}, environment());
    QCOMPARE(json.exitCode, 10);
    const QJsonObject drill = json.json().object().value(u"drill"_s).toObject();
    QCOMPARE(drill.value(u"passed"_s).toBool(true), false);
    QCOMPARE(drill.value(u"scratchRemoved"_s).toBool(), true);
    QCOMPARE(drill.value(u"checks"_s).toArray().at(0).toObject().value(u"actual"_s).toString(), u"12845"_s);
    QCOMPARE(json.json().object().value(u"exitCode"_s).toInt(), 10);
    QCOMPARE(
        m_fixture.run(m_fixture.withManageKey({ u"verify"_s, u"--snapshot"_s, m_productsSnapshot }), {}, environment())
            .exitCode,
        0);
}

void TestCliVerify::verify_withoutMetadata_isRefusedBeforeAnyUpload()
{
    QTemporaryDir bare;
    const QString copy = copyBackup(m_productsSnapshot, bare.path(), false);
    QVERIFY(!copy.isEmpty());
    const CliRun run =
        m_fixture.run(m_fixture.withManageKey({ u"verify"_s, u"--snapshot"_s, copy }), {}, environment());
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.errText().contains(u"no metadata file next to"_s), qPrintable(run.errText()));
    QVERIFY(m_fixture.requestLog().filter(u"/snapshots/upload"_s).isEmpty());
}

void TestCliVerify::verify_dir_intactBackups_exitZero()
{
    const CliRun run = m_fixture.run({ u"verify"_s, u"--dir"_s, m_workDir.path(), u"--json"_s }, {}, environment());
    QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
    const QJsonObject json = run.json().object();
    const QJsonArray backups = json.value(u"backups"_s).toArray();
    QCOMPARE(backups.size(), 2);
    for (const QJsonValue &backup : backups) {
        QCOMPARE(backup.toObject().value(u"status"_s).toString(), u"ok"_s);
        QCOMPARE(backup.toObject().value(u"sha256"_s), backup.toObject().value(u"expectedSha256"_s));
    }
    QCOMPARE(json.value(u"summary"_s).toObject().value(u"ok"_s).toInt(), 2);
    QVERIFY(m_fixture.requestLog().isEmpty()); // a local verify never talks to a server
}

void TestCliVerify::verify_dir_damagedBackups_exitInvalidSnapshot()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(u"a/b"_s));
    const QString intact = copyBackup(m_productsSnapshot, dir.filePath(u"a"_s));
    const QString corrupted = copyBackup(m_productsSnapshot, dir.filePath(u"a/b"_s));
    QVERIFY(!intact.isEmpty() && !corrupted.isEmpty());
    QVERIFY(flipByte(corrupted, 4096));
    QFile stray(dir.filePath(u"stray.snapshot"_s));
    QVERIFY(stray.open(QIODevice::WriteOnly) && stray.write("not much") > 0);
    stray.close();
    QFile garbage(dir.filePath(u"broken.snapshot.snapdock.json"_s));
    QVERIFY(garbage.open(QIODevice::WriteOnly) && garbage.write("{ not json") > 0);
    garbage.close();

    const CliRun run = m_fixture.run({ u"verify"_s, u"--dir"_s, dir.path() }, {}, environment());
    QCOMPARE(run.exitCode, 7);
    const QString out = run.outText();
    for (const QString &status : { u"OK "_s, u"MISMATCH"_s, u"MISSING METADATA"_s, u"UNREADABLE"_s })
        QVERIFY2(out.contains(status), qPrintable(out));
    QVERIFY2(out.contains(u"4 backup(s) checked"_s), qPrintable(out));

    const CliRun json = m_fixture.run({ u"verify"_s, u"--dir"_s, dir.path(), u"--json"_s }, {}, environment());
    QCOMPARE(json.exitCode, 7);
    QMap<QString, QString> statusByFile;
    for (const QJsonValue &backup : json.json().object().value(u"backups"_s).toArray())
        statusByFile.insert(QFileInfo(backup.toObject().value(u"file"_s).toString()).dir().dirName() + u'/'
                + QFileInfo(backup.toObject().value(u"file"_s).toString()).fileName(),
            backup.toObject().value(u"status"_s).toString());
    QCOMPARE(statusByFile.value(u"a/"_s + QFileInfo(intact).fileName()), u"ok"_s);
    QCOMPARE(statusByFile.value(u"b/"_s + QFileInfo(corrupted).fileName()), u"mismatch"_s);
    QCOMPARE(statusByFile.value(QDir(dir.path()).dirName() + u"/stray.snapshot"_s), u"missing_metadata"_s);
    QCOMPARE(statusByFile.value(QDir(dir.path()).dirName() + u"/broken.snapshot"_s), u"unreadable"_s);
}

void TestCliVerify::verify_dir_empty_saysSo()
{
    QTemporaryDir empty;
    const CliRun run = m_fixture.run({ u"verify"_s, u"--dir"_s, empty.path() }, {}, environment());
    QCOMPARE(run.exitCode, 5);
    QVERIFY2(run.errText().contains(u"no backups found"_s), qPrintable(run.errText()));
}

QTEST_GUILESS_MAIN(TestCliVerify)
#include "TestCliVerify.moc"
