// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ClientTestFixture.h"
#include "core/qdrant/QdrantClient.h"
#include "emulator/QdrantEmulator.h"
#include "support/TestCertificates.h"

#include <QCoreApplication>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Snapdock;
using namespace Snapdock::TestSupport;
using Emulator::CollectionSpec;
using Emulator::EmulatorConfig;
using Emulator::QdrantEmulator;

namespace {

const QString API_KEY = u"tls-test-key-3e8a"_s;
// TEST-NET-1 (RFC 5737): never routed, so nothing could answer even if a request went out.
const QString REMOTE_HTTP_URL = u"http://192.0.2.1:6333"_s;

} // namespace

// The TLS trust rules of ApiRequest (verification on by default, CA file, pinned fingerprint) against a real HTTPS
// emulator with certificates generated at test time, and the refusal to send a key over plain http to a remote host.
class TestTransportSecurity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void tls_selfSignedByDefault_isRefusedNamingProblemAndFingerprint();
    void tls_caFile_isAccepted();
    void tls_pinnedFingerprint_isAccepted_data();
    void tls_pinnedFingerprint_isAccepted();
    void tls_pinnedServerRestartedWithAnotherCertificate_isRefused();
    void tls_caFileOfAnotherCertificate_isRefused();
    void tls_verifiedCertificate_isAcceptedDespitePinForAnother();
    void tls_unusableSettings_failBeforeConnecting_data();
    void tls_unusableSettings_failBeforeConnecting();

    void plainHttp_keyToRemoteHost_isRefusedAtOnce_data();
    void plainHttp_keyToRemoteHost_isRefusedAtOnce();
    void plainHttp_allowedCases_areNotRefused_data();
    void plainHttp_allowedCases_areNotRefused();

private:
    [[nodiscard]] std::unique_ptr<QdrantEmulator> startServer(const GeneratedCertificate &certificate) const;
    [[nodiscard]] ServerEndpoint endpointFor(const QdrantEmulator &server) const;
    // Lists collections (an authenticated call) and returns the finished request for inspection.
    [[nodiscard]] RequestPtr<ApiCall<QStringList>> listCollections(const ServerEndpoint &endpoint);

    TestCertificates m_certificates;
    std::optional<GeneratedCertificate> m_first;
    std::optional<GeneratedCertificate> m_second;
    // A fresh manager per test: Qt keeps verified connections alive per host and port, and a connection
    // accepted under one test's trust settings must not serve the next test's request.
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<QdrantEmulator> m_server;
};

void TestTransportSecurity::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (TestCertificates::opensslProgram().isEmpty())
        QSKIP("the openssl command-line tool is not on PATH: cannot generate test certificates");
    m_first = m_certificates.generate(u"first"_s);
    QVERIFY2(m_first, qPrintable(m_certificates.errorString()));
    m_second = m_certificates.generate(u"second"_s);
    QVERIFY2(m_second, qPrintable(m_certificates.errorString()));
    QVERIFY(m_first->sha256Hex != m_second->sha256Hex);
}

void TestTransportSecurity::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_network->setProxy(QNetworkProxy::NoProxy);
    m_server = startServer(*m_first);
    QVERIFY(m_server);
}

void TestTransportSecurity::cleanup()
{
    m_server.reset();
    m_network.reset();
}

std::unique_ptr<QdrantEmulator> TestTransportSecurity::startServer(const GeneratedCertificate &certificate) const
{
    EmulatorConfig config;
    config.apiKey = API_KEY;
    config.tlsCertificateFile = certificate.certificateFile;
    config.tlsPrivateKeyFile = certificate.privateKeyFile;
    auto server = std::make_unique<QdrantEmulator>(config);
    if (!server->listen()) {
        qWarning().noquote() << "emulator:" << server->errorString();
        return nullptr;
    }
    CollectionSpec spec;
    spec.name = u"docs"_s;
    spec.vectors = QJsonObject{ { u"size"_s, 4 }, { u"distance"_s, u"Cosine"_s } };
    server->addCollection(spec);
    return server;
}

ServerEndpoint TestTransportSecurity::endpointFor(const QdrantEmulator &server) const
{
    ServerEndpoint endpoint;
    endpoint.baseUrl = server.baseUrl();
    endpoint.apiKey = API_KEY;
    return endpoint;
}

RequestPtr<ApiCall<QStringList>> TestTransportSecurity::listCollections(const ServerEndpoint &endpoint)
{
    const QdrantClient client(*m_network, endpoint);
    RequestPtr<ApiCall<QStringList>> call(client.listCollections());
    if (!finishes(call.get()))
        return nullptr;
    return call;
}

