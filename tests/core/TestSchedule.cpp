// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scheduling/Schedule.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Snapdock;

namespace {

Schedule fullSchedule()
{
    Schedule schedule;
    schedule.id = Schedule::createId();
    schedule.name = u"Nightly production ünïcödé"_s;
    schedule.enabled = false;
    schedule.profileId = Schedule::createId();
    schedule.selection.mode = ScheduleSelection::Mode::Pattern;
    schedule.selection.pattern = u"prod_*"_s;
    schedule.selection.names = { u"kept"_s, u"too"_s };
    schedule.selection.includeFullStorage = true;
    schedule.folderTemplate = u"{host}/{collection}/{datetime}"_s;
    schedule.timing = *ScheduleTiming::weekly({ Qt::Monday, Qt::Thursday }, QTime(4, 0));
    schedule.retention = QJsonObject{ { u"keepLast"_s, 7 }, { u"keepDaily"_s, 14 } };
    schedule.keepOnServer = 3;
    schedule.drill.enabled = true;
    schedule.drill.everyDays = 14;
    schedule.drill.targetProfileId = Schedule::createId();
    schedule.maxAgeHours = 50;
    schedule.webhookUrl = QUrl(u"https://hooks.example.com/services/T000/B000?x=1&y=%C3%BC"_s);
    schedule.webhookOnSuccess = true;
    schedule.webhookOnFailure = false;
    schedule.createdAt = QDateTime(QDate(2026, 11, 26), QTime(10, 11, 12, 345), Qt::UTC);
    return schedule;
}

Schedule minimalValidSchedule()
{
    Schedule schedule;
    schedule.name = u"Nightly"_s;
    schedule.profileId = Schedule::createId();
    return schedule;
}

} // namespace

// The schedule value type: selection, validation and JSON.
class TestSchedule : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void defaults_areTheDocumentedOnes();
    void globMatches_table_data();
    void globMatches_table();
    void selection_selectAndMissing();
    void selection_validate_data();
    void selection_validate();

    void validate_minimalSchedule_isValid();
    void validate_invalidField_isNamed_data();
    void validate_invalidField_isNamed();

    void json_roundTrip_keepsEveryField();
    void fromJson_missingOptionalMembers_takeDefaults();
    void fromJson_wrongTypes_areRefused_data();
    void fromJson_wrongTypes_areRefused();
};

void TestSchedule::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSchedule::defaults_areTheDocumentedOnes()
{
    const Schedule schedule;
    QVERIFY(schedule.enabled);
    QCOMPARE(schedule.selection.mode, ScheduleSelection::Mode::All);
    QCOMPARE(schedule.folderTemplate, u"{profile}/{collection}/{date}"_s);
    QCOMPARE(schedule.timing.describe(), u"Every day at 02:00"_s);
    QCOMPARE(schedule.keepOnServer, 0);
    QCOMPARE(schedule.maxAgeHours, 26);
    QVERIFY(!schedule.drill.enabled);
    QCOMPARE(schedule.drill.everyDays, 7);
    QVERIFY(schedule.drill.targetProfileId.isEmpty());
    QVERIFY(!schedule.webhookOnSuccess);
    QVERIFY(schedule.webhookOnFailure);
    QVERIFY(schedule.retention.isEmpty());
}

