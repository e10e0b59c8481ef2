// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/support/Result.h"

#include <QJsonValue>
#include <QString>

namespace Snapdock {

// GET / — the only unauthenticated, non-enveloped answer; proves "this is Qdrant" and gives its version.
struct ServerInfo
{
    QString title;
    QString version;
    QString commit;

    [[nodiscard]] static Result<ServerInfo> fromJson(const QJsonValue &value);
};

} // namespace Snapdock
