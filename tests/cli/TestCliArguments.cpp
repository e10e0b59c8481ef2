// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
// In-process tests of the CLI library: argument parsing, exit codes, key resolution, output formatting.
#include "cli/ApiKeySource.h"
#include "cli/CliHelp.h"
#include "cli/CliOptions.h"
#include "cli/ExitCode.h"
#include "cli/OutputPrinter.h"
#include "cli/ProgressPrinter.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Snapdock;
using namespace Snapdock::Cli;

class TestCliArguments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void parse_valid_data();
    void parse_valid();
    void parse_usageError_data();
    void parse_usageError();
    void parse_helpAndVersion();
    void parse_backupOptions_areTyped();
    void exitCode_everyKindIsMapped();
    void helpText_documentsExitCodesAndKeyVisibility();
    void resolveApiKey_precedence();
    void redact_hidesKey();
    void progressLine_showsBytesSpeedAndEta();
};

void TestCliArguments::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCliArguments::parse_valid_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("command");
    QTest::newRow("backup collection") << QStringList{ u"backup"_s, u"--collection"_s, u"x"_s }
                                       << int(CommandKind::Backup);
    QTest::newRow("global before command")
        << QStringList{ u"--host"_s, u"http://h:1"_s, u"backup"_s, u"--all"_s } << int(CommandKind::Backup);
    QTest::newRow("option before command") << QStringList{ u"--all"_s, u"backup"_s } << int(CommandKind::Backup);
    QTest::newRow("equals form") << QStringList{ u"backup"_s, u"--collection=a b"_s } << int(CommandKind::Backup);
    QTest::newRow("full storage") << QStringList{ u"backup"_s, u"--full-storage"_s } << int(CommandKind::Backup);
    QTest::newRow("restore existing") << QStringList{ u"restore"_s, u"--snapshot"_s, u"f"_s, u"--collection"_s, u"c"_s }
                                      << int(CommandKind::Restore);
    QTest::newRow("restore new") << QStringList{ u"restore"_s, u"--snapshot"_s, u"f"_s, u"--new-collection"_s, u"c"_s }
                                 << int(CommandKind::Restore);
    QTest::newRow("list-collections json")
        << QStringList{ u"list-collections"_s, u"--json"_s } << int(CommandKind::ListCollections);
    QTest::newRow("list-snapshots full") << QStringList{ u"list-snapshots"_s, u"--full-storage"_s }
                                         << int(CommandKind::ListSnapshots);
    QTest::newRow("download latest") << QStringList{ u"download"_s, u"--collection"_s, u"c"_s, u"--latest"_s }
                                     << int(CommandKind::Download);
}

void TestCliArguments::parse_valid()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, command);
    const Result<CliOptions> options = parseArguments(arguments);
    QVERIFY2(options.has_value(), options ? "" : qPrintable(options.error().detail));
    QCOMPARE(int(options->command), command);
}

void TestCliArguments::parse_usageError_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no command") << QStringList{} << u"missing command"_s;
    QTest::newRow("unknown command") << QStringList{ u"frobnicate"_s } << u"unknown command \"frobnicate\""_s;
    QTest::newRow("unknown option") << QStringList{ u"backup"_s, u"--all"_s, u"--colection"_s, u"x"_s }
                                    << u"unknown option \"--colection\""_s;
    QTest::newRow("missing value") << QStringList{ u"backup"_s, u"--collection"_s } << u"--collection needs a value"_s;
    QTest::newRow("value is an option") << QStringList{ u"backup"_s, u"--collection"_s, u"--all"_s }
                                        << u"--collection needs a value"_s;
    QTest::newRow("collection and all") << QStringList{ u"backup"_s, u"--collection"_s, u"x"_s, u"--all"_s }
                                        << u"--collection and --all cannot be used together"_s;
    QTest::newRow("nothing selected") << QStringList{ u"backup"_s } << u"backup needs"_s;
    QTest::newRow("option of another command")
        << QStringList{ u"backup"_s, u"--all"_s, u"--keep-uploaded"_s } << u"--keep-uploaded is not valid for backup"_s;
    QTest::newRow("bad concurrency") << QStringList{ u"backup"_s, u"--all"_s, u"--concurrency"_s, u"0"_s }
                                     << u"--concurrency"_s;
    QTest::newRow("restore without snapshot")
        << QStringList{ u"restore"_s, u"--collection"_s, u"c"_s } << u"--snapshot FILE"_s;
    QTest::newRow("restore both targets") << QStringList{
        u"restore"_s, u"--snapshot"_s, u"f"_s, u"--collection"_s, u"c"_s, u"--new-collection"_s, u"d"_s
    } << u"--collection and --new-collection cannot be used together"_s;
    QTest::newRow("restore bad priority")
        << QStringList{ u"restore"_s, u"--snapshot"_s, u"f"_s, u"--collection"_s, u"c"_s, u"--priority"_s, u"high"_s }
        << u"--priority must be"_s;
    QTest::newRow("download neither") << QStringList{ u"download"_s, u"--collection"_s, u"c"_s } << u"--latest"_s;
    QTest::newRow("flag with value") << QStringList{ u"backup"_s, u"--all=yes"_s } << u"does not take a value"_s;
    QTest::newRow("stray argument") << QStringList{ u"backup"_s, u"--all"_s, u"extra"_s }
                                    << u"unexpected argument \"extra\""_s;
}

