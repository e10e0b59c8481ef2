// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/qdrant/dto/ResponseEnvelope.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

Result<ResponseEnvelope> ResponseEnvelope::parse(const QByteArray &body, bool enveloped)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return fail(Error::make(ErrorKind::InvalidResponse,
            u"reading the server's answer"_s,
            u"not JSON (%1 at byte %2)"_s.arg(parseError.errorString()).arg(parseError.offset)));
    }
    if (!document.isObject()) {
        return fail(Error::make(ErrorKind::InvalidResponse, u"reading the server's answer"_s, u"not a JSON object"_s));
    }
    const QJsonObject object = document.object();
    ResponseEnvelope envelope;
    if (!enveloped) {
        envelope.result = object;
        return envelope;
    }
    const QJsonValue status = object.value(u"status"_s);
    if (status == u"accepted"_s) {
        envelope.accepted = true;
        return envelope;
    }
    if (status != u"ok"_s || !object.contains(u"result"_s)) {
        return fail(Error::make(
            ErrorKind::InvalidResponse, u"reading the server's answer"_s, u"no \"result\" with status \"ok\""_s));
    }
    envelope.result = object.value(u"result"_s);
    return envelope;
}

} // namespace Snapdock
