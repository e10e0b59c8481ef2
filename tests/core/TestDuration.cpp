// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/support/Duration.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Snapdock;

// The --max-age and schedule thresholds people type: what is accepted, what it means, what is refused.
class TestDuration : public QObject
{
    Q_OBJECT

private slots:
    void parse_validText_givesSeconds_data();
    void parse_validText_givesSeconds();
    void parse_invalidText_isRefused_data();
    void parse_invalidText_isRefused();
    void format_seconds_readsLikeInput_data();
    void format_seconds_readsLikeInput();
};

void TestDuration::parse_validText_givesSeconds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("seconds");
    QTest::newRow("hours") << u"26h"_s << qint64(26 * 3600);
    QTest::newRow("minutes") << u"90m"_s << qint64(90 * 60);
    QTest::newRow("days") << u"7d"_s << qint64(7 * 86400);
    QTest::newRow("weeks") << u"1w"_s << qint64(7 * 86400);
    QTest::newRow("combined") << u"1d12h"_s << qint64(36 * 3600);
    QTest::newRow("spaces") << u" 1w 2d "_s << qint64(9 * 86400);
    QTest::newRow("upper case") << u"2H"_s << qint64(7200);
    QTest::newRow("seconds") << u"45s"_s << qint64(45);
}

void TestDuration::parse_validText_givesSeconds()
{
    QFETCH(QString, text);
    QFETCH(qint64, seconds);
    QCOMPARE(parseDuration(text), std::optional<qint64>(seconds));
}

void TestDuration::parse_invalidText_isRefused_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("bare number") << u"26"_s;
    QTest::newRow("unknown unit") << u"3y"_s;
    QTest::newRow("unit first") << u"h26"_s;
    QTest::newRow("negative") << u"-5h"_s;
    QTest::newRow("zero") << u"0h"_s;
    QTest::newRow("fraction") << u"1.5h"_s;
    QTest::newRow("huge") << u"9999999999w"_s;
    QTest::newRow("trailing text") << u"5h later"_s;
}

void TestDuration::parse_invalidText_isRefused()
{
    QFETCH(QString, text);
    QCOMPARE(parseDuration(text), std::nullopt);
}

void TestDuration::format_seconds_readsLikeInput_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("26 hours") << qint64(26 * 3600) << u"26h"_s;
    QTest::newRow("3 days 4 hours") << qint64(3 * 86400 + 4 * 3600) << u"3d 4h"_s;
    QTest::newRow("weeks and days") << qint64(25 * 86400) << u"3w 4d"_s;
    QTest::newRow("minutes") << qint64(125) << u"2m 5s"_s;
    QTest::newRow("zero") << qint64(0) << u"0s"_s;
}

void TestDuration::format_seconds_readsLikeInput()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, text);
    QCOMPARE(formatDuration(seconds), text);
    QCOMPARE(parseDuration(text.remove(u' ')), seconds == 0 ? std::nullopt : std::optional<qint64>(seconds));
}

QTEST_GUILESS_MAIN(TestDuration)
#include "TestDuration.moc"
