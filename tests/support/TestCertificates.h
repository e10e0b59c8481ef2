// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <optional>

namespace Snapdock::TestSupport {

// One generated self-signed certificate for 127.0.0.1 / localhost and its unencrypted RSA key.
struct GeneratedCertificate
{
    QString certificateFile; // PEM
    QString privateKeyFile; // PEM, unencrypted
    QString fingerprint; // SHA-256 as `openssl x509 -fingerprint -sha256` prints it: "AB:CD:…"
    QByteArray sha256Hex; // the same, 64 lowercase hex digits without colons
};

// Generates throw-away TLS certificates at test time with the `openssl` command-line tool (never committed, so
// they never expire in the repository). Files live in a private QTemporaryDir removed with this object.
// Fingerprints come from openssl too, independently of the code under test. Blocks (QProcess::waitFor…);
// test thread only.
class TestCertificates
{
public:
    TestCertificates() = default;

    // Path of the openssl executable, empty when it is not on PATH (tests then QSKIP).
    [[nodiscard]] static QString opensslProgram();

    // A new self-signed certificate with a fresh key, files named after `name`; nullopt on failure, see
    // errorString().
    [[nodiscard]] std::optional<GeneratedCertificate> generate(const QString &name);
    [[nodiscard]] QString errorString() const { return m_errorString; }

private:
    [[nodiscard]] std::optional<QByteArray> runOpenssl(const QStringList &arguments);

    QTemporaryDir m_dir;
    QString m_errorString;
};

} // namespace Snapdock::TestSupport
