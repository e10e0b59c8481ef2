// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end: snapdock-cli as a child process against qdrant-emulator over real sockets.
#include "cli/CliTestSupport.h"
#include "support/TestFiles.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Snapdock::TestSupport::CliFixture;
using Snapdock::TestSupport::CliRun;
using Snapdock::TestSupport::sha256OfFile;

class TestCliBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void backup_oneCollection_writesVerifiedFileAndMetadata();
    void backup_all_backsUpEveryDemoCollection();
    void backup_missingCollection_failsNamingIt();
    void backup_oneMissingAmongSeveral_exitsPartial();
    void backup_emptyHost_saysNoCollections();
    void backup_wrongKey_exitsAuthWithoutEchoingKey();
    void backup_unreachableHost_exitsConnect();
    void backup_json_isOneDocumentWithoutKey();
    void backup_apiKeyFile_andEnvironment_work();
    void backup_sigterm_cancelsAndRemovesPartFile();
    void listCollections_printsNames();
    void listSnapshots_printsBackedUpSnapshot();
    void download_latest_writesFileAndMetadata();
    void download_unknownSnapshot_exitsNotFound();

private:
    [[nodiscard]] QStringList snapshotFiles(const QString &folder) const;

    CliFixture m_fixture;
    std::unique_ptr<QTemporaryDir> m_workDir;
};

void TestCliBackup::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_fixture.start());
}

void TestCliBackup::init()
{
    m_workDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_workDir->isValid());
    m_fixture.control("DELETE", u"/faults"_s);
    m_fixture.clearRequestLog();
}

void TestCliBackup::cleanup()
{
    m_workDir.reset();
}

QStringList TestCliBackup::snapshotFiles(const QString &folder) const
{
    return QDir(folder).entryList(QDir::Files, QDir::Name);
}

void TestCliBackup::backup_oneCollection_writesVerifiedFileAndMetadata()
{
    const QString out = m_workDir->filePath(u"out"_s);
    const CliRun run = m_fixture.run(
        m_fixture.withManageKey({ u"backup"_s, u"--collection"_s, u"products"_s, u"--output-dir"_s, out }));
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.outText().contains(u"products"_s), qPrintable(run.outText()));
    QVERIFY2(!run.err.contains('\r'), "no progress when stderr is not a terminal");

    const QStringList files = snapshotFiles(out);
    QCOMPARE(files.size(), 2);
    QVERIFY(files.at(0).startsWith(u"products-"_s) && files.at(0).endsWith(u".snapshot"_s));
    QCOMPARE(files.at(1), files.at(0) + u".snapdock.json"_s);
    for (const QString &file : files)
        QVERIFY(!file.endsWith(u".part"_s));

    const QByteArray localSha = sha256OfFile(out + u"/"_s + files.at(0));
    QString serverChecksum;
    const QJsonArray listed = m_fixture.api("GET", u"/collections/products/snapshots"_s).toArray();
    for (const QJsonValue &value : listed) {
        if (value.toObject().value(u"name"_s).toString() == files.at(0))
            serverChecksum = value.toObject().value(u"checksum"_s).toString();
    }
    QCOMPARE(serverChecksum.toLatin1(), localSha);

    QFile metadataFile(out + u"/"_s + files.at(1));
    QVERIFY(metadataFile.open(QIODevice::ReadOnly));
    const QJsonObject metadata = QJsonDocument::fromJson(metadataFile.readAll()).object();
    QCOMPARE(metadata.value(u"sha256"_s).toString().toLatin1(), localSha);
    QCOMPARE(metadata.value(u"collection"_s).toString(), u"products"_s);
    QVERIFY(!metadataFile.readAll().contains(CliFixture::API_KEY));
}

