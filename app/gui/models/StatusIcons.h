// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

namespace Snapdock {

// Small icons painted in code for states the theme has no icon for: a pin, a warning, and the application icon
// with a state badge for the tray. The badges use fixed colours with a white glyph on a dark ring, so they read
// the same on light and dark panels. Stateless; callers cache the icons (painting needs a QGuiApplication, so
// no icon is kept in a static). GUI thread only.
class StatusIcons
{
public:
    StatusIcons() = delete;

    enum class Badge
    {
        None,
        Ok, // green tick
        Running, // blue circle with a dot
        Failed, // red circle with "!"
        Paused, // grey circle with two bars
    };

    // A red push pin, 16 px.
    [[nodiscard]] static QIcon pin();
    // An amber triangle with "!", 16 px.
    [[nodiscard]] static QIcon warning();
    // `base` (at 16, 22, 32 and 64 px) with `badge` in its lower right quarter.
    [[nodiscard]] static QIcon withBadge(const QIcon &base, Badge badge);
};

} // namespace Snapdock
