// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scheduling/LaunchdAgent.h"

#include "core/support/Translation.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QXmlStreamWriter>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

namespace {

QString tr(const char *text)
{
    return translateWithFallback("Snapdock::LaunchdAgent", text);
}

// One StartCalendarInterval dictionary: a single value per key; a key left out matches every value.
using Interval = QMap<QString, int>;

// Every combination of one field's values with the intervals so far; a field with no values (every value) adds
// no key.
QList<Interval> combine(const QList<Interval> &intervals, const QString &key, const QList<int> &values, int allCount)
{
    if (values.isEmpty() || values.size() == allCount)
        return intervals;
    QList<Interval> combined;
    for (const Interval &interval : intervals) {
        for (const int value : values) {
            Interval next = interval;
            next.insert(key, value);
            combined.append(next);
        }
    }
    return combined;
}

void writeKeyString(QXmlStreamWriter &xml, const QString &key, const QString &value)
{
    xml.writeTextElement(u"key"_s, key);
    xml.writeTextElement(u"string"_s, value);
}

void writeKeyInteger(QXmlStreamWriter &xml, const QString &key, int value)
{
    xml.writeTextElement(u"key"_s, key);
    xml.writeTextElement(u"integer"_s, QString::number(value));
}

} // namespace

QString LaunchdAgent::label(const QString &scheduleId)
{
    return u"io.snapdock.schedule."_s + scheduleId;
}

QString LaunchdAgent::fileName(const QString &scheduleId)
{
    return label(scheduleId) + u".plist"_s;
}

Result<QByteArray> LaunchdAgent::plist(const ScheduleUnitSpec &spec)
{
    QList<Interval> intervals;
    for (const CalendarRule &rule : spec.rules) {
        QList<int> weekdays;
        // launchd counts weekdays from Sunday = 0.
        for (const int weekday : rule.weekdays)
            weekdays.append(weekday % 7);
        QList<Interval> ofRule{ Interval() };
        ofRule = combine(ofRule, u"Month"_s, rule.months, 12);
        ofRule = combine(ofRule, u"Day"_s, rule.daysOfMonth, 31);
        ofRule = combine(ofRule, u"Weekday"_s, weekdays, 7);
        ofRule = combine(ofRule, u"Hour"_s, rule.hours, 24);
        ofRule = combine(ofRule, u"Minute"_s, rule.minutes, 60);
        intervals += ofRule;
        if (intervals.size() > MAX_INTERVALS)
            return fail(Error::make(ErrorKind::InvalidArgument,
                tr("this timing needs more than %1 launchd calendar intervals; choose a simpler timing for the "
                   "installed job")
                    .arg(MAX_INTERVALS)));
    }

    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeDTD(u"<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                 "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">"_s);
    xml.writeStartElement(u"plist"_s);
    xml.writeAttribute(u"version"_s, u"1.0"_s);
    xml.writeStartElement(u"dict"_s);
    writeKeyString(xml, u"Label"_s, label(spec.scheduleId));
    xml.writeTextElement(u"key"_s, u"ProgramArguments"_s);
    xml.writeStartElement(u"array"_s);
    for (const QString &argument : { spec.cliPath, u"run-schedule"_s, spec.scheduleId })
        xml.writeTextElement(u"string"_s, argument);
    xml.writeEndElement();
    xml.writeTextElement(u"key"_s, u"StartCalendarInterval"_s);
    xml.writeStartElement(u"array"_s);
    for (const Interval &interval : std::as_const(intervals)) {
        xml.writeStartElement(u"dict"_s);
        for (auto it = interval.cbegin(); it != interval.cend(); ++it)
            writeKeyInteger(xml, it.key(), it.value());
        xml.writeEndElement();
    }
    xml.writeEndElement();
    // A backup should not slow down whatever else the Mac is doing.
    writeKeyString(xml, u"ProcessType"_s, u"Background"_s);
    xml.writeTextElement(u"key"_s, u"LowPriorityIO"_s);
    xml.writeEmptyElement(u"true"_s);
    writeKeyInteger(xml, u"Nice"_s, 10);
    xml.writeEndElement(); // dict
    xml.writeEndElement(); // plist
    xml.writeEndDocument();
    return bytes;
}

} // namespace Snapdock
