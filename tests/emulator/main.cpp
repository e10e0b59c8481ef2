// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "emulator/QdrantEmulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;
using Snapdock::Emulator::EmulatorConfig;
using Snapdock::Emulator::QdrantEmulator;

namespace {

#ifdef Q_OS_UNIX
int s_signalPipe[2] = { -1, -1 };

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(s_signalPipe[1], &byte, 1);
}

// Turns SIGTERM/SIGINT into a clean QCoreApplication::quit() (the private data dir is then removed).
void installSignalHandlers(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, s_signalPipe) != 0) {
        return;
    }
    auto *notifier = new QSocketNotifier(s_signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}
#else
void installSignalHandlers(QCoreApplication &)
{}
#endif

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"qdrant-emulator"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Emulates the Qdrant REST API for testing Snapdock."_s);
    parser.addHelpOption();
    const QCommandLineOption host(u"host"_s, u"Address to listen on."_s, u"address"_s, u"127.0.0.1"_s);
    const QCommandLineOption port(u"port"_s, u"Port (0 = any free port)."_s, u"port"_s, u"6333"_s);
    const QCommandLineOption apiKey(u"api-key"_s, u"Required API key."_s, u"key"_s);
    const QCommandLineOption readOnlyKey(u"read-only-api-key"_s, u"Read-only API key."_s, u"key"_s);
    const QCommandLineOption dataDir(u"data-dir"_s, u"Snapshot directory (default: temporary)."_s, u"dir"_s);
    const QCommandLineOption demo(u"demo"_s, u"Seed demo collections."_s);
    const QCommandLineOption walBytes(u"wal-bytes"_s, u"WAL bytes per shard in created snapshots."_s, u"bytes"_s);
    const QCommandLineOption delay(u"creation-delay-ms"_s, u"Time a snapshot creation takes."_s, u"ms"_s);
    const QCommandLineOption tlsCert(
        u"tls-cert"_s, u"Serve HTTPS with this PEM certificate (needs --tls-key)."_s, u"pem"_s);
    const QCommandLineOption tlsKey(u"tls-key"_s, u"Unencrypted PEM private key of --tls-cert."_s, u"pem"_s);
    parser.addOptions({ host, port, apiKey, readOnlyKey, dataDir, demo, walBytes, delay, tlsCert, tlsKey });
    parser.process(app);

    EmulatorConfig config;
    config.apiKey = parser.value(apiKey);
    config.readOnlyApiKey = parser.value(readOnlyKey);
    config.dataDir = parser.value(dataDir);
    if (parser.isSet(walBytes)) {
        config.walBytes = parser.value(walBytes).toLongLong();
    }
    if (parser.isSet(delay)) {
        config.creationDelayMs = parser.value(delay).toInt();
    }
    if (parser.isSet(tlsCert) != parser.isSet(tlsKey)) {
        std::fputs("qdrant-emulator: --tls-cert and --tls-key go together\n", stderr);
        return 1;
    }
    config.tlsCertificateFile = parser.value(tlsCert);
    config.tlsPrivateKeyFile = parser.value(tlsKey);

    QdrantEmulator emulator(config);
    if (parser.isSet(demo)) {
        emulator.seedDemoCollections();
    }
    bool portOk = false;
    const uint portNumber = parser.value(port).toUInt(&portOk);
    if (!portOk || portNumber > 65535 || !emulator.listen(QHostAddress(parser.value(host)), quint16(portNumber))) {
        std::fprintf(stderr,
            "qdrant-emulator: cannot listen on %s:%s: %s\n",
            qPrintable(parser.value(host)),
            qPrintable(parser.value(port)),
            qPrintable(emulator.errorString()));
        return 1;
    }
    installSignalHandlers(app);
    const QByteArray line = "qdrant-emulator listening on " + emulator.baseUrl().toString().toUtf8() + '\n';
    std::fputs(line.constData(), stdout);
    std::fflush(stdout);
    return QCoreApplication::exec();
}
