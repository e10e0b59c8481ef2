// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "emulator/CollectionRoutes.h"

#include "emulator/ApiReply.h"
#include "emulator/EmulatorState.h"
#include "emulator/HttpConnection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock::Emulator {

namespace {
constexpr auto COMMIT = "74f3e85b9473c62560006c043e13737ce6b48412";
}

CollectionRoutes::CollectionRoutes(EmulatorState &state)
    : m_state(state)
{}

bool CollectionRoutes::handle(HttpConnection &connection)
{
    const HttpRequest &request = connection.request();
    const QStringList &s = request.segments;
    const QByteArray &method = request.method;
    const bool get = method == "GET";

    if (s.isEmpty() && get) {
        const QJsonObject version{ { u"title"_s, u"qdrant - vector search engine"_s },
            { u"version"_s, m_state.config().version },
            { u"commit"_s, QString::fromLatin1(COMMIT) } };
        connection.sendResponse(
            200, "application/json"_ba, QJsonDocument(version).toJson(QJsonDocument::Compact), {}, true);
        return true;
    }
    if (s.size() == 1 && get && (s[0] == u"healthz"_s || s[0] == u"livez"_s || s[0] == u"readyz"_s)) {
        connection.sendResponse(200, "text/plain; charset=utf-8"_ba, "healthz check passed"_ba);
        return true;
    }
    if (s.size() == 1 && get && s[0] == u"cluster"_s) {
        ApiReply::ok(connection, QJsonObject{ { u"status"_s, u"disabled"_s } });
        return true;
    }
    if (s.size() == 1 && get && s[0] == u"aliases"_s) {
        ApiReply::ok(connection, m_state.aliasesJson());
        return true;
    }
    if (s.isEmpty() || s[0] != u"collections"_s) {
        return false;
    }
    if (s.size() == 1 && get) {
        QJsonArray list;
        for (const QString &name : m_state.collectionNames()) {
            list.append(QJsonObject{ { u"name"_s, name } });
        }
        ApiReply::ok(connection, QJsonObject{ { u"collections"_s, list } });
        return true;
    }
    if (s.size() == 2 && s[1] == u"aliases"_s && method == "POST") {
        updateAliases(connection);
        return true;
    }
    if (s.size() == 2) {
        const QString &name = s[1];
        if (get) {
            if (!m_state.hasCollection(name)) {
                ApiReply::collectionNotFound(connection, name);
            } else {
                ApiReply::ok(connection, m_state.collectionInfo(name));
            }
            return true;
        }
        if (method == "PUT") {
            createCollection(connection, name);
            return true;
        }
        if (method == "DELETE") {
            if (request.readOnly) {
                ApiReply::forbiddenManage(connection);
                return true;
            }
            bool wait = true;
            if (ApiReply::readWait(connection, wait)) {
                ApiReply::ok(connection, m_state.removeCollection(name));
            }
            return true;
        }
        return false;
    }
    if (s.size() == 3 && get) {
        const QString &name = s[1];
        if (s[2] == u"exists"_s) {
            ApiReply::ok(connection, QJsonObject{ { u"exists"_s, m_state.hasCollection(name) } });
            return true;
        }
        if (s[2] == u"aliases"_s || s[2] == u"cluster"_s) {
            if (!m_state.hasCollection(name)) {
                ApiReply::collectionNotFound(connection, name);
            } else if (s[2] == u"aliases"_s) {
                ApiReply::ok(connection, m_state.aliasesJson(name));
            } else {
                ApiReply::ok(connection, m_state.clusterInfo(name));
            }
            return true;
        }
    }
    return false;
}

void CollectionRoutes::createCollection(HttpConnection &connection, const QString &name)
{
    const HttpRequest &request = connection.request();
    if (request.readOnly) {
        ApiReply::forbiddenManage(connection);
        return;
    }
    bool wait = true;
    if (!ApiReply::readWait(connection, wait)) {
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (!request.body.trimmed().isEmpty() && !document.isObject()) {
        ApiReply::validationError(connection, 400, u"Json deserialize error: "_s % parseError.errorString());
        return;
    }
    if (name.isEmpty() || name.size() > 255 || name.contains(QChar(0))) {
        ApiReply::validationError(connection, 422, u"Validation error in path parameters: [name: invalid]"_s);
        return;
    }
    if (m_state.hasCollection(name)) {
        ApiReply::error(connection, 409, u"Wrong input: Collection `"_s % name % u"` already exists!"_s);
        return;
    }
    const QJsonObject body = document.object();
    CollectionSpec spec;
    spec.name = name;
    spec.vectors = body.value("vectors"_L1).toObject();
    spec.shardNumber = body.value("shard_number"_L1).toInt(1);
    if (spec.shardNumber < 1) {
        ApiReply::validationError(
            connection, 422, u"Validation error in JSON body: [shard_number: value 0 invalid, must be 1 or larger]"_s);
        return;
    }
    m_state.addCollection(spec);
    ApiReply::ok(connection, true);
}

void CollectionRoutes::updateAliases(HttpConnection &connection)
{
    const HttpRequest &request = connection.request();
    if (request.readOnly) {
        ApiReply::forbiddenManage(connection);
        return;
    }
    bool wait = true;
    if (!ApiReply::readWait(connection, wait)) {
        return;
    }
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    if (!document.isObject() || !document.object().value("actions"_L1).isArray()) {
        ApiReply::validationError(connection, 400, u"Json deserialize error: missing field `actions`"_s);
        return;
    }
    const QJsonArray actions = document.object().value("actions"_L1).toArray();
    for (const QJsonValue &value : actions) {
        const QJsonObject action = value.toObject();
        if (action.contains("create_alias"_L1)) {
            const QJsonObject create = action.value("create_alias"_L1).toObject();
            const QString collection = create.value("collection_name"_L1).toString();
            if (!m_state.hasCollection(collection)) {
                ApiReply::collectionNotFound(connection, collection);
                return;
            }
            m_state.setAlias(create.value("alias_name"_L1).toString(), collection);
        } else if (action.contains("delete_alias"_L1)) {
            const QString alias = action.value("delete_alias"_L1).toObject().value("alias_name"_L1).toString();
            if (!m_state.removeAlias(alias)) {
                ApiReply::error(connection, 404, u"Not found: Alias "_s % alias % u" does not exists!"_s);
                return;
            }
        } else if (action.contains("rename_alias"_L1)) {
            const QJsonObject rename = action.value("rename_alias"_L1).toObject();
            const QString oldName = rename.value("old_alias_name"_L1).toString();
            const QString collection = m_state.aliases().value(oldName);
            if (collection.isEmpty()) {
                ApiReply::error(connection, 404, u"Not found: Alias "_s % oldName % u" does not exists!"_s);
                return;
            }
            m_state.removeAlias(oldName);
            m_state.setAlias(rename.value("new_alias_name"_L1).toString(), collection);
        } else {
            ApiReply::validationError(connection, 400, u"Json deserialize error: unknown alias operation"_s);
            return;
        }
    }
    ApiReply::ok(connection, true);
}

} // namespace Snapdock::Emulator
