// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scheduling/FolderTemplate.h"
#include "core/storage/SnapshotName.h"

#include <QDir>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Snapdock;

namespace {

QDateTime utc(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toUTC();
}

const QTimeZone BERLIN(QByteArrayLiteral("Europe/Berlin"));
const QDateTime WHEN = utc(u"2026-11-26T01:30:00Z"_s); // 02:30 CET

FolderTemplate::Values values(const QString &collection)
{
    return FolderTemplate::Values{ u"Production"_s, u"qdrant.example.com"_s, collection };
}

} // namespace

// Backup folder templates: what is refused, how placeholders expand in local time, and that untrusted values
// never leave the backup folder.
class TestFolderTemplate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void validate_acceptedTemplate_data();
    void validate_acceptedTemplate();
    void validate_refusedTemplate_data();
    void validate_refusedTemplate();
    void placeholders_listsAllKnown();

    void expand_table_data();
    void expand_table();
    void expand_fullStorage_usesFullStorageFolder();
    void expand_invalidTemplate_isRefused();

    void safeSegment_hostileValue_data();
    void safeSegment_hostileValue();
    void safeSegment_longName_isShortenedWithHash();

    void folderFor_hostileValues_neverLeaveBaseFolder_data();
    void folderFor_hostileValues_neverLeaveBaseFolder();
    void folderFor_emptyTemplate_isBaseFolder();
    void folderFor_relativeBase_isRefused();
};

void TestFolderTemplate::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(BERLIN.isValid(), "time zone data missing: install tzdata");
}

void TestFolderTemplate::validate_acceptedTemplate_data()
{
    QTest::addColumn<QString>("folderTemplate");
    QTest::newRow("default") << QString(FolderTemplate::DEFAULT);
    QTest::newRow("empty: the backup folder itself") << QString();
    QTest::newRow("literal folders") << u"qdrant/nightly"_s;
    QTest::newRow("date parts") << u"{year}/{month}/{day}/{collection}"_s;
    QTest::newRow("mixed segment") << u"{collection}-{datetime}"_s;
    QTest::newRow("host with text") << u"host {host}/{time}"_s;
    QTest::newRow("hidden folder") << u".snapdock/{collection}"_s;
    QTest::newRow("non-ASCII text") << u"Sicherungen/{profile}/Größe"_s;
}

void TestFolderTemplate::validate_acceptedTemplate()
{
    QFETCH(QString, folderTemplate);
    const VoidResult valid = FolderTemplate::validate(folderTemplate);
    QVERIFY2(valid.has_value(), qPrintable(valid ? QString() : valid.error().detail));
}

void TestFolderTemplate::validate_refusedTemplate_data()
{
    QTest::addColumn<QString>("folderTemplate");
    QTest::addColumn<QString>("mention");
    QTest::newRow("absolute") << u"/srv/{date}"_s << u"absolute"_s;
    QTest::newRow("home") << u"~/{date}"_s << u"absolute"_s;
    QTest::newRow("drive letter") << u"C:/{date}"_s << u"C:"_s;
    QTest::newRow("backslash") << u"a\\{date}"_s << u"\\"_s;
    QTest::newRow("parent") << u"../{date}"_s << u".."_s;
    QTest::newRow("parent in the middle") << u"a/../../{date}"_s << u".."_s;
    QTest::newRow("dot folder") << u"./{date}"_s << u".."_s;
    QTest::newRow("empty folder") << u"a//{date}"_s << u"empty folder"_s;
    QTest::newRow("trailing slash") << u"{collection}/"_s << u"empty folder"_s;
    QTest::newRow("unknown placeholder") << u"{profile}/{nope}"_s << u"{nope}"_s;
    QTest::newRow("placeholder case matters") << u"{Date}"_s << u"{Date}"_s;
    QTest::newRow("unclosed placeholder") << u"{date"_s << u"{ without a }"_s;
    QTest::newRow("stray brace") << u"date}"_s << u"} without a {"_s;
    QTest::newRow("colon") << u"a:b/{date}"_s << u"a:b"_s;
    QTest::newRow("pipe") << u"a|b"_s << u"a|b"_s;
    QTest::newRow("reserved name") << u"CON/{date}"_s << u"CON"_s;
    QTest::newRow("trailing dot") << u"{collection}./{date}"_s << u"{collection}."_s;
    QTest::newRow("trailing space") << u"{collection} /{date}"_s << u"{collection} "_s;
    QTest::newRow("control character") << u"a\tb"_s << u"safe file name"_s;
}

