// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/controllers/AutostartEntry.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

namespace {

const QString MINIMIZED = u"--minimized"_s;
const QString WINDOWS_RUN_KEY = u"HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run"_s;
const QString WINDOWS_VALUE = u"Snapdock"_s;

QString defaultLocation(AutostartEntry::Platform platform)
{
    switch (platform) {
    case AutostartEntry::Platform::XdgAutostart:
        return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
            .filePath(u"autostart/io.snapdock.Snapdock.desktop"_s);
    case AutostartEntry::Platform::LaunchAgent:
        return QDir::home().filePath(u"Library/LaunchAgents/io.snapdock.Snapdock.plist"_s);
    case AutostartEntry::Platform::WindowsRun:
        return WINDOWS_RUN_KEY;
    }
    return {};
}

// A desktop entry Exec= argument: quoted, with the characters the spec reserves escaped.
QString desktopExecQuoted(const QString &program)
{
    QString escaped;
    for (const QChar c : program) {
        if (c == u'"' || c == u'`' || c == u'$' || c == u'\\')
            escaped.append(u"\\\\"_s);
        if (c == u'%')
            escaped.append(u'%');
        escaped.append(c);
    }
    return u"\""_s + escaped + u"\""_s;
}

} // namespace

AutostartEntry::AutostartEntry(Platform platform)
    : m_platform(platform)
    , m_location(defaultLocation(platform))
    , m_program(QCoreApplication::applicationFilePath())
{}

AutostartEntry::Platform AutostartEntry::nativePlatform()
{
#if defined(Q_OS_WIN)
    return Platform::WindowsRun;
#elif defined(Q_OS_MACOS)
    return Platform::LaunchAgent;
#else
    return Platform::XdgAutostart;
#endif
}

bool AutostartEntry::isEnabled() const
{
    if (m_platform == Platform::WindowsRun)
        return QSettings(m_location, QSettings::NativeFormat).contains(WINDOWS_VALUE);
    return QFileInfo::exists(m_location);
}

QByteArray AutostartEntry::fileContent() const
{
    QString text;
    switch (m_platform) {
    case Platform::XdgAutostart:
        text = u"[Desktop Entry]\nType=Application\nName=Snapdock\n"_s;
        text += u"Comment=%1\n"_s.arg(tr("Backup and restore for Qdrant collections"));
        text += u"Icon=io.snapdock.Snapdock\n"_s;
        text += u"Exec=%1 %2\n"_s.arg(desktopExecQuoted(m_program), MINIMIZED);
        text += u"Terminal=false\nX-GNOME-Autostart-enabled=true\n"_s;
        break;
    case Platform::LaunchAgent:
        text = u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
               u"<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
               u"\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
               u"<plist version=\"1.0\">\n<dict>\n"
               u"  <key>Label</key><string>io.snapdock.Snapdock</string>\n"
               u"  <key>ProgramArguments</key>\n"_s;
        text += u"  <array>\n    <string>%1</string>\n    <string>%2</string>\n  </array>\n"_s.arg(
            m_program.toHtmlEscaped(), MINIMIZED);
        text += u"  <key>RunAtLoad</key><true/>\n</dict>\n</plist>\n"_s;
        break;
    case Platform::WindowsRun:
        break;
    }
    return text.toUtf8();
}

VoidResult AutostartEntry::setEnabled(bool enabled) const
{
    if (m_platform == Platform::WindowsRun) {
        QSettings registry(m_location, QSettings::NativeFormat);
        if (enabled)
            registry.setValue(WINDOWS_VALUE, u"\"%1\" %2"_s.arg(QDir::toNativeSeparators(m_program), MINIMIZED));
        else
            registry.remove(WINDOWS_VALUE);
        registry.sync();
        if (registry.status() != QSettings::NoError) {
            return fail(Error::make(
                ErrorKind::LocalIoError, tr("writing the login item to the registry key %1").arg(m_location)));
        }
        return {};
    }
    if (!enabled) {
        QFile file(m_location);
        if (file.exists() && !file.remove()) {
            return fail(Error::make(ErrorKind::LocalIoError,
                tr("removing %1").arg(QDir::toNativeSeparators(m_location)),
                file.errorString()));
        }
        return {};
    }
    if (!QDir().mkpath(QFileInfo(m_location).absolutePath())) {
        return fail(Error::make(ErrorKind::LocalIoError,
            tr("creating the folder %1").arg(QDir::toNativeSeparators(QFileInfo(m_location).absolutePath()))));
    }
    QSaveFile file(m_location);
    if (!file.open(QIODevice::WriteOnly) || file.write(fileContent()) < 0 || !file.commit()) {
        const ErrorKind kind =
            file.error() == QFileDevice::PermissionsError ? ErrorKind::LocalPermissionDenied : ErrorKind::LocalIoError;
        return fail(Error::make(kind, tr("writing %1").arg(QDir::toNativeSeparators(m_location)), file.errorString()));
    }
    return {};
}

} // namespace Snapdock
