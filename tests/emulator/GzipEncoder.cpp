// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "emulator/GzipEncoder.h"

#include <zlib.h>

namespace Snapdock::Emulator {

namespace {
constexpr int GZIP_WINDOW_BITS = 31; // 15 + 16: gzip wrapper
constexpr int ZLIB_WINDOW_BITS = 15;
constexpr int OUTPUT_CHUNK = 64 * 1024;
} // namespace

GzipEncoder::GzipEncoder(Format format)
    : m_stream(std::make_unique<z_stream_s>())
{
    deflateInit2(m_stream.get(),
        Z_DEFAULT_COMPRESSION,
        Z_DEFLATED,
        format == Format::Gzip ? GZIP_WINDOW_BITS : ZLIB_WINDOW_BITS,
        8,
        Z_DEFAULT_STRATEGY);
}

GzipEncoder::~GzipEncoder()
{
    deflateEnd(m_stream.get());
}

QByteArray GzipEncoder::encode(const char *input, qint64 size, bool finish)
{
    QByteArray output;
    m_stream->next_in = reinterpret_cast<Bytef *>(const_cast<char *>(input));
    m_stream->avail_in = static_cast<uInt>(size);
    const int flush = finish ? Z_FINISH : Z_NO_FLUSH;
    for (;;) {
        const qsizetype offset = output.size();
        output.resize(offset + OUTPUT_CHUNK);
        m_stream->next_out = reinterpret_cast<Bytef *>(output.data() + offset);
        m_stream->avail_out = OUTPUT_CHUNK;
        const int rc = deflate(m_stream.get(), flush);
        output.resize(offset + OUTPUT_CHUNK - static_cast<qsizetype>(m_stream->avail_out));
        if (rc == Z_STREAM_END || rc == Z_STREAM_ERROR) {
            break;
        }
        if (m_stream->avail_out != 0 && m_stream->avail_in == 0) {
            break;
        }
    }
    return output;
}

QByteArray GzipEncoder::compress(const QByteArray &data, Format format)
{
    GzipEncoder encoder(format);
    return encoder.encode(data, true);
}

} // namespace Snapdock::Emulator
