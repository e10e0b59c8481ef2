// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "emulator/FaultInjector.h"

namespace Snapdock::Emulator {

void FaultInjector::add(const Fault &fault)
{
    if (fault.times != 0) {
        m_faults.append(fault);
    }
}

QList<Fault> FaultInjector::take(const QByteArray &method, const QString &path)
{
    QList<Fault> matched;
    for (auto it = m_faults.begin(); it != m_faults.end();) {
        const bool methodOk =
            it->method.isEmpty() || it->method.compare(QString::fromLatin1(method), Qt::CaseInsensitive) == 0;
        if (!methodOk || !path.startsWith(it->pathPrefix)) {
            ++it;
            continue;
        }
        matched.append(*it);
        if (it->times > 0 && --it->times == 0) {
            it = m_faults.erase(it);
        } else {
            ++it;
        }
    }
    return matched;
}

} // namespace Snapdock::Emulator
