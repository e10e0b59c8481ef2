// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/qdrant/ApiRequest.h"
#include "core/qdrant/dto/ResponseEnvelope.h"

#include <functional>
#include <optional>

namespace Snapdock {

// What a call that answers `true` (delete, upload, recover) or 202 (wait=false) did.
enum class OperationOutcome
{
    Completed, // the server finished the work before answering
    Accepted, // wait=false: the server works on in the background; only polling tells when it is done
};

// A JSON call whose answer is parsed into T. The parser receives the envelope, so one call type covers
// "result", bare objects (GET /) and 202 "accepted".
template <typename T>
class ApiCall final : public ApiRequest
{
public:
    using Parser = std::function<Result<T>(const ResponseEnvelope &)>;

    ApiCall(QNetworkAccessManager &network,
        const ServerEndpoint &endpoint,
        Method method,
        const QByteArray &encodedPath,
        const QString &detail,
        Parser parser,
        bool enveloped = true)
        : ApiRequest(network, endpoint, method, encodedPath, detail)
        , m_parser(std::move(parser))
        , m_enveloped(enveloped)
    {}

    using ApiRequest::setJsonBody;
    using ApiRequest::setQuery;
    using ApiRequest::setStallTimeout;

    // The parsed answer or the error. Only meaningful after finished().
    [[nodiscard]] Result<T> result() const
    {
        if (!isSucceeded() || !m_value)
            return fail(error());
        return *m_value;
    }

protected:
    void handleSuccess(QNetworkReply &reply) override
    {
        const QByteArray body = takeResponseBody();
        // Qt reports a connection closed before the whole answer as success with a short body: compared with
        // Content-Length when there is one (Qt drops it when it decompresses), and always for an empty body,
        // which Qdrant never sends on success. A lost connection, unlike a malformed answer, is worth a retry.
        const QVariant length = reply.header(QNetworkRequest::ContentLengthHeader);
        if (body.isEmpty() || (length.isValid() && body.size() < length.toLongLong())) {
            finishWithError(Error::make(ErrorKind::CannotConnect,
                detail(),
                QStringLiteral("the connection closed after %1 bytes of the answer").arg(body.size())));
            return;
        }
        auto envelope = ResponseEnvelope::parse(body, m_enveloped);
        if (!envelope) {
            Error error = envelope.error();
            error.detail = detail();
            error.httpStatus = httpStatus();
            finishWithError(error);
            return;
        }
        auto parsed = m_parser(*envelope);
        if (!parsed) {
            Error error = parsed.error();
            error.serverMessage = error.detail;
            error.detail = detail();
            finishWithError(error);
            return;
        }
        m_value = std::move(*parsed);
        finishSuccess();
    }

private:
    Parser m_parser;
    bool m_enveloped = true;
    std::optional<T> m_value;
};

} // namespace Snapdock
