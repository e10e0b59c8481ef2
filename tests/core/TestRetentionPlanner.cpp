// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/retention/RetentionPlanner.h"

#include <QJsonObject>
#include <QMap>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Snapdock;

Q_DECLARE_METATYPE(Snapdock::RetentionPolicy)

namespace {

const QString REMOVED = u"removed: no rule keeps it"_s;

RetentionPolicy policy(int last, int hourly, int daily, int weekly, int monthly, int yearly)
{
    RetentionPolicy p;
    p.keepLast = last;
    p.keepHourly = hourly;
    p.keepDaily = daily;
    p.keepWeekly = weekly;
    p.keepMonthly = monthly;
    p.keepYearly = yearly;
    return p;
}

// Backups are named by their local time with its UTC offset, e.g. "2026-10-25T02:00:00+01:00": unambiguous
// on DST days and readable in the expectations below.
QString stamp(const QDateTime &time, const QTimeZone &zone)
{
    return time.toTimeZone(zone).toString(Qt::ISODate);
}

// `count` backups `stepSeconds` apart, the first at local `first` in `zone`. Whole days are calendar days,
// so a daily backup stays at the same local time across a DST change.
QStringList series(const QTimeZone &zone, const QDateTime &first, int count, qint64 stepSeconds)
{
    QStringList times;
    const QDateTime start(first.date(), first.time(), zone);
    for (int i = 0; i < count; ++i) {
        const QDateTime time = stepSeconds % 86400 == 0
            ? QDateTime(first.date().addDays(i * stepSeconds / 86400), first.time(), zone)
            : start.addSecs(i * stepSeconds);
        times.append(stamp(time, zone));
    }
    return times;
}

QStringList monthly(const QTimeZone &zone, QDate first, int count)
{
    QStringList times;
    for (int i = 0; i < count; ++i)
        times.append(stamp(QDateTime(first.addMonths(i), QTime(12, 0), zone), zone));
    return times;
}

QDateTime local(int year, int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute));
}

RetentionCandidate candidate(
    const QString &time, const QString &host = u"http://qdrant:6333"_s, const QString &collection = u"articles"_s)
{
    RetentionCandidate c;
    c.id = time;
    c.host = host;
    c.collection = collection;
    c.time = QDateTime::fromString(time, Qt::ISODate);
    return c;
}

QStringList keptIds(const QList<RetentionDecision> &decisions)
{
    QStringList ids;
    for (const RetentionDecision &decision : decisions) {
        if (decision.keep)
            ids.append(decision.backup.id);
    }
    return ids;
}

} // namespace

class TestRetentionPlanner : public QObject
{
    Q_OBJECT

private slots:
    void plan_resticSemantics_data();
    void plan_resticSemantics();
    void plan_severalGroups_areIndependent();
    void plan_emptyPolicy_keepsEverything();
    void plan_backupsWithoutTime_areKeptAndNeverCounted();
    void plan_sameTime_isOrderedById();
    void policy_json_roundTripsExactKeys();
    void policy_fromJson_refusesBadInput_data();
    void policy_fromJson_refusesBadInput();
    void policy_validateAndDescribe();
};

