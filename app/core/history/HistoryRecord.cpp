// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/history/HistoryRecord.h"

#include <QUrl>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

QString historyOutcomeName(HistoryOutcome outcome)
{
    switch (outcome) {
    case HistoryOutcome::Running:
        return u"running"_s;
    case HistoryOutcome::Succeeded:
        return u"succeeded"_s;
    case HistoryOutcome::Failed:
        return u"failed"_s;
    case HistoryOutcome::Cancelled:
        return u"cancelled"_s;
    case HistoryOutcome::Interrupted:
        return u"interrupted"_s;
    }
    return {};
}

std::optional<HistoryOutcome> historyOutcomeFromName(const QString &name)
{
    constexpr std::array all{ HistoryOutcome::Running,
        HistoryOutcome::Succeeded,
        HistoryOutcome::Failed,
        HistoryOutcome::Cancelled,
        HistoryOutcome::Interrupted };
    for (const HistoryOutcome outcome : all) {
        if (historyOutcomeName(outcome) == name)
            return outcome;
    }
    return std::nullopt;
}

QString HistoryRecord::credentialFreeHost(const QString &host)
{
    const QUrl url(host, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty())
        return host;
    QUrl clean =
        url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    // StripTrailingSlash keeps a lone "/": without this, "http://h/" and "http://h" would be two hosts.
    if (clean.path() == u"/"_s)
        clean.setPath({});
    return clean.toString();
}

} // namespace Snapdock
