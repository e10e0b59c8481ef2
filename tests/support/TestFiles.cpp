// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/TestFiles.h"

#include <QFile>

#include <memory>
#include <openssl/evp.h>

namespace Snapdock::TestSupport {

namespace {

constexpr qint64 CHUNK_SIZE = 1 << 20;

struct DigestContext
{
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx{ EVP_MD_CTX_new(), &EVP_MD_CTX_free };
    DigestContext() { EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr); }
    void add(const char *data, qint64 size) { EVP_DigestUpdate(ctx.get(), data, static_cast<size_t>(size)); }
    QByteArray hex()
    {
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        EVP_DigestFinal_ex(ctx.get(), digest, &length);
        return QByteArray(reinterpret_cast<const char *>(digest), static_cast<qsizetype>(length)).toHex();
    }
};

} // namespace

QByteArray writeGeneratedFile(const QString &path, qint64 size, quint32 seed)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    DigestContext digest;
    QByteArray chunk(CHUNK_SIZE, Qt::Uninitialized);
    // xorshift32: fast, deterministic, and incompressible enough to defeat accidental gzip.
    quint32 state = seed == 0 ? 0x9e3779b9u : seed;
    qint64 remaining = size;
    while (remaining > 0) {
        const qint64 n = std::min(remaining, CHUNK_SIZE);
        auto *words = reinterpret_cast<quint32 *>(chunk.data());
        for (qint64 i = 0; i < (n + 3) / 4; ++i) {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            words[i] = state;
        }
        if (file.write(chunk.constData(), n) != n)
            return {};
        digest.add(chunk.constData(), n);
        remaining -= n;
    }
    if (!file.flush())
        return {};
    return digest.hex();
}

QByteArray sha256OfFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    DigestContext digest;
    QByteArray chunk(CHUNK_SIZE, Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(chunk.data(), CHUNK_SIZE);
        if (n < 0)
            return {};
        if (n == 0)
            break;
        digest.add(chunk.constData(), n);
    }
    return digest.hex();
}

QByteArray sha256Of(const QByteArray &data)
{
    DigestContext digest;
    digest.add(data.constData(), data.size());
    return digest.hex();
}

} // namespace Snapdock::TestSupport
