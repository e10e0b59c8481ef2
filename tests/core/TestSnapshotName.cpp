// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/SnapshotName.h"

#include <QDir>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Snapdock;

class TestSnapshotName : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void validate_safeName_isAccepted_data();
    void validate_safeName_isAccepted();
    void validate_hostileName_isRefused_data();
    void validate_hostileName_isRefused();
    void validate_controlCharacter_isEscapedInDetail();
    void validate_longName_isShortenedInDetail();
    void validate_255Utf8Bytes_isTheLimit();
    void safeLocalPath_safeName_staysInsideFolder_data();
    void safeLocalPath_safeName_staysInsideFolder();
    void safeLocalPath_parentTraversal_isRefused_data();
    void safeLocalPath_parentTraversal_isRefused();
    void safeLocalPath_emptyFolder_isInvalidArgument();
};

void TestSnapshotName::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSnapshotName::validate_safeName_isAccepted_data()
{
    QTest::addColumn<QString>("name");
    // Real Qdrant names: <collection>-<peer id>-<timestamp>.snapshot, and full-snapshot-<timestamp>.snapshot.
    QTest::newRow("collection snapshot") << u"my_collection-3294883143939386-2026-11-27-10-00-00.snapshot"_s;
    QTest::newRow("full snapshot") << u"full-snapshot-2026-11-27-10-00-00.snapshot"_s;
    QTest::newRow("shard snapshot") << u"test_collection-shard-0-2026-01-05-08-15-42.snapshot"_s;
    QTest::newRow("checksum file") << u"full-snapshot-2026-11-27-10-00-00.snapshot.checksum"_s;
    QTest::newRow("inner spaces") << u"my collection 2026.snapshot"_s;
    QTest::newRow("unicode") << u"colección-ünïcödé-日本語-😀.snapshot"_s;
    QTest::newRow("leading dash") << u"-dash.snapshot"_s;
    QTest::newRow("dotfile") << u".hidden"_s;
    QTest::newRow("double dot inside") << u"a..b.snapshot"_s;
    QTest::newRow("device name as prefix") << u"CONSOLE.snapshot"_s;
    QTest::newRow("device name inside") << u"my-con.snapshot"_s;
    QTest::newRow("COM10 is not a device") << u"COM10.snapshot"_s;
    QTest::newRow("single character") << u"x"_s;
    QTest::newRow("255 ASCII bytes") << QString(255, u'a');
}

void TestSnapshotName::validate_safeName_isAccepted()
{
    QFETCH(QString, name);
    const VoidResult valid = SnapshotName::validate(name);
    QVERIFY2(valid.has_value(), qPrintable(valid ? QString() : valid.error().detail));
    QVERIFY(SnapshotName::isSafe(name));
}

void TestSnapshotName::validate_hostileName_isRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << QString();
    QTest::newRow("dot") << u"."_s;
    QTest::newRow("dot dot") << u".."_s;
    QTest::newRow("parent traversal") << u"../x"_s;
    QTest::newRow("deep traversal") << u"../../etc/passwd"_s;
    QTest::newRow("traversal in the middle") << u"a/../../b"_s;
    QTest::newRow("trailing traversal") << u"x/.."_s;
    QTest::newRow("slash") << u"a/b"_s;
    QTest::newRow("absolute") << u"/etc/passwd"_s;
    QTest::newRow("backslash") << u"a\\b"_s;
    QTest::newRow("backslash traversal") << u"..\\x"_s;
    QTest::newRow("drive letter") << u"C:evil"_s;
    QTest::newRow("drive root") << u"C:\\evil"_s;
    QTest::newRow("NTFS stream") << u"x.snapshot:stream"_s;
    QTest::newRow("newline") << u"x\ny"_s;
    QTest::newRow("bell") << u"x\u0007"_s;
    QTest::newRow("NUL character") << QString(u"x\0y"_s);
    QTest::newRow("DEL") << u"x\u007Fy"_s;
    QTest::newRow("C1 control") << u"x\u009By"_s;
    QTest::newRow("tab") << u"x\ty"_s;
    QTest::newRow("CON") << u"CON"_s;
    QTest::newRow("con lowercase") << u"con"_s;
    QTest::newRow("nul with extension") << u"nul.snapshot"_s;
    QTest::newRow("aux with two extensions") << u"Aux.tar.gz"_s;
    QTest::newRow("PRN") << u"PRN.snapshot"_s;
    QTest::newRow("COM1") << u"COM1.snapshot"_s;
    QTest::newRow("com9") << u"com9"_s;
    QTest::newRow("LPT1") << u"LPT1.txt"_s;
    QTest::newRow("COM superscript") << u"COM\u00B9.snapshot"_s;
    QTest::newRow("CON with trailing stem space") << u"CON .snapshot"_s;
    QTest::newRow("less than") << u"a <b"_s;
    QTest::newRow("greater than") << u"a>b"_s;
    QTest::newRow("double quote") << u"a\"b"_s;
    QTest::newRow("pipe") << u"a|b"_s;
    QTest::newRow("question mark") << u"a?b"_s;
    QTest::newRow("asterisk") << u"a*b"_s;
    QTest::newRow("300 characters") << QString(300, u'a');
    QTest::newRow("128 two-byte characters") << QString(128, u'é');
    QTest::newRow("trailing dot") << u"x.snapshot."_s;
    QTest::newRow("leading space") << u" x.snapshot"_s;
    QTest::newRow("trailing space") << u"x.snapshot "_s;
    QTest::newRow("unpaired surrogate") << QString(u"x"_s + QChar(0xD800) + u"y"_s);
}

