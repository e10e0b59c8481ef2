// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QStringList>

class QLabel;
class QPlainTextEdit;

namespace Snapdock {

class HistoryDatabase;

// A read-only window showing one job's log (stages, warnings, errors), with "Copy". Opened with show() or open(),
// never exec(); callers usually set Qt::WA_DeleteOnClose. Holds no reference to where the lines came from.
class JobLogDialog : public QDialog
{
    Q_OBJECT

public:
    JobLogDialog(const QString &title, const QStringList &lines, QWidget *parent = nullptr);

    // The log of history row `recordId` (HistoryDatabase::log()); the error in words when it cannot be read.
    [[nodiscard]] static QStringList historyLines(const HistoryDatabase &database, qint64 recordId);

    [[nodiscard]] QString text() const;

private:
    QLabel *m_title;
    QPlainTextEdit *m_text;
};

} // namespace Snapdock
