// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jobs/JobKind.h"

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

namespace {

constexpr std::array ALL_KINDS{
    JobKind::Backup, JobKind::Download, JobKind::Upload, JobKind::Restore, JobKind::Delete, JobKind::Verify
};

} // namespace

QString jobKindName(JobKind kind)
{
    switch (kind) {
    case JobKind::Backup:
        return u"backup"_s;
    case JobKind::Download:
        return u"download"_s;
    case JobKind::Upload:
        return u"upload"_s;
    case JobKind::Restore:
        return u"restore"_s;
    case JobKind::Delete:
        return u"delete"_s;
    case JobKind::Verify:
        return u"verify"_s;
    }
    return {};
}

std::optional<JobKind> jobKindFromName(const QString &name)
{
    for (const JobKind kind : ALL_KINDS) {
        if (jobKindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

} // namespace Snapdock
