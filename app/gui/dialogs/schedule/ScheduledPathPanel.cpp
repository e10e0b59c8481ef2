// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dialogs/schedule/ScheduledPathPanel.h"

#include "core/scheduling/ScheduleUnitWriter.h"

#include <QCheckBox>
#include <QDir>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

namespace {

QString platformJobName(ScheduleUnitWriter::Platform platform)
{
    switch (platform) {
    case ScheduleUnitWriter::Platform::Systemd:
        return ScheduledPathPanel::tr("a systemd user timer");
    case ScheduleUnitWriter::Platform::Launchd:
        return ScheduledPathPanel::tr("a launchd agent");
    case ScheduleUnitWriter::Platform::WindowsTask:
        return ScheduledPathPanel::tr("a Task Scheduler task");
    }
    return {};
}

} // namespace

ScheduledPathPanel::ScheduledPathPanel(QWidget *parent)
    : QWidget(parent)
    , m_writer(new ScheduleUnitWriter(ScheduleUnitWriter::nativePlatform(), this))
    , m_runWhenClosed(new QCheckBox(tr("Run also when Snapdock is &closed"), this))
    , m_status(new QLabel(this))
    , m_testButton(new QPushButton(tr("&Test the scheduled path now"), this))
    , m_output(new QPlainTextEdit(this))
{
    m_runWhenClosed->setToolTip(tr("Installs %1 that runs “snapdock-cli run-schedule” at the schedule's times, "
                                   "also when nobody is logged in to Snapdock.")
                                    .arg(platformJobName(m_writer->platform())));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_output->setReadOnly(true);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_output->setPlaceholderText(tr("The output of snapdock-cli appears here."));
    m_output->setMaximumBlockCount(2000);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_testButton);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_runWhenClosed);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(m_output, 1);

    connect(m_writer, &ScheduleUnitWriter::finished, this, &ScheduledPathPanel::onWriterFinished);
    connect(m_testButton, &QPushButton::clicked, this, &ScheduledPathPanel::testScheduledPath);
    updateButtons();
}

ScheduledPathPanel::~ScheduledPathPanel()
{
    // QProcess's destructor would kill the run and wait for it; ask it to stop instead and let it finish alone.
    if (QProcess *process = m_process.data()) {
        process->disconnect(this);
        process->setParent(nullptr);
        connect(process, &QProcess::finished, process, &QObject::deleteLater);
        process->terminate();
    }
}

void ScheduledPathPanel::setSchedule(const Schedule &stored)
{
    m_stored = stored;
    m_installed = !stored.id.isEmpty() && m_writer->isInstalled(stored.id);
    m_runWhenClosed->setChecked(m_installed);
    if (m_installed)
        setStatus(tr("Installed as %1.").arg(platformJobName(m_writer->platform())), false);
    updateButtons();
}

bool ScheduledPathPanel::needsApply(const Schedule &saved) const
{
    if (m_runWhenClosed->isChecked() != m_installed)
        return true;
    // The OS job carries the timing and the name: rewrite it when they changed.
    return m_installed && (saved.timing != m_stored.timing || saved.name != m_stored.name);
}

void ScheduledPathPanel::apply(const Schedule &saved)
{
    Q_ASSERT(!saved.id.isEmpty());
    Q_ASSERT(!m_writer->isBusy());
    m_stored = saved;
    m_installing = m_runWhenClosed->isChecked();
    if (!m_installing) {
        setStatus(tr("Removing the OS job…"), false);
        m_writer->remove(saved.id);
        updateButtons();
        return;
    }
    const auto spec = m_writer->spec(saved.id, saved.name, saved.timing);
    if (!spec) {
        // Reported from the event loop like every other outcome.
        m_applyResult = fail(spec.error());
        setStatus(tr("Could not install the OS job: %1").arg(spec.error().userMessage()), true);
        QMetaObject::invokeMethod(this, &ScheduledPathPanel::applied, Qt::QueuedConnection);
        return;
    }
    setStatus(tr("Installing %1…").arg(platformJobName(m_writer->platform())), false);
    m_writer->install(*spec);
    updateButtons();
}

bool ScheduledPathPanel::isApplying() const
{
    return m_writer->isBusy();
}

