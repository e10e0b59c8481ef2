// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/qdrant/ApiRequest.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace Snapdock::TestSupport {

// Owns a request for the duration of a test and deletes it safely (deleteLater) afterwards.
template <typename Request>
struct RequestDeleter
{
    void operator()(Request *request) const
    {
        if (request)
            request->deleteLater();
    }
};
template <typename Request>
using RequestPtr = std::unique_ptr<Request, RequestDeleter<Request>>;

// Starts the request and waits (event loop running) until it finishes. Returns false on time-out.
template <typename Request>
[[nodiscard]] bool finishes(Request *request, int timeoutMs = 30'000)
{
    QSignalSpy spy(request, &ApiRequest::finished);
    request->start();
    if (!spy.wait(timeoutMs))
        return false;
    // Exactly one finished(), even when more events arrive afterwards.
    QTest::qWait(0);
    return spy.count() == 1;
}

} // namespace Snapdock::TestSupport