void TestSnapshotName::validate_hostileName_isRefused()
{
    QFETCH(QString, name);
    const VoidResult valid = SnapshotName::validate(name);
    QVERIFY(!valid.has_value());
    QCOMPARE(valid.error().kind, ErrorKind::UnsafeName);
    QVERIFY(!valid.error().detail.isEmpty());
    QVERIFY(!SnapshotName::isSafe(name));
}

void TestSnapshotName::validate_controlCharacter_isEscapedInDetail()
{
    const VoidResult valid = SnapshotName::validate(u"evil\nname\u0007\u001B[2J"_s);
    QVERIFY(!valid.has_value());
    const QString detail = valid.error().detail;
    QVERIFY2(detail.contains(u"\"evil\\nname\\u0007\\u001b[2J\""_s), qPrintable(detail));
    for (const QChar c : detail)
        QVERIFY2(c.unicode() >= 0x20 && c.unicode() != 0x7F, qPrintable(detail));
}

void TestSnapshotName::validate_longName_isShortenedInDetail()
{
    const VoidResult valid = SnapshotName::validate(QString(10'000, u'a'));
    QVERIFY(!valid.has_value());
    QVERIFY2(valid.error().detail.size() < 300, qPrintable(valid.error().detail));
    QVERIFY(valid.error().detail.contains(u"10000"_s));
}

void TestSnapshotName::validate_255Utf8Bytes_isTheLimit()
{
    // 85 three-byte characters = 255 bytes; one more ASCII byte goes over.
    const QString atLimit(85, u'日');
    QCOMPARE(atLimit.toUtf8().size(), 255);
    QVERIFY(SnapshotName::isSafe(atLimit));
    QVERIFY(!SnapshotName::isSafe(QString(atLimit + u'a')));
}

void TestSnapshotName::safeLocalPath_safeName_staysInsideFolder_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"/backups"_s << u"x.snapshot"_s << u"/backups/x.snapshot"_s;
    QTest::newRow("trailing slash") << u"/backups/"_s << u"x.snapshot"_s << u"/backups/x.snapshot"_s;
    QTest::newRow("untidy folder") << u"/backups/./daily//"_s << u"x.snapshot"_s << u"/backups/daily/x.snapshot"_s;
    QTest::newRow("root folder") << u"/"_s << u"x.snapshot"_s << u"/x.snapshot"_s;
    QTest::newRow("relative folder") << u"out"_s << u"x.snapshot"_s << u"out/x.snapshot"_s;
    QTest::newRow("unicode") << u"/backups"_s << u"日本語 1.snapshot"_s << u"/backups/日本語 1.snapshot"_s;
}

void TestSnapshotName::safeLocalPath_safeName_staysInsideFolder()
{
    QFETCH(QString, folder);
    QFETCH(QString, name);
    QFETCH(QString, expected);
    const Result<QString> path = SnapshotName::safeLocalPath(folder, name);
    QVERIFY2(path.has_value(), qPrintable(path ? QString() : path.error().detail));
    QCOMPARE(*path, expected);
}

void TestSnapshotName::safeLocalPath_parentTraversal_isRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("parent") << u".."_s;
    QTest::newRow("parent file") << u"../x.snapshot"_s;
    QTest::newRow("absolute") << u"/etc/passwd"_s;
    QTest::newRow("windows parent") << u"..\\x.snapshot"_s;
    QTest::newRow("drive") << u"C:x.snapshot"_s;
    QTest::newRow("dot") << u"."_s;
}

void TestSnapshotName::safeLocalPath_parentTraversal_isRefused()
{
    QFETCH(QString, name);
    const Result<QString> path = SnapshotName::safeLocalPath(u"/backups/daily"_s, name);
    QVERIFY(!path.has_value());
    QCOMPARE(path.error().kind, ErrorKind::UnsafeName);
}

void TestSnapshotName::safeLocalPath_emptyFolder_isInvalidArgument()
{
    const Result<QString> path = SnapshotName::safeLocalPath(QString(), u"x.snapshot"_s);
    QVERIFY(!path.has_value());
    QCOMPARE(path.error().kind, ErrorKind::InvalidArgument);
}

QTEST_GUILESS_MAIN(TestSnapshotName)
#include "TestSnapshotName.moc"
