// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliTestSupport.h"
#include "support/TestCertificates.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkInterface>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Snapdock::TestSupport;

// snapdock-cli's --ca-cert, --pin-sha256 and --allow-insecure-key against a qdrant-emulator child process: over
// HTTPS with a certificate generated at test time, and over plain http on a non-loopback address of this machine.
class TestCliTransportSecurity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void tls_selfSignedByDefault_exitsConnectionFailedShowingFingerprint();
    void tls_caCert_backupSucceeds();
    void tls_pinSha256_backupSucceeds_data();
    void tls_pinSha256_backupSucceeds();
    void tls_pinOfAnotherCertificate_exitsConnectionFailed();
    void tlsOptions_invalidValues_areUsageErrors_data();
    void tlsOptions_invalidValues_areUsageErrors();

    void plainHttp_keyToRemoteHost_worksWithOneWarningLine_data();
    void plainHttp_keyToRemoteHost_worksWithOneWarningLine();
    void plainHttp_keyToLoopback_hasNoWarning();

private:
    [[nodiscard]] QStringList backupArguments(const QStringList &extra) const;

    TestCertificates m_certificates;
    std::optional<GeneratedCertificate> m_server;
    std::optional<GeneratedCertificate> m_other;
    CliFixture m_fixture;
    std::unique_ptr<QTemporaryDir> m_workDir;
};

void TestCliTransportSecurity::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (TestCertificates::opensslProgram().isEmpty())
        QSKIP("the openssl command-line tool is not on PATH: cannot generate test certificates");
    m_server = m_certificates.generate(u"server"_s);
    QVERIFY2(m_server, qPrintable(m_certificates.errorString()));
    m_other = m_certificates.generate(u"other"_s);
    QVERIFY2(m_other, qPrintable(m_certificates.errorString()));
}

void TestCliTransportSecurity::init()
{
    QVERIFY(m_fixture.start(
        true, { u"--tls-cert"_s, m_server->certificateFile, u"--tls-key"_s, m_server->privateKeyFile }));
    QCOMPARE(m_fixture.baseUrl().scheme(), u"https"_s);
    m_workDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_workDir->isValid());
}

void TestCliTransportSecurity::cleanup()
{
    m_fixture.stop();
    m_workDir.reset();
}

QStringList TestCliTransportSecurity::backupArguments(const QStringList &extra) const
{
    return m_fixture.withManageKey(
        QStringList{ u"backup"_s, u"--collection"_s, u"products"_s, u"--output-dir"_s, m_workDir->path() } + extra);
}

void TestCliTransportSecurity::tls_selfSignedByDefault_exitsConnectionFailedShowingFingerprint()
{
    const CliRun run = m_fixture.run(backupArguments({}));
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.errText().contains(u"self-signed"_s, Qt::CaseInsensitive), run.err.constData());
    QVERIFY2(run.errText().contains(m_server->fingerprint), run.err.constData());
    QVERIFY(QDir(m_workDir->path()).entryList(QDir::Files).isEmpty());
}

void TestCliTransportSecurity::tls_caCert_backupSucceeds()
{
    const CliRun run = m_fixture.run(backupArguments({ u"--ca-cert"_s, m_server->certificateFile }));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(QDir(m_workDir->path()).entryList({ u"products*.snapshot"_s }, QDir::Files).size(), 1);
}

void TestCliTransportSecurity::tls_pinSha256_backupSucceeds_data()
{
    QTest::addColumn<bool>("withColons");
    QTest::newRow("as openssl prints it") << true;
    QTest::newRow("plain lower-case hex") << false;
}

void TestCliTransportSecurity::tls_pinSha256_backupSucceeds()
{
    QFETCH(bool, withColons);
    const QString pin = withColons ? m_server->fingerprint : QString::fromLatin1(m_server->sha256Hex);
    const CliRun run = m_fixture.run(backupArguments({ u"--pin-sha256"_s, pin }));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(QDir(m_workDir->path()).entryList({ u"products*.snapshot"_s }, QDir::Files).size(), 1);
}

