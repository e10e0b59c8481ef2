// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scheduling/WindowsTaskXml.h"

#include "core/support/Translation.h"

#include <QCoreApplication>
#include <QDir>
#include <QStringEncoder>
#include <QXmlStreamWriter>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

namespace {

QString tr(const char *text)
{
    return translateWithFallback("Snapdock::WindowsTaskXml", text);
}

constexpr std::array<QLatin1StringView, 7> WEEKDAY_ELEMENTS = {
    "Monday"_L1, "Tuesday"_L1, "Wednesday"_L1, "Thursday"_L1, "Friday"_L1, "Saturday"_L1, "Sunday"_L1
};
constexpr std::array<QLatin1StringView, 12> MONTH_ELEMENTS = { "January"_L1,
    "February"_L1,
    "March"_L1,
    "April"_L1,
    "May"_L1,
    "June"_L1,
    "July"_L1,
    "August"_L1,
    "September"_L1,
    "October"_L1,
    "November"_L1,
    "December"_L1 };
// The date of every StartBoundary: a Monday in the past; with intervals of 1 day or week only the time matters.
const QString START_DATE = u"2024-01-01"_s;

// A run of times within a day: `count` times from `firstMinute`, `stepMinutes` apart.
struct DailyRun
{
    int firstMinute = 0;
    int stepMinutes = 0;
    int count = 1;
};

// The times of a rule as few runs as possible: one when they are evenly spaced, else one per time.
QList<DailyRun> dailyRuns(const CalendarRule &rule)
{
    QList<int> minutes;
    for (const int hour : rule.hours) {
        for (const int minute : rule.minutes)
            minutes.append(hour * 60 + minute);
    }
    if (minutes.size() >= 2) {
        const int step = minutes.at(1) - minutes.at(0);
        bool evenlySpaced = true;
        for (qsizetype i = 2; evenlySpaced && i < minutes.size(); ++i)
            evenlySpaced = minutes.at(i) - minutes.at(i - 1) == step;
        if (evenlySpaced)
            return { DailyRun{ minutes.constFirst(), step, int(minutes.size()) } };
    }
    QList<DailyRun> runs;
    for (const int minute : std::as_const(minutes))
        runs.append(DailyRun{ minute, 0, 1 });
    return runs;
}

void writeList(QXmlStreamWriter &xml, const QString &element, const QList<QLatin1StringView> &names)
{
    xml.writeStartElement(element);
    for (const QLatin1StringView name : names)
        xml.writeEmptyElement(QString(name));
    xml.writeEndElement();
}

QList<QLatin1StringView> weekdayNames(const QList<int> &weekdays)
{
    QList<QLatin1StringView> names;
    for (const int weekday : weekdays)
        names.append(WEEKDAY_ELEMENTS.at(size_t(weekday - 1)));
    return names;
}

QList<QLatin1StringView> monthNames(const QList<int> &months)
{
    QList<QLatin1StringView> names;
    for (int month = 1; month <= 12; ++month) {
        if (months.isEmpty() || months.contains(month))
            names.append(MONTH_ELEMENTS.at(size_t(month - 1)));
    }
    return names;
}

// The ScheduleBy… element of a rule's days.
void writeDays(QXmlStreamWriter &xml, const CalendarRule &rule)
{
    if (rule.daysOfMonth.isEmpty() && rule.weekdays.isEmpty() && rule.months.isEmpty()) {
        xml.writeStartElement(u"ScheduleByDay"_s);
        xml.writeTextElement(u"DaysInterval"_s, u"1"_s);
        xml.writeEndElement();
    } else if (!rule.weekdays.isEmpty() && rule.months.isEmpty()) {
        xml.writeStartElement(u"ScheduleByWeek"_s);
        xml.writeTextElement(u"WeeksInterval"_s, u"1"_s);
        writeList(xml, u"DaysOfWeek"_s, weekdayNames(rule.weekdays));
        xml.writeEndElement();
    } else if (!rule.weekdays.isEmpty()) {
        // Weekdays in some months only: every week of those months, the last one included.
        xml.writeStartElement(u"ScheduleByMonthDayOfWeek"_s);
        xml.writeStartElement(u"Weeks"_s);
        for (const QString &week : { u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"Last"_s })
            xml.writeTextElement(u"Week"_s, week);
        xml.writeEndElement();
        writeList(xml, u"DaysOfWeek"_s, weekdayNames(rule.weekdays));
        writeList(xml, u"Months"_s, monthNames(rule.months));
        xml.writeEndElement();
    } else {
        xml.writeStartElement(u"ScheduleByMonth"_s);
        xml.writeStartElement(u"DaysOfMonth"_s);
        for (int day = 1; day <= 31; ++day) {
            if (rule.daysOfMonth.isEmpty() || rule.daysOfMonth.contains(day))
                xml.writeTextElement(u"Day"_s, QString::number(day));
        }
        xml.writeEndElement();
        writeList(xml, u"Months"_s, monthNames(rule.months));
        xml.writeEndElement();
    }
}

void writeTrigger(QXmlStreamWriter &xml, const CalendarRule &rule, const DailyRun &run)
{
    xml.writeStartElement(u"CalendarTrigger"_s);
    if (run.count > 1) {
        xml.writeStartElement(u"Repetition"_s);
        xml.writeTextElement(u"Interval"_s, u"PT%1M"_s.arg(run.stepMinutes));
        // Long enough to include the last run, and no longer.
        xml.writeTextElement(u"Duration"_s, u"PT%1M"_s.arg(run.stepMinutes * (run.count - 1) + 1));
        xml.writeTextElement(u"StopAtDurationEnd"_s, u"false"_s);
        xml.writeEndElement();
    }
    const QString time =
        u"%1:%2:00"_s.arg(run.firstMinute / 60, 2, 10, QChar(u'0')).arg(run.firstMinute % 60, 2, 10, QChar(u'0'));
    xml.writeTextElement(u"StartBoundary"_s, START_DATE + u"T"_s + time);
    xml.writeTextElement(u"Enabled"_s, u"true"_s);
    writeDays(xml, rule);
    xml.writeEndElement();
}

} // namespace

