// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/SharedReference.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock::TestSupport {

QString sharedReferenceDir()
{
    const QString fromEnvironment = qEnvironmentVariable("SNAPDOCK_SHARED_DIR");
    if (!fromEnvironment.isEmpty()) {
        const QString dir = QDir(fromEnvironment).filePath(u"reference"_s);
        if (QFileInfo(dir).isDir())
            return QDir::cleanPath(dir);
    }
    return {};
}

QString sharedReferenceFile(const QString &relativePath)
{
    const QString dir = sharedReferenceDir();
    if (dir.isEmpty())
        return {};
    const QString path = QDir(dir).filePath(relativePath);
    return QFileInfo::exists(path) ? path : QString();
}

} // namespace Snapdock::TestSupport