void TestCliTransportSecurity::tls_pinOfAnotherCertificate_exitsConnectionFailed()
{
    const CliRun run = m_fixture.run(backupArguments({ u"--pin-sha256"_s, m_other->fingerprint, u"--json"_s }));
    QCOMPARE(run.exitCode, 3);
    const QJsonObject error =
        run.json().object().value(u"results"_s).toArray().at(0).toObject().value(u"error"_s).toObject();
    QCOMPARE(error.value(u"code"_s).toString(), u"tls_failure"_s);
    QVERIFY2(run.errText().contains(m_server->fingerprint), run.err.constData());
}

void TestCliTransportSecurity::tlsOptions_invalidValues_areUsageErrors_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("missing CA file") << u"--ca-cert"_s << u"no-such-file.pem"_s << u"cannot read"_s;
    QTest::newRow("CA file is not PEM") << u"--ca-cert"_s << u"not-pem.txt"_s << u"no PEM certificate"_s;
    QTest::newRow("pin too short") << u"--pin-sha256"_s << u"AB:CD"_s << u"64 hex digits"_s;
    QTest::newRow("pin not hex") << u"--pin-sha256"_s << QString(64, u'g') << u"64 hex digits"_s;
}

void TestCliTransportSecurity::tlsOptions_invalidValues_areUsageErrors()
{
    QFETCH(QString, option);
    QFETCH(QString, value);
    QFETCH(QString, messagePart);
    QFile notPem(m_workDir->filePath(u"not-pem.txt"_s));
    QVERIFY(notPem.open(QIODevice::WriteOnly));
    notPem.write("hello\n");
    notPem.close();
    const QString argument = option == "--ca-cert"_L1 ? m_workDir->filePath(value) : value;
    const CliRun run = m_fixture.run(backupArguments({ option, argument }));
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.errText().contains(option), run.err.constData());
    QVERIFY2(run.errText().contains(messagePart), run.err.constData());
}

void TestCliTransportSecurity::plainHttp_keyToRemoteHost_worksWithOneWarningLine_data()
{
    QTest::addColumn<bool>("json");
    QTest::addColumn<bool>("allowInsecureKey");
    QTest::newRow("human output warns") << false << false;
    QTest::newRow("--json warns on stderr only") << true << false;
    QTest::newRow("--allow-insecure-key silences it") << false << true;
}

void TestCliTransportSecurity::plainHttp_keyToRemoteHost_worksWithOneWarningLine()
{
    QFETCH(bool, json);
    QFETCH(bool, allowInsecureKey);
    QHostAddress remote;
    const QList<QHostAddress> addresses = QNetworkInterface::allAddresses();
    for (const QHostAddress &address : addresses) {
        if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback()) {
            remote = address;
            break;
        }
    }
    if (remote.isNull())
        QSKIP("this machine has no non-loopback IPv4 address to stand in for a remote host");
    QVERIFY(m_fixture.start(true, { u"--host"_s, u"0.0.0.0"_s }));
    const QString host = u"http://%1:%2"_s.arg(remote.toString()).arg(m_fixture.baseUrl().port());

    QStringList arguments{
        u"list-collections"_s, u"--host"_s, host, u"--api-key"_s, QString::fromLatin1(CliFixture::API_KEY)
    };
    if (json)
        arguments.append(u"--json"_s);
    if (allowInsecureKey)
        arguments.append(u"--allow-insecure-key"_s);
    const CliRun run = m_fixture.run(arguments);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QStringList warnings = run.errText().split(u'\n', Qt::SkipEmptyParts).filter(u"unencrypted"_s);
    if (allowInsecureKey) {
        QVERIFY2(warnings.isEmpty(), run.err.constData());
        return;
    }
    QCOMPARE(warnings.size(), 1);
    QVERIFY(warnings.first().contains(u"--allow-insecure-key"_s));
    QVERIFY(warnings.first().contains(remote.toString()));
    QVERIFY(!run.errText().contains(QString::fromLatin1(CliFixture::API_KEY)));
    if (json) {
        QVERIFY(run.json().isObject());
        QVERIFY(!run.outText().contains(u"unencrypted"_s));
    }
}

void TestCliTransportSecurity::plainHttp_keyToLoopback_hasNoWarning()
{
    QVERIFY(m_fixture.start());
    const CliRun run = m_fixture.run(m_fixture.withManageKey({ u"list-collections"_s }));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(!run.errText().contains(u"unencrypted"_s), run.err.constData());
}

QTEST_GUILESS_MAIN(TestCliTransportSecurity)
#include "TestCliTransportSecurity.moc"
