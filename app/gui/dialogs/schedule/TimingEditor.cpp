// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dialogs/schedule/TimingEditor.h"

#include "core/support/Clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

namespace {

// The combo box order.
enum KindIndex
{
    EveryHoursIndex,
    DailyIndex,
    WeeklyIndex,
    CronIndex
};

int indexOf(ScheduleTiming::Kind kind)
{
    switch (kind) {
    case ScheduleTiming::Kind::EveryHours:
        return EveryHoursIndex;
    case ScheduleTiming::Kind::Daily:
        return DailyIndex;
    case ScheduleTiming::Kind::Weekly:
        return WeeklyIndex;
    case ScheduleTiming::Kind::Cron:
        return CronIndex;
    }
    return DailyIndex;
}

QString joinTimes(const QList<QTime> &times)
{
    QStringList texts;
    for (const QTime &time : times)
        texts.append(time.toString(u"HH:mm"_s));
    return texts.join(u", "_s);
}

// The message of an input error without the generic "invalid input" frame around it.
QString inputProblem(const Error &error)
{
    return error.detail.isEmpty() ? error.userMessage() : error.detail;
}

} // namespace

TimingEditor::TimingEditor(const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_zone(QTimeZone::systemTimeZone())
    , m_kind(new QComboBox(this))
    , m_pages(new QStackedWidget(this))
    , m_hours(new QSpinBox(this))
    , m_dailyTimes(new QLineEdit(this))
    , m_weeklyTime(new QTimeEdit(this))
    , m_cron(new QLineEdit(this))
    , m_nextRuns(new QLabel(this))
{
    buildForm();
    setTiming(ScheduleTiming());
}

void TimingEditor::buildForm()
{
    m_kind->addItem(tr("Every few hours"));
    m_kind->addItem(tr("Daily"));
    m_kind->addItem(tr("Weekly"));
    m_kind->addItem(tr("Cron expression"));

    auto *hoursPage = new QWidget(this);
    auto *hoursRow = new QHBoxLayout(hoursPage);
    hoursRow->setContentsMargins(0, 0, 0, 0);
    m_hours->setRange(ScheduleTiming::MIN_HOURS, ScheduleTiming::MAX_HOURS);
    m_hours->setPrefix(tr("every "));
    m_hours->setSuffix(tr(" hours"));
    hoursRow->addWidget(m_hours);
    hoursRow->addWidget(new QLabel(tr("counted from midnight"), hoursPage), 1);

    auto *dailyPage = new QWidget(this);
    auto *dailyRow = new QHBoxLayout(dailyPage);
    dailyRow->setContentsMargins(0, 0, 0, 0);
    m_dailyTimes->setPlaceholderText(tr("e.g. 02:30, 14:00"));
    m_dailyTimes->setAccessibleName(tr("Times of day"));
    dailyRow->addWidget(new QLabel(tr("at"), dailyPage));
    dailyRow->addWidget(m_dailyTimes, 1);

    auto *weeklyPage = new QWidget(this);
    auto *weeklyRow = new QHBoxLayout(weeklyPage);
    weeklyRow->setContentsMargins(0, 0, 0, 0);
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        auto *box = new QCheckBox(QLocale().dayName(day, QLocale::ShortFormat), weeklyPage);
        m_days.append(box);
        weeklyRow->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &TimingEditor::update);
    }
    m_weeklyTime->setDisplayFormat(u"HH:mm"_s);
    weeklyRow->addWidget(new QLabel(tr("at"), weeklyPage));
    weeklyRow->addWidget(m_weeklyTime);
    weeklyRow->addStretch(1);

    auto *cronPage = new QWidget(this);
    auto *cronRow = new QHBoxLayout(cronPage);
    cronRow->setContentsMargins(0, 0, 0, 0);
    m_cron->setPlaceholderText(tr("minute hour day-of-month month day-of-week, e.g. 30 2 * * 1-5"));
    m_cron->setAccessibleName(tr("Cron expression"));
    cronRow->addWidget(m_cron, 1);

    m_pages->addWidget(hoursPage);
    m_pages->addWidget(dailyPage);
    m_pages->addWidget(weeklyPage);
    m_pages->addWidget(cronPage);
    m_pages->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    m_nextRuns->setTextFormat(Qt::PlainText);
    m_nextRuns->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_nextRuns->setWordWrap(true);
    m_nextRuns->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Repeat:"), m_kind);
    form->addRow(QString(), m_pages);
    form->addRow(tr("Next runs:"), m_nextRuns);

    connect(m_kind, &QComboBox::currentIndexChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &TimingEditor::update);
    connect(m_hours, &QSpinBox::valueChanged, this, &TimingEditor::update);
    connect(m_dailyTimes, &QLineEdit::textChanged, this, &TimingEditor::update);
    connect(m_weeklyTime, &QTimeEdit::timeChanged, this, &TimingEditor::update);
    connect(m_cron, &QLineEdit::textChanged, this, &TimingEditor::update);
}

