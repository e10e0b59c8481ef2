// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/support/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace Snapdock {

// Typed, checked access to fields of a server response. A server is untrusted: every wrong type is an
// InvalidResponse error naming the field, never a silent default or a crash.
class JsonFields
{
public:
    JsonFields(const QJsonObject &object, QString context);

    [[nodiscard]] Result<QString> string(const QString &key) const;
    [[nodiscard]] Result<QString> optionalString(const QString &key) const; // missing or null → ""
    [[nodiscard]] Result<qint64> integer(const QString &key) const;
    [[nodiscard]] Result<qint64> optionalInteger(const QString &key, qint64 fallback) const;
    [[nodiscard]] Result<bool> boolean(const QString &key) const;
    [[nodiscard]] Result<QJsonObject> object(const QString &key) const;
    [[nodiscard]] Result<QJsonObject> optionalObject(const QString &key) const; // missing or null → {}
    [[nodiscard]] Result<QJsonArray> array(const QString &key) const;
    [[nodiscard]] QJsonValue value(const QString &key) const { return m_object.value(key); }

    [[nodiscard]] Error wrongType(const QString &key, const char *expected) const;

    // Requires `value` to be an object; `what` names it in the error.
    [[nodiscard]] static Result<QJsonObject> requireObject(const QJsonValue &value, const QString &what);
    [[nodiscard]] static Result<QJsonArray> requireArray(const QJsonValue &value, const QString &what);

private:
    QJsonObject m_object;
    QString m_context;
};

} // namespace Snapdock
