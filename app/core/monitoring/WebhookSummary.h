// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jobs/DrillReport.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Snapdock {

// What a schedule's webhook receives after a run: a JSON summary (toJson()). Plain value. It has no field for a key,
// and toJson() strips user info, query and fragment from `host`, so the document never carries a credential.
//
//   {"schedule","host","outcome","startedAt","finishedAt",
//    "backups":[{"collection","file","size","sha256","outcome","error"}],"pruned":[file…],"drill":DrillReport|null}
struct WebhookSummary
{
    // One collection's backup in the run.
    struct Backup
    {
        QString collection; // empty for the full storage (null in JSON)
        QString file;
        qint64 size = -1; // -1: none written (null in JSON)
        QString sha256;
        QString outcome; // "succeeded", "failed" or "cancelled" (historyOutcomeName())
        QString error; // the user message when it failed
    };

    QString schedule; // the schedule's name
    QString host;
    QString outcome; // the run's: "succeeded", "failed" (anything failed) or "cancelled"
    QDateTime startedAt;
    QDateTime finishedAt;
    QList<Backup> backups;
    QStringList pruned; // backup files the retention policy removed
    std::optional<DrillReport> drill;

    [[nodiscard]] QJsonObject toJson() const;
    // toJson() as compact UTF-8, the request body.
    [[nodiscard]] QByteArray toBody() const;
};

} // namespace Snapdock
