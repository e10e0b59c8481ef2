// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <memory>

struct z_stream_s;

namespace Snapdock::Emulator {

// Streaming zlib compressor producing gzip (Content-Encoding: gzip) or zlib (Content-Encoding: deflate) output.
class GzipEncoder
{
public:
    enum class Format
    {
        Gzip,
        Deflate
    };
    explicit GzipEncoder(Format format = Format::Gzip);
    ~GzipEncoder();
    GzipEncoder(const GzipEncoder &) = delete;
    GzipEncoder &operator=(const GzipEncoder &) = delete;

    // Compresses `input`; with `finish` also flushes the trailer. Returns whatever output is ready (may be empty).
    QByteArray encode(const char *input, qint64 size, bool finish);
    QByteArray encode(const QByteArray &input, bool finish) { return encode(input.constData(), input.size(), finish); }

    static QByteArray compress(const QByteArray &data, Format format = Format::Gzip);

private:
    std::unique_ptr<z_stream_s> m_stream;
};

} // namespace Snapdock::Emulator
