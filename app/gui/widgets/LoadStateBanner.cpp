// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/widgets/LoadStateBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace Snapdock {

LoadStateBanner::LoadStateBanner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_retryButton(new QPushButton(tr("Retry"), this))
{
    setFrameShape(QFrame::StyledPanel);
    // Palette roles only, so the strip follows light and dark themes.
    setBackgroundRole(QPalette::AlternateBase);
    setAutoFillBackground(true);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_retryButton->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_retryButton, 0, Qt::AlignTop);

    connect(m_retryButton, &QPushButton::clicked, this, &LoadStateBanner::retryRequested);
    setState(State::Hidden, {});
}

void LoadStateBanner::showLoading(const QString &text)
{
    setState(State::Loading, text);
}

void LoadStateBanner::showMessage(const QString &text)
{
    setState(State::Message, text);
}

void LoadStateBanner::showError(const QString &text)
{
    setState(State::Error, text);
}

void LoadStateBanner::clear()
{
    setState(State::Hidden, {});
}

QString LoadStateBanner::text() const
{
    return m_label->text();
}

void LoadStateBanner::setState(State state, const QString &text)
{
    m_state = state;
    m_label->setText(text);
    m_retryButton->setVisible(state == State::Error);
    setVisible(state != State::Hidden);
}

} // namespace Snapdock