void TestSchedule::globMatches_table_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("matches");
    QTest::newRow("prefix") << u"prod_*"_s << u"prod_docs"_s << true;
    QTest::newRow("case-sensitive") << u"prod_*"_s << u"Prod_docs"_s << false;
    QTest::newRow("whole name only") << u"docs"_s << u"docs_v2"_s << false;
    QTest::newRow("star matches empty") << u"docs*"_s << u"docs"_s << true;
    QTest::newRow("star alone matches empty name") << u"*"_s << QString() << true;
    QTest::newRow("question mark needs a character") << u"?"_s << QString() << false;
    QTest::newRow("question mark") << u"a?c"_s << u"abc"_s << true;
    QTest::newRow("question mark not zero") << u"a?c"_s << u"ac"_s << false;
    QTest::newRow("inner") << u"*docs*"_s << u"my-docs-v2"_s << true;
    QTest::newRow("backtracking") << u"a*b*c"_s << u"axxbyybzzc"_s << true;
    QTest::newRow("backtracking fails") << u"a*b*c"_s << u"axxbyy"_s << false;
    QTest::newRow("brackets are literal") << u"[ab]"_s << u"a"_s << false;
    QTest::newRow("brackets match themselves") << u"[ab]"_s << u"[ab]"_s << true;
    QTest::newRow("double star") << u"**"_s << u"x"_s << true;
    QTest::newRow("suffix with question mark") << u"*.v?"_s << u"col.v1"_s << true;
    QTest::newRow("many stars stay fast") << u"*a*a*a*a*a*a*a*a*b"_s << QString(200, u'a') << false;
}

void TestSchedule::globMatches_table()
{
    QFETCH(QString, pattern);
    QFETCH(QString, name);
    QFETCH(bool, matches);
    QCOMPARE(ScheduleSelection::globMatches(pattern, name), matches);
}

void TestSchedule::selection_selectAndMissing()
{
    const QStringList server{ u"prod_docs"_s, u"test_docs"_s, u"prod_images"_s };

    ScheduleSelection all;
    QCOMPARE(all.select(server), server);
    QVERIFY(all.missing(server).isEmpty());

    ScheduleSelection list;
    list.mode = ScheduleSelection::Mode::List;
    list.names = { u"prod_images"_s, u"gone"_s };
    QCOMPARE(list.select(server), QStringList{ u"prod_images"_s });
    QCOMPARE(list.missing(server), QStringList{ u"gone"_s });

    ScheduleSelection pattern;
    pattern.mode = ScheduleSelection::Mode::Pattern;
    pattern.pattern = u"prod_*"_s;
    QCOMPARE(pattern.select(server), (QStringList{ u"prod_docs"_s, u"prod_images"_s }));

    Schedule schedule;
    schedule.selection = pattern;
    QVERIFY(schedule.matches(u"prod_docs"_s));
    QVERIFY(!schedule.matches(u"test_docs"_s));
}

void TestSchedule::selection_validate_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("fullStorage");
    QTest::addColumn<QString>("mention"); // empty: valid
    const int all = int(ScheduleSelection::Mode::All);
    const int list = int(ScheduleSelection::Mode::List);
    const int pattern = int(ScheduleSelection::Mode::Pattern);
    QTest::newRow("all") << all << QStringList() << QString() << false << QString();
    QTest::newRow("list") << list << QStringList{ u"a"_s } << QString() << false << QString();
    QTest::newRow("full storage only") << list << QStringList() << QString() << true << QString();
    QTest::newRow("empty list") << list << QStringList() << QString() << false << u"at least one"_s;
    QTest::newRow("blank name") << list << QStringList{ u"a"_s, u" "_s } << QString() << false << u"empty name"_s;
    QTest::newRow("duplicate") << list << QStringList{ u"a"_s, u"a"_s } << QString() << false << u"twice"_s;
    QTest::newRow("pattern") << pattern << QStringList() << u"prod_*"_s << false << QString();
    QTest::newRow("empty pattern") << pattern << QStringList() << QString() << true << u"pattern is empty"_s;
}

void TestSchedule::selection_validate()
{
    QFETCH(int, mode);
    QFETCH(QStringList, names);
    QFETCH(QString, pattern);
    QFETCH(bool, fullStorage);
    QFETCH(QString, mention);
    ScheduleSelection selection;
    selection.mode = ScheduleSelection::Mode(mode);
    selection.names = names;
    selection.pattern = pattern;
    selection.includeFullStorage = fullStorage;
    const VoidResult valid = selection.validate();
    QCOMPARE(valid.has_value(), mention.isEmpty());
    if (!valid) {
        QCOMPARE(valid.error().kind, ErrorKind::InvalidArgument);
        QVERIFY2(valid.error().detail.contains(mention), qPrintable(valid.error().detail));
    }
}