void TestCliBackup::backup_all_backsUpEveryDemoCollection()
{
    const QString out = m_workDir->filePath(u"all"_s);
    const CliRun run = m_fixture.run(m_fixture.withManageKey({ u"--all"_s, u"backup"_s, u"--output-dir"_s, out }));
    QCOMPARE(run.exitCode, 0);
    const QStringList files = snapshotFiles(out);
    for (const QString &collection :
        { u"products"_s, u"user profiles"_s, u"文档-embeddings"_s, u"empty-collection"_s }) {
        QVERIFY2(run.outText().contains(collection), qPrintable(run.outText()));
        const auto matching = std::count_if(files.begin(), files.end(), [&collection](const QString &file) {
            return file.startsWith(collection + u"-"_s) && file.endsWith(u".snapshot"_s);
        });
        QVERIFY2(matching == 1, qPrintable(collection));
        const QString snapshot = *std::find_if(files.begin(), files.end(), [&collection](const QString &file) {
            return file.startsWith(collection + u"-"_s) && file.endsWith(u".snapshot"_s);
        });
        QVERIFY(files.contains(snapshot + u".snapdock.json"_s));
    }
    QCOMPARE(files.filter(u".part"_s).size(), 0);
}

void TestCliBackup::backup_missingCollection_failsNamingIt()
{
    const CliRun run = m_fixture.run(m_fixture.withManageKey(
        { u"backup"_s, u"--collection"_s, u"no-such-thing"_s, u"--output-dir"_s, m_workDir->path() }));
    QCOMPARE(run.exitCode, 5);
    QVERIFY2(run.errText().contains(u"no-such-thing"_s), qPrintable(run.errText()));
    QVERIFY(snapshotFiles(m_workDir->path()).isEmpty());
}

void TestCliBackup::backup_oneMissingAmongSeveral_exitsPartial()
{
    const CliRun run = m_fixture.run(m_fixture.withManageKey({ u"backup"_s,
        u"--collection"_s,
        u"missing-one"_s,
        u"--collection"_s,
        u"empty-collection"_s,
        u"--output-dir"_s,
        m_workDir->path(),
        u"--json"_s }));
    QCOMPARE(run.exitCode, 1);
    const QJsonObject document = run.json().object();
    const QJsonArray results = document.value(u"results"_s).toArray();
    QCOMPARE(results.size(), 2);
    QCOMPARE(results.at(0).toObject().value(u"collection"_s).toString(), u"missing-one"_s);
    QCOMPARE(results.at(0).toObject().value(u"ok"_s).toBool(), false);
    QCOMPARE(results.at(0).toObject().value(u"error"_s).toObject().value(u"code"_s).toString(), u"not_found"_s);
    QCOMPARE(results.at(1).toObject().value(u"ok"_s).toBool(), true);
}

void TestCliBackup::backup_emptyHost_saysNoCollections()
{
    CliFixture empty;
    QVERIFY(empty.start(false));
    const CliRun run =
        empty.run(empty.withManageKey({ u"backup"_s, u"--all"_s, u"--output-dir"_s, m_workDir->path() }));
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.outText().contains(u"No collections"_s), qPrintable(run.outText()));
}

void TestCliBackup::backup_wrongKey_exitsAuthWithoutEchoingKey()
{
    const QString wrongKey = u"wrong-key-3b8e1d"_s;
    const CliRun run = m_fixture.run({ u"backup"_s,
        u"--all"_s,
        u"--host"_s,
        m_fixture.host(),
        u"--api-key"_s,
        wrongKey,
        u"--output-dir"_s,
        m_workDir->path() });
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.errText().contains(u"rejected the API key"_s), qPrintable(run.errText()));
    QVERIFY(!run.errText().contains(wrongKey));
    QVERIFY(!run.outText().contains(wrongKey));
}

void TestCliBackup::backup_unreachableHost_exitsConnect()
{
    const QString host = u"http://127.0.0.1:%1"_s.arg(CliFixture::closedPort());
    const CliRun run =
        m_fixture.run({ u"backup"_s, u"--all"_s, u"--host"_s, host, u"--output-dir"_s, m_workDir->path() });
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.errText().contains(u"cannot connect"_s), qPrintable(run.errText()));
}

