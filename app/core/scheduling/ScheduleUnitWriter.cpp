// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scheduling/ScheduleUnitWriter.h"

#include "core/scheduling/LaunchdAgent.h"
#include "core/scheduling/ScheduleTiming.h"
#include "core/scheduling/SystemdUnits.h"
#include "core/scheduling/WindowsTaskXml.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

namespace {

QString defaultUnitFolder(ScheduleUnitWriter::Platform platform)
{
    switch (platform) {
    case ScheduleUnitWriter::Platform::Systemd:
        return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + u"/systemd/user"_s;
    case ScheduleUnitWriter::Platform::Launchd:
        return QDir::homePath() + u"/Library/LaunchAgents"_s;
    case ScheduleUnitWriter::Platform::WindowsTask:
        return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/schedules"_s;
    }
    return {};
}

QString defaultControlProgram(ScheduleUnitWriter::Platform platform)
{
    switch (platform) {
    case ScheduleUnitWriter::Platform::Systemd:
        return u"systemctl"_s;
    case ScheduleUnitWriter::Platform::Launchd:
        return u"launchctl"_s;
    case ScheduleUnitWriter::Platform::WindowsTask:
        return u"schtasks"_s;
    }
    return {};
}

// snapdock-cli is installed next to snapdock; in a build tree it is found in PATH, if at all.
QString defaultCliPath()
{
#ifdef Q_OS_WIN
    const QString name = u"snapdock-cli.exe"_s;
#else
    const QString name = u"snapdock-cli"_s;
#endif
    const QString besideThisProgram = QDir(QCoreApplication::applicationDirPath()).absoluteFilePath(name);
    if (QFileInfo(besideThisProgram).isExecutable())
        return besideThisProgram;
    const QString inPath = QStandardPaths::findExecutable(name);
    return inPath.isEmpty() ? besideThisProgram : inPath;
}

Error invalid(const QString &detail)
{
    return Error::make(ErrorKind::InvalidArgument, detail);
}

} // namespace

ScheduleUnitWriter::ScheduleUnitWriter(Platform platform, QObject *parent)
    : QObject(parent)
    , m_platform(platform)
    , m_unitFolder(defaultUnitFolder(platform))
    , m_cliPath(defaultCliPath())
    , m_controlProgram(defaultControlProgram(platform))
{}

ScheduleUnitWriter::~ScheduleUnitWriter()
{
    // A control program still running finishes on its own; nobody waits for its answer any more.
    if (m_process)
        m_process->disconnect(this);
}

ScheduleUnitWriter::Platform ScheduleUnitWriter::nativePlatform()
{
#if defined(Q_OS_MACOS)
    return Platform::Launchd;
#elif defined(Q_OS_WIN)
    return Platform::WindowsTask;
#else
    return Platform::Systemd;
#endif
}

Result<ScheduleUnitSpec> ScheduleUnitWriter::spec(
    const QString &scheduleId, const QString &scheduleName, const ScheduleTiming &timing) const
{
    // The id becomes part of file and unit names: nothing that could leave the folder or need quoting.
    static const QRegularExpression safeId(u"^[A-Za-z0-9_-]{1,128}$"_s);
    if (!safeId.match(scheduleId).hasMatch())
        return fail(invalid(tr("the schedule id \"%1\" cannot name an OS job").arg(scheduleId)));
    const QFileInfo cli(m_cliPath);
    if (!cli.isAbsolute() || !cli.isFile() || !cli.isExecutable()) {
        Error error = invalid(tr("snapdock-cli was not found at \"%1\"").arg(QDir::toNativeSeparators(m_cliPath)));
        error.hint = tr("Install Snapdock's command-line tool next to the application; the OS job runs it.");
        return fail(std::move(error));
    }
    Result<QList<CalendarRule>> rules = CalendarRule::forTiming(timing);
    if (!rules)
        return fail(rules.error());
    return ScheduleUnitSpec{ scheduleId, scheduleName, cli.absoluteFilePath(), *rules };
}

Result<QList<ScheduleUnitWriter::File>> ScheduleUnitWriter::generate(const ScheduleUnitSpec &spec) const
{
    switch (m_platform) {
    case Platform::Systemd:
        return QList<File>{ File{ SystemdUnits::serviceName(spec.scheduleId), SystemdUnits::service(spec) },
            File{ SystemdUnits::timerName(spec.scheduleId), SystemdUnits::timer(spec) } };
    case Platform::Launchd: {
        Result<QByteArray> plist = LaunchdAgent::plist(spec);
        if (!plist)
            return fail(plist.error());
        return QList<File>{ File{ LaunchdAgent::fileName(spec.scheduleId), *plist } };
    }
    case Platform::WindowsTask: {
        Result<QByteArray> xml = WindowsTaskXml::xml(spec);
        if (!xml)
            return fail(xml.error());
        return QList<File>{ File{ WindowsTaskXml::fileName(spec.scheduleId), *xml } };
    }
    }
    return fail(invalid(tr("unknown platform")));
}

