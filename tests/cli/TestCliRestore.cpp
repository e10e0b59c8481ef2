// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end restore: snapdock-cli as a child process against qdrant-emulator over real sockets.
#include "cli/CliTestSupport.h"
#include "support/TestFiles.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Snapdock::TestSupport::CliFixture;
using Snapdock::TestSupport::CliRun;

class TestCliRestore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void restore_existingCollection_bringsPointsBack();
    void restore_newCollection_createsItAndDeletesUploadedCopy();
    void restore_keepUploaded_leavesUploadedCopy();
    void restore_missingCollection_exitsNotFoundWithoutUpload();
    void restore_newCollectionThatExists_exitsAlreadyExistsWithoutUpload();
    void restore_readOnlyKey_exitsAuthWithManageHint();
    void restore_missingFile_isUsageError();

private:
    [[nodiscard]] bool anyUpload() { return !m_fixture.requestLog().filter(u"/snapshots/upload"_s).isEmpty(); }

    CliFixture m_fixture;
    QTemporaryDir m_workDir;
    QString m_productsSnapshot; // a backup of "products" with its original 12840 points
};

void TestCliRestore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_workDir.isValid());
    QVERIFY(m_fixture.start());
    const CliRun backup = m_fixture.run(m_fixture.withManageKey(
        { u"backup"_s, u"--collection"_s, u"products"_s, u"--output-dir"_s, m_workDir.path(), u"--json"_s }));
    QCOMPARE(backup.exitCode, 0);
    m_productsSnapshot =
        backup.json().object().value(u"results"_s).toArray().at(0).toObject().value(u"file"_s).toString();
    QVERIFY(QFileInfo::exists(m_productsSnapshot));
}

void TestCliRestore::init()
{
    m_fixture.clearRequestLog();
}

void TestCliRestore::restore_existingCollection_bringsPointsBack()
{
    const qint64 original = m_fixture.pointsCount(u"products"_s);
    QVERIFY(original > 0);
    m_fixture.control("PUT", u"/collections/products/points_count"_s, QJsonObject{ { u"points_count"_s, 7 } });
    QCOMPARE(m_fixture.pointsCount(u"products"_s), 7);
    const QStringList before = m_fixture.snapshotNames(u"products"_s);

    const CliRun run = m_fixture.run(m_fixture.withManageKey(
        { u"restore"_s, u"--snapshot"_s, m_productsSnapshot, u"--collection"_s, u"products"_s }));
    QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
    QCOMPARE(m_fixture.pointsCount(u"products"_s), original);
    QVERIFY(run.outText().contains(u"products"_s));
    // The uploaded copy was deleted again.
    QCOMPARE(m_fixture.snapshotNames(u"products"_s), before);

    // The upload carried the file's SHA-256 as checksum.
    const QJsonArray requests = m_fixture.control("GET", u"/requests"_s).toArray();
    const QByteArray sha = Snapdock::TestSupport::sha256OfFile(m_productsSnapshot);
    QVERIFY(std::any_of(requests.begin(), requests.end(), [&sha](const QJsonValue &value) {
        const QString target = value.toObject().value(u"rawTarget"_s).toString();
        return target.contains(u"/snapshots/upload"_s) && target.contains(QString::fromLatin1(sha));
    }));
}

void TestCliRestore::restore_newCollection_createsItAndDeletesUploadedCopy()
{
    const CliRun run = m_fixture.run(m_fixture.withManageKey(
        { u"restore"_s, u"--snapshot"_s, m_productsSnapshot, u"--new-collection"_s, u"products copy"_s, u"--json"_s }));
    QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
    const QJsonObject result = run.json().object().value(u"results"_s).toArray().at(0).toObject();
    QCOMPARE(result.value(u"collection"_s).toString(), u"products copy"_s);
    QVERIFY(result.value(u"uploadedCopyDeleted"_s).toBool());
    QVERIFY(!run.out.contains(CliFixture::API_KEY));
    QVERIFY(m_fixture.pointsCount(u"products copy"_s) > 0);
    QVERIFY(m_fixture.snapshotNames(u"products copy"_s).isEmpty());
}

void TestCliRestore::restore_keepUploaded_leavesUploadedCopy()
{
    const CliRun run = m_fixture.run(m_fixture.withManageKey({ u"restore"_s,
        u"--snapshot"_s,
        m_productsSnapshot,
        u"--new-collection"_s,
        u"kept"_s,
        u"--keep-uploaded"_s,
        u"--priority"_s,
        u"snapshot"_s }));
    QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
    const QStringList names = m_fixture.snapshotNames(u"kept"_s);
    QCOMPARE(names.size(), 1);
    QVERIFY2(run.outText().contains(names.constFirst()), qPrintable(run.outText()));
}

void TestCliRestore::restore_missingCollection_exitsNotFoundWithoutUpload()
{
    const CliRun run = m_fixture.run(
        m_fixture.withManageKey({ u"restore"_s, u"--snapshot"_s, m_productsSnapshot, u"--collection"_s, u"ghost"_s }));
    QCOMPARE(run.exitCode, 5);
    QVERIFY2(run.errText().contains(u"ghost"_s), qPrintable(run.errText()));
    QVERIFY(!anyUpload());
}

void TestCliRestore::restore_newCollectionThatExists_exitsAlreadyExistsWithoutUpload()
{
    const CliRun run = m_fixture.run(m_fixture.withManageKey(
        { u"restore"_s, u"--snapshot"_s, m_productsSnapshot, u"--new-collection"_s, u"user profiles"_s }));
    QCOMPARE(run.exitCode, 6);
    QVERIFY2(run.errText().contains(u"user profiles"_s), qPrintable(run.errText()));
    QVERIFY(!anyUpload());
}

void TestCliRestore::restore_readOnlyKey_exitsAuthWithManageHint()
{
    const CliRun run = m_fixture.run({ u"restore"_s,
        u"--snapshot"_s,
        m_productsSnapshot,
        u"--collection"_s,
        u"products"_s,
        u"--host"_s,
        m_fixture.host(),
        u"--api-key"_s,
        QString::fromLatin1(CliFixture::READ_ONLY_KEY) });
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.errText().contains(u"manage"_s), qPrintable(run.errText()));
    QVERIFY(!run.errText().contains(QString::fromLatin1(CliFixture::READ_ONLY_KEY)));
}

void TestCliRestore::restore_missingFile_isUsageError()
{
    const CliRun run = m_fixture.run(m_fixture.withManageKey(
        { u"restore"_s, u"--snapshot"_s, m_workDir.filePath(u"absent.snapshot"_s), u"--collection"_s, u"products"_s }));
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.errText().contains(u"absent.snapshot"_s));
    QVERIFY(m_fixture.requestLog().isEmpty());
}

QTEST_GUILESS_MAIN(TestCliRestore)
#include "TestCliRestore.moc"
