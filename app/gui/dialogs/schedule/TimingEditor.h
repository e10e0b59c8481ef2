// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/scheduling/ScheduleTiming.h"
#include "core/support/Result.h"

#include <QStringList>
#include <QTimeZone>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStackedWidget;
class QTimeEdit;

namespace Snapdock {

class Clock;

// The "When" part of the schedule editor: every N hours, daily at times, weekly on days at a time, or a cron
// expression, and below it "Next runs:" with the next five run times in local time, or the reason the input is
// not a timing (a cron error names the field and the bad token). The list follows every keystroke.
//
// The clock must outlive the editor. GUI thread only.
class TimingEditor : public QWidget
{
    Q_OBJECT

public:
    static constexpr int SHOWN_RUNS = 5;

    explicit TimingEditor(const Clock &clock, QWidget *parent = nullptr);

    void setTiming(const ScheduleTiming &timing);
    // The timing the form describes, or InvalidArgument saying what is wrong with it.
    [[nodiscard]] Result<ScheduleTiming> timing() const;

    // The zone next runs are computed and shown in (tests); default: the system's.
    void setTimeZone(const QTimeZone &zone);

    // What "Next runs:" shows now: one text per run, or empty when the input is not valid.
    [[nodiscard]] QStringList nextRunTexts() const { return m_nextRunTexts; }
    // Why the input is not a timing; empty when it is one.
    [[nodiscard]] QString errorText() const { return m_errorText; }

    // Form access for tests.
    [[nodiscard]] QComboBox *kindBox() const { return m_kind; }
    [[nodiscard]] QSpinBox *hoursBox() const { return m_hours; }
    [[nodiscard]] QLineEdit *dailyTimesEdit() const { return m_dailyTimes; }
    [[nodiscard]] QLineEdit *cronEdit() const { return m_cron; }
    [[nodiscard]] QLabel *nextRunsLabel() const { return m_nextRuns; }

    // "02:30, 14:00" → the times; InvalidArgument naming the first word that is not HH:MM.
    [[nodiscard]] static Result<QList<QTime>> parseTimes(const QString &text);

Q_SIGNALS:
    // The form changed (valid or not).
    void changed();

private:
    void buildForm();
    void update();

    const Clock &m_clock;
    QTimeZone m_zone;
    QComboBox *m_kind;
    QStackedWidget *m_pages;
    QSpinBox *m_hours;
    QLineEdit *m_dailyTimes;
    QList<QCheckBox *> m_days; // Monday first
    QTimeEdit *m_weeklyTime;
    QLineEdit *m_cron;
    QLabel *m_nextRuns;
    QStringList m_nextRunTexts;
    QString m_errorText;
};

} // namespace Snapdock
