// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jobs/JobKind.h"

#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

namespace Snapdock {

class Job;

// What a person sees about a queued job and what the queue needs to schedule and retry it. Plain value.
struct JobDescription
{
    // Makes a fresh, unstarted job doing the same work; JobQueue::retry() calls it because a finished Job
    // cannot be started again. May be empty: the job then cannot be retried.
    using Factory = std::function<std::unique_ptr<Job>()>;

    JobKind kind = JobKind::Backup;
    // Jobs with the same key share the per-host concurrency limit: the profile id, or the base URL when
    // there is no profile. Never contains a key.
    QString hostKey;
    // The server, for display and history. User info, query and fragment are dropped before it is stored.
    QUrl serverUrl;
    QString profileName;
    QString collection; // empty for full-storage jobs
    QString title; // e.g. "Back up articles"
    Factory factory;

    // serverUrl as it may be shown or stored: without user info, query, fragment or trailing slash.
    [[nodiscard]] QString displayUrl() const
    {
        QUrl clean = serverUrl.adjusted(
            QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
        if (clean.path() == QLatin1StringView("/"))
            clean.setPath({});
        return clean.toString();
    }
};

} // namespace Snapdock
