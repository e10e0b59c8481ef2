// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Snapdock::TestSupport {

// The folder holding Qdrant's reference material (`shared/reference`), found through SNAPDOCK_SHARED_DIR
// (set by CTest) or next to the source tree. Empty when absent: tests that need it QSKIP with a clear message.
QString sharedReferenceDir();

// Path of a file below sharedReferenceDir(), or empty when it is not there.
QString sharedReferenceFile(const QString &relativePath);

} // namespace Snapdock::TestSupport
