// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scheduling/CalendarRule.h"
#include "core/scheduling/LaunchdAgent.h"
#include "core/scheduling/ScheduleTiming.h"
#include "core/scheduling/ScheduleUnitWriter.h"
#include "core/scheduling/SystemdUnits.h"
#include "core/scheduling/WindowsTaskXml.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>
#include <set>

using namespace Qt::Literals::StringLiterals;
using namespace Snapdock;

Q_DECLARE_METATYPE(Snapdock::ScheduleTiming)

namespace {

const QString SCHEDULE_ID = u"3f2a9c1e-7b4d-4e8a-9f10-2c5d6e7f8a9b"_s;

ScheduleTiming timingOf(const Result<ScheduleTiming> &timing)
{
    if (!timing)
        qFatal("invalid test timing: %s", qPrintable(timing.error().detail));
    return *timing;
}

ScheduleTiming daily(const QList<QTime> &times)
{
    return timingOf(ScheduleTiming::daily(times));
}

ScheduleTiming cron(const QString &expression)
{
    return timingOf(ScheduleTiming::cron(expression));
}

QStringList onCalendarLines(const QList<CalendarRule> &rules)
{
    QStringList lines;
    for (const CalendarRule &rule : rules)
        lines.append(SystemdUnits::onCalendar(rule));
    return lines;
}

bool dateMatches(const CalendarRule &rule, QDate date)
{
    const auto allows = [](const QList<int> &values, int value) {
        return values.isEmpty() || values.contains(value);
    };
    return allows(rule.months, date.month()) && allows(rule.daysOfMonth, date.day())
        && allows(rule.weekdays, date.dayOfWeek());
}

// The program the writer runs instead of systemctl: records its arguments, then answers as told.
QString writeFakeControlProgram(const QDir &folder, const QString &log, int exitCode, const QString &stderrText)
{
    const QString path = folder.filePath(u"fake-systemctl"_s);
    QFile script(path);
    if (!script.open(QIODevice::WriteOnly))
        return {};
    script.write(
        u"#!/bin/sh\necho \"$*\" >> '%1'\necho '%2' >&2\nexit %3\n"_s.arg(log, stderrText).arg(exitCode).toUtf8());
    script.close();
    script.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return path;
}

QStringList readLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
}

} // namespace

// The OS jobs of schedules: what the timings become (OnCalendar= lines, launchd intervals, Task Scheduler
// triggers), that the files are valid for the tools that read them, and install/remove/start through a stand-in
// control program in a temporary folder — never the real user configuration.
class TestScheduleUnitWriter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void onCalendar_timings_data();
    void onCalendar_timings();
    void calendarRules_matchTheTimingsRunsExactly_data();
    void calendarRules_matchTheTimingsRunsExactly();
    void calendarRules_everyHoursNotDividingAWeek_cannotBeExpressed();
    void onCalendar_acceptedBySystemdAnalyzeCalendar();
    void systemdUnits_passSystemdAnalyzeVerify();
    void systemdUnits_persistentOneshotAtIdlePriority();
    void launchdPlist_wellFormedWithTheExpectedIntervals();
    void windowsTaskXml_wellFormedWithTheExpectedTriggers();
    void spec_unsafeIdOrMissingCli_isRefused();
    void install_writesUnitsAndEnablesTheTimer_removeUndoesIt();
    void install_controlProgramFails_reportsItsStderr();
    void startNow_notInstalled_isNotFound();

private:
    [[nodiscard]] ScheduleUnitSpec specFor(const ScheduleTiming &timing) const;
};

void TestScheduleUnitWriter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

ScheduleUnitSpec TestScheduleUnitWriter::specFor(const ScheduleTiming &timing) const
{
    ScheduleUnitWriter writer;
    // Any executable does for generating; this test's own binary always exists.
    writer.setCliPath(QCoreApplication::applicationFilePath());
    const Result<ScheduleUnitSpec> spec = writer.spec(SCHEDULE_ID, u"Nightly 100% \"prod\""_s, timing);
    if (!spec)
        qFatal("spec failed: %s", qPrintable(spec.error().userMessage()));
    return *spec;
}

