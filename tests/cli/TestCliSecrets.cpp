// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliTestSupport.h"

#include <QDirIterator>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Snapdock::TestSupport;

// The API key never leaves memory: after a full run of every command — with debug logging on and failures on
// purpose — neither any output nor any file Snapdock wrote contains it.
class TestCliSecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fullRun_keyAppearsInNoOutputAndNoFile();

private:
    CliFixture m_fixture;
};

void TestCliSecrets::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_fixture.start());
}

void TestCliSecrets::fullRun_keyAppearsInNoOutputAndNoFile()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString output = home.filePath(u"backups"_s);
    QProcessEnvironment environment = CliFixture::cleanEnvironment();
    // Everything the process could write goes below `home`, so that the search below sees all of it.
    environment.insert(u"HOME"_s, home.path());
    environment.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    environment.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    environment.insert(u"XDG_CACHE_HOME"_s, home.filePath(u"cache"_s));
    environment.insert(u"TMPDIR"_s, home.filePath(u"tmp"_s));
    QDir().mkpath(home.filePath(u"tmp"_s));
    environment.insert(u"QT_LOGGING_RULES"_s, u"snapdock.*=true"_s);
    const QByteArray key = CliFixture::API_KEY;

    QList<CliRun> runs;
    runs << m_fixture.run(
        m_fixture.withManageKey({ u"backup"_s, u"--all"_s, u"--output-dir"_s, output }), home.path(), environment);
    QCOMPARE(runs.last().exitCode, 0);
    runs << m_fixture.run(m_fixture.withManageKey({ u"backup"_s, u"--all"_s, u"--output-dir"_s, output, u"--json"_s }),
        home.path(),
        environment);
    runs << m_fixture.run(m_fixture.withManageKey({ u"list-collections"_s, u"--json"_s }), home.path(), environment);
    runs << m_fixture.run(
        m_fixture.withManageKey({ u"list-snapshots"_s, u"--collection"_s, u"products"_s }), home.path(), environment);
    runs << m_fixture.run(m_fixture.withManageKey({ u"download"_s,
                              u"--collection"_s,
                              u"products"_s,
                              u"--latest"_s,
                              u"--output-dir"_s,
                              home.filePath(u"downloads"_s) }),
        home.path(),
        environment);
    QCOMPARE(runs.last().exitCode, 0);

    QString backup;
    QDirIterator snapshots(output, { u"products-*.snapshot"_s }, QDir::Files);
    while (snapshots.hasNext())
        backup = snapshots.next();
    QVERIFY(!backup.isEmpty());
    runs << m_fixture.run(
        m_fixture.withManageKey(
            { u"restore"_s, u"--snapshot"_s, backup, u"--new-collection"_s, u"products secret check"_s, u"--json"_s }),
        home.path(),
        environment);
    QCOMPARE(runs.last().exitCode, 0);
    // Failures echo the request back in words: they must not echo the key.
    runs << m_fixture.run(
        m_fixture.withManageKey({ u"backup"_s, u"--collection"_s, u"ghost"_s }), home.path(), environment);
    runs << m_fixture.run(
        m_fixture.withManageKey({ u"restore"_s, u"--snapshot"_s, backup, u"--collection"_s, u"user profiles"_s }),
        home.path(),
        environment);
    QVERIFY(runs.last().exitCode != 0);
    runs << m_fixture.run(
        { u"list-collections"_s, u"--host"_s, u"http://127.0.0.1:1"_s, u"--api-key"_s, QString::fromLatin1(key) },
        home.path(),
        environment);

    for (const CliRun &run : std::as_const(runs)) {
        QVERIFY2(!run.out.contains(key), run.out.constData());
        QVERIFY2(!run.err.contains(key), run.err.constData());
    }

    int filesRead = 0;
    QDirIterator written(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (written.hasNext()) {
        const QString path = written.next();
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        // Stream in overlapping chunks: snapshots are large, and the key may straddle a chunk boundary.
        QByteArray tail;
        for (;;) {
            const QByteArray chunk = file.read(4 * 1024 * 1024);
            if (chunk.isEmpty())
                break;
            const QByteArray window = tail + chunk;
            QVERIFY2(!window.contains(key), qPrintable(u"the key is in "_s + path));
            tail = window.right(static_cast<qsizetype>(sizeof(CliFixture::API_KEY)));
        }
        ++filesRead;
    }
    QVERIFY2(filesRead >= 10, "the run wrote backups, metadata and downloads to search through");
}

QTEST_GUILESS_MAIN(TestCliSecrets)
#include "TestCliSecrets.moc"
