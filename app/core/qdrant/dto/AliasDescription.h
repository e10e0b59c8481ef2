// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/support/Result.h"

#include <QJsonValue>
#include <QList>
#include <QString>

namespace Snapdock {

// An alias; Qdrant's collection snapshots drop them, so a backup records them to re-create after restore.
struct AliasDescription
{
    QString aliasName;
    QString collectionName;

    // GET /aliases and GET /collections/{c}/aliases → {"aliases": [...]}
    [[nodiscard]] static Result<QList<AliasDescription>> listFromJson(const QJsonValue &value);
};

} // namespace Snapdock