void TestScheduleUnitWriter::onCalendar_timings_data()
{
    QTest::addColumn<ScheduleTiming>("timing");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("daily 02:30") << daily({ QTime(2, 30) }) << QStringList{ u"*-*-* 02:30:00"_s };
    QTest::newRow("daily, same minutes") << daily({ QTime(2, 30), QTime(14, 30) })
                                         << QStringList{ u"*-*-* 02,14:30:00"_s };
    QTest::newRow("daily, other minutes")
        << daily({ QTime(2, 30), QTime(14, 45) }) << QStringList{ u"*-*-* 02:30:00"_s, u"*-*-* 14:45:00"_s };
    QTest::newRow("weekly") << timingOf(ScheduleTiming::weekly({ Qt::Thursday, Qt::Monday }, QTime(4, 0)))
                            << QStringList{ u"Mon,Thu *-*-* 04:00:00"_s };
    QTest::newRow("every hour") << timingOf(ScheduleTiming::everyHours(1)) << QStringList{ u"*-*-* *:00:00"_s };
    QTest::newRow("every 6 hours") << timingOf(ScheduleTiming::everyHours(6)) << QStringList{ u"*-*-* 00/6:00:00"_s };
    QTest::newRow("every 5 hours") << timingOf(ScheduleTiming::everyHours(5)) << QStringList{ u"*-*-* 00/5:00:00"_s };
    QTest::newRow("every 24 hours") << timingOf(ScheduleTiming::everyHours(24)) << QStringList{ u"*-*-* 00:00:00"_s };
    QTest::newRow("every 168 hours") << timingOf(ScheduleTiming::everyHours(168))
                                     << QStringList{ u"Mon *-*-* 00:00:00"_s };
    QTest::newRow("every 42 hours") << timingOf(ScheduleTiming::everyHours(42))
                                    << QStringList{ u"Mon *-*-* 00:00:00"_s,
                                           u"Tue *-*-* 18:00:00"_s,
                                           u"Thu *-*-* 12:00:00"_s,
                                           u"Sat *-*-* 06:00:00"_s };
    QTest::newRow("cron every 15 minutes") << cron(u"*/15 * * * *"_s) << QStringList{ u"*-*-* *:00/15:00"_s };
    QTest::newRow("cron weekdays") << cron(u"0 3 * * 1-5"_s) << QStringList{ u"Mon,Tue,Wed,Thu,Fri *-*-* 03:00:00"_s };
    QTest::newRow("cron sunday as 7") << cron(u"5 1 * * 7"_s) << QStringList{ u"Sun *-*-* 01:05:00"_s };
    // Both day fields restricted: cron runs when EITHER matches.
    QTest::newRow("cron day or weekday") << cron(u"0 3 1 * mon"_s)
                                         << QStringList{ u"*-*-01 03:00:00"_s, u"Mon *-*-* 03:00:00"_s };
    QTest::newRow("cron months and days") << cron(u"30 4 1,15 */3 *"_s) << QStringList{ u"*-01/3-01,15 04:30:00"_s };
    QTest::newRow("cron @monthly") << cron(u"@monthly"_s) << QStringList{ u"*-*-01 00:00:00"_s };
    QTest::newRow("cron leap day") << cron(u"0 0 29 2 *"_s) << QStringList{ u"*-02-29 00:00:00"_s };
    QTest::newRow("cron mondays in june") << cron(u"0 12 * jun mon"_s) << QStringList{ u"Mon *-06-* 12:00:00"_s };
}