void TestRetentionPlanner::plan_resticSemantics_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QStringList>("times");
    QTest::addColumn<QStringList>("pinned");
    QTest::addColumn<RetentionPolicy>("policy");
    // Every backup kept, as "time => reason | reason"; all others must be removed.
    QTest::addColumn<QStringList>("expected");

    const QByteArray berlinId = "Europe/Berlin";
    const QTimeZone berlin(berlinId);

    // restic's documentation (060_forget.rst): a backup every Sunday for 12 weeks, `forget --keep-daily 4`
    // keeps the last four Sundays.
    QTest::newRow("restic docs: 12 Sundays, keep-daily 4")
        << berlinId << series(berlin, local(2019, 9, 1, 11), 12, 7 * 86400) << QStringList() << policy(0, 0, 4, 0, 0, 0)
        << QStringList{ u"2019-11-17T11:00:00+01:00 => kept: newest daily for 2019-11-17"_s,
               u"2019-11-10T11:00:00+01:00 => kept: newest daily for 2019-11-10"_s,
               u"2019-11-03T11:00:00+01:00 => kept: newest daily for 2019-11-03"_s,
               u"2019-10-27T11:00:00+01:00 => kept: newest daily for 2019-10-27"_s };

    // Hourly backups from Sat 2026-08-29 00:00 to Mon 2026-09-07 23:00. Daily keeps the last 7 days
    // (09-01 … 09-07); weekly adds Sunday 08-30, the newest of ISO week 35 (weeks 37 and 36 already have one);
    // monthly adds 08-31, the newest of August. Weekly and monthly have counts left over: no other week or
    // month has a backup.
    QTest::newRow("hourly for 10 days, daily 7 weekly 4 monthly 6")
        << berlinId << series(berlin, local(2026, 8, 29, 0), 240, 3600) << QStringList() << policy(0, 0, 7, 4, 6, 0)
        << QStringList{
               u"2026-09-07T23:00:00+02:00 => kept: newest daily for 2026-09-07 | kept: newest weekly for 2026-W37 | "
               "kept: newest monthly for 2026-09"_s,
               u"2026-09-06T23:00:00+02:00 => kept: newest daily for 2026-09-06 | kept: newest weekly for 2026-W36"_s,
               u"2026-09-05T23:00:00+02:00 => kept: newest daily for 2026-09-05"_s,
               u"2026-09-04T23:00:00+02:00 => kept: newest daily for 2026-09-04"_s,
               u"2026-09-03T23:00:00+02:00 => kept: newest daily for 2026-09-03"_s,
               u"2026-09-02T23:00:00+02:00 => kept: newest daily for 2026-09-02"_s,
               u"2026-09-01T23:00:00+02:00 => kept: newest daily for 2026-09-01"_s,
               u"2026-08-31T23:00:00+02:00 => kept: newest monthly for 2026-08"_s,
               u"2026-08-30T23:00:00+02:00 => kept: newest weekly for 2026-W35"_s,
           };

    // keep-last counts backups, not periods; the 00:00 backup of the 26th is neither among the last 3 nor the
    // newest of its day.
    QTest::newRow("keep-last with keep-daily")
        << berlinId << series(berlin, local(2026, 11, 24, 0), 12, 6 * 3600) << QStringList() << policy(3, 0, 2, 0, 0, 0)
        << QStringList{ u"2026-11-26T18:00:00+01:00 => kept: one of the last 3 | kept: newest daily for 2026-11-26"_s,
               u"2026-11-26T12:00:00+01:00 => kept: one of the last 3"_s,
               u"2026-11-26T06:00:00+01:00 => kept: one of the last 3"_s,
               u"2026-11-25T18:00:00+01:00 => kept: newest daily for 2026-11-25"_s };

    QTest::newRow("keep-last 1") << berlinId << series(berlin, local(2026, 11, 24, 3), 3, 86400) << QStringList()
                                 << policy(1, 0, 0, 0, 0, 0)
                                 << QStringList{ u"2026-11-26T03:00:00+01:00 => kept: the newest backup"_s };

    QTest::newRow("keep-hourly merges nothing but the same hour")
        << berlinId
        << QStringList{ u"2026-11-26T14:59:00+01:00"_s, u"2026-11-26T14:01:00+01:00"_s, u"2026-11-26T13:30:00+01:00"_s }
        << QStringList() << policy(0, 5, 0, 0, 0, 0)
        << QStringList{ u"2026-11-26T14:59:00+01:00 => kept: newest hourly for 2026-11-26 14:00"_s,
               u"2026-11-26T13:30:00+01:00 => kept: newest hourly for 2026-11-26 13:00"_s };

    QTest::newRow("monthly and yearly over three years")
        << berlinId << monthly(berlin, QDate(2024, 1, 15), 36) << QStringList() << policy(0, 0, 0, 0, 3, 3)
        << QStringList{
               u"2026-12-15T12:00:00+01:00 => kept: newest monthly for 2026-12 | kept: newest yearly for 2026"_s,
               u"2026-11-15T12:00:00+01:00 => kept: newest monthly for 2026-11"_s,
               u"2026-10-15T12:00:00+02:00 => kept: newest monthly for 2026-10"_s,
               u"2025-12-15T12:00:00+01:00 => kept: newest yearly for 2025"_s,
               u"2024-12-15T12:00:00+01:00 => kept: newest yearly for 2024"_s
           };

    // Pinned backups stay whatever the rules say, and still count for them (like restic's --keep-tag).
    QTest::newRow("pinned") << berlinId << series(berlin, local(2026, 11, 1, 12), 10, 86400)
                            << QStringList{ u"2026-11-03T12:00:00+01:00"_s, u"2026-11-10T12:00:00+01:00"_s }
                            << policy(0, 0, 2, 0, 0, 0)
                            << QStringList{
                                   u"2026-11-10T12:00:00+01:00 => kept: pinned | kept: newest daily for 2026-11-10"_s,
                                   u"2026-11-09T12:00:00+01:00 => kept: newest daily for 2026-11-09"_s,
                                   u"2026-11-03T12:00:00+01:00 => kept: pinned"_s
                               };

    // Days are local: 2026-11-25 23:30 UTC is already the 26th in Berlin, so it is not the same day as
    // 22:30 UTC (in UTC both would be the 25th and one of them would go).
    QTest::newRow("local days, not UTC days")
        << berlinId
        << QStringList{ u"2026-11-26T00:30:00+01:00"_s, u"2026-11-25T23:30:00+01:00"_s, u"2026-11-25T00:30:00+01:00"_s }
        << QStringList() << policy(0, 0, 2, 0, 0, 0)
        << QStringList{ u"2026-11-26T00:30:00+01:00 => kept: newest daily for 2026-11-26"_s,
               u"2026-11-25T23:30:00+01:00 => kept: newest daily for 2026-11-25"_s };

    // 2026-10-25 in Berlin has 25 hours: 02:00-03:00 comes twice (CEST, then CET). Hours are local calendar
    // hours, as in restic, so the two 02:00 hours are one period and only the later backup of it stays.
    QStringList fallBack = series(berlin, local(2026, 10, 25, 0), 25, 3600);
    QCOMPARE(fallBack.at(2), u"2026-10-25T02:00:00+02:00"_s);
    QCOMPARE(fallBack.at(3), u"2026-10-25T02:00:00+01:00"_s);
    QStringList fallBackKept;
    for (int i = 24; i >= 0; --i) {
        if (i == 2)
            continue;
        const QDateTime time = QDateTime::fromString(fallBack.at(i), Qt::ISODate).toTimeZone(berlin);
        QString reasons =
            u"kept: newest hourly for 2026-10-25 %1:00"_s.arg(time.time().hour(), 2, 10, QLatin1Char('0'));
        if (i == 24)
            reasons += u" | kept: newest daily for 2026-10-25"_s;
        fallBackKept.append(fallBack.at(i) + u" => "_s + reasons);
    }
    QTest::newRow("DST ends in Europe/Berlin: hourly")
        << berlinId << fallBack << QStringList() << policy(0, 48, 1, 0, 0, 0) << fallBackKept;

    // 2026-03-29 has 23 hours (no 02:00); every remaining hour is its own period.
    QStringList springForward = series(berlin, local(2026, 3, 29, 0), 23, 3600);
    QCOMPARE(springForward.at(2), u"2026-03-29T03:00:00+02:00"_s);
    QTest::newRow("DST starts in Europe/Berlin: hourly")
        << berlinId << springForward << QStringList() << policy(0, 3, 0, 0, 0, 0)
        << QStringList{ u"2026-03-29T23:00:00+02:00 => kept: newest hourly for 2026-03-29 23:00"_s,
               u"2026-03-29T22:00:00+02:00 => kept: newest hourly for 2026-03-29 22:00"_s,
               u"2026-03-29T21:00:00+02:00 => kept: newest hourly for 2026-03-29 21:00"_s };

    // ISO weeks at the turn of the year: 2026 has 53 weeks, and 2026-W53 runs from Mon 2026-12-28 to
    // Sun 2027-01-03, so 2027-01-03 is the newest of 2026-W53 while the months and years split at 01-01.
    QTest::newRow("ISO week 2026-W53 across the new year")
        << berlinId << series(berlin, local(2026, 12, 26, 12), 11, 86400) << QStringList() << policy(0, 0, 0, 3, 2, 2)
        << QStringList{ u"2027-01-05T12:00:00+01:00 => kept: newest weekly for 2027-W01 | kept: newest monthly for "
                        "2027-01 | kept: newest yearly for 2027"_s,
               u"2027-01-03T12:00:00+01:00 => kept: newest weekly for 2026-W53"_s,
               u"2026-12-31T12:00:00+01:00 => kept: newest monthly for 2026-12 | kept: newest yearly for 2026"_s,
               u"2026-12-27T12:00:00+01:00 => kept: newest weekly for 2026-W52"_s };

    QTest::newRow("UTC zone") << QByteArray("UTC")
                              << QStringList{ u"2026-11-26T00:30:00Z"_s, u"2026-11-25T23:30:00Z"_s } << QStringList()
                              << policy(0, 0, 2, 0, 0, 0)
                              << QStringList{ u"2026-11-26T00:30:00Z => kept: newest daily for 2026-11-26"_s,
                                     u"2026-11-25T23:30:00Z => kept: newest daily for 2026-11-25"_s };
}

