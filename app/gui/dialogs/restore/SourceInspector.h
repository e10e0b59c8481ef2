// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/SnapshotMetadata.h"
#include "gui/RestoreSource.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace Snapdock {

// What the restore dialog knows about a source before asking the server. Plain value.
struct SourceDetails
{
    std::optional<SnapshotMetadata> metadata; // recorded (.snapdock.json) or read from the archive's headers
    bool fromSidecar = false; // metadata came from the .snapdock.json written at backup time
    QString summary; // one or two sentences for the dialog
    QString problem; // why this source cannot be restored as a collection; empty when it can
};

// Reads what a restore source says about itself, without a server: for a local file its .snapdock.json, or —
// when there is none — the archive's headers (ArchivePreview: vectors, shard count; no Qdrant version). Server
// snapshots and URLs are only described. Synchronous; a header scan seeks over member data, so it is quick
// even for large files. Stateless.
class SourceInspector
{
    Q_DECLARE_TR_FUNCTIONS(SourceInspector)

public:
    SourceInspector() = delete;

    [[nodiscard]] static SourceDetails inspect(const RestoreSource &source);

private:
    [[nodiscard]] static SourceDetails inspectFile(const QString &path);
};

} // namespace Snapdock
