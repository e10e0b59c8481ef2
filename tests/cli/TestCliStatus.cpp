// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
// `snapdock-cli status`: the recovery-point watchdog as monitoring systems run it, a child process over real files
// written by a real backup against qdrant-emulator.
#include "cli/CliTestSupport.h"
#include "core/storage/SnapshotMetadata.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Snapdock::SnapshotMetadata;
using Snapdock::TestSupport::CliFixture;
using Snapdock::TestSupport::CliRun;

namespace {

constexpr qint64 HOUR = 3600;

// Copies a backup and its metadata into `folder`, moving every recorded time `secondsAgo` into the past; returns the
// new snapshot path (empty on failure).
QString agedCopy(const QString &snapshot, const QString &folder, qint64 secondsAgo)
{
    const QString target = QDir(folder).filePath(QFileInfo(snapshot).fileName());
    if (!QFile::copy(snapshot, target))
        return {};
    auto metadata = SnapshotMetadata::readFrom(SnapshotMetadata::metadataPathFor(snapshot));
    if (!metadata)
        return {};
    const QDateTime then = QDateTime::currentDateTimeUtc().addSecs(-secondsAgo);
    metadata->serverCreationTime = then;
    metadata->backupStartedAt = then;
    metadata->backupFinishedAt = then.addSecs(10);
    return metadata->writeTo(SnapshotMetadata::metadataPathFor(target)) ? target : QString();
}

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

QJsonObject entryFor(const QJsonObject &json, const QString &collection)
{
    for (const QJsonValue &entry : json.value(u"collections"_s).toArray()) {
        if (entry.toObject().value(u"collection"_s).toString() == collection)
            return entry.toObject();
    }
    return {};
}

} // namespace

class TestCliStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void status_freshBackups_exitZero();
    void status_oldBackup_breachesWithExitEleven();
    void status_corruptedNewest_isNotVerified();
    void status_corruptedNewest_olderIntactOneCounts();
    void status_namedCollectionWithoutBackup_breaches();
    void status_emptyFolder_breachesAndSaysSo();
    void status_missingFolder_isLocalError();
    void status_withoutMaxAge_isUsageError();

private:
    [[nodiscard]] CliRun status(const QString &folder, const QStringList &extra = {}) const;

    CliFixture m_fixture;
    QTemporaryDir m_backups;
    QString m_products;
    QString m_profiles;
};

void TestCliStatus::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_backups.isValid());
    QVERIFY(m_fixture.start());
    const CliRun backup = m_fixture.run(m_fixture.withManageKey({ u"backup"_s,
        u"--collection"_s,
        u"products"_s,
        u"--collection"_s,
        u"user profiles"_s,
        u"--output-dir"_s,
        m_backups.filePath(u"2026-11-27"_s),
        u"--json"_s }));
    QCOMPARE(backup.exitCode, 0);
    const QJsonArray results = backup.json().object().value(u"results"_s).toArray();
    m_products = results.at(0).toObject().value(u"file"_s).toString();
    m_profiles = results.at(1).toObject().value(u"file"_s).toString();
    QVERIFY(QFileInfo::exists(m_products) && QFileInfo::exists(m_profiles));
}

CliRun TestCliStatus::status(const QString &folder, const QStringList &extra) const
{
    return m_fixture.run(QStringList{ u"status"_s, u"--dir"_s, folder } + extra);
}

void TestCliStatus::status_freshBackups_exitZero()
{
    const CliRun run = status(m_backups.path(), { u"--max-age"_s, u"26h"_s, u"--json"_s });
    QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
    const QJsonObject json = run.json().object();
    QCOMPARE(json.value(u"command"_s).toString(), u"status"_s);
    QCOMPARE(json.value(u"ok"_s).toBool(), true);
    QCOMPARE(json.value(u"exitCode"_s).toInt(), 0);
    QCOMPARE(json.value(u"maxAgeSeconds"_s).toInteger(), 26 * HOUR);
    QCOMPARE(json.value(u"breaches"_s).toInt(), 0);
    QCOMPARE(json.value(u"folder"_s).toString(), QDir(m_backups.path()).absolutePath());
    QCOMPARE(json.value(u"collections"_s).toArray().size(), 2);
    for (const QString &name : { u"products"_s, u"user profiles"_s }) {
        const QJsonObject entry = entryFor(json, name);
        QCOMPARE(entry.value(u"reason"_s).toString(), u"none"_s);
        QCOMPARE(entry.value(u"breached"_s).toBool(), false);
        QCOMPARE(entry.value(u"host"_s).toString(), m_fixture.baseUrl().toString(QUrl::StripTrailingSlash));
        QVERIFY(entry.value(u"newest"_s).toObject().value(u"verified"_s).toBool());
        QVERIFY(entry.value(u"ageSeconds"_s).toInteger() >= 0);
        QVERIFY(entry.value(u"ageSeconds"_s).toInteger() < 26 * HOUR);
    }

    const CliRun human = status(m_backups.path(), { u"--max-age"_s, u"26h"_s });
    QCOMPARE(human.exitCode, 0);
    QVERIFY2(human.outText().contains(u"user profiles"_s), qPrintable(human.outText()));
    QVERIFY(!human.outText().contains(u"TOO OLD"_s));
}