void TestCliArguments::parse_usageError()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Result<CliOptions> options = parseArguments(arguments);
    QVERIFY(!options.has_value());
    QCOMPARE(options.error().kind, ErrorKind::InvalidArgument);
    QVERIFY2(options.error().detail.contains(message), qPrintable(options.error().detail));
    QCOMPARE(exitCodeFor(options.error().kind), ExitCode::UsageError);
}

void TestCliArguments::parse_helpAndVersion()
{
    auto parsed = parseArguments({ u"help"_s, u"backup"_s });
    QVERIFY(parsed);
    QCOMPARE(parsed->command, CommandKind::Help);
    QCOMPARE(parsed->helpTopic, CommandKind::Backup);
    parsed = parseArguments({ u"restore"_s, u"--help"_s });
    QVERIFY(parsed);
    QCOMPARE(parsed->command, CommandKind::Help);
    QCOMPARE(parsed->helpTopic, CommandKind::Restore);
    parsed = parseArguments({ u"--version"_s });
    QVERIFY(parsed);
    QCOMPARE(parsed->command, CommandKind::Version);
    QVERIFY(!parseArguments({ u"help"_s, u"nothing"_s }));
}

void TestCliArguments::parse_backupOptions_areTyped()
{
    const auto parsed = parseArguments({ u"backup"_s,
        u"--collection"_s,
        u"a"_s,
        u"--collection"_s,
        u"文档 b"_s,
        u"--concurrency"_s,
        u"3"_s,
        u"--output-dir"_s,
        u"/tmp/x"_s,
        u"-q"_s });
    QVERIFY(parsed);
    QCOMPARE(parsed->collections, (QStringList{ u"a"_s, u"文档 b"_s }));
    QCOMPARE(parsed->concurrency, 3);
    QCOMPARE(parsed->outputDir, u"/tmp/x"_s);
    QVERIFY(parsed->quiet);
    QCOMPARE(parsed->host, u"http://localhost:6333"_s);

    const auto defaults = parseArguments({ u"backup"_s, u"--all"_s });
    QVERIFY(defaults);
    QCOMPARE(defaults->outputDir, u"./snapshots"_s);
    QCOMPARE(defaults->concurrency, 1);

    const auto restore = parseArguments(
        { u"restore"_s, u"--snapshot"_s, u"f"_s, u"--collection"_s, u"c"_s, u"--priority"_s, u"no_sync"_s });
    QVERIFY(restore);
    QCOMPARE(restore->priority, SnapshotPriority::NoSync);
}