void TestSchedule::validate_minimalSchedule_isValid()
{
    const VoidResult minimal = Schedule::validate(minimalValidSchedule());
    QVERIFY2(minimal.has_value(), qPrintable(minimal ? QString() : minimal.error().detail));
    const VoidResult full = Schedule::validate(fullSchedule());
    QVERIFY2(full.has_value(), qPrintable(full ? QString() : full.error().detail));
}

void TestSchedule::validate_invalidField_isNamed_data()
{
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("mention");
    QTest::newRow("no name") << 0 << u"name"_s;
    QTest::newRow("no profile") << 1 << u"host"_s;
    QTest::newRow("malformed profile id") << 2 << u"connection profile id"_s;
    QTest::newRow("malformed id") << 3 << u"schedule id"_s;
    QTest::newRow("empty selection") << 4 << u"at least one collection"_s;
    QTest::newRow("folder template") << 5 << u"{nope}"_s;
    QTest::newRow("keep on server negative") << 6 << u"keep on the server"_s;
    QTest::newRow("max age negative") << 7 << u"maximum age"_s;
    QTest::newRow("drill every 0 days") << 8 << u"restore drills"_s;
    QTest::newRow("drill target malformed") << 9 << u"restore drills"_s;
    QTest::newRow("webhook not http") << 10 << u"webhook"_s;
    QTest::newRow("webhook without host") << 11 << u"webhook"_s;
}

void TestSchedule::validate_invalidField_isNamed()
{
    QFETCH(int, field);
    QFETCH(QString, mention);
    Schedule schedule = minimalValidSchedule();
    switch (field) {
    case 0:
        schedule.name = u"  "_s;
        break;
    case 1:
        schedule.profileId.clear();
        break;
    case 2:
        schedule.profileId = u"../../etc"_s;
        break;
    case 3:
        schedule.id = u"{%1}"_s.arg(Schedule::createId());
        break;
    case 4:
        schedule.selection.mode = ScheduleSelection::Mode::List;
        break;
    case 5:
        schedule.folderTemplate = u"{nope}"_s;
        break;
    case 6:
        schedule.keepOnServer = -1;
        break;
    case 7:
        schedule.maxAgeHours = -1;
        break;
    case 8:
        schedule.drill.everyDays = 0;
        break;
    case 9:
        schedule.drill.targetProfileId = u"not-a-uuid"_s;
        break;
    case 10:
        schedule.webhookUrl = QUrl(u"ftp://hooks.example.com/x"_s);
        break;
    case 11:
        schedule.webhookUrl = QUrl(u"https:///path"_s);
        break;
    default:
        QFAIL("unknown field");
    }
    const VoidResult valid = Schedule::validate(schedule);
    QVERIFY(!valid.has_value());
    QCOMPARE(valid.error().kind, ErrorKind::InvalidArgument);
    QVERIFY2(valid.error().detail.contains(mention), qPrintable(valid.error().detail));
}