void TestFolderTemplate::validate_refusedTemplate()
{
    QFETCH(QString, folderTemplate);
    QFETCH(QString, mention);
    const VoidResult valid = FolderTemplate::validate(folderTemplate);
    QVERIFY(!valid.has_value());
    QCOMPARE(valid.error().kind, ErrorKind::InvalidArgument);
    QVERIFY2(valid.error().detail.contains(mention), qPrintable(valid.error().detail));

    // expand() refuses it the same way.
    const Result<QString> expanded = FolderTemplate::expand(folderTemplate, values(u"docs"_s), WHEN, BERLIN);
    QVERIFY(!expanded.has_value());
    QCOMPARE(expanded.error().detail, valid.error().detail);
}

void TestFolderTemplate::placeholders_listsAllKnown()
{
    QCOMPARE(FolderTemplate::placeholders(),
        (QStringList{ u"{profile}"_s,
            u"{host}"_s,
            u"{collection}"_s,
            u"{date}"_s,
            u"{time}"_s,
            u"{datetime}"_s,
            u"{year}"_s,
            u"{month}"_s,
            u"{day}"_s }));
}

void TestFolderTemplate::expand_table_data()
{
    QTest::addColumn<QString>("folderTemplate");
    QTest::addColumn<QString>("collection");
    QTest::addColumn<QDateTime>("when");
    QTest::addColumn<QString>("expected");
    QTest::newRow("default") << QString(FolderTemplate::DEFAULT) << u"docs"_s << WHEN
                             << u"Production/docs/2026-11-26"_s;
    QTest::newRow("local date, not UTC date")
        << u"{date}"_s << u"docs"_s << utc(u"2026-11-26T23:30:00Z"_s) << u"2026-11-27"_s;
    QTest::newRow("time and datetime in summer time")
        << u"{date}/{time}/{datetime}"_s << u"docs"_s << utc(u"2026-07-01T10:05:09Z"_s)
        << u"2026-07-01/120509/2026-07-01T120509"_s;
    QTest::newRow("year month day") << u"{year}/{month}/{day}"_s << u"docs"_s << utc(u"2028-02-29T12:00:00Z"_s)
                                    << u"2028/02/29"_s;
    QTest::newRow("host and literal text")
        << u"host {host}/{collection}.d"_s << u"docs"_s << WHEN << u"host qdrant.example.com/docs.d"_s;
    QTest::newRow("empty template") << QString() << u"docs"_s << WHEN << QString();
    QTest::newRow("traversal in a collection name stays one folder")
        << QString(FolderTemplate::DEFAULT) << u"../../etc"_s << WHEN << u"Production/.._.._etc/2026-11-26"_s;
    QTest::newRow("Windows-forbidden characters")
        << u"{collection}"_s << u"a:b<c>|d?*\"e\\f"_s << WHEN << u"a_b_c__d___e_f"_s;
    QTest::newRow("non-ASCII collection") << u"{collection}"_s << u"Größe-📦"_s << WHEN << u"Größe-📦"_s;
}

void TestFolderTemplate::expand_table()
{
    QFETCH(QString, folderTemplate);
    QFETCH(QString, collection);
    QFETCH(QDateTime, when);
    QFETCH(QString, expected);
    const Result<QString> folder = FolderTemplate::expand(folderTemplate, values(collection), when, BERLIN);
    QVERIFY2(folder.has_value(), qPrintable(folder ? QString() : folder.error().detail));
    QCOMPARE(*folder, expected);
}

void TestFolderTemplate::expand_fullStorage_usesFullStorageFolder()
{
    const Result<QString> folder = FolderTemplate::expand(QString(FolderTemplate::DEFAULT), values({}), WHEN, BERLIN);
    QVERIFY(folder.has_value());
    QCOMPARE(*folder, u"Production/full-storage/2026-11-26"_s);
}

void TestFolderTemplate::expand_invalidTemplate_isRefused()
{
    const Result<QString> folder = FolderTemplate::expand(u"{collection}/{oops}"_s, values(u"docs"_s), WHEN, BERLIN);
    QVERIFY(!folder.has_value());
    QCOMPARE(folder.error().kind, ErrorKind::InvalidArgument);
    QVERIFY(!FolderTemplate::expand(u"{date}"_s, values(u"docs"_s), QDateTime(), BERLIN).has_value());
}

void TestFolderTemplate::safeSegment_hostileValue_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"docs_v2"_s << u"docs_v2"_s;
    QTest::newRow("empty") << QString() << u"_"_s;
    QTest::newRow("dot") << u"."_s << u"_"_s;
    QTest::newRow("dot dot") << u".."_s << u"__"_s;
    QTest::newRow("slashes") << u"a/b\\c"_s << u"a_b_c"_s;
    QTest::newRow("drive letter") << u"C:"_s << u"C_"_s;
    QTest::newRow("control characters") << u"a\nb\u0001c\u009Fd"_s << u"a_b_c_d"_s;
    QTest::newRow("leading and trailing space") << u" docs "_s << u"_docs_"_s;
    QTest::newRow("trailing dot") << u"docs."_s << u"docs_"_s;
    QTest::newRow("reserved device name") << u"CON"_s << u"_CON"_s;
    QTest::newRow("reserved with extension") << u"nul.snapshot"_s << u"_nul.snapshot"_s;
    QTest::newRow("reserved COM port") << u"com1"_s << u"_com1"_s;
    QTest::newRow("unpaired surrogate") << QString(QString(QChar(0xD800)) + u"x"_s) << u"_x"_s;
    QTest::newRow("emoji kept") << u"📦"_s << u"📦"_s;
}