QString WindowsTaskXml::taskName(const QString &scheduleId)
{
    return u"\\Snapdock\\schedule-"_s + scheduleId;
}

QString WindowsTaskXml::fileName(const QString &scheduleId)
{
    return u"schedule-"_s + scheduleId + u".xml"_s;
}

Result<QByteArray> WindowsTaskXml::xml(const ScheduleUnitSpec &spec)
{
    QList<std::pair<CalendarRule, DailyRun>> triggers;
    for (const CalendarRule &rule : spec.rules) {
        for (const DailyRun &run : dailyRuns(rule))
            triggers.append({ rule, run });
    }
    if (triggers.size() > MAX_TRIGGERS)
        return fail(Error::make(ErrorKind::InvalidArgument,
            tr("this timing needs more than %1 Task Scheduler triggers; choose a simpler timing for the installed "
               "task")
                .arg(MAX_TRIGGERS)));

    QString text;
    QXmlStreamWriter xml(&text);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartElement(u"Task"_s);
    xml.writeAttribute(u"version"_s, u"1.2"_s);
    xml.writeDefaultNamespace(u"http://schemas.microsoft.com/windows/2004/02/mit/task"_s);

    xml.writeStartElement(u"RegistrationInfo"_s);
    const QString name = spec.scheduleName.simplified();
    xml.writeTextElement(u"Description"_s, u"Snapdock schedule \"%1\""_s.arg(name.isEmpty() ? spec.scheduleId : name));
    xml.writeTextElement(u"URI"_s, taskName(spec.scheduleId));
    xml.writeEndElement();

    xml.writeStartElement(u"Triggers"_s);
    for (const auto &[rule, run] : std::as_const(triggers))
        writeTrigger(xml, rule, run);
    xml.writeEndElement();

    // S4U: runs whether or not the user is logged on, without storing a password.
    xml.writeStartElement(u"Principals"_s);
    xml.writeStartElement(u"Principal"_s);
    xml.writeAttribute(u"id"_s, u"Author"_s);
    xml.writeTextElement(u"LogonType"_s, u"S4U"_s);
    xml.writeTextElement(u"RunLevel"_s, u"LeastPrivilege"_s);
    xml.writeEndElement();
    xml.writeEndElement();

    xml.writeStartElement(u"Settings"_s);
    xml.writeTextElement(u"MultipleInstancesPolicy"_s, u"IgnoreNew"_s);
    xml.writeTextElement(u"DisallowStartIfOnBatteries"_s, u"false"_s);
    xml.writeTextElement(u"StopIfGoingOnBatteries"_s, u"false"_s);
    // Missed while the PC was off: run once as soon as possible, not once per missed slot.
    xml.writeTextElement(u"StartWhenAvailable"_s, u"true"_s);
    xml.writeTextElement(u"AllowStartOnDemand"_s, u"true"_s);
    xml.writeTextElement(u"Enabled"_s, u"true"_s);
    // A large backup may take hours: no time limit.
    xml.writeTextElement(u"ExecutionTimeLimit"_s, u"PT0S"_s);
    // Below normal: a backup should not slow down whatever else the PC is doing.
    xml.writeTextElement(u"Priority"_s, u"7"_s);
    xml.writeEndElement();

    xml.writeStartElement(u"Actions"_s);
    xml.writeAttribute(u"Context"_s, u"Author"_s);
    xml.writeStartElement(u"Exec"_s);
    xml.writeTextElement(u"Command"_s, QDir::toNativeSeparators(spec.cliPath));
    xml.writeTextElement(u"Arguments"_s, u"run-schedule "_s + spec.scheduleId);
    xml.writeEndElement();
    xml.writeEndElement();

    xml.writeEndElement(); // Task

    QStringEncoder encoder(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    return QByteArray(encoder(u"<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n"_s + text + u"\n"_s));
}

} // namespace Snapdock
