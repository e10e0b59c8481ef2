// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <cstdio>

namespace Snapdock {
class Job;
}

namespace Snapdock::Cli {

// One status line on stderr — "label: stage  12.0 MiB / 40.0 MiB  8.1 MiB/s  ETA 0:04" — redrawn in place
// with '\r' at most REDRAW_INTERVAL_MS apart. Disabled (prints nothing) when stderr is not a terminal or with
// --quiet. With several jobs running it shows the one that reported last. Does not own the jobs it tracks.
class ProgressPrinter : public QObject
{
    Q_OBJECT

public:
    static constexpr int REDRAW_INTERVAL_MS = 250;

    ProgressPrinter(bool enabled, FILE *stream = stderr, QObject *parent = nullptr);
    ~ProgressPrinter() override;

    [[nodiscard]] bool isEnabled() const { return m_enabled; }

    void track(Job *job, const QString &label);
    // Erases the status line (before other output goes to the same terminal).
    void clear();

    // True when stderr is a terminal.
    [[nodiscard]] static bool stderrIsTerminal();
    // `bytesPerSecond` <= 0 or `total` < 0 leaves out speed or total and ETA.
    [[nodiscard]] static QString formatLine(
        const QString &label, const QString &stage, qint64 done, qint64 total, double bytesPerSecond);
    // "0:04", "12:30", "1:02:03".
    [[nodiscard]] static QString formatDuration(qint64 seconds);

private:
    struct Tracked
    {
        QString label;
        QString stage;
        qint64 done = 0;
        qint64 total = -1;
        QElapsedTimer transferTimer; // restarted when a new transfer begins (bytes go down)
    };

    void onProgressChanged(Job *job, qint64 done, qint64 total);
    void onStageChanged(Job *job, const QString &stage);
    void onJobFinished(Job *job);
    void redraw();

    bool m_enabled = false;
    FILE *m_stream = nullptr;
    QHash<Job *, Tracked> m_jobs;
    QPointer<Job> m_current;
    QTimer m_timer;
    bool m_dirty = false;
    qsizetype m_lineLength = 0;
};

} // namespace Snapdock::Cli
