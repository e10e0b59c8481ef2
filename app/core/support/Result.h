// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/support/Error.h"

#include <tl/expected.hpp>

namespace Snapdock {

// std::expected is C++23; tl::expected has the same interface, so switching later is one line.
template <typename T>
using Result = tl::expected<T, Error>;

using VoidResult = tl::expected<void, Error>;

inline tl::unexpected<Error> fail(Error error)
{
    return tl::unexpected<Error>(std::move(error));
}

} // namespace Snapdock
