// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "emulator/SnapshotRoutes.h"

#include "emulator/ApiReply.h"
#include "emulator/DownloadResponder.h"
#include "emulator/EmulatorState.h"
#include "emulator/HttpConnection.h"
#include "emulator/SnapshotStore.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock::Emulator {

SnapshotRoutes::SnapshotRoutes(EmulatorState &state, SnapshotStore &store, QObject *context)
    : m_state(state)
    , m_store(store)
    , m_context(context)
{}

bool SnapshotRoutes::handle(HttpConnection &connection)
{
    const HttpRequest &request = connection.request();
    const QStringList &s = request.segments;
    const QByteArray &method = request.method;
    Target target;
    QString name;
    bool hasName = false;
    bool stream = false;

    if (!s.isEmpty() && s[0] == u"snapshots"_s && s.size() <= 2) {
        target.scope = Scope::Full;
        hasName = s.size() == 2;
        name = hasName ? s[1] : QString();
    } else if (s.size() >= 3 && s[0] == u"collections"_s && s[2] == u"snapshots"_s && s.size() <= 4) {
        target.scope = Scope::Collection;
        target.collection = s[1];
        hasName = s.size() == 4;
        name = hasName ? s[3] : QString();
    } else if (s.size() >= 5 && s[0] == u"collections"_s && s[2] == u"shards"_s
        && (s[4] == u"snapshots"_s || s[4] == u"snapshot"_s) && s.size() <= 6) {
        target.scope = Scope::Shard;
        target.collection = s[1];
        stream = s[4] == u"snapshot"_s;
        if (stream && s.size() != 5) {
            return false;
        }
        hasName = s.size() == 6;
        name = hasName ? s[5] : QString();
    } else {
        return false;
    }
    const bool get = method == "GET";
    const bool mutating = method == "POST" || method == "DELETE";
    if (!get && !mutating) {
        return false;
    }
    if ((method == "POST" && hasName) || (method == "DELETE" && !hasName) || (stream && !get)) {
        return false;
    }
    if ((mutating || stream) && request.readOnly) {
        ApiReply::forbiddenManage(connection);
        return true;
    }
    if (!resolve(connection, target, get && hasName)) {
        return true;
    }
    if (stream) {
        streamShard(connection, target);
    } else if (get && hasName) {
        download(connection, target, name);
    } else if (get) {
        list(connection, target);
    } else if (method == "POST") {
        create(connection, target);
    } else {
        remove(connection, target, name);
    }
    return true;
}

bool SnapshotRoutes::resolve(HttpConnection &connection, Target &target, bool plainText)
{
    const HttpRequest &request = connection.request();
    if (target.scope == Scope::Full) {
        target.directory = m_state.dataDir();
        return true;
    }
    if (!m_state.hasCollection(target.collection)) {
        ApiReply::collectionNotFound(connection, target.collection, plainText);
        return false;
    }
    if (target.scope == Scope::Collection) {
        target.directory = m_state.collectionDir(target.collection);
        return true;
    }
    bool ok = false;
    target.shard = request.segments.at(3).toInt(&ok);
    const int shards = m_state.collection(target.collection).shardNumber;
    if (!ok || target.shard < 0 || target.shard >= shards) {
        const QString message = u"Not found: Shard "_s % request.segments.at(3) % u" does not exist"_s;
        if (plainText) {
            ApiReply::text(connection, 404, message);
        } else {
            ApiReply::error(connection, 404, message);
        }
        return false;
    }
    target.directory = m_state.shardDir(target.collection, target.shard);
    return true;
}

void SnapshotRoutes::list(HttpConnection &connection, const Target &target)
{
    QJsonArray result = SnapshotStore::list(target.directory);
    const QString hostile = connection.request().hostileName;
    if (!hostile.isEmpty()) {
        result.append(QJsonObject{ { u"name"_s, hostile },
            { u"creation_time"_s, QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-ddTHH:mm:ss"_s) },
            { u"size"_s, 10240 } });
    }
    ApiReply::ok(connection, result);
}

void SnapshotRoutes::create(HttpConnection &connection, const Target &target)
{
    bool wait = true;
    if (!ApiReply::readWait(connection, wait)) {
        return;
    }
    const QDateTime when = QDateTime::currentDateTimeUtc();
    const QString hostile = connection.request().hostileName;
    QPointer<HttpConnection> guard(&connection);
    auto work = [this, target, when, hostile, guard, wait]() {
        QJsonObject description;
        QString error;
        bool ok = false;
        if (target.scope == Scope::Full) {
            ok = m_store.createFullSnapshot(when, description, error);
        } else if (!m_state.hasCollection(target.collection)) {
            error = u"Not found: Collection `"_s % target.collection % u"` doesn't exist!"_s;
        } else if (target.scope == Scope::Collection) {
            ok = m_store.createCollectionSnapshot(target.collection, when, description, error);
        } else {
            ok = m_store.createShardSnapshot(target.collection, target.shard, when, description, error);
        }
        if (!wait || !guard) {
            return;
        }
        if (!ok) {
            ApiReply::error(*guard, 500, u"Service internal error: "_s % error);
            return;
        }
        if (!hostile.isEmpty()) {
            description.insert(u"name"_s, hostile);
        }
        ApiReply::ok(*guard, description);
    };
    if (!wait) {
        ApiReply::accepted(connection);
    }
    QTimer::singleShot(m_state.config().creationDelayMs, m_context, work);
}

void SnapshotRoutes::download(HttpConnection &connection, const Target &target, const QString &name)
{
    const QString path = target.directory % u'/' % name;
    if (!SnapshotStore::isValidName(name) || !QFile::exists(path)) {
        ApiReply::text(connection, 404, u"Not found: Snapshot "_s % name % u" not found"_s);
        return;
    }
    DownloadResponder::serve(connection, path, name);
}

void SnapshotRoutes::remove(HttpConnection &connection, const Target &target, const QString &name)
{
    bool wait = true;
    if (!ApiReply::readWait(connection, wait)) {
        return;
    }
    const QString path = target.directory % u'/' % name;
    if (!SnapshotStore::isValidName(name) || !QFile::exists(path)) {
        ApiReply::error(connection, 404, u"Not found: Snapshot "_s % name % u" not found"_s);
        return;
    }
    QFile::remove(path);
    QFile::remove(path + u".checksum"_s);
    if (wait) {
        ApiReply::ok(connection, true);
    } else {
        ApiReply::accepted(connection);
    }
}

void SnapshotRoutes::streamShard(HttpConnection &connection, const Target &target)
{
    QString path;
    QString error;
    if (!m_store.writeShardArchive(target.collection, target.shard, path, error)) {
        ApiReply::text(connection, 500, u"Service internal error: "_s % error);
        return;
    }
    const QString name =
        SnapshotStore::shardSnapshotName(target.collection, target.shard, QDateTime::currentDateTimeUtc());
    DownloadResponder::stream(connection, path, name);
}

} // namespace Snapdock::Emulator