void TestCliBackup::backup_json_isOneDocumentWithoutKey()
{
    const CliRun run = m_fixture.run(m_fixture.withManageKey(
        { u"backup"_s, u"--collection"_s, u"user profiles"_s, u"--output-dir"_s, m_workDir->path(), u"--json"_s }));
    QCOMPARE(run.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(!run.out.contains(CliFixture::API_KEY));
    QVERIFY(!run.err.contains(CliFixture::API_KEY));
    const QJsonObject root = document.object();
    QCOMPARE(root.value(u"command"_s).toString(), u"backup"_s);
    QCOMPARE(root.value(u"host"_s).toString(), m_fixture.host());
    QCOMPARE(root.value(u"exitCode"_s).toInt(-1), 0);
    const QJsonObject result = root.value(u"results"_s).toArray().at(0).toObject();
    QCOMPARE(result.value(u"collection"_s).toString(), u"user profiles"_s);
    QVERIFY(result.value(u"ok"_s).toBool());
    const QString file = result.value(u"file"_s).toString();
    QCOMPARE(result.value(u"sha256"_s).toString().toLatin1(), sha256OfFile(file));
    QCOMPARE(result.value(u"size"_s).toInteger(), QFileInfo(file).size());
    QCOMPARE(result.value(u"metadata"_s).toObject().value(u"sha256"_s), result.value(u"sha256"_s));
}

void TestCliBackup::backup_apiKeyFile_andEnvironment_work()
{
    const QString keyFile = m_workDir->filePath(u"key"_s);
    QFile file(keyFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("  ") + CliFixture::API_KEY + "  \nsecond line\n");
    file.close();
    QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    CliRun run = m_fixture.run({ u"list-collections"_s, u"--host"_s, m_fixture.host(), u"--api-key-file"_s, keyFile });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.outText().contains(u"products"_s));
    QVERIFY2(!run.errText().contains(u"warning"_s), qPrintable(run.errText()));

    QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
    run = m_fixture.run({ u"list-collections"_s, u"--host"_s, m_fixture.host(), u"--api-key-file"_s, keyFile });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.errText().contains(u"readable by other users"_s), qPrintable(run.errText()));

    QProcessEnvironment environment = CliFixture::cleanEnvironment();
    environment.insert(u"QDRANT_API_KEY"_s, QString::fromLatin1(CliFixture::API_KEY));
    run = m_fixture.run({ u"list-collections"_s, u"--host"_s, m_fixture.host() }, {}, environment);
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.outText().contains(u"products"_s));

    // --api-key wins over the environment.
    run = m_fixture.run(
        { u"list-collections"_s, u"--host"_s, m_fixture.host(), u"--api-key"_s, u"nope-nope"_s }, {}, environment);
    QCOMPARE(run.exitCode, 4);

    run = m_fixture.run({ u"list-collections"_s, u"--host"_s, m_fixture.host() });
    QCOMPARE(run.exitCode, 4);

    run = m_fixture.run({ u"list-collections"_s, u"--api-key-file"_s, m_workDir->filePath(u"absent"_s) });
    QCOMPARE(run.exitCode, 2);
}