void TestRetentionPlanner::plan_resticSemantics()
{
    QFETCH(QByteArray, zone);
    QFETCH(QStringList, times);
    QFETCH(QStringList, pinned);
    QFETCH(RetentionPolicy, policy);
    QFETCH(QStringList, expected);
    const QTimeZone timeZone(zone);
    QVERIFY2(timeZone.isValid(), zone.constData());

    QList<RetentionCandidate> backups;
    // Given oldest first on purpose: the planner must sort.
    for (const QString &time : std::as_const(times)) {
        RetentionCandidate backup = candidate(time);
        QVERIFY2(backup.time.isValid(), qPrintable(time));
        backup.pinned = pinned.contains(time);
        backups.append(backup);
    }
    QMap<QString, QString> expectedReasons;
    for (const QString &line : std::as_const(expected)) {
        const qsizetype arrow = line.indexOf(u" => "_s);
        QVERIFY(arrow > 0);
        QVERIFY2(times.contains(line.left(arrow)), qPrintable(line));
        expectedReasons.insert(line.left(arrow), line.mid(arrow + 4));
    }

    const QList<RetentionDecision> decisions = RetentionPlanner::plan(backups, policy, timeZone);
    QCOMPARE(decisions.size(), times.size());
    for (qsizetype i = 1; i < decisions.size(); ++i)
        QVERIFY2(decisions.at(i - 1).backup.time >= decisions.at(i).backup.time, "newest first");
    int kept = 0;
    for (const RetentionDecision &decision : decisions) {
        const QString id = decision.backup.id;
        if (expectedReasons.contains(id)) {
            QVERIFY2(decision.keep, qPrintable(id + u" should be kept"_s));
            QCOMPARE(decision.reasons.join(u" | "_s), expectedReasons.value(id));
            QCOMPARE(decision.rules.size(), decision.reasons.size());
            ++kept;
        } else {
            QVERIFY2(!decision.keep, qPrintable(id + u" should be removed: "_s + decision.reasons.join(u" | "_s)));
            QCOMPARE(decision.reasons, QStringList{ REMOVED });
            QVERIFY(decision.rules.isEmpty());
        }
    }
    QCOMPARE(kept, expectedReasons.size());
}

