// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/support/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <memory>

// OpenSSL's context type, forward-declared so that callers need no OpenSSL headers.
struct evp_md_ctx_st;

namespace Snapdock {

// Incremental SHA-256 on OpenSSL's EVP interface (several times faster than QCryptographicHash here).
// Movable, not copyable; a moved-from hasher ignores data and returns an empty digest.
// Not thread-safe: use one instance per stream.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(Sha256 &&other) noexcept;
    Sha256 &operator=(Sha256 &&other) noexcept;
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void addData(const char *data, qint64 size);
    void addData(QByteArrayView data);

    // Finalises and returns the 64-character lowercase hex digest, then starts a new, empty stream.
    [[nodiscard]] QByteArray hexDigest();

    // Discards everything added so far.
    void reset();

    // Streams the file in 1 MiB chunks; never holds it in memory. Returns the lowercase hex digest.
    [[nodiscard]] static Result<QByteArray> hashFile(const QString &path);

    // True for exactly 64 hexadecimal characters (either case).
    [[nodiscard]] static bool isValidHexDigest(QStringView digest);

private:
    struct ContextDeleter
    {
        void operator()(evp_md_ctx_st *context) const;
    };

    std::unique_ptr<evp_md_ctx_st, ContextDeleter> m_context;
};

} // namespace Snapdock
