// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scheduling/ScheduleSelection.h"

#include "core/support/Translation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

namespace {

QString tr(const char *text)
{
    return translateWithFallback("Snapdock::ScheduleSelection", text);
}

Error invalid(const QString &detail)
{
    return Error::make(ErrorKind::InvalidArgument, detail);
}

QString modeKey(ScheduleSelection::Mode mode)
{
    switch (mode) {
    case ScheduleSelection::Mode::All:
        return u"all"_s;
    case ScheduleSelection::Mode::List:
        return u"list"_s;
    case ScheduleSelection::Mode::Pattern:
        return u"pattern"_s;
    }
    return u"all"_s;
}

} // namespace

bool ScheduleSelection::globMatches(QStringView pattern, QStringView name)
{
    // Greedy matching with one backtrack point (the last `*`): linear in practice, never exponential.
    qsizetype p = 0;
    qsizetype n = 0;
    qsizetype starAt = -1;
    qsizetype resumeAt = 0;
    while (n < name.size()) {
        if (p < pattern.size() && (pattern.at(p) == u'?' || pattern.at(p) == name.at(n))) {
            ++p;
            ++n;
        } else if (p < pattern.size() && pattern.at(p) == u'*') {
            starAt = p++;
            resumeAt = n;
        } else if (starAt >= 0) {
            p = starAt + 1;
            n = ++resumeAt;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern.at(p) == u'*')
        ++p;
    return p == pattern.size();
}

bool ScheduleSelection::matches(const QString &collection) const
{
    switch (mode) {
    case Mode::All:
        return true;
    case Mode::List:
        return names.contains(collection);
    case Mode::Pattern:
        return globMatches(pattern, collection);
    }
    return false;
}

QStringList ScheduleSelection::select(const QStringList &collections) const
{
    QStringList selected;
    for (const QString &collection : collections) {
        if (matches(collection))
            selected.append(collection);
    }
    return selected;
}

QStringList ScheduleSelection::missing(const QStringList &collections) const
{
    QStringList result;
    if (mode != Mode::List)
        return result;
    for (const QString &name : names) {
        if (!collections.contains(name))
            result.append(name);
    }
    return result;
}

VoidResult ScheduleSelection::validate() const
{
    switch (mode) {
    case Mode::All:
        return {};
    case Mode::List: {
        if (names.isEmpty() && !includeFullStorage)
            return fail(invalid(tr("choose at least one collection, or the full-storage snapshot")));
        QSet<QString> seen;
        for (const QString &name : names) {
            if (name.trimmed().isEmpty())
                return fail(invalid(tr("the list of collections contains an empty name")));
            if (seen.contains(name))
                return fail(invalid(tr("the collection \"%1\" is listed twice").arg(name)));
            seen.insert(name);
        }
        return {};
    }
    case Mode::Pattern:
        if (pattern.isEmpty())
            return fail(invalid(tr("the collection name pattern is empty")));
        return {};
    }
    return {};
}

QJsonObject ScheduleSelection::toJson() const
{
    return QJsonObject{
        { u"mode"_s, modeKey(mode) },
        { u"names"_s, QJsonArray::fromStringList(names) },
        { u"pattern"_s, pattern },
        { u"includeFullStorage"_s, includeFullStorage },
    };
}

Result<ScheduleSelection> ScheduleSelection::fromJson(const QJsonObject &json)
{
    ScheduleSelection selection;
    const QJsonValue mode = json.value("mode"_L1);
    if (!mode.isUndefined()) {
        const QString key = mode.toString();
        if (key == u"all"_s)
            selection.mode = Mode::All;
        else if (key == u"list"_s)
            selection.mode = Mode::List;
        else if (key == u"pattern"_s)
            selection.mode = Mode::Pattern;
        else
            return fail(invalid(tr("the selection's \"mode\" must be \"all\", \"list\" or \"pattern\"")));
    }
    const QJsonValue names = json.value("names"_L1);
    if (!names.isUndefined()) {
        if (!names.isArray())
            return fail(invalid(tr("the selection's \"names\" must be a list of collection names")));
        for (const QJsonValue &name : names.toArray()) {
            if (!name.isString())
                return fail(invalid(tr("the selection's \"names\" must be a list of collection names")));
            selection.names.append(name.toString());
        }
    }
    const QJsonValue pattern = json.value("pattern"_L1);
    if (!pattern.isUndefined()) {
        if (!pattern.isString())
            return fail(invalid(tr("the selection's \"pattern\" must be a string")));
        selection.pattern = pattern.toString();
    }
    const QJsonValue fullStorage = json.value("includeFullStorage"_L1);
    if (!fullStorage.isUndefined()) {
        if (!fullStorage.isBool())
            return fail(invalid(tr("the selection's \"includeFullStorage\" must be true or false")));
        selection.includeFullStorage = fullStorage.toBool();
    }
    return selection;
}

} // namespace Snapdock
