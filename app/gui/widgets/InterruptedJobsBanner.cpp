// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/widgets/InterruptedJobsBanner.h"

#include "gui/controllers/InterruptedJobsController.h"
#include "gui/widgets/Confirmation.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

namespace {

// The summary names three jobs; beyond that the list shows them all.
constexpr int DETAILS_FROM = 4;

} // namespace

InterruptedJobsBanner::InterruptedJobsBanner(InterruptedJobsController &controller, QWidget *parent)
    : QFrame(parent)
    , m_controller(controller)
    , m_label(new QLabel(this))
    , m_problems(new QLabel(this))
    , m_details(new QListWidget(this))
    , m_resume(new QPushButton(tr("&Resume"), this))
    , m_discard(new QPushButton(tr("&Discard…"), this))
{
    setObjectName(u"interruptedJobsBanner"_s);
    setFrameShape(QFrame::StyledPanel);
    m_label->setWordWrap(true);
    m_problems->setWordWrap(true);
    m_details->setMaximumHeight(fontMetrics().height() * 6);
    m_resume->setToolTip(tr("Continue the interrupted jobs in the queue; downloads go on from their partial files"));
    m_discard->setToolTip(tr("Forget the interrupted jobs and delete their partial files"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_label, 1);
    buttons->addWidget(m_resume);
    buttons->addWidget(m_discard);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addLayout(buttons);
    layout->addWidget(m_details);
    layout->addWidget(m_problems);

    connect(m_resume, &QPushButton::clicked, &m_controller, &InterruptedJobsController::resumeAll);
    connect(m_discard, &QPushButton::clicked, this, &InterruptedJobsBanner::confirmDiscard);
    connect(&m_controller, &InterruptedJobsController::changed, this, &InterruptedJobsBanner::showState);
    showState();
}

QString InterruptedJobsBanner::text() const
{
    return m_label->text();
}

QString InterruptedJobsBanner::problemText() const
{
    return m_problems->text();
}

void InterruptedJobsBanner::showState()
{
    const int count = int(m_controller.jobs().size());
    m_label->setText(m_controller.summary());
    m_details->clear();
    if (count >= DETAILS_FROM)
        m_details->addItems(m_controller.details());
    m_details->setVisible(count >= DETAILS_FROM);
    const QString problems = m_controller.problems().join(u'\n');
    m_problems->setText(problems);
    m_problems->setVisible(!problems.isEmpty());
    setVisible(count > 0);
}

void InterruptedJobsBanner::confirmDiscard()
{
    const int count = int(m_controller.jobs().size());
    Confirmation::ask(this,
        tr("Discard Interrupted Jobs"),
        tr("Forget %n interrupted job(s) and delete their partial downloads?\n\nThis cannot be undone.",
            nullptr,
            count),
        tr("Discard"),
        [controller = &m_controller] {
            controller->discardAll();
        });
}

} // namespace Snapdock
