// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

struct evp_md_ctx_st;

namespace Snapdock::Emulator {

// Incremental SHA-256 on OpenSSL (independent of the client's hashing code). Not copyable.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void addData(const char *data, qint64 size);
    void addData(const QByteArray &data) { addData(data.constData(), data.size()); }
    // Lowercase hex digest; finalises the hash (call once).
    QByteArray hexResult();

    // Lowercase hex SHA-256 of a file, streamed; empty if it cannot be read.
    static QByteArray hexOfFile(const QString &path);

private:
    evp_md_ctx_st *m_context = nullptr;
};

} // namespace Snapdock::Emulator