void TimingEditor::setTiming(const ScheduleTiming &timing)
{
    // Every page gets a sensible value, so switching the kind shows something that works.
    const QSignalBlocker blockKind(m_kind);
    m_hours->setValue(timing.kind() == ScheduleTiming::Kind::EveryHours ? timing.hours() : 6);
    m_dailyTimes->setText(timing.kind() == ScheduleTiming::Kind::Daily ? joinTimes(timing.times()) : u"02:00"_s);
    const QList<Qt::DayOfWeek> days =
        timing.kind() == ScheduleTiming::Kind::Weekly ? timing.days() : QList<Qt::DayOfWeek>{ Qt::Sunday };
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
        m_days.at(day - 1)->setChecked(days.contains(Qt::DayOfWeek(day)));
    m_weeklyTime->setTime(timing.kind() == ScheduleTiming::Kind::Weekly ? timing.times().value(0) : QTime(3, 0));
    m_cron->setText(timing.kind() == ScheduleTiming::Kind::Cron ? timing.cronExpression().toString() : u"30 2 * * *"_s);
    m_kind->setCurrentIndex(indexOf(timing.kind()));
    m_pages->setCurrentIndex(m_kind->currentIndex());
    update();
}

Result<ScheduleTiming> TimingEditor::timing() const
{
    switch (m_kind->currentIndex()) {
    case EveryHoursIndex:
        return ScheduleTiming::everyHours(m_hours->value());
    case DailyIndex: {
        auto times = parseTimes(m_dailyTimes->text());
        if (!times)
            return fail(times.error());
        return ScheduleTiming::daily(*times);
    }
    case WeeklyIndex: {
        QList<Qt::DayOfWeek> days;
        for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
            if (m_days.at(day - 1)->isChecked())
                days.append(Qt::DayOfWeek(day));
        }
        return ScheduleTiming::weekly(days, m_weeklyTime->time());
    }
    default:
        return ScheduleTiming::cron(m_cron->text().trimmed());
    }
}

void TimingEditor::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    update();
}

Result<QList<QTime>> TimingEditor::parseTimes(const QString &text)
{
    static const QRegularExpression separators(u"[,;\\s]+"_s);
    QList<QTime> times;
    for (const QString &word : text.split(separators, Qt::SkipEmptyParts)) {
        QTime time = QTime::fromString(word, u"H:mm"_s);
        if (!time.isValid())
            time = QTime::fromString(word, u"HH:mm"_s);
        if (!time.isValid()) {
            return fail(Error::make(
                ErrorKind::InvalidArgument, tr("“%1” is not a time of day; write it as HH:MM, e.g. 02:30").arg(word)));
        }
        times.append(time);
    }
    if (times.isEmpty())
        return fail(Error::make(ErrorKind::InvalidArgument, tr("enter at least one time of day, e.g. 02:30")));
    return times;
}

void TimingEditor::update()
{
    const auto current = timing();
    m_nextRunTexts.clear();
    if (!current) {
        m_errorText = inputProblem(current.error());
        m_nextRuns->setText(tr("✗ %1").arg(m_errorText));
        QFont font = m_nextRuns->font();
        font.setBold(true);
        m_nextRuns->setFont(font);
        Q_EMIT changed();
        return;
    }
    m_errorText.clear();
    const QLocale locale;
    for (const QDateTime &run : current->nextRuns(m_clock.now(), m_zone, SHOWN_RUNS)) {
        const QDateTime local = run.toTimeZone(m_zone);
        m_nextRunTexts.append(tr("%1 %2 %3")
                                  .arg(locale.dayName(local.date().dayOfWeek(), QLocale::ShortFormat),
                                      locale.toString(local.date(), QLocale::ShortFormat),
                                      local.time().toString(u"HH:mm"_s)));
    }
    m_nextRuns->setText(m_nextRunTexts.join(u'\n'));
    m_nextRuns->setFont(font());
    Q_EMIT changed();
}

} // namespace Snapdock
