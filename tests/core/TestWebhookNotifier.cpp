// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/monitoring/WebhookNotifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Snapdock;

namespace {

const QString SECRET_KEY = u"qdrant-secret-key-8842"_s;

// A tiny HTTP/1.1 server on 127.0.0.1 that records each request and answers from a script, one answer per request
// (status 0 = never answer), then closes the connection.
class ScriptedHttpServer : public QObject
{
public:
    struct Answer
    {
        int status = 200;
        QByteArray extraHeaders; // "Name: value\r\n" lines
    };
    struct Received
    {
        QByteArray method;
        QByteArray path;
        QMap<QByteArray, QByteArray> headers; // lowercase names
        QByteArray body;
    };

    explicit ScriptedHttpServer(std::initializer_list<Answer> script)
        : m_script(script)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                    onReadyRead(socket);
                });
            }
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url(const QString &path = u"/hooks/snapdock"_s) const
    {
        return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_server.serverPort()).arg(path));
    }
    const QList<Received> &received() const { return m_received; }

private:
    void onReadyRead(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        Received request;
        const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        request.method = requestLine.value(0);
        request.path = requestLine.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                request.headers.insert(
                    lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length").toLongLong();
        if (buffer.size() < headEnd + 4 + length)
            return;
        request.body = buffer.mid(headEnd + 4, length);
        m_buffers.remove(socket);
        m_received.append(request);
        const Answer answer = m_script.isEmpty() ? Answer{} : m_script.takeFirst();
        if (answer.status == 0)
            return; // hold the connection open without a word
        const QByteArray body = "{}"_ba;
        socket->write("HTTP/1.1 " + QByteArray::number(answer.status)
            + " Scripted\r\nContent-Type: application/json\r\n" + "Content-Length: " + QByteArray::number(body.size())
            + "\r\nConnection: close\r\n" + answer.extraHeaders + "\r\n" + body);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QList<Answer> m_script;
    QList<Received> m_received;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

// The failure for a QVERIFY2 message; QVERIFY2 builds it whether the check fails or not.
QString errorText(const WebhookNotifier &notifier)
{
    return notifier.result() ? QString() : notifier.result().error().userMessage();
}

WebhookSummary sampleSummary()
{
    WebhookSummary summary;
    summary.schedule = u"nightly"_s;
    // Credentials people put into a host URL: none of this may reach the webhook.
    summary.host = u"http://admin:pa55word@qdrant.internal:6333/?api-key="_s + SECRET_KEY;
    summary.outcome = u"failed"_s;
    summary.startedAt = QDateTime(QDate(2026, 11, 27), QTime(3, 0), Qt::UTC);
    summary.finishedAt = QDateTime(QDate(2026, 11, 27), QTime(3, 4, 12), Qt::UTC);
    summary.backups.append({ u"articles"_s, u"/backups/articles.snapshot"_s, 4096, u"ab12"_s, u"succeeded"_s, {} });
    summary.backups.append({ u"users"_s, {}, -1, {}, u"failed"_s, u"users: the server's disk is full."_s });
    summary.pruned = QStringList{ u"/backups/articles-old.snapshot"_s };
    DrillReport drill;
    drill.collection = u"articles"_s;
    drill.scratchCollection = u"articles__snapdock_verify_20261127T030412"_s;
    drill.checks.append({ u"points_count"_s, u"321"_s, u"321"_s, true });
    drill.passed = true;
    drill.scratchRemoved = true;
    summary.drill = drill;
    return summary;
}

} // namespace

class TestWebhookNotifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void post_deliversSummaryWithoutCredentials();
    void post_serverErrorThenOk_retriesOnce();
    void post_serverErrorTwice_givesUpAfterOneRetry();
    void post_clientError_isNotRetried();
    void post_connectionRefused_retriesOnceThenFails();
    void post_noAnswer_timesOutAndRetriesOnce();
    void post_redirectToAnotherOrigin_isNotFollowed();
    void post_cancel_finishesCancelled();
    void validateUrl_refusesWhatIsNotHttp_data();
    void validateUrl_refusesWhatIsNotHttp();

private:
    // Runs the notifier to its single finished().
    [[nodiscard]] bool runToEnd(WebhookNotifier &notifier);

    QNetworkAccessManager m_network;
};

void TestWebhookNotifier::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_network.setProxy(QNetworkProxy::NoProxy);
}

