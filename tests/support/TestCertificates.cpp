// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/TestCertificates.h"

#include <QProcess>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock::TestSupport {

namespace {

// Key generation is the slow part; an overloaded CI machine may need a while.
constexpr int OPENSSL_TIMEOUT_MS = 60'000;

} // namespace

QString TestCertificates::opensslProgram()
{
    return QStandardPaths::findExecutable(u"openssl"_s);
}

std::optional<QByteArray> TestCertificates::runOpenssl(const QStringList &arguments)
{
    const QString program = opensslProgram();
    if (program.isEmpty()) {
        m_errorString = u"openssl not found on PATH"_s;
        return std::nullopt;
    }
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(OPENSSL_TIMEOUT_MS) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        process.kill();
        process.waitForFinished();
        m_errorString = u"openssl %1 failed: %2"_s.arg(
            arguments.join(u' '), QString::fromLocal8Bit(process.readAllStandardError()).trimmed());
        return std::nullopt;
    }
    return process.readAllStandardOutput();
}

std::optional<GeneratedCertificate> TestCertificates::generate(const QString &name)
{
    if (!m_dir.isValid()) {
        m_errorString = u"cannot create a temporary directory"_s;
        return std::nullopt;
    }
    GeneratedCertificate generated;
    generated.certificateFile = m_dir.filePath(name + u".crt.pem"_s);
    generated.privateKeyFile = m_dir.filePath(name + u".key.pem"_s);
    // Two days is enough for any test run; the subjectAltName makes the name check pass for 127.0.0.1 and
    // localhost, so the only verification failure left is the one under test: nobody vouches for the issuer.
    const auto created = runOpenssl({ u"req"_s,
        u"-x509"_s,
        u"-newkey"_s,
        u"rsa:2048"_s,
        u"-nodes"_s,
        u"-days"_s,
        u"2"_s,
        u"-subj"_s,
        u"/CN=127.0.0.1"_s,
        u"-addext"_s,
        u"subjectAltName=IP:127.0.0.1,DNS:localhost"_s,
        u"-keyout"_s,
        generated.privateKeyFile,
        u"-out"_s,
        generated.certificateFile });
    if (!created)
        return std::nullopt;
    const auto printed =
        runOpenssl({ u"x509"_s, u"-noout"_s, u"-fingerprint"_s, u"-sha256"_s, u"-in"_s, generated.certificateFile });
    if (!printed)
        return std::nullopt;
    // "sha256 Fingerprint=AB:CD:…" (OpenSSL 3) or "SHA256 Fingerprint=…" (1.1).
    const QString line = QString::fromLatin1(*printed).trimmed();
    generated.fingerprint = line.mid(line.indexOf(u'=') + 1).toUpper();
    generated.sha256Hex = generated.fingerprint.toLower().remove(u':').toLatin1();
    if (generated.sha256Hex.size() != 64) {
        m_errorString = u"unexpected openssl fingerprint output: "_s + line;
        return std::nullopt;
    }
    return generated;
}

} // namespace Snapdock::TestSupport
