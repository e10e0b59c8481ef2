// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/support/Translation.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Snapdock {

QString translateWithFallback(const char *context, const char *text, int n)
{
    // What translate() returns when no translator knows the text: the source with %n filled in.
    QString untranslated = QString::fromUtf8(text);
    if (n >= 0)
        untranslated.replace(QLatin1StringView("%n"), QString::number(n));

    QByteArray scope(context);
    while (true) {
        const QString result = QCoreApplication::translate(scope.constData(), text, nullptr, n);
        if (result != untranslated)
            return result;
        const qsizetype separator = scope.lastIndexOf("::");
        if (separator <= 0)
            return result;
        scope.truncate(separator);
    }
}

} // namespace Snapdock