void TestCliBackup::backup_sigterm_cancelsAndRemovesPartFile()
{
    // The download stalls after some bytes, so the .part file exists while the CLI waits.
    m_fixture.control("POST",
        u"/faults"_s,
        QJsonObject{ { u"method"_s, u"GET"_s },
            { u"pathPrefix"_s, u"/collections/products/snapshots/products-"_s },
            { u"kind"_s, u"StallAfterBytes"_s },
            { u"value"_s, 4096 },
            { u"times"_s, 1 } });
    const QString out = m_workDir->filePath(u"cancel"_s);
    auto process = m_fixture.startCli(
        m_fixture.withManageKey({ u"backup"_s, u"--collection"_s, u"products"_s, u"--output-dir"_s, out }),
        m_workDir->path());
    QVERIFY(process->waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(!QDir(out).entryList({ u"*.part"_s }, QDir::Files).isEmpty(), 10'000);
    process->terminate();
    QVERIFY(process->waitForFinished(10'000));
    QCOMPARE(process->exitStatus(), QProcess::NormalExit);
    QCOMPARE(process->exitCode(), 130);
    QVERIFY(QDir(out).entryList({ u"*.part"_s }, QDir::Files).isEmpty());
    QVERIFY(QDir(out).entryList({ u"*.snapshot"_s }, QDir::Files).isEmpty());
    m_fixture.control("DELETE", u"/faults"_s);
}

void TestCliBackup::listCollections_printsNames()
{
    CliRun run = m_fixture.run(m_fixture.withManageKey({ u"list-collections"_s }));
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.outText().split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(lines.contains(u"products"_s));
    QVERIFY(lines.contains(u"user profiles"_s));
    QVERIFY(lines.contains(u"文档-embeddings"_s));

    run = m_fixture.run({ u"--json"_s,
        u"list-collections"_s,
        u"--host"_s,
        m_fixture.host(),
        u"--api-key"_s,
        QString::fromLatin1(CliFixture::READ_ONLY_KEY) });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.json().object().value(u"collections"_s).toArray().contains(u"user profiles"_s));
    QVERIFY(!run.out.contains(CliFixture::READ_ONLY_KEY));
}

void TestCliBackup::listSnapshots_printsBackedUpSnapshot()
{
    const CliRun backup = m_fixture.run(m_fixture.withManageKey(
        { u"backup"_s, u"--collection"_s, u"empty-collection"_s, u"--output-dir"_s, m_workDir->path(), u"--quiet"_s }));
    QCOMPARE(backup.exitCode, 0);
    QVERIFY2(backup.out.isEmpty(), backup.out.constData());
    const QString name = snapshotFiles(m_workDir->path()).constFirst();

    CliRun run =
        m_fixture.run(m_fixture.withManageKey({ u"list-snapshots"_s, u"--collection"_s, u"empty-collection"_s }));
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.outText().contains(name), qPrintable(run.outText()));
    QVERIFY(run.outText().contains(QString::fromLatin1(sha256OfFile(m_workDir->filePath(name)))));

    run = m_fixture.run(
        m_fixture.withManageKey({ u"list-snapshots"_s, u"--collection"_s, u"empty-collection"_s, u"--json"_s }));
    QCOMPARE(run.exitCode, 0);
    const QJsonArray snapshots = run.json().object().value(u"snapshots"_s).toArray();
    QVERIFY(std::any_of(snapshots.begin(), snapshots.end(), [&name](const QJsonValue &value) {
        return value.toObject().value(u"name"_s).toString() == name;
    }));

    run = m_fixture.run(m_fixture.withManageKey({ u"list-snapshots"_s, u"--collection"_s, u"absent"_s }));
    QCOMPARE(run.exitCode, 5);
}

void TestCliBackup::download_latest_writesFileAndMetadata()
{
    const CliRun backup = m_fixture.run(m_fixture.withManageKey(
        { u"backup"_s, u"--collection"_s, u"文档-embeddings"_s, u"--output-dir"_s, m_workDir->filePath(u"b"_s) }));
    QCOMPARE(backup.exitCode, 0);
    const QStringList names = m_fixture.snapshotNames(u"文档-embeddings"_s);
    QVERIFY(!names.isEmpty());

    const QString out = m_workDir->filePath(u"dl"_s);
    const CliRun run = m_fixture.run(m_fixture.withManageKey({ u"download"_s,
        u"--collection"_s,
        u"文档-embeddings"_s,
        u"--latest"_s,
        u"--output-dir"_s,
        out,
        u"--json"_s }));
    QCOMPARE(run.exitCode, 0);
    const QJsonObject result = run.json().object().value(u"results"_s).toArray().at(0).toObject();
    const QString file = result.value(u"file"_s).toString();
    QCOMPARE(QFileInfo(file).fileName(), names.constLast());
    QCOMPARE(result.value(u"sha256"_s).toString().toLatin1(), sha256OfFile(file));
    QVERIFY(result.value(u"matchedServerChecksum"_s).toBool());
    QVERIFY(QFileInfo::exists(file + u".snapdock.json"_s));
    QCOMPARE(result.value(u"metadata"_s).toObject().value(u"collection"_s).toString(), u"文档-embeddings"_s);
}

void TestCliBackup::download_unknownSnapshot_exitsNotFound()
{
    const CliRun run = m_fixture.run(m_fixture.withManageKey({ u"download"_s,
        u"--collection"_s,
        u"products"_s,
        u"--snapshot"_s,
        u"products-1-2000-01-01-00-00-00.snapshot"_s,
        u"--output-dir"_s,
        m_workDir->path() }));
    QCOMPARE(run.exitCode, 5);
    QVERIFY2(run.errText().contains(u"products-1-2000-01-01-00-00-00.snapshot"_s), qPrintable(run.errText()));
    QVERIFY(snapshotFiles(m_workDir->path()).isEmpty());
}

QTEST_GUILESS_MAIN(TestCliBackup)
#include "TestCliBackup.moc"