void TestRetentionPlanner::plan_severalGroups_areIndependent()
{
    const QTimeZone utc("UTC");
    const QString hostA = u"http://qdrant-a:6333"_s;
    const QString hostB = u"https://qdrant-b.example.com"_s;
    QList<RetentionCandidate> backups;
    // Interleaved: same times, different groups. Without grouping keep-last 2 would keep only two of them.
    for (int day = 1; day <= 3; ++day) {
        const QString time = u"2026-11-0%1T03:00:00Z"_s.arg(day);
        backups.append(candidate(time, hostA, u"articles"_s));
        backups.append(candidate(time, hostA, u"users"_s));
        backups.append(candidate(time, hostB, u"articles"_s));
        RetentionCandidate shard = candidate(time, hostA, u"articles"_s);
        shard.shardId = 2;
        backups.append(shard);
    }
    for (RetentionCandidate &backup : backups)
        backup.id = backup.host + u' ' + backup.collection + u' ' + QString::number(backup.shardId) + u' ' + backup.id;

    const QList<RetentionDecision> decisions = RetentionPlanner::plan(backups, policy(2, 0, 0, 0, 0, 0), utc);
    QCOMPARE(decisions.size(), 12);
    // Grouped by host, collection and shard, each newest first.
    QStringList order;
    for (const RetentionDecision &decision : decisions)
        order.append(decision.backup.id.section(u' ', 0, 2) + (decision.keep ? u" keep"_s : u" remove"_s));
    const QStringList expected{
        hostA + u" articles -1 keep"_s,
        hostA + u" articles -1 keep"_s,
        hostA + u" articles -1 remove"_s,
        hostA + u" articles 2 keep"_s,
        hostA + u" articles 2 keep"_s,
        hostA + u" articles 2 remove"_s,
        hostA + u" users -1 keep"_s,
        hostA + u" users -1 keep"_s,
        hostA + u" users -1 remove"_s,
        hostB + u" articles -1 keep"_s,
        hostB + u" articles -1 keep"_s,
        hostB + u" articles -1 remove"_s,
    };
    QCOMPARE(order, expected);
    for (const RetentionDecision &decision : decisions) {
        if (!decision.keep)
            QVERIFY(decision.backup.id.endsWith(u"2026-11-01T03:00:00Z"_s));
    }
}

