// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/support/Result.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace Snapdock {

// One snapshot as Qdrant lists it. The name is the server's and is untrusted until SnapshotName validates it.
struct SnapshotDescription
{
    QString name;
    QDateTime creationTime; // UTC; invalid when the server's filesystem has no birth time (null)
    qint64 size = 0;
    QString checksum; // lowercase hex SHA-256; empty for uploaded copies, S3 storage and servers < 1.8

    [[nodiscard]] static Result<SnapshotDescription> fromJson(const QJsonValue &value);
    [[nodiscard]] static Result<QList<SnapshotDescription>> listFromJson(const QJsonValue &value);
};

} // namespace Snapdock
