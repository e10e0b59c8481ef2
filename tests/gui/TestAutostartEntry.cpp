// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/controllers/AutostartEntry.h"
#include "gui/controllers/Notifier.h"
#include "gui/dialogs/PreferencesDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;
using namespace Snapdock;

// "Start at login" and the notification level, as the Preferences dialog writes them. Only the Linux login item
// (an XDG autostart file) is written for real; the macOS LaunchAgent is checked as XML.
class TestAutostartEntry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void xdgAutostart_writesAndRemovesTheDesktopFile();
    void launchAgent_isWellFormed_andStartsMinimized();
    void unwritableLocation_isReported();
    void preferences_saveLevelAndLoginItem();
};

void TestAutostartEntry::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestAutostartEntry::xdgAutostart_writesAndRemovesTheDesktopFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    AutostartEntry entry(AutostartEntry::Platform::XdgAutostart);
    // The default is the person's autostart folder; tests write elsewhere.
    QVERIFY(entry.location().endsWith(u"autostart/io.snapdock.Snapdock.desktop"_s));
    entry.setLocation(dir.filePath(u"config/autostart/io.snapdock.Snapdock.desktop"_s));
    entry.setProgram(u"/opt/Snap dock/bin/snapdock"_s);
    QVERIFY(!entry.isEnabled());

    QVERIFY(entry.setEnabled(true));
    QVERIFY(entry.isEnabled());
    QFile file(entry.location());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString content = QString::fromUtf8(file.readAll());
    file.close();
    QVERIFY(content.startsWith(u"[Desktop Entry]\n"_s));
    QVERIFY(content.contains(u"\nType=Application\n"_s));
    QVERIFY2(content.contains(u"\nExec=\"/opt/Snap dock/bin/snapdock\" --minimized\n"_s), qPrintable(content));
    QVERIFY(content.contains(u"\nIcon=io.snapdock.Snapdock\n"_s));
    // Read back as a desktop file parser would.
    QSettings desktop(entry.location(), QSettings::IniFormat);
    QCOMPARE(desktop.value(u"Desktop Entry/Name"_s).toString(), u"Snapdock"_s);

    QVERIFY(entry.setEnabled(false));
    QVERIFY(!entry.isEnabled());
    QVERIFY(!QFile::exists(entry.location()));
    QVERIFY(entry.setEnabled(false)); // nothing to remove is fine
}

void TestAutostartEntry::launchAgent_isWellFormed_andStartsMinimized()
{
    AutostartEntry entry(AutostartEntry::Platform::LaunchAgent);
    entry.setProgram(u"/Applications/Snapdock.app/Contents/MacOS/snapdock & co"_s);
    QXmlStreamReader xml(entry.fileContent());
    QStringList strings;
    bool runAtLoad = false;
    QString lastKey;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"key"_s)
            lastKey = xml.readElementText();
        else if (xml.isStartElement() && xml.name() == u"string"_s)
            strings.append(xml.readElementText());
        else if (xml.isStartElement() && xml.name() == u"true"_s && lastKey == u"RunAtLoad"_s)
            runAtLoad = true;
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(runAtLoad);
    QCOMPARE(strings,
        (QStringList{ u"io.snapdock.Snapdock"_s,
            u"/Applications/Snapdock.app/Contents/MacOS/snapdock & co"_s,
            u"--minimized"_s }));
}

void TestAutostartEntry::unwritableLocation_isReported()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A file where the autostart folder should be.
    QFile blocker(dir.filePath(u"autostart"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    AutostartEntry entry(AutostartEntry::Platform::XdgAutostart);
    entry.setLocation(dir.filePath(u"autostart/io.snapdock.Snapdock.desktop"_s));
    const auto written = entry.setEnabled(true);
    QVERIFY(!written);
    QVERIFY(written.error().userMessage().contains(u"autostart"_s));
    QVERIFY(!entry.isEnabled());
}

void TestAutostartEntry::preferences_saveLevelAndLoginItem()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings settings(dir.filePath(u"snapdock.conf"_s), QSettings::IniFormat);
    QCOMPARE(Notifier::levelFrom(settings), NotificationLevel::FailuresOnly); // the default
    AutostartEntry entry(AutostartEntry::Platform::XdgAutostart);
    entry.setLocation(dir.filePath(u"autostart/io.snapdock.Snapdock.desktop"_s));

    PreferencesDialog dialog(settings, entry);
    QVERIFY(!dialog.startAtLoginBox()->isChecked());
    QCOMPARE(dialog.notificationBox()->currentData().toInt(), int(NotificationLevel::FailuresOnly));
    dialog.startAtLoginBox()->setChecked(true);
    dialog.notificationBox()->setCurrentIndex(dialog.notificationBox()->findData(int(NotificationLevel::None)));
    QSignalSpy saved(&dialog, &PreferencesDialog::saved);
    dialog.save();
    QCOMPARE(saved.count(), 1);
    QVERIFY(entry.isEnabled());
    QCOMPARE(Notifier::levelFrom(QSettings(settings.fileName(), QSettings::IniFormat)), NotificationLevel::None);

    // Opened again, it shows what is stored; unticking removes the login item.
    PreferencesDialog again(settings, entry);
    QVERIFY(again.startAtLoginBox()->isChecked());
    QCOMPARE(again.notificationBox()->currentData().toInt(), int(NotificationLevel::None));
    again.startAtLoginBox()->setChecked(false);
    again.save();
    QVERIFY(!entry.isEnabled());

    // Notifications by level.
    Notifier notifier(nullptr);
    QSignalSpy notified(&notifier, &Notifier::notified);
    notifier.setLevel(NotificationLevel::None);
    QVERIFY(!notifier.notify(u"t"_s, u"failed"_s, true));
    notifier.setLevel(NotificationLevel::FailuresOnly);
    QVERIFY(!notifier.notify(u"t"_s, u"finished"_s, false));
    QVERIFY(notifier.notify(u"t"_s, u"failed"_s, true));
    notifier.setLevel(NotificationLevel::All);
    QVERIFY(notifier.notify(u"t"_s, u"finished"_s, false));
    QCOMPARE(notified.count(), 2);
}

QTEST_MAIN(TestAutostartEntry)
#include "TestAutostartEntry.moc"
