// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/support/Logging.h"

Q_LOGGING_CATEGORY(lcQdrant, "snapdock.qdrant", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTransfer, "snapdock.transfer", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStorage, "snapdock.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcJobs, "snapdock.jobs", QtInfoMsg)