void TestCliArguments::exitCode_everyKindIsMapped()
{
    QCOMPARE(exitCodeFor(ErrorKind::CannotConnect), ExitCode::ConnectionFailed);
    QCOMPARE(exitCodeFor(ErrorKind::TlsFailure), ExitCode::ConnectionFailed);
    QCOMPARE(exitCodeFor(ErrorKind::Timeout), ExitCode::ConnectionFailed);
    QCOMPARE(exitCodeFor(ErrorKind::Unauthorized), ExitCode::AuthFailed);
    QCOMPARE(exitCodeFor(ErrorKind::Forbidden), ExitCode::AuthFailed);
    QCOMPARE(exitCodeFor(ErrorKind::NotFound), ExitCode::NotFound);
    QCOMPARE(exitCodeFor(ErrorKind::AlreadyExists), ExitCode::AlreadyExists);
    QCOMPARE(exitCodeFor(ErrorKind::InvalidSnapshot), ExitCode::InvalidSnapshot);
    QCOMPARE(exitCodeFor(ErrorKind::IncompatibleSnapshot), ExitCode::InvalidSnapshot);
    QCOMPARE(exitCodeFor(ErrorKind::ServerDiskFull), ExitCode::ServerError);
    QCOMPARE(exitCodeFor(ErrorKind::PayloadTooLarge), ExitCode::ServerError);
    QCOMPARE(exitCodeFor(ErrorKind::RateLimited), ExitCode::ServerError);
    QCOMPARE(exitCodeFor(ErrorKind::InvalidResponse), ExitCode::ServerError);
    QCOMPARE(exitCodeFor(ErrorKind::LocalDiskFull), ExitCode::LocalError);
    QCOMPARE(exitCodeFor(ErrorKind::LocalPermissionDenied), ExitCode::LocalError);
    QCOMPARE(exitCodeFor(ErrorKind::InvalidArgument), ExitCode::UsageError);
    QCOMPARE(toInt(exitCodeFor(ErrorKind::Cancelled)), 130);
}

void TestCliArguments::helpText_documentsExitCodesAndKeyVisibility()
{
    const QString overview = helpText(CommandKind::None);
    QVERIFY(overview.contains(u"Exit codes"_s));
    QVERIFY(overview.contains(u"130"_s));
    QVERIFY(overview.contains(u"visible to"_s));
    QVERIFY(helpText(CommandKind::Restore).contains(u"--keep-uploaded"_s));
    QVERIFY(helpText(CommandKind::Backup).contains(u"--concurrency"_s));
}

void TestCliArguments::resolveApiKey_precedence()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"key"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("from-file\nignored\n");
    file.close();
    QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));

    QProcessEnvironment environment;
    environment.insert(u"QDRANT_API_KEY"_s, u"from-env"_s);
    CliOptions options;
    QCOMPARE(resolveApiKey(options, environment)->key, u"from-env"_s);
    options.apiKeyFile = path;
    auto resolved = resolveApiKey(options, environment);
    QCOMPARE(resolved->key, u"from-file"_s);
    QVERIFY(resolved->warnings.isEmpty());
    options.apiKey = u"from-option"_s;
    QCOMPARE(resolveApiKey(options, environment)->key, u"from-option"_s);

    options.apiKey.reset();
    QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    resolved = resolveApiKey(options, environment);
    QCOMPARE(resolved->key, u"from-file"_s);
    QCOMPARE(resolved->warnings.size(), 1);
    QVERIFY(!resolved->warnings.constFirst().contains(u"from-file"_s));

    options.apiKeyFile = dir.filePath(u"missing"_s);
    QCOMPARE(resolveApiKey(options, environment).error().kind, ErrorKind::InvalidArgument);
}

void TestCliArguments::redact_hidesKey()
{
    const OutputPrinter printer(false, false, u"s3cret-key"_s, stdout, stderr);
    QCOMPARE(printer.redact(u"server said s3cret-key is wrong"_s), u"server said [redacted] is wrong"_s);
    QCOMPARE(OutputPrinter::formatSize(1536), u"1.5 KiB"_s);
    QCOMPARE(OutputPrinter::formatSize(12), u"12 B"_s);
}

void TestCliArguments::progressLine_showsBytesSpeedAndEta()
{
    const QString line = ProgressPrinter::formatLine(u"docs"_s, u"downloading"_s, 10 << 20, 40 << 20, 5 << 20);
    QCOMPARE(line, u"docs: downloading  10.0 MiB / 40.0 MiB (25%)  5.0 MiB/s  ETA 0:06"_s);
    QCOMPARE(ProgressPrinter::formatLine(u"docs"_s, u"creating snapshot"_s, 0, -1, 0), u"docs: creating snapshot"_s);
    QCOMPARE(ProgressPrinter::formatDuration(3723), u"1:02:03"_s);
}

QTEST_GUILESS_MAIN(TestCliArguments)
#include "TestCliArguments.moc"
