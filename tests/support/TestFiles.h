// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Snapdock::TestSupport {

// Writes `size` bytes of deterministic pseudo-random data (a function of `seed`) to `path`, streaming in
// chunks so that multi-GiB files never sit in memory. Returns the lowercase hex SHA-256, or empty on failure.
// Hashes with OpenSSL directly, independently of the code under test.
QByteArray writeGeneratedFile(const QString &path, qint64 size, quint32 seed = 1);

// Lowercase hex SHA-256 of a file, streamed; empty if the file cannot be read.
QByteArray sha256OfFile(const QString &path);

// Lowercase hex SHA-256 of a buffer.
QByteArray sha256Of(const QByteArray &data);

} // namespace Snapdock::TestSupport
