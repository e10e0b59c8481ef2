// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/widgets/JobLogDialog.h"

#include "core/history/HistoryDatabase.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Snapdock {

JobLogDialog::JobLogDialog(const QString &title, const QStringList &lines, QWidget *parent)
    : QDialog(parent)
    , m_title(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Job log – %1").arg(title));
    m_title->setText(title);
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setPlainText(lines.isEmpty() ? tr("(no log lines recorded)") : lines.join(u'\n'));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_text->toPlainText());
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(720, 420);
}

QStringList JobLogDialog::historyLines(const HistoryDatabase &database, qint64 recordId)
{
    const Result<QStringList> lines = database.log(recordId);
    if (!lines)
        return { tr("The log cannot be read: %1").arg(lines.error().userMessage()) };
    return *lines;
}

QString JobLogDialog::text() const
{
    return m_text->toPlainText();
}

} // namespace Snapdock
