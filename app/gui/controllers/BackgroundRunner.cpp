// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/controllers/BackgroundRunner.h"

namespace Snapdock {

BackgroundRunner::BackgroundRunner(QObject *parent)
    : QObject(parent)
{}

BackgroundRunner::~BackgroundRunner()
{
    for (QThread *thread : std::as_const(m_threads)) {
        thread->wait();
        delete thread;
    }
}

void BackgroundRunner::adopt(QThread *thread)
{
    m_threads.append(thread);
    connect(thread, &QThread::finished, this, [this, thread] {
        m_threads.removeOne(thread);
        thread->wait();
        thread->deleteLater();
    });
    thread->start();
}

} // namespace Snapdock
