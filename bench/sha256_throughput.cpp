// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Benchmark helper for bench/run (issue 5, row 4): hashes one file with SHA-256 the way Snapdock does
// (OpenSSL EVP, 1 MiB reads, as core/storage/Sha256) or with QCryptographicHash for reference, and prints
// "<hex digest> <bytes> <seconds> <MB/s>". Timing covers reading and hashing, not process start-up.
// Usage: sha256_throughput evp|qt FILE

#include <QCryptographicHash>
#include <QFile>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <memory>
#include <openssl/evp.h>

namespace {

constexpr qint64 CHUNK_SIZE = qint64(1) << 20;

struct EvpContextDeleter
{
    void operator()(EVP_MD_CTX *context) const { EVP_MD_CTX_free(context); }
};

QByteArray hashWithEvp(QFile &file, qint64 &total)
{
    std::unique_ptr<EVP_MD_CTX, EvpContextDeleter> context(EVP_MD_CTX_new());
    if (!context || EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) != 1) {
        return {};
    }
    QByteArray buffer(CHUNK_SIZE, Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(buffer.data(), CHUNK_SIZE);
        if (n < 0) {
            return {};
        }
        if (n == 0) {
            break;
        }
        EVP_DigestUpdate(context.get(), buffer.constData(), static_cast<size_t>(n));
        total += n;
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(context.get(), digest, &length);
    return QByteArray(reinterpret_cast<const char *>(digest), static_cast<qsizetype>(length)).toHex();
}

QByteArray hashWithQt(QFile &file, qint64 &total)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray buffer(CHUNK_SIZE, Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(buffer.data(), CHUNK_SIZE);
        if (n < 0) {
            return {};
        }
        if (n == 0) {
            break;
        }
        hash.addData(QByteArrayView(buffer.constData(), n));
        total += n;
    }
    return hash.result().toHex();
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc != 3 || (std::strcmp(argv[1], "evp") != 0 && std::strcmp(argv[1], "qt") != 0)) {
        std::fputs("usage: sha256_throughput evp|qt FILE\n", stderr);
        return 2;
    }
    QFile file(QFile::decodeName(argv[2]));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "sha256_throughput: cannot open %s\n", argv[2]);
        return 1;
    }
    qint64 total = 0;
    const auto started = std::chrono::steady_clock::now();
    const QByteArray digest = std::strcmp(argv[1], "evp") == 0 ? hashWithEvp(file, total) : hashWithQt(file, total);
    const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - started;
    if (digest.isEmpty()) {
        std::fprintf(stderr, "sha256_throughput: cannot read %s\n", argv[2]);
        return 1;
    }
    const double seconds = elapsed.count();
    std::printf("%s %lld %.6f %.1f\n",
        digest.constData(),
        static_cast<long long>(total),
        seconds,
        seconds > 0 ? static_cast<double>(total) / seconds / 1e6 : 0.0);
    return 0;
}