void TestFolderTemplate::safeSegment_hostileValue()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    const QString safe = FolderTemplate::safeSegment(value);
    QCOMPARE(safe, expected);
    QVERIFY(SnapshotName::isSafe(safe));
}

void TestFolderTemplate::safeSegment_longName_isShortenedWithHash()
{
    const QString longA = QString(300, u'a');
    const QString longB = QString(299, u'a') + u'b';
    const QString safeA = FolderTemplate::safeSegment(longA);
    const QString safeB = FolderTemplate::safeSegment(longB);
    QVERIFY(SnapshotName::isSafe(safeA));
    QVERIFY(safeA.toUtf8().size() <= SnapshotName::MAX_UTF8_BYTES);
    QVERIFY(safeA.startsWith(QString(200, u'a')));
    QVERIFY(safeA != safeB); // the hash keeps names with a common prefix apart

    // Multi-byte characters are never cut in half.
    const QString emoji = QString(u"📦"_s).repeated(100);
    const QString safeEmoji = FolderTemplate::safeSegment(emoji);
    QVERIFY(SnapshotName::isSafe(safeEmoji));
    QVERIFY(safeEmoji.toUtf8().size() <= SnapshotName::MAX_UTF8_BYTES);
}

void TestFolderTemplate::folderFor_hostileValues_neverLeaveBaseFolder_data()
{
    QTest::addColumn<QString>("hostile");
    QTest::newRow("parent") << u".."_s;
    QTest::newRow("parents with slashes") << u"../../../../etc/passwd"_s;
    QTest::newRow("backslashes") << u"..\\..\\Windows"_s;
    QTest::newRow("absolute") << u"/etc"_s;
    QTest::newRow("drive") << u"C:\\Windows"_s;
    QTest::newRow("dot") << u"."_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("newline") << u"a\n../b"_s;
}

void TestFolderTemplate::folderFor_hostileValues_neverLeaveBaseFolder()
{
    QFETCH(QString, hostile);
    const QString base = u"/srv/backups"_s;
    const FolderTemplate::Values hostileValues{ hostile, hostile, hostile };
    for (const QString &folderTemplate : { QString(FolderTemplate::DEFAULT),
             u"{host}/{collection}"_s,
             u"{profile}{collection}"_s,
             u"x/{collection}/{date}"_s }) {
        const Result<QString> folder = FolderTemplate::folderFor(base, folderTemplate, hostileValues, WHEN, BERLIN);
        QVERIFY2(folder.has_value(), qPrintable(folder ? QString() : folder.error().detail));
        QVERIFY2(folder->startsWith(base + u'/'), qPrintable(*folder));
        QCOMPARE(QDir::cleanPath(*folder), *folder);
        for (const QString &segment : folder->mid(base.size() + 1).split(u'/'))
            QVERIFY2(SnapshotName::isSafe(segment), qPrintable(segment));
    }
}

void TestFolderTemplate::folderFor_emptyTemplate_isBaseFolder()
{
    const Result<QString> folder =
        FolderTemplate::folderFor(u"/srv/backups/"_s, QString(), values(u"docs"_s), WHEN, BERLIN);
    QVERIFY(folder.has_value());
    QCOMPARE(*folder, u"/srv/backups"_s);

    const Result<QString> nested = FolderTemplate::folderFor(
        u"/srv//backups"_s, QString(FolderTemplate::DEFAULT), values(u"docs"_s), WHEN, BERLIN);
    QVERIFY(nested.has_value());
    QCOMPARE(*nested, u"/srv/backups/Production/docs/2026-11-26"_s);
}

void TestFolderTemplate::folderFor_relativeBase_isRefused()
{
    for (const QString &base : { QString(), u"backups"_s, u"./backups"_s }) {
        const Result<QString> folder =
            FolderTemplate::folderFor(base, QString(FolderTemplate::DEFAULT), values(u"docs"_s), WHEN, BERLIN);
        QVERIFY(!folder.has_value());
        QCOMPARE(folder.error().kind, ErrorKind::InvalidArgument);
    }
}

QTEST_GUILESS_MAIN(TestFolderTemplate)
#include "TestFolderTemplate.moc"
