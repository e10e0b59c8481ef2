// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliTestSupport.h"

#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock::TestSupport {

namespace {

constexpr int START_TIMEOUT_MS = 10'000;
constexpr int RUN_TIMEOUT_MS = 30'000;

} // namespace

CliFixture::CliFixture() = default;

CliFixture::~CliFixture()
{
    stop();
}

bool CliFixture::start(bool demo, const QStringList &extraArguments)
{
    stop();
    m_emulator = std::make_unique<QProcess>();
    m_emulator->setProcessChannelMode(QProcess::SeparateChannels);
    QStringList arguments{ u"--port"_s,
        u"0"_s,
        u"--api-key"_s,
        QString::fromLatin1(API_KEY),
        u"--read-only-api-key"_s,
        QString::fromLatin1(READ_ONLY_KEY),
        u"--wal-bytes"_s,
        u"65536"_s };
    if (demo)
        arguments.append(u"--demo"_s);
    arguments.append(extraArguments);
    m_emulator->start(QStringLiteral(QDRANT_EMULATOR_PATH), arguments);
    if (!m_emulator->waitForStarted(START_TIMEOUT_MS))
        return false;
    QByteArray firstLine;
    while (!firstLine.contains('\n')) {
        if (!m_emulator->waitForReadyRead(START_TIMEOUT_MS))
            return false;
        firstLine += m_emulator->readAllStandardOutput();
    }
    const QRegularExpression pattern(u"listening on (https?://\\S+)"_s);
    const QRegularExpressionMatch match = pattern.match(QString::fromUtf8(firstLine));
    if (!match.hasMatch())
        return false;
    m_baseUrl = QUrl(match.captured(1));
    return m_baseUrl.isValid();
}

void CliFixture::stop()
{
    if (!m_emulator)
        return;
    m_emulator->terminate();
    if (!m_emulator->waitForFinished(START_TIMEOUT_MS))
        m_emulator->kill();
    m_emulator->waitForFinished();
    m_emulator.reset();
}

CliRun CliFixture::run(
    const QStringList &arguments, const QString &workingDirectory, const QProcessEnvironment &environment) const
{
    QProcess process;
    process.setProcessEnvironment(environment);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(QStringLiteral(SNAPDOCK_CLI_PATH), arguments);
    CliRun result;
    if (!process.waitForFinished(RUN_TIMEOUT_MS)) {
        process.kill();
        process.waitForFinished();
        result.err = "snapdock-cli did not finish in time";
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

std::unique_ptr<QProcess> CliFixture::startCli(
    const QStringList &arguments, const QString &workingDirectory, const QProcessEnvironment &environment) const
{
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(environment);
    process->setWorkingDirectory(workingDirectory);
    process->start(QStringLiteral(SNAPDOCK_CLI_PATH), arguments);
    return process;
}

QStringList CliFixture::withManageKey(const QStringList &arguments) const
{
    return QStringList{ u"--host"_s, host(), u"--api-key"_s, QString::fromLatin1(API_KEY) } + arguments;
}

QJsonValue CliFixture::control(const QByteArray &method, const QString &path, const QJsonValue &body)
{
    QByteArray bytes;
    if (body.isObject())
        bytes = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    else if (body.isArray())
        bytes = QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    return request(method, u"/__emulator"_s + path, bytes, {});
}

QJsonValue CliFixture::api(const QByteArray &method, const QString &path, const QByteArray &apiKey)
{
    return request(method, path, {}, apiKey);
}

QJsonValue CliFixture::request(
    const QByteArray &method, const QString &path, const QByteArray &body, const QByteArray &key)
{
    QUrl url = m_baseUrl;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!key.isEmpty())
        request.setRawHeader("api-key", key);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(RUN_TIMEOUT_MS)) {
        reply->deleteLater();
        return {};
    }
    const QJsonDocument document = QJsonDocument::fromJson(reply->readAll());
    reply->deleteLater();
    return document.object().value(u"result"_s);
}

QStringList CliFixture::requestLog()
{
    QStringList log;
    const QJsonArray requests = control("GET", u"/requests"_s).toArray();
    for (const QJsonValue &value : requests) {
        const QJsonObject object = value.toObject();
        log.append(object.value(u"method"_s).toString() + u" "_s + object.value(u"path"_s).toString());
    }
    return log;
}

void CliFixture::clearRequestLog()
{
    control("DELETE", u"/requests"_s);
}

QStringList CliFixture::snapshotNames(const QString &collection)
{
    QStringList names;
    const QJsonArray list = api("GET", u"/collections/"_s + collection + u"/snapshots"_s).toArray();
    for (const QJsonValue &value : list)
        names.append(value.toObject().value(u"name"_s).toString());
    names.sort();
    return names;
}

qint64 CliFixture::pointsCount(const QString &collection)
{
    const QJsonValue info = api("GET", u"/collections/"_s + collection);
    return info.toObject().value(u"points_count"_s).toInteger(-1);
}

QProcessEnvironment CliFixture::cleanEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"QDRANT_API_KEY"_s);
    static const QTemporaryDir dataHome;
    environment.insert(u"XDG_DATA_HOME"_s, dataHome.path());
    return environment;
}

quint16 CliFixture::closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 1;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

} // namespace Snapdock::TestSupport
