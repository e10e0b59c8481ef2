// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Snapdock::Cli {

// A plain-text table for terminal output: columns padded to their widest cell, two spaces apart, the last column
// unpadded (it may be long: a file path or a message). Plain value.
class TextTable
{
public:
    explicit TextTable(QStringList header);

    void addRow(QStringList cells);
    // True while no row was added (the header alone).
    [[nodiscard]] bool isEmpty() const { return !m_hasData; }
    // Every line ends with '\n'.
    [[nodiscard]] QString toString() const;

private:
    QList<QStringList> m_rows; // the header first
    bool m_hasData = false;
};

} // namespace Snapdock::Cli