void TestTransportSecurity::tls_selfSignedByDefault_isRefusedNamingProblemAndFingerprint()
{
    QCOMPARE(m_server->baseUrl().scheme(), u"https"_s);
    const auto call = listCollections(endpointFor(*m_server));
    QVERIFY(call);
    QCOMPARE(call->error().kind, ErrorKind::TlsFailure);
    const QString message = call->error().userMessage();
    QVERIFY2(message.contains(u"self-signed"_s, Qt::CaseInsensitive), qPrintable(message));
    QVERIFY2(message.contains(m_first->fingerprint), qPrintable(message));
    // Nothing reached the HTTP layer: the key never left the client.
    QVERIFY(m_server->requests().isEmpty());
}

void TestTransportSecurity::tls_caFile_isAccepted()
{
    ServerEndpoint endpoint = endpointFor(*m_server);
    endpoint.caCertificatesFile = m_first->certificateFile;
    const auto call = listCollections(endpoint);
    QVERIFY(call);
    QVERIFY2(call->isSucceeded(), qPrintable(call->error().userMessage()));
    QCOMPARE(*call->result(), QStringList{ u"docs"_s });
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requests().first().headers.value("api-key"), API_KEY.toUtf8());
}

void TestTransportSecurity::tls_pinnedFingerprint_isAccepted_data()
{
    QTest::addColumn<QString>("form");
    QTest::newRow("upper case with colons (openssl)") << u"openssl"_s;
    QTest::newRow("lower case hex") << u"lower"_s;
    QTest::newRow("mixed case with colons") << u"mixed"_s;
}

void TestTransportSecurity::tls_pinnedFingerprint_isAccepted()
{
    QFETCH(QString, form);
    QByteArray pin;
    if (form == "openssl"_L1) {
        pin = m_first->fingerprint.toLatin1();
    } else if (form == "lower"_L1) {
        pin = m_first->sha256Hex;
    } else {
        pin = m_first->fingerprint.toLatin1();
        for (qsizetype i = 0; i < pin.size(); i += 3)
            pin[i] = QChar::fromLatin1(pin.at(i)).toLower().toLatin1();
    }
    ServerEndpoint endpoint = endpointFor(*m_server);
    endpoint.pinnedCertificateSha256 = pin;
    const auto call = listCollections(endpoint);
    QVERIFY(call);
    QVERIFY2(call->isSucceeded(), qPrintable(call->error().userMessage()));
    QCOMPARE(*call->result(), QStringList{ u"docs"_s });
}

void TestTransportSecurity::tls_pinnedServerRestartedWithAnotherCertificate_isRefused()
{
    ServerEndpoint endpoint = endpointFor(*m_server);
    endpoint.pinnedCertificateSha256 = m_first->sha256Hex;
    {
        const auto accepted = listCollections(endpoint);
        QVERIFY(accepted);
        QVERIFY2(accepted->isSucceeded(), qPrintable(accepted->error().userMessage()));
    }

    m_server = startServer(*m_second);
    QVERIFY(m_server);
    endpoint.baseUrl = m_server->baseUrl();
    const auto call = listCollections(endpoint);
    QVERIFY(call);
    QCOMPARE(call->error().kind, ErrorKind::TlsFailure);
    const QString message = call->error().userMessage();
    QVERIFY2(message.contains(m_second->fingerprint), qPrintable(message));
    QVERIFY2(message.contains(u"pinned"_s), qPrintable(message));
    QVERIFY(m_server->requests().isEmpty());
}

void TestTransportSecurity::tls_caFileOfAnotherCertificate_isRefused()
{
    ServerEndpoint endpoint = endpointFor(*m_server);
    endpoint.caCertificatesFile = m_second->certificateFile;
    const auto call = listCollections(endpoint);
    QVERIFY(call);
    QCOMPARE(call->error().kind, ErrorKind::TlsFailure);
    QVERIFY(call->error().userMessage().contains(m_first->fingerprint));
    QVERIFY(m_server->requests().isEmpty());
}

void TestTransportSecurity::tls_verifiedCertificate_isAcceptedDespitePinForAnother()
{
    // The pin only widens trust for a certificate that fails verification; it never vetoes one that verifies.
    ServerEndpoint endpoint = endpointFor(*m_server);
    endpoint.caCertificatesFile = m_first->certificateFile;
    endpoint.pinnedCertificateSha256 = m_second->sha256Hex;
    const auto call = listCollections(endpoint);
    QVERIFY(call);
    QVERIFY2(call->isSucceeded(), qPrintable(call->error().userMessage()));
}

void TestTransportSecurity::tls_unusableSettings_failBeforeConnecting_data()
{
    QTest::addColumn<QString>("caFile");
    QTest::addColumn<QByteArray>("pin");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("missing CA file") << u"missing.pem"_s << QByteArray() << u"CA file"_s;
    QTest::newRow("CA file without a certificate") << u"not-a-certificate.pem"_s << QByteArray() << u"CA file"_s;
    QTest::newRow("pin too short") << QString() << "ab:cd:ef"_ba << u"64 hex digits"_s;
    QTest::newRow("pin not hex") << QString() << QByteArray(64, 'z') << u"64 hex digits"_s;
}

