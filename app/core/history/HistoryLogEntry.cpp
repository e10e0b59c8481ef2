// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/history/HistoryLogEntry.h"

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

QString HistoryLogEntry::toLine() const
{
    return at.toUTC().toString(Qt::ISODateWithMs) + u' ' + levelName(level) + u": "_s + text;
}

QString HistoryLogEntry::levelName(HistoryLogLevel level)
{
    switch (level) {
    case HistoryLogLevel::Info:
        return u"info"_s;
    case HistoryLogLevel::Warning:
        return u"warning"_s;
    case HistoryLogLevel::Error:
        return u"error"_s;
    }
    return u"info"_s;
}

HistoryLogLevel HistoryLogEntry::levelFromName(const QString &name)
{
    if (name == u"warning"_s)
        return HistoryLogLevel::Warning;
    if (name == u"error"_s)
        return HistoryLogLevel::Error;
    return HistoryLogLevel::Info;
}

} // namespace Snapdock
