// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/qdrant/dto/JsonFields.h"

#include <cmath>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

namespace {

// JSON numbers are doubles; only accept those that are whole and within 2^53.
bool toInteger(const QJsonValue &value, qint64 *out)
{
    if (!value.isDouble())
        return false;
    const double d = value.toDouble();
    constexpr double LIMIT = 9007199254740992.0;
    if (!std::isfinite(d) || d != std::floor(d) || std::fabs(d) > LIMIT)
        return false;
    *out = static_cast<qint64>(d);
    return true;
}

} // namespace

JsonFields::JsonFields(const QJsonObject &object, QString context)
    : m_object(object)
    , m_context(std::move(context))
{}

Error JsonFields::wrongType(const QString &key, const char *expected) const
{
    return Error::make(ErrorKind::InvalidResponse,
        u"reading %1: field \"%2\" is missing or not %3"_s.arg(m_context, key, QLatin1String(expected)));
}

Result<QString> JsonFields::string(const QString &key) const
{
    const QJsonValue v = m_object.value(key);
    if (!v.isString())
        return fail(wrongType(key, "a string"));
    return v.toString();
}

Result<QString> JsonFields::optionalString(const QString &key) const
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return QString();
    if (!v.isString())
        return fail(wrongType(key, "a string"));
    return v.toString();
}

Result<qint64> JsonFields::integer(const QString &key) const
{
    qint64 n = 0;
    if (!toInteger(m_object.value(key), &n))
        return fail(wrongType(key, "an integer"));
    return n;
}

Result<qint64> JsonFields::optionalInteger(const QString &key, qint64 fallback) const
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return fallback;
    qint64 n = 0;
    if (!toInteger(v, &n))
        return fail(wrongType(key, "an integer"));
    return n;
}

Result<bool> JsonFields::boolean(const QString &key) const
{
    const QJsonValue v = m_object.value(key);
    if (!v.isBool())
        return fail(wrongType(key, "true or false"));
    return v.toBool();
}

Result<QJsonObject> JsonFields::object(const QString &key) const
{
    const QJsonValue v = m_object.value(key);
    if (!v.isObject())
        return fail(wrongType(key, "an object"));
    return v.toObject();
}

Result<QJsonObject> JsonFields::optionalObject(const QString &key) const
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return QJsonObject();
    if (!v.isObject())
        return fail(wrongType(key, "an object"));
    return v.toObject();
}

Result<QJsonArray> JsonFields::array(const QString &key) const
{
    const QJsonValue v = m_object.value(key);
    if (!v.isArray())
        return fail(wrongType(key, "a list"));
    return v.toArray();
}

Result<QJsonObject> JsonFields::requireObject(const QJsonValue &value, const QString &what)
{
    if (!value.isObject())
        return fail(Error::make(ErrorKind::InvalidResponse, u"reading %1: expected an object"_s.arg(what)));
    return value.toObject();
}

Result<QJsonArray> JsonFields::requireArray(const QJsonValue &value, const QString &what)
{
    if (!value.isArray())
        return fail(Error::make(ErrorKind::InvalidResponse, u"reading %1: expected a list"_s.arg(what)));
    return value.toArray();
}

} // namespace Snapdock
