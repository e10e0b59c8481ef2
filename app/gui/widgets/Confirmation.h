// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace Snapdock {

// A window-modal warning box asking to go ahead with something that cannot be undone (delete backups, delete a
// schedule). Opened with open(), never exec(); Cancel is the default button. Stateless. GUI thread only.
class Confirmation
{
public:
    Confirmation() = delete;

    // Shows the box on `parent` (it deletes itself when closed); `onConfirmed` runs if the person clicks the button
    // labelled `acceptText`.
    static void ask(QWidget *parent,
        const QString &title,
        const QString &text,
        const QString &acceptText,
        std::function<void()> onConfirmed);
};

} // namespace Snapdock
