// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "emulator/EmulatorTypes.h"

#include <QList>

namespace Snapdock::Emulator {

// Holds the injected faults; take() returns every fault that matches a request and uses one of its `times`.
class FaultInjector
{
public:
    void add(const Fault &fault);
    void clear() { m_faults.clear(); }
    bool isEmpty() const { return m_faults.isEmpty(); }
    QList<Fault> take(const QByteArray &method, const QString &path);

private:
    QList<Fault> m_faults;
};

} // namespace Snapdock::Emulator
