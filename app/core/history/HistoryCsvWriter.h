// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/history/HistoryRecord.h"
#include "core/support/Result.h"

class QIODevice;

namespace Snapdock {

// Writes history rows as RFC 4180 CSV (UTF-8, CRLF, quoted only where needed, times as UTC ISO 8601) one row
// at a time, so an export of any size streams straight to the device.
class HistoryCsvWriter
{
public:
    explicit HistoryCsvWriter(QIODevice &device);

    [[nodiscard]] VoidResult writeHeader();
    [[nodiscard]] VoidResult writeRecord(const HistoryRecord &record);

private:
    [[nodiscard]] VoidResult writeLine(const QStringList &fields);

    QIODevice &m_device;
};

} // namespace Snapdock
