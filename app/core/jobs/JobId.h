// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHashFunctions>
#include <QMetaType>
#include <QString>

#include <compare>

namespace Snapdock {

// Identifies one entry of a JobQueue for the lifetime of that queue. A strong type so that a row number, a
// history row id or a byte count can never be passed where a job is meant. 0 is "no job".
class JobId
{
public:
    constexpr JobId() = default;
    constexpr explicit JobId(quint64 value)
        : m_value(value)
    {}

    [[nodiscard]] constexpr quint64 value() const { return m_value; }
    [[nodiscard]] constexpr bool isValid() const { return m_value != 0; }
    [[nodiscard]] QString toString() const { return QString::number(m_value); }

    friend constexpr bool operator==(JobId, JobId) = default;
    friend constexpr std::strong_ordering operator<=>(JobId, JobId) = default;
    friend size_t qHash(JobId id, size_t seed = 0) noexcept { return qHash(id.m_value, seed); }

private:
    quint64 m_value = 0;
};

} // namespace Snapdock

Q_DECLARE_METATYPE(Snapdock::JobId)