void TestScheduleUnitWriter::onCalendar_timings()
{
    QFETCH(ScheduleTiming, timing);
    QFETCH(QStringList, expected);
    const Result<QList<CalendarRule>> rules = CalendarRule::forTiming(timing);
    QVERIFY2(rules, qPrintable(rules ? QString() : rules.error().userMessage()));
    QCOMPARE(onCalendarLines(*rules), expected);
}

void TestScheduleUnitWriter::calendarRules_matchTheTimingsRunsExactly_data()
{
    onCalendar_timings_data();
}

// Every minute of two years (a leap day included) in a zone without daylight saving: the rules fire exactly when the
// timing runs.
void TestScheduleUnitWriter::calendarRules_matchTheTimingsRunsExactly()
{
    QFETCH(ScheduleTiming, timing);
    const Result<QList<CalendarRule>> rules = CalendarRule::forTiming(timing);
    QVERIFY(rules);
    const QTimeZone utc = QTimeZone::utc();
    const QDate first(2027, 1, 1);
    const QDate end = first.addDays(2 * 366);

    std::set<qint64> expected;
    const QDateTime start(first, QTime(0, 0), Qt::UTC);
    const QDateTime stop(end, QTime(0, 0), Qt::UTC);
    for (QDateTime run = timing.nextRunAfter(start.addSecs(-60), utc); run.isValid() && run < stop;
         run = timing.nextRunAfter(run, utc))
        expected.insert(run.toSecsSinceEpoch());
    QVERIFY(!expected.empty());

    std::set<qint64> fired;
    for (QDate date = first; date < end; date = date.addDays(1)) {
        const qint64 midnight = QDateTime(date, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
        for (const CalendarRule &rule : *rules) {
            if (!dateMatches(rule, date))
                continue;
            for (const int hour : rule.hours) {
                for (const int minute : rule.minutes)
                    fired.insert(midnight + hour * 3600 + minute * 60);
            }
        }
    }
    QCOMPARE(fired.size(), expected.size());
    QVERIFY(fired == expected);
}

void TestScheduleUnitWriter::calendarRules_everyHoursNotDividingAWeek_cannotBeExpressed()
{
    const Result<QList<CalendarRule>> rules = CalendarRule::forTiming(timingOf(ScheduleTiming::everyHours(36)));
    QVERIFY(!rules);
    QCOMPARE(rules.error().kind, ErrorKind::InvalidArgument);
    QVERIFY2(rules.error().detail.contains(u"cannot be expressed"_s), qPrintable(rules.error().detail));
}

void TestScheduleUnitWriter::onCalendar_acceptedBySystemdAnalyzeCalendar()
{
    const QString tool = QStandardPaths::findExecutable(u"systemd-analyze"_s);
    if (tool.isEmpty())
        QSKIP("systemd-analyze is not installed (apt-get install systemd); OnCalendar= values not checked by systemd");
    QStringList all;
    for (const ScheduleTiming &timing : { daily({ QTime(2, 30), QTime(14, 45) }),
             timingOf(ScheduleTiming::weekly({ Qt::Monday, Qt::Thursday }, QTime(4, 0))),
             timingOf(ScheduleTiming::everyHours(6)),
             timingOf(ScheduleTiming::everyHours(42)),
             cron(u"*/15 * * * *"_s),
             cron(u"0 3 1 * mon"_s),
             cron(u"30 4 1,15 */3 *"_s),
             cron(u"0 0 29 2 *"_s) }) {
        const Result<QList<CalendarRule>> rules = CalendarRule::forTiming(timing);
        QVERIFY(rules);
        all += onCalendarLines(*rules);
    }
    QProcess process;
    process.start(tool, QStringList{ u"calendar"_s } + all);
    QVERIFY(process.waitForFinished(30'000));
    const QString output = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(process.exitCode() == 0, qPrintable(QString::fromUtf8(process.readAllStandardError())));
    // systemd reads each back as the same expression.
    for (const QString &line : std::as_const(all))
        QVERIFY2(output.contains(u"Normalized form: "_s + line), qPrintable(line + u"\n"_s + output));
}

void TestScheduleUnitWriter::systemdUnits_passSystemdAnalyzeVerify()
{
    const QString tool = QStandardPaths::findExecutable(u"systemd-analyze"_s);
    if (tool.isEmpty())
        QSKIP("systemd-analyze is not installed (apt-get install systemd); the units were not verified");
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const ScheduleUnitSpec spec = specFor(cron(u"0 3 1 * mon"_s));
    ScheduleUnitWriter writer(ScheduleUnitWriter::Platform::Systemd);
    const Result<QList<ScheduleUnitWriter::File>> files = writer.generate(spec);
    QVERIFY(files);
    QStringList paths;
    for (const ScheduleUnitWriter::File &file : *files) {
        QFile out(QDir(folder.path()).filePath(file.name));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(file.content);
        paths.append(out.fileName());
    }
    QTemporaryDir runtime; // a user manager needs a runtime folder; never the real one
    QVERIFY(runtime.isValid());
    QFile::setPermissions(runtime.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_RUNTIME_DIR"_s, runtime.path());
    process.setProcessEnvironment(environment);
    process.start(tool, QStringList{ u"verify"_s, u"--user"_s } + paths);
    QVERIFY(process.waitForFinished(60'000));
    const QString errors = QString::fromUtf8(process.readAllStandardError());
    if (errors.contains(u"Failed to initialize manager"_s))
        QSKIP(qPrintable(u"systemd-analyze cannot start a user manager here: "_s + errors.trimmed()));
    QVERIFY2(process.exitCode() == 0, qPrintable(errors));
    // verify exits 0 for settings it ignores; any complaint about our units is a failure too.
    for (const ScheduleUnitWriter::File &file : *files)
        QVERIFY2(!errors.contains(file.name), qPrintable(errors));
}

void TestScheduleUnitWriter::systemdUnits_persistentOneshotAtIdlePriority()
{
    const ScheduleUnitSpec spec = specFor(daily({ QTime(2, 30) }));
    const QString service = QString::fromUtf8(SystemdUnits::service(spec));
    const QString timer = QString::fromUtf8(SystemdUnits::timer(spec));
    QCOMPARE(SystemdUnits::serviceName(SCHEDULE_ID), u"snapdock-schedule-"_s + SCHEDULE_ID + u".service"_s);
    QVERIFY(service.contains(u"\nType=oneshot\n"_s));
    QVERIFY2(service.contains(u"\nExecStart=\""_s + spec.cliPath + u"\" run-schedule \""_s + SCHEDULE_ID + u"\"\n"_s),
        qPrintable(service));
    QVERIFY(service.contains(u"\nNice=19\n"_s));
    QVERIFY(service.contains(u"\nIOSchedulingClass=idle\n"_s));
    // '%' would be a specifier: doubled in the description.
    QVERIFY2(service.contains(u"Nightly 100%% \"prod\""_s), qPrintable(service));
    QVERIFY(timer.contains(u"\nOnCalendar=*-*-* 02:30:00\n"_s));
    QVERIFY(timer.contains(u"\nPersistent=true\n"_s));
    QVERIFY(timer.contains(u"\nWantedBy=timers.target\n"_s));
}

void TestScheduleUnitWriter::launchdPlist_wellFormedWithTheExpectedIntervals()
{
    const ScheduleUnitSpec spec = specFor(cron(u"30 2 * * 0,4"_s));
    const Result<QByteArray> plist = LaunchdAgent::plist(spec);
    QVERIFY(plist);

    QXmlStreamReader xml(*plist);
    QString label;
    QStringList arguments;
    QList<QMap<QString, int>> intervals;
    QString lastKey;
    int arrayDepth = 0;
    QString currentArray;
    QMap<QString, int> interval;
    bool inIntervalDict = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QString name = xml.name().toString();
            if (name == u"key"_s) {
                lastKey = xml.readElementText();
                continue;
            }
            if (name == u"array"_s) {
                ++arrayDepth;
                currentArray = lastKey;
            } else if (name == u"dict"_s && arrayDepth > 0 && currentArray == u"StartCalendarInterval"_s) {
                inIntervalDict = true;
                interval.clear();
            } else if (name == u"string"_s) {
                const QString text = xml.readElementText();
                if (arrayDepth > 0 && currentArray == u"ProgramArguments"_s)
                    arguments.append(text);
                else if (lastKey == u"Label"_s)
                    label = text;
            } else if (name == u"integer"_s && inIntervalDict) {
                interval.insert(lastKey, xml.readElementText().toInt());
            }
        } else if (xml.isEndElement()) {
            if (xml.name() == u"array"_s) {
                --arrayDepth;
                currentArray.clear();
            } else if (xml.name() == u"dict"_s && inIntervalDict) {
                intervals.append(interval);
                inIntervalDict = false;
            }
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(label, u"io.snapdock.schedule."_s + SCHEDULE_ID);
    QCOMPARE(LaunchdAgent::fileName(SCHEDULE_ID), label + u".plist"_s);
    QCOMPARE(arguments, (QStringList{ spec.cliPath, u"run-schedule"_s, SCHEDULE_ID }));
    // Thursdays and Sundays (launchd's 0) at 02:30.
    const QList<QMap<QString, int>> expected{
        { { u"Weekday"_s, 4 }, { u"Hour"_s, 2 }, { u"Minute"_s, 30 } },
        { { u"Weekday"_s, 0 }, { u"Hour"_s, 2 }, { u"Minute"_s, 30 } },
    };
    QCOMPARE(intervals, expected);

    // Every 6 hours: four intervals without a day key.
    const Result<QByteArray> sixHourly = LaunchdAgent::plist(specFor(timingOf(ScheduleTiming::everyHours(6))));
    QVERIFY(sixHourly);
    QCOMPARE(sixHourly->count("<key>Hour</key>"), 4);
    QCOMPARE(sixHourly->count("<key>Weekday</key>"), 0);
}

void TestScheduleUnitWriter::windowsTaskXml_wellFormedWithTheExpectedTriggers()
{
    struct Case
    {
        ScheduleTiming timing;
        QStringList triggers; // per trigger: "<ScheduleBy…> <start time> <repetition interval or ->"
    };
    const QList<Case> cases{
        { daily({ QTime(2, 30) }), { u"ScheduleByDay 02:30:00 -"_s } },
        { timingOf(ScheduleTiming::everyHours(6)), { u"ScheduleByDay 00:00:00 PT360M/PT1081M"_s } },
        { timingOf(ScheduleTiming::weekly({ Qt::Monday, Qt::Thursday }, QTime(4, 0))),
            { u"ScheduleByWeek 04:00:00 -"_s } },
        { cron(u"0 3 1 * mon"_s), { u"ScheduleByMonth 03:00:00 -"_s, u"ScheduleByWeek 03:00:00 -"_s } },
        { cron(u"0 12 * jun mon"_s), { u"ScheduleByMonthDayOfWeek 12:00:00 -"_s } },
    };
    for (const Case &testCase : cases) {
        const ScheduleUnitSpec spec = specFor(testCase.timing);
        const Result<QByteArray> bytes = WindowsTaskXml::xml(spec);
        QVERIFY(bytes);
        QVERIFY2(bytes->startsWith("\xFF\xFE"), "UTF-16LE with a byte order mark");

        QXmlStreamReader xml(*bytes);
        QStringList triggers;
        QString current;
        QString repetition;
        QString command;
        QString arguments;
        bool startWhenAvailable = false;
        QString stack;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement()) {
                if (xml.isEndElement() && xml.name() == u"CalendarTrigger"_s)
                    triggers.append(current + u" "_s + (repetition.isEmpty() ? u"-"_s : repetition));
                continue;
            }
            const QString name = xml.name().toString();
            if (name == u"CalendarTrigger"_s) {
                current.clear();
                repetition.clear();
            } else if (name.startsWith(u"ScheduleBy"_s)) {
                current = name + u" "_s + current;
            } else if (name == u"StartBoundary"_s) {
                current += xml.readElementText().mid(11);
            } else if (name == u"Interval"_s) {
                repetition = xml.readElementText();
            } else if (name == u"Duration"_s) {
                repetition += u"/"_s + xml.readElementText();
            } else if (name == u"StartWhenAvailable"_s) {
                startWhenAvailable = xml.readElementText() == u"true"_s;
            } else if (name == u"Command"_s) {
                command = xml.readElementText();
            } else if (name == u"Arguments"_s) {
                arguments = xml.readElementText();
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(triggers, testCase.triggers);
        QVERIFY(startWhenAvailable);
        QCOMPARE(command, QDir::toNativeSeparators(spec.cliPath));
        QCOMPARE(arguments, u"run-schedule "_s + SCHEDULE_ID);
    }
    QCOMPARE(WindowsTaskXml::taskName(SCHEDULE_ID), u"\\Snapdock\\schedule-"_s + SCHEDULE_ID);
}

void TestScheduleUnitWriter::spec_unsafeIdOrMissingCli_isRefused()
{
    ScheduleUnitWriter writer;
    writer.setCliPath(QCoreApplication::applicationFilePath());
    const ScheduleTiming timing = daily({ QTime(2, 30) });
    for (const QString &id : { u"../evil"_s, u"a b"_s, QString(), u"x;rm"_s }) {
        const Result<ScheduleUnitSpec> spec = writer.spec(id, u"n"_s, timing);
        QVERIFY2(!spec, qPrintable(id));
        QCOMPARE(spec.error().kind, ErrorKind::InvalidArgument);
    }
    QTemporaryDir folder;
    writer.setCliPath(QDir(folder.path()).filePath(u"snapdock-cli"_s));
    const Result<ScheduleUnitSpec> missing = writer.spec(SCHEDULE_ID, u"n"_s, timing);
    QVERIFY(!missing);
    QVERIFY2(missing.error().detail.contains(u"snapdock-cli was not found"_s), qPrintable(missing.error().detail));
    writer.setCliPath(QCoreApplication::applicationFilePath());
    const Result<ScheduleUnitSpec> inexpressible =
        writer.spec(SCHEDULE_ID, u"n"_s, timingOf(ScheduleTiming::everyHours(36)));
    QVERIFY(!inexpressible);
}

void TestScheduleUnitWriter::install_writesUnitsAndEnablesTheTimer_removeUndoesIt()
{
#ifndef Q_OS_UNIX
    QSKIP("the stand-in control program is a shell script");
#endif
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QDir root(folder.path());
    const QString log = root.filePath(u"calls.log"_s);
    ScheduleUnitWriter writer(ScheduleUnitWriter::Platform::Systemd);
    writer.setUnitFolder(root.filePath(u"config/systemd/user"_s));
    writer.setControlProgram(writeFakeControlProgram(root, log, 0, QString()));
    QVERIFY(!writer.isInstalled(SCHEDULE_ID));

    QSignalSpy finished(&writer, &ScheduleUnitWriter::finished);
    writer.install(specFor(daily({ QTime(2, 30) })));
    QVERIFY(writer.isBusy());
    QCOMPARE(finished.count(), 0); // never from inside install()
    QVERIFY(finished.wait());
    QVERIFY2(writer.result(), qPrintable(writer.result() ? QString() : writer.result().error().userMessage()));
    QVERIFY(writer.isInstalled(SCHEDULE_ID));
    const QDir units(writer.unitFolder());
    QVERIFY(units.exists(SystemdUnits::serviceName(SCHEDULE_ID)));
    QVERIFY(units.exists(SystemdUnits::timerName(SCHEDULE_ID)));
    QCOMPARE(readLines(log),
        (QStringList{ u"--user daemon-reload"_s, u"--user enable --now "_s + SystemdUnits::timerName(SCHEDULE_ID) }));

    writer.startNow(SCHEDULE_ID);
    QVERIFY(finished.wait());
    QVERIFY(writer.result());
    QCOMPARE(readLines(log).constLast(), u"--user start --no-block "_s + SystemdUnits::serviceName(SCHEDULE_ID));

    writer.remove(SCHEDULE_ID);
    QVERIFY(finished.wait());
    QVERIFY(writer.result());
    QCOMPARE(finished.count(), 3);
    QVERIFY(!writer.isInstalled(SCHEDULE_ID));
    QVERIFY(!units.exists(SystemdUnits::serviceName(SCHEDULE_ID)));
    const QStringList calls = readLines(log);
    QCOMPARE(calls.mid(3),
        (QStringList{ u"--user disable --now "_s + SystemdUnits::timerName(SCHEDULE_ID), u"--user daemon-reload"_s }));
}

void TestScheduleUnitWriter::install_controlProgramFails_reportsItsStderr()
{
#ifndef Q_OS_UNIX
    QSKIP("the stand-in control program is a shell script");
#endif
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QDir root(folder.path());
    ScheduleUnitWriter writer(ScheduleUnitWriter::Platform::Systemd);
    writer.setUnitFolder(root.filePath(u"units"_s));
    writer.setControlProgram(writeFakeControlProgram(
        root, root.filePath(u"calls.log"_s), 1, u"Failed to connect to bus: No medium found"_s));
    QSignalSpy finished(&writer, &ScheduleUnitWriter::finished);
    writer.install(specFor(daily({ QTime(2, 30) })));
    QVERIFY(finished.wait());
    QCOMPARE(finished.count(), 1);
    QVERIFY(!writer.result());
    const QString message = writer.result().error().userMessage();
    QVERIFY2(message.contains(u"Failed to connect to bus: No medium found"_s), qPrintable(message));
    QVERIFY2(message.contains(u"daemon-reload"_s), qPrintable(message));
    QVERIFY2(message.contains(u"loginctl enable-linger"_s), qPrintable(message));

    // Removing still removes the files, and reports that disabling failed.
    QVERIFY(writer.isInstalled(SCHEDULE_ID));
    writer.remove(SCHEDULE_ID);
    QVERIFY(finished.wait());
    QVERIFY(!writer.result());
    QVERIFY(!writer.isInstalled(SCHEDULE_ID));

    // A control program that does not exist.
    writer.setControlProgram(root.filePath(u"no-such-systemctl"_s));
    writer.install(specFor(daily({ QTime(2, 30) })));
    QVERIFY(finished.wait());
    QVERIFY(!writer.result());
    QVERIFY2(writer.result().error().detail.contains(u"cannot run"_s), qPrintable(writer.result().error().detail));
}

void TestScheduleUnitWriter::startNow_notInstalled_isNotFound()
{
    QTemporaryDir folder;
    ScheduleUnitWriter writer(ScheduleUnitWriter::Platform::Systemd);
    writer.setUnitFolder(folder.path());
    writer.setControlProgram(QDir(folder.path()).filePath(u"never-run"_s));
    QSignalSpy finished(&writer, &ScheduleUnitWriter::finished);
    writer.startNow(SCHEDULE_ID);
    QVERIFY(finished.wait());
    QVERIFY(!writer.result());
    QCOMPARE(writer.result().error().kind, ErrorKind::NotFound);
}

QTEST_GUILESS_MAIN(TestScheduleUnitWriter)
#include "TestScheduleUnitWriter.moc"
