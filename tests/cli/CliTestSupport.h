// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace Snapdock::TestSupport {

// What one run of snapdock-cli produced.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    [[nodiscard]] QString outText() const { return QString::fromUtf8(out); }
    [[nodiscard]] QString errText() const { return QString::fromUtf8(err); }
    [[nodiscard]] QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

// A `qdrant-emulator` child process on 127.0.0.1 with a free port, plus helpers to run `snapdock-cli` against it
// and to drive the emulator's HTTP control API (/__emulator/…). Used from the test thread only; waits with
// QProcess::waitFor… and QSignalSpy, never with sleeps.
class CliFixture
{
public:
    static constexpr char API_KEY[] = "test-manage-key-7f3a9c";
    static constexpr char READ_ONLY_KEY[] = "test-read-only-key-51d2";

    CliFixture();
    ~CliFixture();

    // Starts the emulator with the two keys above, `--demo` when `demo`, plus `extraArguments` (e.g. `--tls-cert`
    // and `--tls-key`: host() is then https://…, and the control API below needs a trusted certificate).
    [[nodiscard]] bool start(bool demo = true, const QStringList &extraArguments = {});
    void stop();
    [[nodiscard]] QString host() const { return m_baseUrl.toString(); }
    [[nodiscard]] QUrl baseUrl() const { return m_baseUrl; }

    // Runs snapdock-cli in `workingDirectory` (empty: the current one); `environment` defaults to the
    // system environment without QDRANT_API_KEY.
    [[nodiscard]] CliRun run(const QStringList &arguments,
        const QString &workingDirectory = {},
        const QProcessEnvironment &environment = cleanEnvironment()) const;
    // Starts snapdock-cli without waiting (for cancellation and crash tests); the caller owns the process.
    [[nodiscard]] std::unique_ptr<QProcess> startCli(const QStringList &arguments,
        const QString &workingDirectory,
        const QProcessEnvironment &environment = cleanEnvironment()) const;
    // `--host <emulator> --api-key <manage key>` followed by `arguments`.
    [[nodiscard]] QStringList withManageKey(const QStringList &arguments) const;

    // Control API and plain API calls; the parsed "result" (null on failure). `apiKey` only for API calls.
    QJsonValue control(const QByteArray &method, const QString &path, const QJsonValue &body = {});
    QJsonValue api(const QByteArray &method, const QString &path, const QByteArray &apiKey = API_KEY);
    // Recorded requests (method + " " + decoded path), oldest first.
    [[nodiscard]] QStringList requestLog();
    void clearRequestLog();
    // Names of the snapshots the collection's list endpoint returns.
    [[nodiscard]] QStringList snapshotNames(const QString &collection);
    [[nodiscard]] qint64 pointsCount(const QString &collection);

    // The system environment without QDRANT_API_KEY, and with XDG_DATA_HOME in a folder of this test process (removed
    // at exit): snapdock-cli journals and records its jobs in the application data folder, never the real one here.
    [[nodiscard]] static QProcessEnvironment cleanEnvironment();
    // A TCP port on 127.0.0.1 that nothing listens on (bound, then closed).
    [[nodiscard]] static quint16 closedPort();

private:
    QJsonValue request(const QByteArray &method, const QString &path, const QByteArray &body, const QByteArray &key);

    std::unique_ptr<QProcess> m_emulator;
    QUrl m_baseUrl;
    QNetworkAccessManager m_network;
};

} // namespace Snapdock::TestSupport