void TestTransportSecurity::tls_unusableSettings_failBeforeConnecting()
{
    QFETCH(QString, caFile);
    QFETCH(QByteArray, pin);
    QFETCH(QString, messagePart);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile notACertificate(dir.filePath(u"not-a-certificate.pem"_s));
    QVERIFY(notACertificate.open(QIODevice::WriteOnly));
    notACertificate.write("just some text\n");
    notACertificate.close();

    ServerEndpoint endpoint = endpointFor(*m_server);
    endpoint.caCertificatesFile = caFile.isEmpty() ? QString() : dir.filePath(caFile);
    endpoint.pinnedCertificateSha256 = pin;
    const auto call = listCollections(endpoint);
    QVERIFY(call);
    QCOMPARE(call->error().kind, ErrorKind::InvalidArgument);
    QVERIFY2(call->error().userMessage().contains(messagePart), qPrintable(call->error().userMessage()));
    QVERIFY(m_server->requests().isEmpty());
}

void TestTransportSecurity::plainHttp_keyToRemoteHost_isRefusedAtOnce_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<AuthScheme>("scheme");
    QTest::newRow("api-key header, IPv4") << REMOTE_HTTP_URL << AuthScheme::ApiKeyHeader;
    QTest::newRow("bearer, IPv4") << REMOTE_HTTP_URL << AuthScheme::Bearer;
    QTest::newRow("host name") << u"http://qdrant.invalid:6333"_s << AuthScheme::ApiKeyHeader;
    QTest::newRow("IPv6 documentation address") << u"http://[2001:db8::1]:6333"_s << AuthScheme::ApiKeyHeader;
}

void TestTransportSecurity::plainHttp_keyToRemoteHost_isRefusedAtOnce()
{
    QFETCH(QString, url);
    QFETCH(AuthScheme, scheme);
    ServerEndpoint endpoint;
    endpoint.baseUrl = QUrl(url);
    endpoint.apiKey = API_KEY;
    endpoint.authScheme = scheme;
    const QdrantClient client(*m_network, endpoint);
    RequestPtr<ApiCall<QStringList>> call(client.listCollections());
    QSignalSpy finished(call.get(), &ApiRequest::finished);
    call->start();
    QCOMPARE(finished.count(), 0); // never synchronously out of start()
    // One pass of the event loop: far too short for any connection attempt to end, so the refusal came first.
    QCoreApplication::processEvents();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(call->error().kind, ErrorKind::InvalidArgument);
    const QString message = call->error().userMessage();
    QVERIFY2(message.contains(u"unencrypted"_s), qPrintable(message));
    QVERIFY2(message.contains(u"allowKeyOverPlainHttp"_s), qPrintable(message));
    QVERIFY(!message.contains(API_KEY));
}

void TestTransportSecurity::plainHttp_allowedCases_areNotRefused_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("allowKeyOverPlainHttp");
    QTest::newRow("no key to a remote host") << REMOTE_HTTP_URL << QString() << false;
    QTest::newRow("key to a remote host, explicitly allowed") << REMOTE_HTTP_URL << API_KEY << true;
    QTest::newRow("key to 127.0.0.1") << u"http://127.0.0.1:%1"_s << API_KEY << false;
    QTest::newRow("key to localhost") << u"http://localhost:%1"_s << API_KEY << false;
    QTest::newRow("key to LOCALHOST") << u"http://LOCALHOST:%1"_s << API_KEY << false;
}

void TestTransportSecurity::plainHttp_allowedCases_areNotRefused()
{
    QFETCH(QString, url);
    QFETCH(QString, key);
    QFETCH(bool, allowKeyOverPlainHttp);
    // A plain-http emulator for the loopback rows; the remote rows reach nothing and end in a connection error.
    EmulatorConfig config;
    config.apiKey = API_KEY;
    QdrantEmulator plain(config);
    QVERIFY(plain.listen());
    ServerEndpoint endpoint;
    endpoint.baseUrl = QUrl(url.contains(u"%1"_s) ? url.arg(plain.port()) : url);
    endpoint.apiKey = key;
    endpoint.allowKeyOverPlainHttp = allowKeyOverPlainHttp;
    // Bounds the remote rows, which either fail to connect or hear nothing.
    endpoint.requestTimeoutMs = 300;
    const auto call = listCollections(endpoint);
    QVERIFY(call);
    QVERIFY2(call->error().kind != ErrorKind::InvalidArgument || call->isSucceeded(),
        qPrintable(call->error().userMessage()));
    if (url.contains(u"%1"_s)) {
        QVERIFY2(call->isSucceeded(), qPrintable(call->error().userMessage()));
        QCOMPARE(plain.requests().size(), 1);
    }
}

QTEST_GUILESS_MAIN(TestTransportSecurity)
#include "TestTransportSecurity.moc"
