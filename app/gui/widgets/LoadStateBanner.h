// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace Snapdock {

// A one-line strip above a table saying what the table is waiting for or why it is empty ("Loading…",
// "the server rejected the API key… [Retry]"). Background errors show here, never in a modal box.
// Hidden while there is nothing to say.
class LoadStateBanner : public QFrame
{
    Q_OBJECT

public:
    enum class State
    {
        Hidden,
        Loading,
        Message,
        Error,
    };
    Q_ENUM(State)

    explicit LoadStateBanner(QWidget *parent = nullptr);

    void showLoading(const QString &text);
    // Information without a problem, e.g. "No collections on this server."
    void showMessage(const QString &text);
    // A failure; the Retry button is offered.
    void showError(const QString &text);
    void clear();

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] QString text() const;
    [[nodiscard]] QPushButton *retryButton() const { return m_retryButton; }

Q_SIGNALS:
    void retryRequested();

private:
    void setState(State state, const QString &text);

    QLabel *m_label;
    QPushButton *m_retryButton;
    State m_state = State::Hidden;
};

} // namespace Snapdock