QStringList ScheduleUnitWriter::fileNames(const QString &scheduleId) const
{
    switch (m_platform) {
    case Platform::Systemd:
        return { SystemdUnits::serviceName(scheduleId), SystemdUnits::timerName(scheduleId) };
    case Platform::Launchd:
        return { LaunchdAgent::fileName(scheduleId) };
    case Platform::WindowsTask:
        return { WindowsTaskXml::fileName(scheduleId) };
    }
    return {};
}

bool ScheduleUnitWriter::isInstalled(const QString &scheduleId) const
{
    const QDir folder(m_unitFolder);
    const QStringList names = fileNames(scheduleId);
    return std::any_of(names.cbegin(), names.cend(), [&folder](const QString &name) {
        return QFileInfo::exists(folder.filePath(name));
    });
}

void ScheduleUnitWriter::install(const ScheduleUnitSpec &spec)
{
    const QString id = spec.scheduleId;
    const QString folder = QDir(m_unitFolder).absolutePath();
    Result<QList<File>> files = generate(spec);
    QList<Step> steps;
    if (!files) {
        const Error error = files.error();
        steps.append(Step{ {}, OnFailure::Stop, [error]() -> VoidResult {
                              return fail(error);
                          } });
        run(steps);
        return;
    }
    steps.append(Step{ {}, OnFailure::Stop, [this, files = *files] {
                          return writeFiles(files);
                      } });
    switch (m_platform) {
    case Platform::Systemd:
        steps.append(Step{ { u"--user"_s, u"daemon-reload"_s } });
        steps.append(Step{ { u"--user"_s, u"enable"_s, u"--now"_s, SystemdUnits::timerName(id) } });
        break;
    case Platform::Launchd: {
        const QString plist = QDir(folder).filePath(LaunchdAgent::fileName(id));
        // An agent loaded before (the schedule changed) must be unloaded for launchd to read the new file.
        steps.append(Step{ { u"unload"_s, plist }, OnFailure::Ignore });
        steps.append(Step{ { u"load"_s, u"-w"_s, plist } });
        break;
    }
    case Platform::WindowsTask:
        steps.append(Step{ { u"/Create"_s,
            u"/TN"_s,
            WindowsTaskXml::taskName(id),
            u"/XML"_s,
            QDir::toNativeSeparators(QDir(folder).filePath(WindowsTaskXml::fileName(id))),
            u"/F"_s } });
        break;
    }
    run(steps);
}

void ScheduleUnitWriter::remove(const QString &scheduleId)
{
    QList<Step> steps;
    if (isInstalled(scheduleId)) {
        const QString folder = QDir(m_unitFolder).absolutePath();
        switch (m_platform) {
        case Platform::Systemd:
            steps.append(Step{
                { u"--user"_s, u"disable"_s, u"--now"_s, SystemdUnits::timerName(scheduleId) }, OnFailure::Report });
            break;
        case Platform::Launchd:
            steps.append(Step{ { u"unload"_s, u"-w"_s, QDir(folder).filePath(LaunchdAgent::fileName(scheduleId)) },
                OnFailure::Report });
            break;
        case Platform::WindowsTask:
            steps.append(
                Step{ { u"/Delete"_s, u"/TN"_s, WindowsTaskXml::taskName(scheduleId), u"/F"_s }, OnFailure::Report });
            break;
        }
        steps.append(Step{ {}, OnFailure::Stop, [this, scheduleId] {
                              return removeFiles(scheduleId);
                          } });
        if (m_platform == Platform::Systemd)
            steps.append(Step{ { u"--user"_s, u"daemon-reload"_s }, OnFailure::Report });
    }
    run(steps);
}

void ScheduleUnitWriter::startNow(const QString &scheduleId)
{
    QList<Step> steps;
    if (!isInstalled(scheduleId)) {
        steps.append(Step{ {}, OnFailure::Stop, []() -> VoidResult {
                              Error error = Error::make(ErrorKind::NotFound,
                                  ScheduleUnitWriter::tr("the schedule's OS job is not installed"));
                              error.hint = ScheduleUnitWriter::tr("Install it first.");
                              return fail(std::move(error));
                          } });
    } else {
        switch (m_platform) {
        case Platform::Systemd:
            // --no-block: the start is accepted at once; the run itself shows up in the history.
            steps.append(Step{ { u"--user"_s, u"start"_s, u"--no-block"_s, SystemdUnits::serviceName(scheduleId) } });
            break;
        case Platform::Launchd:
            steps.append(Step{ { u"start"_s, LaunchdAgent::label(scheduleId) } });
            break;
        case Platform::WindowsTask:
            steps.append(Step{ { u"/Run"_s, u"/TN"_s, WindowsTaskXml::taskName(scheduleId) } });
            break;
        }
    }
    run(steps);
}