void TestSchedule::json_roundTrip_keepsEveryField()
{
    const Schedule schedule = fullSchedule();
    // Through text, as the store keeps it.
    const QByteArray text = QJsonDocument(schedule.toJson()).toJson(QJsonDocument::Compact);
    const Result<Schedule> back = Schedule::fromJson(QJsonDocument::fromJson(text).object());
    QVERIFY2(back.has_value(), qPrintable(back ? QString() : back.error().detail));
    QCOMPARE(back->id, schedule.id);
    QCOMPARE(back->name, schedule.name);
    QCOMPARE(back->enabled, schedule.enabled);
    QCOMPARE(back->profileId, schedule.profileId);
    QVERIFY(back->selection == schedule.selection);
    QCOMPARE(back->folderTemplate, schedule.folderTemplate);
    QVERIFY(back->timing == schedule.timing);
    QCOMPARE(back->retention, schedule.retention);
    QCOMPARE(back->keepOnServer, schedule.keepOnServer);
    QVERIFY(back->drill == schedule.drill);
    QCOMPARE(back->maxAgeHours, schedule.maxAgeHours);
    QCOMPARE(back->webhookUrl, schedule.webhookUrl);
    QCOMPARE(back->webhookOnSuccess, schedule.webhookOnSuccess);
    QCOMPARE(back->webhookOnFailure, schedule.webhookOnFailure);
    QCOMPARE(back->createdAt, schedule.createdAt);
    QVERIFY(*back == schedule);
}

void TestSchedule::fromJson_missingOptionalMembers_takeDefaults()
{
    const QJsonObject json{ { u"name"_s, u"Old"_s }, { u"timing"_s, ScheduleTiming().toJson() } };
    const Result<Schedule> schedule = Schedule::fromJson(json);
    QVERIFY2(schedule.has_value(), qPrintable(schedule ? QString() : schedule.error().detail));
    Schedule expected;
    expected.name = u"Old"_s;
    QVERIFY(*schedule == expected);
}

void TestSchedule::fromJson_wrongTypes_areRefused_data()
{
    QTest::addColumn<QString>("member");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("mention");
    QTest::newRow("name missing") << u"name"_s << QJsonValue() << u"\"name\""_s;
    QTest::newRow("timing missing") << u"timing"_s << QJsonValue() << u"\"timing\""_s;
    QTest::newRow("timing invalid") << u"timing"_s << QJsonValue(QJsonObject{ { u"kind"_s, u"x"_s } }) << u"\"kind\""_s;
    QTest::newRow("enabled as text") << u"enabled"_s << QJsonValue(u"yes"_s) << u"\"enabled\""_s;
    QTest::newRow("keepOnServer fractional") << u"keepOnServer"_s << QJsonValue(2.5) << u"\"keepOnServer\""_s;
    QTest::newRow("retention not an object") << u"retention"_s << QJsonValue(QJsonArray{}) << u"\"retention\""_s;
    QTest::newRow("drill not an object") << u"drill"_s << QJsonValue(true) << u"\"drill\""_s;
    QTest::newRow("drill days as text") << u"drill"_s << QJsonValue(QJsonObject{ { u"everyDays"_s, u"7"_s } })
                                        << u"\"everyDays\""_s;
    QTest::newRow("selection mode unknown")
        << u"selection"_s << QJsonValue(QJsonObject{ { u"mode"_s, u"some"_s } }) << u"\"mode\""_s;
    QTest::newRow("selection names not strings")
        << u"selection"_s << QJsonValue(QJsonObject{ { u"names"_s, QJsonArray{ 1 } } }) << u"\"names\""_s;
    QTest::newRow("createdAt not a time") << u"createdAt"_s << QJsonValue(u"yesterday"_s) << u"\"createdAt\""_s;
    QTest::newRow("webhook url not text") << u"webhook"_s << QJsonValue(QJsonObject{ { u"url"_s, 5 } }) << u"\"url\""_s;
}

void TestSchedule::fromJson_wrongTypes_areRefused()
{
    QFETCH(QString, member);
    QFETCH(QJsonValue, value);
    QFETCH(QString, mention);
    QJsonObject json = fullSchedule().toJson();
    if (value.isNull())
        json.remove(member);
    else
        json.insert(member, value);
    const Result<Schedule> schedule = Schedule::fromJson(json);
    QVERIFY(!schedule.has_value());
    QCOMPARE(schedule.error().kind, ErrorKind::InvalidArgument);
    QVERIFY2(schedule.error().detail.contains(mention), qPrintable(schedule.error().detail));
}

QTEST_GUILESS_MAIN(TestSchedule)
#include "TestSchedule.moc"