void TestCliStatus::status_oldBackup_breachesWithExitEleven()
{
    QTemporaryDir dir;
    QVERIFY(!agedCopy(m_products, dir.path(), 3 * 24 * HOUR).isEmpty());
    const CliRun run = status(dir.path(), { u"--max-age"_s, u"26h"_s, u"--json"_s });
    QCOMPARE(run.exitCode, 11);
    const QJsonObject json = run.json().object();
    QCOMPARE(json.value(u"ok"_s).toBool(true), false);
    QCOMPARE(json.value(u"exitCode"_s).toInt(), 11);
    QCOMPARE(json.value(u"breaches"_s).toInt(), 1);
    const QJsonObject entry = entryFor(json, u"products"_s);
    QCOMPARE(entry.value(u"reason"_s).toString(), u"too_old"_s);
    QVERIFY(entry.value(u"ageSeconds"_s).toInteger() >= 3 * 24 * HOUR);

    const CliRun human = status(dir.path(), { u"--max-age"_s, u"26h"_s });
    QCOMPARE(human.exitCode, 11);
    QVERIFY2(human.outText().contains(u"TOO OLD"_s), qPrintable(human.outText()));
    QVERIFY2(human.errText().contains(u"breach"_s), qPrintable(human.errText()));
    // A threshold of a week tolerates it.
    QCOMPARE(status(dir.path(), { u"--max-age"_s, u"1w"_s }).exitCode, 0);
}

void TestCliStatus::status_corruptedNewest_isNotVerified()
{
    QTemporaryDir dir;
    const QString copy = agedCopy(m_products, dir.path(), HOUR);
    QVERIFY(!copy.isEmpty());
    QVERIFY(flipByte(copy, 2048));
    const CliRun run = status(dir.path(), { u"--max-age"_s, u"26h"_s, u"--json"_s });
    QCOMPARE(run.exitCode, 11);
    const QJsonObject entry = entryFor(run.json().object(), u"products"_s);
    QCOMPARE(entry.value(u"reason"_s).toString(), u"not_verified"_s);
    QCOMPARE(entry.value(u"newest"_s).toObject().value(u"verified"_s).toBool(true), false);
    QVERIFY(entry.value(u"lastVerified"_s).isNull());
}

void TestCliStatus::status_corruptedNewest_olderIntactOneCounts()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(u"old"_s) && QDir(dir.path()).mkpath(u"new"_s));
    QVERIFY(!agedCopy(m_products, dir.filePath(u"old"_s), 20 * HOUR).isEmpty());
    const QString newest = agedCopy(m_products, dir.filePath(u"new"_s), HOUR);
    QVERIFY(!newest.isEmpty());
    QVERIFY(flipByte(newest, 2048));
    const CliRun run = status(dir.path(), { u"--max-age"_s, u"26h"_s, u"--json"_s });
    QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
    const QJsonObject entry = entryFor(run.json().object(), u"products"_s);
    QCOMPARE(entry.value(u"backups"_s).toInt(), 2);
    QCOMPARE(entry.value(u"newest"_s).toObject().value(u"verified"_s).toBool(true), false);
    QVERIFY(entry.value(u"lastVerified"_s).toObject().value(u"file"_s).toString().contains(u"/old/"_s));
    QVERIFY(entry.value(u"ageSeconds"_s).toInteger() >= 20 * HOUR);
    // Twelve hours is stricter than what the intact backup offers.
    QCOMPARE(status(dir.path(), { u"--max-age"_s, u"12h"_s }).exitCode, 11);
}

void TestCliStatus::status_namedCollectionWithoutBackup_breaches()
{
    const CliRun run = status(m_backups.path(),
        { u"--max-age"_s, u"26h"_s, u"--collection"_s, u"products"_s, u"--collection"_s, u"orders"_s, u"--json"_s });
    QCOMPARE(run.exitCode, 11);
    const QJsonObject json = run.json().object();
    QCOMPARE(json.value(u"collections"_s).toArray().size(), 2);
    QCOMPARE(entryFor(json, u"orders"_s).value(u"reason"_s).toString(), u"no_backup"_s);
    QCOMPARE(entryFor(json, u"products"_s).value(u"reason"_s).toString(), u"none"_s);
    QVERIFY(entryFor(json, u"user profiles"_s).isEmpty());
    QCOMPARE(status(m_backups.path(), { u"--max-age"_s, u"26h"_s, u"--collection"_s, u"products"_s }).exitCode, 0);
}

void TestCliStatus::status_emptyFolder_breachesAndSaysSo()
{
    QTemporaryDir empty;
    const CliRun run = status(empty.path(), { u"--max-age"_s, u"26h"_s });
    QCOMPARE(run.exitCode, 11);
    QVERIFY2(run.errText().contains(u"no backups found"_s), qPrintable(run.errText()));
    const CliRun json = status(empty.path(), { u"--max-age"_s, u"26h"_s, u"--json"_s });
    QCOMPARE(json.exitCode, 11);
    QCOMPARE(json.json().object().value(u"error"_s).toObject().value(u"code"_s).toString(), u"no_backups"_s);
}

void TestCliStatus::status_missingFolder_isLocalError()
{
    const CliRun run = status(m_backups.filePath(u"does-not-exist"_s), { u"--max-age"_s, u"26h"_s });
    QCOMPARE(run.exitCode, 9);
    QVERIFY2(run.errText().contains(u"does-not-exist"_s), qPrintable(run.errText()));
}

void TestCliStatus::status_withoutMaxAge_isUsageError()
{
    QCOMPARE(status(m_backups.path()).exitCode, 2);
    QCOMPARE(status(m_backups.path(), { u"--max-age"_s, u"26"_s }).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCliStatus)
#include "TestCliStatus.moc"