void TestRetentionPlanner::plan_emptyPolicy_keepsEverything()
{
    const QList<RetentionCandidate> backups{ candidate(u"2026-11-01T03:00:00Z"_s),
        candidate(u"2026-11-02T03:00:00Z"_s) };
    const RetentionPolicy empty;
    QVERIFY(empty.isEmpty());
    const QList<RetentionDecision> decisions = RetentionPlanner::plan(backups, empty, QTimeZone("UTC"));
    QCOMPARE(decisions.size(), 2);
    for (const RetentionDecision &decision : decisions) {
        QVERIFY(decision.keep);
        QCOMPARE(decision.reasons, QStringList{ u"kept: no retention rule given"_s });
        QCOMPARE(decision.rules, QStringList{ u"noPolicy"_s });
    }
    QVERIFY(RetentionPlanner::plan({}, policy(1, 0, 0, 0, 0, 0), QTimeZone("UTC")).isEmpty());
}

void TestRetentionPlanner::plan_backupsWithoutTime_areKeptAndNeverCounted()
{
    RetentionCandidate undated = candidate(u"undated"_s);
    QVERIFY(!undated.time.isValid());
    // Newer than every real backup, but its snapshot is gone: it must not take the newest backup's place.
    RetentionCandidate missing = candidate(u"2026-11-30T03:00:00Z"_s);
    missing.notCountedReason = u"its snapshot file is missing, so no rule counts it"_s;
    RetentionCandidate pinnedUndated = candidate(u"pinned-undated"_s);
    pinnedUndated.pinned = true;
    const QList<RetentionCandidate> backups{
        undated, missing, pinnedUndated, candidate(u"2026-11-02T03:00:00Z"_s), candidate(u"2026-11-01T03:00:00Z"_s)
    };

    const QList<RetentionDecision> decisions =
        RetentionPlanner::plan(backups, policy(1, 0, 0, 0, 0, 0), QTimeZone("UTC"));
    QCOMPARE(decisions.size(), 5);
    QCOMPARE(keptIds(decisions),
        (QStringList{ u"2026-11-02T03:00:00Z"_s, u"2026-11-30T03:00:00Z"_s, u"pinned-undated"_s, u"undated"_s }));
    QCOMPARE(decisions.at(0).reasons, QStringList{ u"kept: the newest backup"_s });
    QCOMPARE(decisions.at(1).reasons, QStringList{ REMOVED });
    QCOMPARE(decisions.at(2).reasons, QStringList{ u"kept: its snapshot file is missing, so no rule counts it"_s });
    QCOMPARE(decisions.at(3).reasons,
        (QStringList{ u"kept: pinned"_s, u"kept: no backup time is recorded, so no rule can place it"_s }));
    QCOMPARE(decisions.at(3).rules, (QStringList{ u"pinned"_s, u"notCounted"_s }));
    QCOMPARE(decisions.at(4).reasons, QStringList{ u"kept: no backup time is recorded, so no rule can place it"_s });
}

