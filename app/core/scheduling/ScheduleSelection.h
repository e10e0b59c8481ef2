// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/support/Result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace Snapdock {

// Which collections a schedule backs up, and whether it also takes a full-storage snapshot. Plain value type.
//
//  - All: every collection the server has when the run starts.
//  - List: the named collections. An empty list is allowed only with includeFullStorage (a full-storage-only
//    schedule).
//  - Pattern: the collections whose name matches a glob: `*` any run of characters, `?` one character, everything
//    else literal (also `[`), case-sensitive, matched against the whole name ("prod_*" matches "prod_docs").
struct ScheduleSelection
{
    enum class Mode
    {
        All,
        List,
        Pattern
    };

    Mode mode = Mode::All;
    QStringList names; // Mode::List
    QString pattern; // Mode::Pattern
    bool includeFullStorage = false;

    // Whether a collection of this name belongs to the selection (never for Mode::List names not listed).
    [[nodiscard]] bool matches(const QString &collection) const;
    // The selected ones of the server's `collections`, in their order.
    [[nodiscard]] QStringList select(const QStringList &collections) const;
    // Mode::List: the listed names the server does not have (the run reports them as failed); empty otherwise.
    [[nodiscard]] QStringList missing(const QStringList &collections) const;

    // `*` and `?` glob matching of the whole of `name`, case-sensitive.
    [[nodiscard]] static bool globMatches(QStringView pattern, QStringView name);

    // InvalidArgument when the selection can select nothing, a listed name is empty or listed twice, or the pattern
    // is empty.
    [[nodiscard]] VoidResult validate() const;

    // {"mode": "all" | "list" | "pattern", "names": [...], "pattern": "...", "includeFullStorage": false}
    [[nodiscard]] QJsonObject toJson() const;
    // Reads what toJson() wrote (missing members take their defaults); InvalidArgument on wrong types. Does not
    // validate().
    [[nodiscard]] static Result<ScheduleSelection> fromJson(const QJsonObject &json);

    friend bool operator==(const ScheduleSelection &, const ScheduleSelection &) = default;
};

} // namespace Snapdock
