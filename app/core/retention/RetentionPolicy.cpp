// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/retention/RetentionPolicy.h"

#include "core/support/Translation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

#include <array>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

namespace {

QString tr(const char *text)
{
    return translateWithFallback("Snapdock::RetentionPolicy", text);
}

struct RuleField
{
    QLatin1StringView key;
    int RetentionPolicy::*count;
};

constexpr std::array<RuleField, 6> RULES{ {
    { "keepLast"_L1, &RetentionPolicy::keepLast },
    { "keepHourly"_L1, &RetentionPolicy::keepHourly },
    { "keepDaily"_L1, &RetentionPolicy::keepDaily },
    { "keepWeekly"_L1, &RetentionPolicy::keepWeekly },
    { "keepMonthly"_L1, &RetentionPolicy::keepMonthly },
    { "keepYearly"_L1, &RetentionPolicy::keepYearly },
} };

// The value as it appears in the JSON, for error messages.
QString jsonText(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{ value }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

} // namespace

bool RetentionPolicy::isEmpty() const
{
    for (const RuleField &rule : RULES) {
        if (this->*rule.count > 0)
            return false;
    }
    return true;
}

QString RetentionPolicy::describe() const
{
    if (isEmpty())
        return tr("keep everything (no rule)");
    QStringList parts;
    if (keepLast > 0)
        parts.append(keepLast == 1 ? tr("the newest backup") : tr("the last %1").arg(keepLast));
    if (keepHourly > 0)
        parts.append(tr("%1 hourly").arg(keepHourly));
    if (keepDaily > 0)
        parts.append(tr("%1 daily").arg(keepDaily));
    if (keepWeekly > 0)
        parts.append(tr("%1 weekly").arg(keepWeekly));
    if (keepMonthly > 0)
        parts.append(tr("%1 monthly").arg(keepMonthly));
    if (keepYearly > 0)
        parts.append(tr("%1 yearly").arg(keepYearly));
    return tr("keep %1").arg(parts.join(u", "_s));
}

VoidResult RetentionPolicy::validate() const
{
    for (const RuleField &rule : RULES) {
        if (this->*rule.count < 0)
            return fail(Error::make(ErrorKind::InvalidArgument,
                tr("the retention rule %1 must not be negative (it is %2)").arg(rule.key).arg(this->*rule.count)));
    }
    return {};
}

QJsonObject RetentionPolicy::toJson() const
{
    QJsonObject object;
    for (const RuleField &rule : RULES)
        object.insert(rule.key, this->*rule.count);
    return object;
}

Result<RetentionPolicy> RetentionPolicy::fromJson(const QJsonObject &object)
{
    RetentionPolicy policy;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const RuleField *rule = nullptr;
        for (const RuleField &candidate : RULES) {
            if (candidate.key == it.key())
                rule = &candidate;
        }
        if (!rule)
            return fail(Error::make(ErrorKind::InvalidArgument, tr("unknown retention rule \"%1\"").arg(it.key())));
        constexpr qint64 NOT_INTEGER = std::numeric_limits<qint64>::min();
        const qint64 count = it.value().isDouble() ? it.value().toInteger(NOT_INTEGER) : NOT_INTEGER;
        if (count == NOT_INTEGER || count > std::numeric_limits<int>::max())
            return fail(Error::make(ErrorKind::InvalidArgument,
                tr("the retention rule %1 must be a whole number, not %2").arg(rule->key, jsonText(it.value()))));
        policy.*rule->count = int(std::max<qint64>(count, std::numeric_limits<int>::min()));
    }
    if (auto valid = policy.validate(); !valid)
        return fail(valid.error());
    return policy;
}

} // namespace Snapdock