void TestRetentionPlanner::plan_sameTime_isOrderedById()
{
    RetentionCandidate b = candidate(u"2026-11-02T03:00:00Z"_s);
    b.id = u"b"_s;
    RetentionCandidate a = candidate(u"2026-11-02T03:00:00Z"_s);
    a.id = u"a"_s;
    const QList<RetentionDecision> decisions = RetentionPlanner::plan({ b, a }, policy(1, 0, 0, 0, 0, 0), {});
    QCOMPARE(decisions.size(), 2);
    QCOMPARE(decisions.at(0).backup.id, u"a"_s);
    QVERIFY(decisions.at(0).keep);
    QVERIFY(!decisions.at(1).keep);
}

void TestRetentionPlanner::policy_json_roundTripsExactKeys()
{
    const RetentionPolicy written = policy(1, 2, 3, 4, 5, 6);
    const QJsonObject json = written.toJson();
    QCOMPARE(json.keys(),
        (QStringList{
            u"keepDaily"_s, u"keepHourly"_s, u"keepLast"_s, u"keepMonthly"_s, u"keepWeekly"_s, u"keepYearly"_s }));
    QCOMPARE(json.value(u"keepWeekly"_s).toInt(), 4);
    const Result<RetentionPolicy> read = RetentionPolicy::fromJson(json);
    QVERIFY(read.has_value());
    QVERIFY(*read == written);

    // Missing keys are rules left off.
    const Result<RetentionPolicy> partial = RetentionPolicy::fromJson(QJsonObject{ { u"keepDaily"_s, 7 } });
    QVERIFY(partial.has_value());
    QVERIFY(*partial == policy(0, 0, 7, 0, 0, 0));
    QVERIFY(RetentionPolicy::fromJson(QJsonObject())->isEmpty());
}

void TestRetentionPlanner::policy_fromJson_refusesBadInput_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("negative") << QJsonObject{ { u"keepDaily"_s, -1 } } << u"keepDaily"_s;
    QTest::newRow("fraction") << QJsonObject{ { u"keepWeekly"_s, 1.5 } } << u"keepWeekly"_s;
    QTest::newRow("string") << QJsonObject{ { u"keepLast"_s, u"3"_s } } << u"keepLast"_s;
    QTest::newRow("too large") << QJsonObject{ { u"keepYearly"_s, 1e12 } } << u"keepYearly"_s;
    QTest::newRow("unknown rule") << QJsonObject{ { u"keepWithin"_s, 7 } } << u"keepWithin"_s;
}

void TestRetentionPlanner::policy_fromJson_refusesBadInput()
{
    QFETCH(QJsonObject, json);
    QFETCH(QString, mentions);
    const Result<RetentionPolicy> read = RetentionPolicy::fromJson(json);
    QVERIFY(!read.has_value());
    QCOMPARE(read.error().kind, ErrorKind::InvalidArgument);
    QVERIFY2(read.error().detail.contains(mentions), qPrintable(read.error().detail));
}

void TestRetentionPlanner::policy_validateAndDescribe()
{
    QVERIFY(policy(0, 0, 7, 4, 0, 0).validate().has_value());
    const VoidResult negative = policy(0, -2, 0, 0, 0, 0).validate();
    QVERIFY(!negative.has_value());
    QVERIFY(negative.error().detail.contains(u"keepHourly"_s));

    QCOMPARE(RetentionPolicy().describe(), u"keep everything (no rule)"_s);
    QCOMPARE(policy(3, 0, 7, 4, 0, 0).describe(), u"keep the last 3, 7 daily, 4 weekly"_s);
    QCOMPARE(policy(1, 24, 0, 0, 6, 2).describe(), u"keep the newest backup, 24 hourly, 6 monthly, 2 yearly"_s);
    QVERIFY(!policy(0, 0, 0, 0, 0, 1).isEmpty());
}

QTEST_GUILESS_MAIN(TestRetentionPlanner)
#include "TestRetentionPlanner.moc"
