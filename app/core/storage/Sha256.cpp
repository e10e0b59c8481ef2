// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Sha256.h"

#include "core/support/Logging.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <openssl/evp.h>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

namespace {

constexpr qint64 CHUNK_SIZE = qint64(1) << 20;
constexpr qsizetype DIGEST_HEX_LENGTH = 64;

} // namespace

void Sha256::ContextDeleter::operator()(evp_md_ctx_st *context) const
{
    EVP_MD_CTX_free(context);
}

Sha256::Sha256()
    : m_context(EVP_MD_CTX_new())
{
    // Allocation failure is the only way either call can fail with the built-in SHA-256.
    Q_CHECK_PTR(m_context.get());
    reset();
}

Sha256::~Sha256() = default;
Sha256::Sha256(Sha256 &&other) noexcept = default;
Sha256 &Sha256::operator=(Sha256 &&other) noexcept = default;

void Sha256::addData(const char *data, qint64 size)
{
    if (!m_context || size <= 0)
        return;
    EVP_DigestUpdate(m_context.get(), data, static_cast<size_t>(size));
}

void Sha256::addData(QByteArrayView data)
{
    addData(data.data(), data.size());
}

QByteArray Sha256::hexDigest()
{
    if (!m_context)
        return {};
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(m_context.get(), digest, &length) != 1) {
        qCWarning(lcStorage) << "SHA-256 finalisation failed";
        reset();
        return {};
    }
    reset();
    return QByteArray(reinterpret_cast<const char *>(digest), static_cast<qsizetype>(length)).toHex();
}

void Sha256::reset()
{
    if (!m_context)
        return;
    if (EVP_DigestInit_ex(m_context.get(), EVP_sha256(), nullptr) != 1)
        qCWarning(lcStorage) << "SHA-256 initialisation failed";
}

Result<QByteArray> Sha256::hashFile(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return fail(Error::make(ErrorKind::LocalIoError, u"hashing %1: the file does not exist"_s.arg(path)));
    // Unbuffered: we read in large chunks anyway, and QFile's buffer would only add a copy.
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        const QFileInfo info(path);
        if (info.isDir())
            return fail(Error::make(ErrorKind::LocalIoError, u"hashing %1: it is a folder, not a file"_s.arg(path)));
        const ErrorKind kind = info.isReadable() ? ErrorKind::LocalIoError : ErrorKind::LocalPermissionDenied;
        return fail(Error::make(kind, u"hashing %1: %2"_s.arg(path, file.errorString())));
    }

    Sha256 hasher;
    QByteArray buffer(CHUNK_SIZE, Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(buffer.data(), CHUNK_SIZE);
        if (n < 0)
            return fail(Error::make(ErrorKind::LocalIoError, u"hashing %1: %2"_s.arg(path, file.errorString())));
        if (n == 0)
            break;
        hasher.addData(buffer.constData(), n);
    }
    return hasher.hexDigest();
}

bool Sha256::isValidHexDigest(QStringView digest)
{
    return digest.size() == DIGEST_HEX_LENGTH && std::all_of(digest.begin(), digest.end(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
    });
}

} // namespace Snapdock
