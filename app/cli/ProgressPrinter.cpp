// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ProgressPrinter.h"

#include "cli/OutputPrinter.h"
#include "core/jobs/Job.h"

#include <QCoreApplication>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace Snapdock::Cli {

namespace {

// Long collection names would wrap the line and break the '\r' redraw.
constexpr qsizetype MAX_LABEL_LENGTH = 32;

} // namespace

ProgressPrinter::ProgressPrinter(bool enabled, FILE *stream, QObject *parent)
    : QObject(parent)
    , m_enabled(enabled)
    , m_stream(stream)
{
    m_timer.setInterval(REDRAW_INTERVAL_MS);
    connect(&m_timer, &QTimer::timeout, this, &ProgressPrinter::redraw);
}

ProgressPrinter::~ProgressPrinter()
{
    clear();
}

bool ProgressPrinter::stderrIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stderr)) != 0;
#else
    return isatty(STDERR_FILENO) != 0;
#endif
}

void ProgressPrinter::track(Job *job, const QString &label)
{
    if (!m_enabled)
        return;
    QString shortLabel = label;
    if (shortLabel.size() > MAX_LABEL_LENGTH)
        shortLabel = shortLabel.left(MAX_LABEL_LENGTH - 1) + u"…"_s;
    Tracked tracked;
    tracked.label = shortLabel;
    tracked.stage = job->stage();
    m_jobs.insert(job, tracked);
    connect(job, &Job::progressChanged, this, [this, job](qint64 done, qint64 total) {
        onProgressChanged(job, done, total);
    });
    connect(job, &Job::stageChanged, this, [this, job](const QString &stage) {
        onStageChanged(job, stage);
    });
    connect(job, &Job::finished, this, [this, job] {
        onJobFinished(job);
    });
    connect(job, &QObject::destroyed, this, [this, job] {
        m_jobs.remove(job);
    });
    if (!m_timer.isActive())
        m_timer.start();
}

void ProgressPrinter::clear()
{
    if (!m_enabled || m_lineLength == 0)
        return;
    const QByteArray blank = "\r" + QByteArray(m_lineLength, ' ') + "\r";
    std::fwrite(blank.constData(), 1, size_t(blank.size()), m_stream);
    std::fflush(m_stream);
    m_lineLength = 0;
    m_dirty = true;
}

void ProgressPrinter::onProgressChanged(Job *job, qint64 done, qint64 total)
{
    auto it = m_jobs.find(job);
    if (it == m_jobs.end())
        return;
    if (!it->transferTimer.isValid() || done < it->done)
        it->transferTimer.start();
    it->done = done;
    it->total = total;
    m_current = job;
    m_dirty = true;
}

void ProgressPrinter::onStageChanged(Job *job, const QString &stage)
{
    auto it = m_jobs.find(job);
    if (it == m_jobs.end())
        return;
    it->stage = stage;
    it->done = 0;
    it->total = -1;
    it->transferTimer.invalidate();
    m_current = job;
    m_dirty = true;
}

void ProgressPrinter::onJobFinished(Job *job)
{
    m_jobs.remove(job);
    if (m_current == job)
        m_current = m_jobs.isEmpty() ? nullptr : m_jobs.begin().key();
    clear();
    if (m_jobs.isEmpty())
        m_timer.stop();
}

void ProgressPrinter::redraw()
{
    if (!m_dirty || !m_current || !m_jobs.contains(m_current))
        return;
    m_dirty = false;
    const Tracked &tracked = m_jobs.value(m_current);
    double speed = 0;
    if (tracked.transferTimer.isValid() && tracked.transferTimer.elapsed() > 0)
        speed = double(tracked.done) * 1000.0 / double(tracked.transferTimer.elapsed());
    const QString line = formatLine(tracked.label, tracked.stage, tracked.done, tracked.total, speed);
    const QByteArray padding(std::max<qsizetype>(0, m_lineLength - line.size()), ' ');
    const QByteArray bytes = "\r" + line.toUtf8() + padding;
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), m_stream);
    std::fflush(m_stream);
    m_lineLength = line.size();
}

QString ProgressPrinter::formatLine(
    const QString &label, const QString &stage, qint64 done, qint64 total, double bytesPerSecond)
{
    QString line = label + u": "_s + stage;
    if (done <= 0 && total <= 0)
        return line;
    line += u"  "_s + OutputPrinter::formatSize(done);
    if (total > 0)
        line += u" / "_s + OutputPrinter::formatSize(total) + u" (%1%)"_s.arg(done * 100 / total);
    if (bytesPerSecond > 0) {
        line += u"  "_s + OutputPrinter::formatSize(qint64(bytesPerSecond)) + u"/s"_s;
        if (total > 0 && done < total)
            line += u"  ETA "_s + formatDuration(qint64(double(total - done) / bytesPerSecond + 0.5));
    }
    return line;
}

QString ProgressPrinter::formatDuration(qint64 seconds)
{
    const qint64 hours = seconds / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    const qint64 secs = seconds % 60;
    if (hours > 0)
        return u"%1:%2:%3"_s.arg(hours).arg(minutes, 2, 10, QChar(u'0')).arg(secs, 2, 10, QChar(u'0'));
    return u"%1:%2"_s.arg(minutes).arg(secs, 2, 10, QChar(u'0'));
}

} // namespace Snapdock::Cli
