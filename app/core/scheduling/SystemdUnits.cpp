// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scheduling/SystemdUnits.h"

#include <QStringList>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

namespace {

constexpr std::array<QLatin1StringView, 7> WEEKDAY_NAMES = {
    "Mon"_L1, "Tue"_L1, "Wed"_L1, "Thu"_L1, "Fri"_L1, "Sat"_L1, "Sun"_L1
};

// One calendar component: "*" when every value from `first` to `last` is there, "SS/N" for every N-th value from
// SS to the end (systemd's repetition, e.g. hours "00/6") when that is at least three values, else a comma list;
// two digits each.
QString calendarField(const QList<int> &values, int first, int last)
{
    if (values.isEmpty() || values.size() == last - first + 1)
        return u"*"_s;
    const auto twoDigits = [](int value) {
        return QString::number(value).rightJustified(2, u'0');
    };
    if (values.size() >= 3) {
        const int step = values.at(1) - values.at(0);
        bool evenlySpaced = step > 1;
        for (qsizetype i = 2; evenlySpaced && i < values.size(); ++i)
            evenlySpaced = values.at(i) - values.at(i - 1) == step;
        if (evenlySpaced && values.constLast() + step > last)
            return twoDigits(values.constFirst()) + u"/"_s + QString::number(step);
    }
    QStringList parts;
    for (const int value : values)
        parts.append(twoDigits(value));
    return parts.join(u',');
}

// systemd expands %-specifiers in most settings, and $VARIABLE in ExecStart=.
QString escapeSpecifiers(QString text)
{
    return text.replace(u'%', u"%%"_s);
}

// A double-quoted ExecStart= word: backslashes and quotes escaped, specifiers and variables kept literal.
QString execWord(const QString &word)
{
    QString escaped = word;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s).replace(u'$', u"$$"_s);
    return u"\""_s + escapeSpecifiers(escaped) + u"\""_s;
}

QString description(const ScheduleUnitSpec &spec)
{
    QString name = spec.scheduleName.simplified();
    return escapeSpecifiers(u"Snapdock schedule \"%1\""_s.arg(name.isEmpty() ? spec.scheduleId : name));
}

} // namespace

QString SystemdUnits::serviceName(const QString &scheduleId)
{
    return u"snapdock-schedule-"_s + scheduleId + u".service"_s;
}

QString SystemdUnits::timerName(const QString &scheduleId)
{
    return u"snapdock-schedule-"_s + scheduleId + u".timer"_s;
}

QString SystemdUnits::onCalendar(const CalendarRule &rule)
{
    QString text;
    if (!rule.weekdays.isEmpty()) {
        QStringList names;
        for (const int weekday : rule.weekdays)
            names.append(WEEKDAY_NAMES.at(size_t(weekday - 1)));
        text = names.join(u',') + u" "_s;
    }
    text += u"*-"_s + calendarField(rule.months, 1, 12) + u"-"_s + calendarField(rule.daysOfMonth, 1, 31) + u" "_s;
    text += calendarField(rule.hours, 0, 23) + u":"_s + calendarField(rule.minutes, 0, 59) + u":00"_s;
    return text;
}

QByteArray SystemdUnits::service(const ScheduleUnitSpec &spec)
{
    QString text;
    text += u"# Written by Snapdock; remove the schedule's OS job in the schedule editor instead of editing this.\n"_s;
    text += u"[Unit]\nDescription="_s + description(spec) + u"\n\n"_s;
    text += u"[Service]\nType=oneshot\n"_s;
    text += u"ExecStart="_s + execWord(spec.cliPath) + u" run-schedule "_s + execWord(spec.scheduleId) + u"\n"_s;
    // A backup should not slow down whatever else the machine is doing.
    text += u"Nice=19\nIOSchedulingClass=idle\n"_s;
    return text.toUtf8();
}

QByteArray SystemdUnits::timer(const ScheduleUnitSpec &spec)
{
    QString text;
    text += u"# Written by Snapdock; remove the schedule's OS job in the schedule editor instead of editing this.\n"_s;
    text += u"[Unit]\nDescription=Timer of "_s + description(spec) + u"\n\n"_s;
    text += u"[Timer]\n"_s;
    for (const CalendarRule &rule : spec.rules)
        text += u"OnCalendar="_s + onCalendar(rule) + u"\n"_s;
    // Missed while off or asleep: run once at the next opportunity, not once per missed slot.
    text += u"Persistent=true\n"_s;
    text += u"Unit="_s + serviceName(spec.scheduleId) + u"\n\n"_s;
    text += u"[Install]\nWantedBy=timers.target\n"_s;
    return text.toUtf8();
}

} // namespace Snapdock
