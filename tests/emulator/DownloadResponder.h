// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Snapdock::Emulator {

class HttpConnection;

// Serves a snapshot file like actix-files' NamedFile behind actix's Compress middleware (qdrant-api.md §4):
// Content-Disposition/Length, Last-Modified, strong ETag, Accept-Ranges; single Range → 206 (never compressed),
// unsatisfiable → 416 with "bytes */SIZE", If-Range mismatch → full 200; a full response to a request offering
// gzip/deflate is compressed on the fly and chunked (no Content-Length). Streamed with bounded memory.
class DownloadResponder
{
public:
    static void serve(HttpConnection &connection, const QString &path, const QString &name);
    // Chunked, uncompressed unless offered, no Range (the shard streaming endpoint). Removes `path` afterwards.
    static void stream(HttpConnection &connection, const QString &path, const QString &name);
};

} // namespace Snapdock::Emulator