void ScheduledPathPanel::onWriterFinished()
{
    m_applyResult = m_writer->result();
    m_installed = m_writer->isInstalled(m_stored.id);
    if (m_applyResult) {
        setStatus(m_installing
                ? tr("Installed as %1 in %2.")
                      .arg(platformJobName(m_writer->platform()), QDir::toNativeSeparators(m_writer->unitFolder()))
                : tr("The OS job was removed."),
            false);
    } else {
        setStatus(m_installing ? tr("Could not install the OS job: %1").arg(m_applyResult.error().userMessage())
                               : tr("Could not remove the OS job: %1").arg(m_applyResult.error().userMessage()),
            true);
    }
    m_runWhenClosed->setChecked(m_installed);
    updateButtons();
    Q_EMIT applied();
}

void ScheduledPathPanel::testScheduledPath()
{
    if (m_stored.id.isEmpty() || m_process)
        return;
    m_testOutput.clear();
    m_output->clear();
    m_exitCode = -1;
    auto *process = new QProcess(this);
    m_process = process;
    process->setProcessChannelMode(QProcess::MergedChannels);
    // The OS job has no QDRANT_API_KEY; a test that found the key there would prove nothing.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"QDRANT_API_KEY"_s);
    process->setProcessEnvironment(environment);
    connect(process, &QProcess::readyRead, this, [this, process] {
        const QByteArray chunk = process->readAll();
        if (m_testOutput.size() < MAX_SHOWN_OUTPUT)
            m_testOutput.append(chunk.left(MAX_SHOWN_OUTPUT - m_testOutput.size()));
        m_output->setPlainText(QString::fromUtf8(m_testOutput));
    });
    connect(process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        onTestFinished(exitCode, status == QProcess::CrashExit);
    });
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        setStatus(
            tr("Could not start %1: %2").arg(QDir::toNativeSeparators(m_writer->cliPath()), process->errorString()),
            true);
        process->deleteLater();
        m_process = nullptr;
        updateButtons();
        Q_EMIT tested();
    });
    const QStringList arguments{ u"run-schedule"_s, m_stored.id };
    setStatus(tr("Running %1 %2 …").arg(QDir::toNativeSeparators(m_writer->cliPath()), arguments.join(u' ')), false);
    updateButtons();
    process->start(m_writer->cliPath(), arguments);
}

bool ScheduledPathPanel::isTesting() const
{
    return m_process != nullptr;
}

void ScheduledPathPanel::onTestFinished(int exitCode, bool crashed)
{
    if (m_process) {
        const QByteArray rest = m_process->readAll();
        m_testOutput.append(rest.left(std::max<qsizetype>(0, MAX_SHOWN_OUTPUT - m_testOutput.size())));
        m_output->setPlainText(QString::fromUtf8(m_testOutput));
        m_process->deleteLater();
        m_process = nullptr;
    }
    m_exitCode = crashed ? -1 : exitCode;
    if (crashed)
        setStatus(tr("snapdock-cli stopped unexpectedly."), true);
    else if (exitCode == 0)
        setStatus(tr("✓ The scheduled path works: snapdock-cli finished with exit code 0."), false);
    else
        setStatus(tr("✗ snapdock-cli finished with exit code %1.").arg(exitCode), true);
    updateButtons();
    Q_EMIT tested();
}

QString ScheduledPathPanel::testOutput() const
{
    return QString::fromUtf8(m_testOutput);
}

QString ScheduledPathPanel::statusText() const
{
    return m_status->text();
}

void ScheduledPathPanel::setStatus(const QString &text, bool isError)
{
    m_status->setText(text);
    QFont font = m_status->font();
    font.setBold(isError);
    m_status->setFont(font);
}

void ScheduledPathPanel::updateButtons()
{
    const bool saved = !m_stored.id.isEmpty();
    m_testButton->setEnabled(saved && !m_process);
    m_testButton->setToolTip(saved
            ? tr("Runs “snapdock-cli run-schedule %1” now, as the OS job would.").arg(m_stored.id)
            : tr("Save the schedule first."));
    m_runWhenClosed->setEnabled(!m_writer->isBusy());
}

} // namespace Snapdock
