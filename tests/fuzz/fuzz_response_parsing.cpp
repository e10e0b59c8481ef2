// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Feeds arbitrary bytes through every parser of server answers: the envelope, each result type and the
// error-body reader. Any crash, sanitizer report or unbounded message is a bug.
#include "core/qdrant/HttpErrorMapping.h"
#include "core/qdrant/dto/AliasDescription.h"
#include "core/qdrant/dto/ClusterInfo.h"
#include "core/qdrant/dto/CollectionClusterInfo.h"
#include "core/qdrant/dto/CollectionInfo.h"
#include "core/qdrant/dto/ResponseEnvelope.h"
#include "core/qdrant/dto/ServerInfo.h"
#include "core/qdrant/dto/SnapshotDescription.h"

#include <cstdint>
#include <cstdlib>

using namespace Qt::Literals::StringLiterals;
using namespace Snapdock;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));

    const QString message = HttpErrorMapping::serverMessageFromBody(body);
    if (message.size() > 4096)
        std::abort(); // the cap keeps hostile bodies out of logs and dialogs
    const Error error = HttpErrorMapping::fromHttpStatus(400 + static_cast<int>(size % 200), body, u"fuzzing"_s);
    (void)error.userMessage();

    for (bool enveloped : { true, false }) {
        auto envelope = ResponseEnvelope::parse(body, enveloped);
        if (!envelope)
            continue;
        const QJsonValue &result = envelope->result;
        (void)ServerInfo::fromJson(result);
        (void)SnapshotDescription::listFromJson(result);
        (void)SnapshotDescription::fromJson(result);
        (void)CollectionInfo::fromJson(u"c"_s, result);
        (void)CollectionInfo::namesFromJson(result);
        (void)AliasDescription::listFromJson(result);
        (void)ClusterInfo::fromJson(result);
        (void)CollectionClusterInfo::fromJson(result);
        if (auto info = CollectionInfo::fromJson(u"c"_s, result))
            (void)info->vectorsSummary();
    }
    return 0;
}
