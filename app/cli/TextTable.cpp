// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/TextTable.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock::Cli {

namespace {

constexpr qsizetype COLUMN_GAP = 2;

} // namespace

TextTable::TextTable(QStringList header)
{
    m_rows.append(std::move(header));
}

void TextTable::addRow(QStringList cells)
{
    m_rows.append(std::move(cells));
    m_hasData = true;
}

QString TextTable::toString() const
{
    QList<qsizetype> widths;
    for (const QStringList &row : m_rows) {
        if (widths.size() < row.size())
            widths.resize(row.size(), 0);
        for (qsizetype column = 0; column < row.size(); ++column)
            widths[column] = std::max(widths[column], row.at(column).size());
    }
    QString text;
    for (const QStringList &row : m_rows) {
        QString line;
        for (qsizetype column = 0; column < row.size(); ++column) {
            const QString &cell = row.at(column);
            line += cell;
            if (column + 1 < row.size())
                line += QString(widths.at(column) - cell.size() + COLUMN_GAP, u' ');
        }
        text += line + u"\n"_s;
    }
    return text;
}

} // namespace Snapdock::Cli
