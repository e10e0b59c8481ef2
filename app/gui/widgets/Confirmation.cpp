// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/widgets/Confirmation.h"

#include <QMessageBox>
#include <QPushButton>

namespace Snapdock {

void Confirmation::ask(QWidget *parent,
    const QString &title,
    const QString &text,
    const QString &acceptText,
    std::function<void()> onConfirmed)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Yes | QMessageBox::Cancel, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::Cancel);
    box->button(QMessageBox::Yes)->setText(acceptText);
    QObject::connect(box, &QMessageBox::finished, box, [box, onConfirmed = std::move(onConfirmed)] {
        if (box->clickedButton() == box->button(QMessageBox::Yes))
            onConfirmed();
    });
    box->open();
}

} // namespace Snapdock
