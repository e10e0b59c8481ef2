// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/support/Result.h"

#include <QByteArray>
#include <QJsonValue>

namespace Snapdock {

// Qdrant wraps answers as {"result": …, "status": "ok", "time": …}, or {"status": "accepted"} for wait=false.
struct ResponseEnvelope
{
    bool accepted = false; // 202: the server took the work and will do it in the background
    QJsonValue result; // undefined when accepted

    // `enveloped` is false for GET /, which returns its object bare.
    [[nodiscard]] static Result<ResponseEnvelope> parse(const QByteArray &body, bool enveloped);
};

} // namespace Snapdock
