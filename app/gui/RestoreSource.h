// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/qdrant/SnapshotScope.h"

#include <QMetaType>
#include <QString>
#include <QUrl>

namespace Snapdock {

// Where a restore takes its snapshot from, as the browser hands it to the restore dialog. Plain value type.
struct RestoreSource
{
    enum class Kind
    {
        LocalFile, // `path`: a .snapshot file on this machine (its .snapdock.json next to it, if any)
        ServerSnapshot, // `scope` + `snapshotName`: a snapshot already on the server of `profileId`
        Url, // `url`: a location the server downloads itself
    };

    Kind kind = Kind::LocalFile;
    QString path;
    SnapshotScope scope; // for ServerSnapshot; also the collection a local file was backed up from, when known
    QString snapshotName;
    QUrl url;
    QString profileId; // the host the source belongs to (ServerSnapshot) or was browsed from; may be empty

    [[nodiscard]] static RestoreSource localFile(const QString &path, const SnapshotScope &scope = {})
    {
        RestoreSource source;
        source.kind = Kind::LocalFile;
        source.path = path;
        source.scope = scope;
        return source;
    }

    [[nodiscard]] static RestoreSource serverSnapshot(const SnapshotScope &scope, const QString &snapshotName)
    {
        RestoreSource source;
        source.kind = Kind::ServerSnapshot;
        source.scope = scope;
        source.snapshotName = snapshotName;
        return source;
    }

    [[nodiscard]] static RestoreSource fromUrl(const QUrl &url)
    {
        RestoreSource source;
        source.kind = Kind::Url;
        source.url = url;
        return source;
    }
};

} // namespace Snapdock

Q_DECLARE_METATYPE(Snapdock::RestoreSource)
