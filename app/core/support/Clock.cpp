// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/support/Clock.h"

namespace Snapdock {

// Out of line so that the vtable has one home.
Clock::~Clock() = default;

} // namespace Snapdock