bool TestWebhookNotifier::runToEnd(WebhookNotifier &notifier)
{
    notifier.setRetryDelayMs(0);
    QSignalSpy finished(&notifier, &WebhookNotifier::finished);
    notifier.start();
    if (!finished.wait(30'000))
        return false;
    QTest::qWait(0);
    return finished.count() == 1 && notifier.isFinished();
}

void TestWebhookNotifier::post_deliversSummaryWithoutCredentials()
{
    ScriptedHttpServer server({ { 204, {} } });
    QVERIFY(server.listen());
    const WebhookSummary summary = sampleSummary();
    WebhookNotifier notifier(m_network, server.url(), summary);
    QVERIFY(runToEnd(notifier));
    QVERIFY2(notifier.result(), qPrintable(errorText(notifier)));
    QCOMPARE(notifier.attempts(), 1);
    QCOMPARE(notifier.httpStatus(), 204);

    QCOMPARE(server.received().size(), 1);
    const auto &request = server.received().first();
    QCOMPARE(request.method, "POST"_ba);
    QCOMPARE(request.path, "/hooks/snapdock"_ba);
    QCOMPARE(request.headers.value("content-type"), "application/json"_ba);
    QVERIFY(!request.headers.contains("api-key"));
    QVERIFY(!request.headers.contains("authorization"));
    QVERIFY(!request.body.contains(SECRET_KEY.toUtf8()));
    QVERIFY(!request.body.contains("pa55word"));

    const QJsonObject json = QJsonDocument::fromJson(request.body).object();
    QCOMPARE(json.value(u"schedule"_s).toString(), u"nightly"_s);
    QCOMPARE(json.value(u"host"_s).toString(), u"http://qdrant.internal:6333"_s);
    QCOMPARE(json.value(u"outcome"_s).toString(), u"failed"_s);
    QCOMPARE(json.value(u"startedAt"_s).toString(), u"2026-11-27T03:00:00.000Z"_s);
    QCOMPARE(json.value(u"finishedAt"_s).toString(), u"2026-11-27T03:04:12.000Z"_s);
    const QJsonArray backups = json.value(u"backups"_s).toArray();
    QCOMPARE(backups.size(), 2);
    QCOMPARE(backups.at(0).toObject().value(u"size"_s).toInteger(), 4096);
    QCOMPARE(backups.at(0).toObject().value(u"sha256"_s).toString(), u"ab12"_s);
    QVERIFY(backups.at(0).toObject().value(u"error"_s).isNull());
    QCOMPARE(backups.at(1).toObject().value(u"outcome"_s).toString(), u"failed"_s);
    QVERIFY(backups.at(1).toObject().value(u"size"_s).isNull());
    QCOMPARE(json.value(u"pruned"_s).toArray().size(), 1);
    const QJsonObject drill = json.value(u"drill"_s).toObject();
    QCOMPARE(drill.value(u"passed"_s).toBool(), true);
    QCOMPARE(drill.value(u"scratchRemoved"_s).toBool(), true);
    QCOMPARE(drill.value(u"checks"_s).toArray().size(), 1);
}

void TestWebhookNotifier::post_serverErrorThenOk_retriesOnce()
{
    ScriptedHttpServer server({ { 500, {} }, { 200, {} } });
    QVERIFY(server.listen());
    WebhookNotifier notifier(m_network, server.url(), sampleSummary());
    QVERIFY(runToEnd(notifier));
    QVERIFY2(notifier.result(), qPrintable(errorText(notifier)));
    QCOMPARE(notifier.attempts(), 2);
    QCOMPARE(server.received().size(), 2);
    QCOMPARE(server.received().at(1).body, server.received().at(0).body);
}

void TestWebhookNotifier::post_serverErrorTwice_givesUpAfterOneRetry()
{
    ScriptedHttpServer server({ { 503, {} }, { 502, {} }, { 200, {} } });
    QVERIFY(server.listen());
    WebhookNotifier notifier(m_network, server.url(), sampleSummary());
    QVERIFY(runToEnd(notifier));
    QVERIFY(!notifier.result());
    QCOMPARE(notifier.result().error().httpStatus, 502);
    QCOMPARE(notifier.attempts(), 2);
    QCOMPARE(server.received().size(), 2);
}

void TestWebhookNotifier::post_clientError_isNotRetried()
{
    ScriptedHttpServer server({ { 404, {} }, { 200, {} } });
    QVERIFY(server.listen());
    QUrl url = server.url();
    url.setQuery(u"token=hook-token-5521"_s);
    WebhookNotifier notifier(m_network, url, sampleSummary());
    QVERIFY(runToEnd(notifier));
    QVERIFY(!notifier.result());
    QCOMPARE(notifier.result().error().kind, ErrorKind::NotFound);
    QCOMPARE(notifier.attempts(), 1);
    QCOMPARE(server.received().size(), 1);
    QCOMPARE(server.received().first().path, "/hooks/snapdock?token=hook-token-5521"_ba);
    const QString message = notifier.result().error().userMessage();
    QVERIFY2(message.contains(u"/hooks/snapdock"_s) && !message.contains(u"hook-token"_s), qPrintable(message));
}

void TestWebhookNotifier::post_connectionRefused_retriesOnceThenFails()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    WebhookNotifier notifier(m_network, QUrl(u"http://127.0.0.1:%1/hook"_s.arg(port)), sampleSummary());
    QVERIFY(runToEnd(notifier));
    QVERIFY(!notifier.result());
    QCOMPARE(notifier.result().error().kind, ErrorKind::CannotConnect);
    QCOMPARE(notifier.attempts(), 2);
}

void TestWebhookNotifier::post_noAnswer_timesOutAndRetriesOnce()
{
    ScriptedHttpServer server({ { 0, {} }, { 0, {} } });
    QVERIFY(server.listen());
    WebhookNotifier notifier(m_network, server.url(), sampleSummary());
    notifier.setTimeoutMs(200);
    QVERIFY(runToEnd(notifier));
    QVERIFY(!notifier.result());
    QCOMPARE(notifier.result().error().kind, ErrorKind::Timeout);
    QCOMPARE(notifier.attempts(), 2);
    QCOMPARE(server.received().size(), 2);
}

void TestWebhookNotifier::post_redirectToAnotherOrigin_isNotFollowed()
{
    ScriptedHttpServer elsewhere({ { 200, {} } });
    QVERIFY(elsewhere.listen());
    ScriptedHttpServer server({ { 307, "Location: " + elsewhere.url(u"/collect"_s).toEncoded() + "\r\n" } });
    QVERIFY(server.listen());
    WebhookNotifier notifier(m_network, server.url(), sampleSummary());
    QVERIFY(runToEnd(notifier));
    QVERIFY(!notifier.result());
    QVERIFY2(notifier.result().error().userMessage().contains(u"another origin"_s),
        qPrintable(notifier.result().error().userMessage()));
    QCOMPARE(notifier.attempts(), 1);
    QCOMPARE(server.received().size(), 1);
    QVERIFY(elsewhere.received().isEmpty());
}

void TestWebhookNotifier::post_cancel_finishesCancelled()
{
    ScriptedHttpServer server({ { 0, {} } });
    QVERIFY(server.listen());
    WebhookNotifier notifier(m_network, server.url(), sampleSummary());
    QSignalSpy finished(&notifier, &WebhookNotifier::finished);
    notifier.start();
    QTRY_COMPARE_WITH_TIMEOUT(server.received().size(), 1, 10'000);
    notifier.cancel();
    QVERIFY(finished.count() == 1 || finished.wait(10'000));
    QTest::qWait(0);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(notifier.result().error().kind, ErrorKind::Cancelled);
    QCOMPARE(notifier.attempts(), 1);
}

void TestWebhookNotifier::validateUrl_refusesWhatIsNotHttp_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("valid");
    QTest::newRow("https") << u"https://hooks.example.com/services/T0/B0?token=x"_s << true;
    QTest::newRow("http") << u"http://127.0.0.1:9000/hook"_s << true;
    QTest::newRow("ftp") << u"ftp://hooks.example.com/x"_s << false;
    QTest::newRow("file") << u"file:///etc/passwd"_s << false;
    QTest::newRow("no host") << u"http:///hook"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestWebhookNotifier::validateUrl_refusesWhatIsNotHttp()
{
    QFETCH(QString, url);
    QFETCH(bool, valid);
    QCOMPARE(bool(WebhookNotifier::validateUrl(QUrl(url))), valid);
    if (!valid) {
        WebhookNotifier notifier(m_network, QUrl(url), QByteArray("{}"));
        QVERIFY(runToEnd(notifier));
        QCOMPARE(notifier.result().error().kind, ErrorKind::InvalidArgument);
        QCOMPARE(notifier.attempts(), 0);
    }
}

QTEST_GUILESS_MAIN(TestWebhookNotifier)
#include "TestWebhookNotifier.moc"