void ScheduleUnitWriter::run(QList<Step> steps)
{
    Q_ASSERT(!m_busy);
    m_busy = true;
    m_steps = std::move(steps);
    m_reportedFailure.reset();
    // From the event loop, so that finished() never comes out of install(), remove() or startNow().
    QTimer::singleShot(0, this, &ScheduleUnitWriter::runNextStep);
}

void ScheduleUnitWriter::runNextStep()
{
    while (!m_steps.isEmpty()) {
        Step step = m_steps.takeFirst();
        if (!step.local) {
            m_runningStep = step;
            auto *process = new QProcess(this);
            m_process = process;
            connect(process, &QProcess::finished, this, &ScheduleUnitWriter::onProcessFinished);
            connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError error) {
                if (error == QProcess::FailedToStart && process == m_process)
                    onProcessFinished();
            });
            process->start(m_controlProgram, step.arguments);
            return;
        }
        const VoidResult outcome = step.local();
        if (!outcome && step.onFailure == OnFailure::Stop) {
            finish(outcome);
            return;
        }
        if (!outcome && step.onFailure == OnFailure::Report && !m_reportedFailure)
            m_reportedFailure = outcome.error();
    }
    if (m_reportedFailure)
        finish(fail(*m_reportedFailure));
    else
        finish({});
}

void ScheduleUnitWriter::onProcessFinished()
{
    QProcess *process = m_process;
    m_process = nullptr;
    if (!process)
        return;
    process->disconnect(this);
    process->deleteLater();
    const QString commandLine = QFileInfo(m_controlProgram).fileName() + u" "_s + m_runningStep.arguments.join(u' ');
    std::optional<Error> failure;
    if (process->error() == QProcess::FailedToStart) {
        failure = Error::make(ErrorKind::LocalIoError,
            tr("cannot run %1").arg(QDir::toNativeSeparators(m_controlProgram)),
            process->errorString());
    } else if (process->exitStatus() != QProcess::NormalExit || process->exitCode() != 0) {
        failure = Error::make(ErrorKind::LocalIoError,
            tr("\"%1\" failed with exit code %2").arg(commandLine).arg(process->exitCode()),
            QString::fromLocal8Bit(process->readAllStandardError()).trimmed());
        if (m_platform == Platform::Systemd)
            failure->hint = tr("The timer needs a systemd user session; to run while nobody is logged in, enable "
                               "lingering with \"loginctl enable-linger\".");
    }
    if (failure && m_runningStep.onFailure == OnFailure::Stop) {
        m_steps.clear();
        finish(fail(*failure));
        return;
    }
    if (failure && m_runningStep.onFailure == OnFailure::Report && !m_reportedFailure)
        m_reportedFailure = failure;
    runNextStep();
}

void ScheduleUnitWriter::finish(VoidResult result)
{
    m_busy = false;
    m_result = std::move(result);
    Q_EMIT finished();
}

VoidResult ScheduleUnitWriter::writeFiles(const QList<File> &files) const
{
    if (!QDir().mkpath(m_unitFolder))
        return fail(Error::make(ErrorKind::LocalPermissionDenied,
            tr("cannot create the folder \"%1\"").arg(QDir::toNativeSeparators(m_unitFolder))));
    for (const File &file : files) {
        const QString path = QDir(m_unitFolder).filePath(file.name);
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(file.content) != file.content.size() || !out.commit())
            return fail(Error::make(ErrorKind::LocalIoError,
                tr("cannot write \"%1\"").arg(QDir::toNativeSeparators(path)),
                out.errorString()));
    }
    return {};
}

VoidResult ScheduleUnitWriter::removeFiles(const QString &scheduleId) const
{
    for (const QString &name : fileNames(scheduleId)) {
        const QString path = QDir(m_unitFolder).filePath(name);
        QFile file(path);
        if (file.exists() && !file.remove())
            return fail(Error::make(ErrorKind::LocalIoError,
                tr("cannot remove \"%1\"").arg(QDir::toNativeSeparators(path)),
                file.errorString()));
    }
    return {};
}

} // namespace Snapdock
